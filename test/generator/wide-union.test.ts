import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadValidators } from '../../generator/load.js';
import { generateFolder } from '../support/generate.js';
import { typecheck } from '../support/typecheck.js';

// A union nothing tells apart is tried branch by branch. TypeScript analyses the control flow of a
// function, immediately invoked functions included, as one graph and refuses one past 2,000 steps
// (TS2563): 300 branches of one `anyOf` in one function were past it. The branches are untyped
// (each tried against every JSON type), the heaviest kind per branch.
const BRANCHES = 300;

async function wideFolder(): Promise<string> {
  const schemas = path.join(await mkdtemp(path.join(tmpdir(), 'callgen-wide-union-')), 'schemas');
  await mkdir(schemas);
  const branches = Array.from({ length: BRANCHES }, (_, i) => ({ required: [`k${i}`] }));
  await writeFile(path.join(schemas, 'wide.json'), JSON.stringify({ title: 'wide', anyOf: branches }));
  await writeFile(path.join(schemas, 'single.json'), JSON.stringify({ title: 'single', oneOf: branches }));
  return schemas;
}

test('a union of hundreds of branches nothing tells apart compiles under the strictest flags', async () => {
  const schemas = await wideFolder();
  const result = await generateFolder(schemas);
  const out = path.join(path.dirname(schemas), 'out');
  await mkdir(out);
  await writeFile(path.join(out, 'package.json'), '{"type": "module"}');
  for (const file of result.files) await writeFile(path.join(out, file.path), file.text);
  expect(typecheck([path.join(out, 'index.ts')], 'NodeNext')).toEqual([]);
}, 300_000);

test('its validators count matches across the groups its branches are tried in', async () => {
  const schemas = await wideFolder();
  const loaded = await loadValidators({ schemas, out: path.join(path.dirname(schemas), 'generated') });
  if (!loaded.ok) throw new Error('expected the wide union to generate');
  const validate = (name: string, value: unknown) => {
    const result = (loaded.exports[`validate${name}`] as (v: unknown) => { ok: boolean; errors?: { message: string }[] })(value);
    return result.ok ? 'ok' : (result.errors?.map((e) => e.message) ?? []);
  };
  expect(validate('Wide', { k0: 1 })).toBe('ok');
  expect(validate('Wide', { k299: 1 })).toBe('ok');
  // Every branch lacks one name: the first is the nearest, and its error follows.
  expect(validate('Wide', { other: 1 })).toEqual([`must match at least one of the ${BRANCHES} schemas in "anyOf"; the errors of the nearest, anyOf/0, follow`, 'is required']);
  expect(validate('Single', { k150: 1 })).toBe('ok');
  // Matches in different groups add up: exactly one must match.
  expect(validate('Single', { k0: 1, k299: 2 })).toEqual([`matches 2 of the ${BRANCHES} schemas in "oneOf"; exactly one must match`]);
  expect(validate('Single', { k0: 1, k1: 2, k64: 3 })).toEqual([`matches 3 of the ${BRANCHES} schemas in "oneOf"; exactly one must match`]);
  expect((loaded.exports['isSingle'] as (v: unknown) => boolean)({ k31: 1, k32: 1 })).toBe(false);
  expect((loaded.exports['isWide'] as (v: unknown) => boolean)({ k33: 1 })).toBe(true);
});
