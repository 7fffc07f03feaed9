import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { closest } from '../../generator/hints.js';
import { SUPPORTED_KEYWORDS } from '../../generator/schema/keywords.js';
import { problemsOf, REPO } from '../support/generate.js';

// docs/dialect.md ships with the package and is where keyword errors send the user: its keyword
// table must name every keyword callgen supports, and nothing else.
test('the keyword table of docs/dialect.md lists exactly the supported keywords, once each', () => {
  const doc = readFileSync(path.join(REPO, 'docs', 'dialect.md'), 'utf8');
  const table = doc.slice(doc.indexOf('## Keywords'), doc.indexOf('## Near misses'));
  const rows = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
  expect([...rows].sort()).toEqual([...SUPPORTED_KEYWORDS].sort());
  expect(new Set(rows).size).toBe(rows.length);
});

test('near misses get the standard spelling; typos get "did you mean"; each error points at the dialect page', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-hints-'));
  const schema = {
    title: 'thing',
    type: 'object',
    properties: { a: { type: 'string', nullable: true }, b: { type: 'integer', minimun: 0 } },
    requried: ['a'],
  };
  await writeFile(path.join(dir, 'thing.json'), JSON.stringify(schema));
  expect(await problemsOf(dir)).toEqual([
    'thing.json#/properties/a/nullable: unsupported keyword "nullable": for a value that may be null, write "type": [..., "null"] (or "anyOf": [{ "$ref": ... }, { "type": "null" }], which stays right where the target admits null too) (see callgen\'s docs/dialect.md)',
    'thing.json#/properties/b/minimun: unknown keyword "minimun": did you mean "minimum"? Or, if it is an annotation of another tool, declare it so callgen ignores it: "annotations": ["minimun"] in callgen.config.json, or --annotation minimun (see callgen\'s docs/dialect.md)',
    'thing.json#/requried: unknown keyword "requried": did you mean "required"? Or, if it is an annotation of another tool, declare it so callgen ignores it: "annotations": ["requried"] in callgen.config.json, or --annotation requried (see callgen\'s docs/dialect.md)',
  ]);
});

test('closest: a third of the letters may differ, neighbours may swap, case is ignored', () => {
  expect(closest('genrate', ['generate', 'validate'])).toBe('generate');
  expect(closest('Snipept', ['snippet'])).toBe('snippet');
  expect(closest('frobnicate', ['generate', 'validate', 'extract'])).toBeUndefined();
  expect(closest('dependentRequired', ['required', 'x-nullable-in-request'])).toBeUndefined();
  expect(closest('x', ['$id'])).toBeUndefined();
});
