import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { loadValidators } from '../../generator/load.js';

// OpenAPI's discriminator property MUST be present in the payload: each branch is given a const
// for its value and requires the property, even a branch that leaves it optional itself (a real
// 3.1 description lists one effect whose "type" is not in its required names). JSON Schema alone
// (Ajv) would let a value without the property match that branch; callgen reads OpenAPI's rule.

const DOCUMENT = `openapi: 3.1.0
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Effect:
      oneOf:
        - $ref: '#/components/schemas/Shadow'
        - $ref: '#/components/schemas/Blur'
      discriminator:
        propertyName: type
        mapping: { SHADOW: '#/components/schemas/Shadow', BLUR: '#/components/schemas/Blur' }
    Shadow:
      type: object
      properties: { type: { enum: [SHADOW] }, radius: { type: number } }
    Blur:
      type: object
      required: [type]
      properties: { type: { enum: [BLUR] }, radius: { type: number } }
`;

test('a value without the discriminator property matches no branch, even one that leaves it optional', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-discriminator-tag-'));
  await writeFile(path.join(folder, 'openapi.yaml'), DOCUMENT);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'out'), openapi: path.join(folder, 'openapi.yaml') });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const effect = loaded.validators['Effect']?.response;
  expect([effect?.({ type: 'SHADOW', radius: 1 }).ok, effect?.({ type: 'BLUR' }).ok]).toEqual([true, true]);
  const untagged = effect?.({ radius: 1 });
  expect(untagged?.ok === false ? untagged.errors.map((e) => `${e.path} ${e.keyword}`) : []).toEqual(['/type discriminator']);
  // The branch itself, outside the union, still leaves it optional.
  expect(loaded.validators['Shadow']?.response?.({ radius: 1 }).ok).toBe(true);
});
