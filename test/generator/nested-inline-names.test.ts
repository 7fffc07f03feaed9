import { afterAll, expect, test } from 'vitest';
import { loadSchemas, removeScratch } from '../support/load.js';

// Request mode rejects a property no schema at the value declares. A name a subschema applying
// there declares is known, at any depth of nesting: a `oneOf`/`anyOf` inside a member counts as the
// member does (random OpenAPI document test, seed 5979).

afterAll(removeScratch);

test('a property that a union nested inside a union member declares is known in request mode, at any depth', async () => {
  let nested: Record<string, unknown> = { properties: { kind: { type: 'string' } } };
  for (let depth = 0; depth < 40; depth++) nested = { anyOf: [nested] };
  const loaded = await loadSchemas({
    'shallow.json': { title: 'shallow', type: 'object', properties: { a: {} }, anyOf: [{ anyOf: [{ properties: { kind: { type: 'string' } } }] }] },
    'deep.json': { title: 'deep', type: 'object', properties: { a: {} }, ...nested },
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  for (const name of ['shallow', 'deep']) {
    const request = loaded.validators[name]?.request;
    expect(request?.({ a: 1, kind: 'x' }).ok, name).toBe(true);
    expect(request?.({ kind: 1 }).ok, name).toBe(false);
    expect(request?.({ other: 1 }).errors?.map((e) => `${e.path} ${e.keyword}`), name).toEqual(['/other additionalProperties']);
  }
});
