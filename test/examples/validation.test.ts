import { describe, expect, test } from 'vitest';
import { judgedAs } from '../../generator/docs/judge.js';
import { EXPECTATIONS } from './expectations.js';
import { judgeFor, PAYLOADS, valueOf } from './support.js';

// Every documented payload through the generated validator for its kind. The result is pinned in a
// readable snapshot per example (__snapshots__/<id>.json), and must agree with the hand-written
// expectations, so a snapshot that contradicts a person's reading fails.

const pairs = (issues: readonly { path: string; keyword: string }[]): string[] => issues.map((i) => `${i.path} ${i.keyword}`).sort();

test('every documented payload is covered: 71, and every expectation names one of them', () => {
  expect(PAYLOADS).toHaveLength(71);
  const ids = new Set(PAYLOADS.map((p) => p.id));
  expect(Object.keys(EXPECTATIONS).filter((id) => !ids.has(id))).toEqual([]);
});

describe.each(PAYLOADS.map((payload) => ({ id: payload.id, payload })))('$id', ({ id, payload }) => {
  if (payload.kind === 'other') throw new Error('blob samples are filtered out');
  const judge = judgeFor(payload);
  const result = judge.validate(valueOf(payload));
  const expected = EXPECTATIONS[id];

  test(`validated as ${judge.typeName} in ${judge.mode} mode: ${expected?.why ?? 'valid, nothing to report'}`, () => {
    expect(payload.parsed.repairs).toHaveLength(expected?.repairs ?? 0);
    expect(pairs(result.ok ? [] : result.errors)).toEqual([...(expected?.errors ?? [])].sort());
    expect(pairs(result.warnings)).toEqual([...(expected?.warnings ?? [])].sort());
    expect(result.ok).toBe((expected?.errors ?? []).length === 0);
  });

  test('snapshot', async () => {
    const snapshot = {
      id,
      page: `${payload.file.split('/').pop() ?? ''}, lines ${payload.lines.start}-${payload.lines.end}`,
      validatedAs: judgedAs(judge),
      repairs: payload.parsed.repairs,
      ok: result.ok,
      errors: result.ok ? [] : result.errors,
      warnings: result.warnings,
    };
    await expect(`${JSON.stringify(snapshot, null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/${id}.json`);
  });
});
