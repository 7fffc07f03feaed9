import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { generate } from '../../generator/pipeline.js';
import { inputHash } from '../../generator/output/inputs.js';
import { compareOutput } from '../../generator/output/write.js';
import { REPO } from '../support/generate.js';

// generated/ is the golden output: it must be exactly what the generator makes of schemas/ now.
test('generated/ equals a fresh in-memory generation from schemas/', async () => {
  const out = path.join(REPO, 'generated');
  const result = await generate({ schemas: path.join(REPO, 'schemas'), out });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}#${p.pointer}: ${p.message}`).join('\n'));
  for (const file of result.files) expect(await readFile(path.join(out, file.path), 'utf8'), file.path).toBe(file.text);
  expect(await compareOutput(out, result.files, await inputHash(path.join(REPO, 'schemas'), {}))).toEqual([]);
});
