import { describe, expect, test } from 'vitest';
import { type Json, leafCorruptions, notificationCorruptions, outcomes } from '../../examples/corrupt.js';
import { EXPECTATIONS } from './expectations.js';
import { JUDGED, undeclared, valueOf } from './corpus.js';

// One-field corruptions of every valid payload of the whole API's pages: an unknown tag at every
// @odata.type, a value of the wrong JSON type at every other leaf the judged type declares, and
// for notifications a missing or unknown change type. Each must fail with exactly one error at the
// corrupted pointer. Where one type stands, an unknown tag breaks its `const`; where a union stands,
// its `discriminator`: both are right at the tag, so the keyword is `const|discriminator`.

const valid = JUDGED.filter(({ payload }) => payload.parsed.ok && (EXPECTATIONS[payload.id]?.errors ?? []).length === 0);

test('every valid judged payload is corrupted', () => {
  expect(valid.length).toBeGreaterThan(0);
});

describe.each(valid.map(({ payload, judge }) => ({ id: payload.id, payload, judge })))('$id', ({ payload, judge }) => {
  const original = valueOf(payload) as Json;
  // A request's read-only properties are ignored by the service; a response's undeclared ones pass unchecked.
  const readOnly = (EXPECTATIONS[payload.id]?.warnings ?? []).filter((w) => w.endsWith(' readOnly')).map((w) => w.split(' ')[0] ?? '');
  const skipped = [...readOnly, ...undeclared(judge, original)];
  const corruptions = [...leafCorruptions(original, skipped, () => 'const|discriminator'), ...(payload.kind === 'notification' ? notificationCorruptions() : [])];

  test(`each of its ${corruptions.length} corruptions fails with one error at the corrupted pointer`, () => {
    expect(outcomes(original, corruptions, judge.validate)).toEqual(corruptions.map((c) => ({ what: c.what, errors: [`${c.path} ${c.keyword}`] })));
  });
});
