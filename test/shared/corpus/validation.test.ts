import { describe, expect, test } from 'vitest';
import { judgeOf } from '../../../generator/docs/judges.js';
import { judgedAs } from '../../../generator/docs/judge.js';
import { EXPECTATIONS, UNJUDGED } from './expectations.js';
import { JUDGED, PAYLOADS, valueOf } from './corpus.js';

// Every payload of the whole API's pages through the validator its rule chooses. The result is
// pinned in a readable snapshot per payload (__snapshots__/<id>.json: our validator's verdict, no
// page text but the values it names), and must agree with the hand-written expectations.

const pairs = (issues: readonly { path: string; keyword: string }[]): string[] => issues.map((i) => `${i.path} ${i.keyword}`).sort();

test('every expectation names a judged payload of the pages', () => {
  const ids = new Set(JUDGED.map(({ payload }) => payload.id));
  expect(Object.keys(EXPECTATIONS).filter((id) => !ids.has(id))).toEqual([]);
});

test('the payloads no rule finds a validator for are the ones listed, each with its reason', () => {
  const unjudged = PAYLOADS.filter((p) => judgeOf(p) === undefined).map((p) => p.id);
  expect(unjudged).toEqual(Object.keys(UNJUDGED));
});

describe.each(JUDGED.map(({ payload, judge }) => ({ id: payload.id, payload, judge })))('$id', ({ id, payload, judge }) => {
  const result = judge.validate(valueOf(payload));
  const expected = EXPECTATIONS[id];

  test(`validated as ${judge.typeName} in ${judge.mode} mode: ${expected?.why ?? 'valid, nothing to report'}`, () => {
    expect(payload.parsed.repairs).toHaveLength(expected?.repairs ?? 0);
    expect(pairs(result.ok ? [] : result.errors)).toEqual([...(expected?.errors ?? [])].sort());
    expect(pairs(result.warnings)).toEqual([...(expected?.warnings ?? [])].sort());
  });

  test('snapshot', async () => {
    const snapshot = {
      id,
      page: `${payload.file}, lines ${payload.lines.start}-${payload.lines.end}`,
      validatedAs: `${judgedAs(judge)}: ${judge.why}`,
      repairs: payload.parsed.repairs,
      ok: result.ok,
      errors: result.ok ? [] : result.errors,
      warnings: result.warnings,
    };
    await expect(`${JSON.stringify(snapshot, null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/${id}.json`);
  });
});
