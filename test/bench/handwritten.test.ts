import { expect, test } from 'vitest';
import { checkAgreement } from '../../bench/handwritten/agree.js';
import { PAYLOADS, valueOf } from '../examples/support.js';

// The benchmark's hand-written request validator is only a fair floor if it finds exactly what the
// generated one finds. The benchmark checks this before timing and leaves it out otherwise; this
// test makes a change to the generated messages or rules that the hand-written one misses fail
// here, in npm test, instead of quietly emptying a column of the benchmark.
test('the hand-written request validator agrees with the generated one on every documented request and its corruptions', () => {
  const agreement = checkAgreement(PAYLOADS.filter((p) => p.kind === 'request').map(valueOf));
  expect(agreement.disagreements).toEqual([]);
  expect(agreement.checked).toBeGreaterThan(10_000);
});
