import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { loadValidators } from '../../generator/load.js';

// Bugs the random OpenAPI documents (random-documents.test.ts) found, each pinned on the smallest
// document that shows it.

type Verdict = (value: unknown) => { readonly ok: boolean; readonly errors?: readonly { path: string; keyword: string }[] };
interface Entry {
  readonly validateRequest: Verdict;
  readonly responses: Record<string, Verdict>;
}

async function operationsOf(yaml: string): Promise<Record<string, Entry>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-found-'));
  const document = path.join(folder, 'openapi.yaml');
  await writeFile(document, yaml);
  const loaded = await loadValidators({ schemas: folder, out: path.join(folder, 'generated'), openapi: document });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.exports['operations'] as Record<string, Entry>;
}

function issues(result: ReturnType<Verdict>): string[] {
  return (result.errors ?? []).map((e) => `${e.path} ${e.keyword}`);
}

test('a required writeOnly property is required of a request only: a response leaves it out, as its type does', async () => {
  const user = '{ type: object, required: [name, password], properties: { name: { type: string }, password: { type: string, writeOnly: true } } }';
  const body = "content: { application/json: { schema: { $ref: '#/components/schemas/User' } } }";
  const operations = await operationsOf(
    `openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths:\n  /users:\n    post: { operationId: createUser, requestBody: { ${body} }, responses: { '201': { description: made, ${body} } } }\ncomponents:\n  schemas:\n    User: ${user}\n`,
  );
  const create = operations['createUser'];
  expect(create?.responses['201']?.({ name: 'Ann' }).ok).toBe(true);
  expect(issues(create?.validateRequest({ name: 'Ann' }) ?? { ok: true })).toEqual(['/password required']);
});

test("an operation's request validator runs in request mode for a body whose type is the same in both modes (a `not` of an object)", async () => {
  // Request mode leaves the readOnly id unrequired: {} is a Thing there, so it is not a NotThing; in response mode it is one.
  const thing = '{ type: object, required: [id], properties: { id: { type: string, readOnly: true } } }';
  const operations = await operationsOf(
    `openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths:\n  /things:\n    post:\n      operationId: send\n      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/NotThing' } } } }\n      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/NotThing' } } } } }\ncomponents:\n  schemas:\n    Thing: ${thing}\n    NotThing: { not: { $ref: '#/components/schemas/Thing' } }\n`,
  );
  const send = operations['send'];
  expect(issues(send?.validateRequest({}) ?? { ok: true })).toEqual([' not']);
  expect(send?.responses['200']?.({}).ok).toBe(true);
});

