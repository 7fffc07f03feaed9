import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Fuzzer, summary, type Case, type Tally } from './engine.js';
import { KNOWN_BUGS } from './known-bugs.js';
import { SchemaSet } from './schemas.js';
import { fuzzSettings, timeoutFor } from './settings.js';

// Differential fuzzing (issue 7, item 4): payloads derived from the curated schemas, mutated, then
// judged by the generated validators and by Ajv over the schemas rewritten for the validator's
// mode (modes.ts). Both must say the same: valid or not. Issue lists may differ in wording and in
// how much they report (a union branch's errors, for instance), so only the verdict is compared.
// A disagreement fully explained by a known, reported generator bug (known-bugs.ts) is counted
// apart; any other fails the test with a shrunk payload and the seed and path that replay it.

const settings = fuzzSettings();
const fuzzer = new Fuzzer(new SchemaSet());

/** The three validators a bot relies on get most of the cases; every other validator shares the rest. */
const MAIN = [
  { name: 'validateCreateCallRequest', share: 0.3 },
  { name: 'validateCall', share: 0.25 },
  { name: 'validateCommsNotifications', share: 0.25 },
];
const OTHERS_SHARE = 1 - MAIN.reduce((sum, m) => sum + m.share, 0);

function fuzz(label: string, arbitrary: fc.Arbitrary<Case>, numRuns: number): Tally {
  const started = performance.now();
  const parameters = { seed: settings.seed, numRuns, path: settings.path };
  const tally = fuzzer.run(arbitrary, parameters);
  const ms = Math.round(performance.now() - started);
  const known = [...tally.known].map(([format, n]) => `${n} from the known "${format}" format bug`).join(', ');
  console.info(`[fuzz] ${label}: ${tally.cases} cases (${tally.valid} valid), ${tally.disagreements.length} new disagreements${known === '' ? '' : ` (${known})`}, seed ${settings.seed}, ${ms} ms`);
  if (tally.disagreements.length > 0) {
    throw new Error(`${tally.disagreements.length} disagreement(s) in ${tally.cases} cases:\n${summary(tally.disagreements)}\n\nShrunk by fast-check:\n${fuzzer.shrink(arbitrary, parameters)}`);
  }
  return tally;
}

function expectBothSides(tally: Tally, numRuns: number): void {
  expect(tally.disagreements).toEqual([]);
  // A replay (CALLGEN_FUZZ_PATH) runs the one case the path names.
  if (settings.path !== undefined) return;
  expect(tally.cases).toBe(numRuns);
  // Both sides of the boundary are explored, not just one.
  expect(tally.valid).toBeGreaterThan(numRuns * 0.1);
  expect(tally.valid).toBeLessThan(numRuns * 0.9);
}

describe(`generated validators and Ajv agree (seed ${settings.seed}, ${settings.runs} cases)`, () => {
  test('every exported validator is fuzzed: each maps to a curated type and an Ajv schema of its mode', () => {
    expect(fuzzer.targets.length).toBeGreaterThanOrEqual(80);
    for (const t of fuzzer.targets) expect(() => t.ajv({}), t.name).not.toThrow();
    expect(fuzzer.target('validateCreateCallRequest').mode).toBe('request');
    expect(fuzzer.target('validateCall').mode).toBe('response');
    expect(fuzzer.target('validateCommsNotifications').mode).toBe('response');
  });

  for (const { name, share } of MAIN) {
    const numRuns = Math.max(1, Math.round(settings.runs * share));
    test(`${name} (${fuzzer.target(name).mode} mode)`, () => {
      expectBothSides(fuzz(name, fuzzer.cases(name), numRuns), numRuns);
    }, timeoutFor(numRuns));
  }

  const others = fuzzer.targets.filter((t) => !MAIN.some((m) => m.name === t.name));
  const numRuns = Math.max(others.length, Math.round(settings.runs * OTHERS_SHARE));
  test(`every other validator (${others.length} of them, both modes)`, () => {
    const arbitrary = fc.oneof(...others.map((t) => fuzzer.cases(t.name)));
    expectBothSides(fuzz(`${others.length} other validators`, arbitrary, numRuns), numRuns);
  }, timeoutFor(numRuns));
});

describe('known generator bugs still reproduce (delete the entry in known-bugs.ts once one is fixed)', () => {
  test('the list of open bugs', () => {
    expect(KNOWN_BUGS.map((bug) => bug.format)).toEqual([]);
  });

  test.each(KNOWN_BUGS.map((bug) => ({ ...bug, name: `format "${bug.format}"` })))('$name', ({ repro }) => {
    const t = fuzzer.target(repro.validator);
    expect(t.generated(repro.payload)).toEqual({ ok: true, issues: [], warnings: [] });
    expect(t.ajv(repro.payload)).toEqual({ ok: false, issues: repro.ajvErrors, warnings: [] });
    expect(t.lenient(repro.payload).ok).toBe(true);
  });
});

describe('fixed generator bugs stay fixed: the fuzzer\'s repros, now rejected by both sides', () => {
  test.each([
    { name: 'format "uri": a "%" not followed by two hex digits', validator: 'validateCommsNotifications', payload: { value: [{ changeType: 'created', resourceUrl: '/communications/calls/1', callbackUri: 'https://bot.contoso.com/a%zz' }] }, issue: '/value/0/callbackUri format' },
    { name: 'format "date-time": month 13, day 45, 25:61:61', validator: 'validateCallTranscriptionInfo', payload: { state: 'active', lastModifiedDateTime: '2024-13-45T25:61:61Z' }, issue: '/lastModifiedDateTime format' },
  ])('$name', ({ validator, payload, issue }) => {
    const t = fuzzer.target(validator);
    expect(t.generated(payload)).toEqual({ ok: false, issues: [issue], warnings: [] });
    expect(t.ajv(payload)).toEqual({ ok: false, issues: [issue], warnings: [] });
  });
});
