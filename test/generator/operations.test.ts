import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadModel } from '../../generator/pipeline.js';
import { selectVersion } from '../../generator/model/versions.js';
import { FIXTURES, generateFolder } from '../support/generate.js';
import { typecheck } from '../support/typecheck.js';
import { operations } from './__snapshots__/operations/operations.js';
import { operations as prototypeNamed, type ParametersOf } from './__snapshots__/prototype-parameters/operations.js';

const SNAPSHOT = fileURLToPath(new URL('./__snapshots__/operations/', import.meta.url));

describe('the operations table of the operations fixture', () => {
  test('is sorted by name, and each entry says how to call it', () => {
    expect(Object.keys(operations)).toEqual(['closeTicket', 'createTicket', 'deleteTicket', 'getTicket', 'listTickets', 'ping']);
    const { closeTicket } = operations;
    expect([closeTicket.method, closeTicket.path, closeTicket.versions]).toEqual(['POST', '/tickets/{ticket-id}/close', ['beta']]);
    expect(closeTicket.parameters).toEqual([
      { name: 'ticket-id', in: 'path', required: true },
      { name: 'If-Match', in: 'header', required: true },
    ]);
    expect(Object.keys(closeTicket.responses)).toEqual(['200', '202']);
    expect(closeTicket.responses['202']).toBeUndefined();
  });

  test('url fills path parameters in, encoded, and appends the query parameters that are set', () => {
    expect(operations.getTicket.url({ 'ticket-id': 'a/b c' })).toBe('/tickets/a%2Fb%20c');
    expect(operations.createTicket.url({ 'queue-id': 7 })).toBe('/queues/7/tickets');
    expect(operations.listTickets.url({ status: 'open' })).toBe('/tickets?status=open');
    expect(operations.listTickets.url({ $top: 5, status: 'closed' })).toBe('/tickets?$top=5&status=closed');
    // An array sends one pair per item, each value encoded; an empty one sends none.
    expect(operations.listTickets.url({ status: 'open', label: ['printer', 'floor 2'] })).toBe('/tickets?status=open&label=printer&label=floor%202');
    const labels: readonly string[] = [];
    expect(operations.listTickets.url({ status: 'open', label: labels })).toBe('/tickets?status=open');
    expect(operations.ping.url({})).toBe('/ping');
  });

  test('headers gives the header parameters that are set, as text, under the names the schema gives them; url leaves them out', () => {
    const { closeTicket, listTickets } = operations;
    expect(closeTicket.headers({ 'ticket-id': '7', 'If-Match': 'W/"3"' })).toEqual({ 'If-Match': 'W/"3"' });
    expect(closeTicket.url({ 'ticket-id': '7', 'If-Match': 'W/"3"' })).toBe('/tickets/7/close');
    expect(listTickets.headers({ status: 'open' })).toEqual({});
    expect(listTickets.headers({ status: 'open', 'X-Page-Size': 50, 'X-Include-Closed': false })).toEqual({ 'X-Page-Size': '50', 'X-Include-Closed': 'false' });
    // A nullable header (FastAPI writes every optional one so) is not sent when null.
    expect(listTickets.headers({ status: 'open', 'X-Request-Id': null })).toEqual({});
    expect(listTickets.headers({ status: 'open', 'X-Request-Id': 'r-1' })).toEqual({ 'X-Request-Id': 'r-1' });
    expect(listTickets.parameters.filter((p) => p.in === 'header').map((p) => [p.name, p.required])).toEqual([
      ['X-Page-Size', false],
      ['X-Include-Closed', false],
      ['X-Request-Id', false],
    ]);
    // An operation without header parameters has the function too, so generic code calls it unguarded.
    expect(operations.ping.headers({})).toEqual({});
  });

  test('request validators run in request mode; response validators in response mode', () => {
    const { createTicket, closeTicket } = operations;
    expect(createTicket.validateRequest?.mode).toBe('request');
    expect(createTicket.responses['201'].mode).toBe('response');
    // A request may not set what the service sets; a response carries it.
    const sent = createTicket.validateRequest?.({ '@odata.type': '#example.ticket', title: 'Printer', extra: 1 });
    expect(sent?.ok === false && sent.errors.map((e) => e.path)).toEqual(['/extra']);
    expect(createTicket.responses['201']({ '@odata.type': '#example.ticket', id: '1', extra: 1 }).ok).toBe(true);
    expect(closeTicket.validateRequest?.({})).toMatchObject({ ok: false, errors: [{ path: '/reason', keyword: 'required' }] });
    expect(operations.deleteTicket.validateRequest).toBeUndefined();
  });

  test('the builder of a tagged body fills its tag in', () => {
    expect(operations.createTicket.build?.({ title: 'Printer' })).toEqual({ title: 'Printer', '@odata.type': '#example.ticket' });
    expect(operations.closeTicket.build).toBeUndefined();
  });
});

test('a folder without x-operations gets no operations table', async () => {
  const { files } = await generateFolder(path.join(FIXTURES, 'request-response'));
  expect(files.map((f) => f.path)).not.toContain('operations.ts');
  expect(files.find((f) => f.path === 'index.ts')?.text).not.toContain('operations');
});

// What a bot author writes against the table: one generic `send` for every operation, checked by
// the compiler (parameters, body and response types per operation) under the strictest flags.
const CLIENT = `
import { operations, type Operation, type ParametersOf, type RequestOf, type ResponsesOf } from './index.js';

declare function fetchJson(method: string, url: string, headers: Readonly<Record<string, string>>, body: unknown): Promise<{ status: number; json: unknown }>;

export async function send<P, B, R>(operation: Operation<P, B, R>, parameters: P, body: B): Promise<R[keyof R] | undefined> {
  if (operation.validateRequest !== undefined) {
    const checked = operation.validateRequest(body);
    if (!checked.ok) throw new Error(checked.errors.map((e) => e.path + ': ' + e.message).join('; '));
  }
  const reply = await fetchJson(operation.method, 'https://api.example.com' + operation.url(parameters), operation.headers(parameters), body);
  const status = String(reply.status) as keyof R & string;
  const validate: unknown = operation.responses[status];
  if (typeof validate !== 'function') return undefined;
  const result = (validate as (value: unknown) => { ok: boolean; value?: unknown })(reply.json);
  return result.ok ? (result.value as R[keyof R]) : undefined;
}

export async function demo(): Promise<string | undefined> {
  const created = await send(operations.createTicket, { 'queue-id': 1 }, operations.createTicket.build?.({ title: 'Printer' }) ?? { '@odata.type': '#example.ticket' });
  await send(operations.deleteTicket, { 'ticket-id': '1' }, undefined);
  await send(operations.closeTicket, { 'ticket-id': '1', 'If-Match': 'W/"3"' }, { reason: 'fixed' });
  const top: ParametersOf<'listTickets'> = { $top: 10, status: 'open' };
  const body: RequestOf<'closeTicket'> = { reason: 'fixed' };
  // An entry with a body has its validator (and, with a tag, its builder) typed as present.
  if (!operations.closeTicket.validateRequest(body).ok) return undefined;
  const built = operations.createTicket.build({ title: 'Printer' });
  void built;
  const statuses: (keyof ResponsesOf<'closeTicket'>)[] = ['200', '202'];
  void top; void body; void statuses;
  return created?.title;
}
`;

test('a typed client over the table compiles under the strictest flags, and mistakes do not', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-operations-'));
  await cp(SNAPSHOT, dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{"type": "module"}');
  const client = path.join(dir, 'client.ts');
  await writeFile(client, CLIENT);
  const broken = path.join(dir, 'broken.ts');
  await writeFile(
    broken,
    `import { operations } from './index.js';\nexport const u: string = operations.getTicket.url({ 'queue-id': 1 });\n` +
      `export const h = operations.closeTicket.headers({ 'ticket-id': '1' });\n`,
  );
  const strict = { isolatedDeclarations: true, declaration: true };
  expect(typecheck([client], 'NodeNext', strict)).toEqual([]);
  expect(typecheck([client], 'Bundler', strict)).toEqual([]);
  const mistakes = typecheck([broken], 'NodeNext').join('\n');
  expect(mistakes).toContain("'queue-id'' does not exist in type '{ readonly 'ticket-id': string; }'");
  // A required header is a required parameter.
  expect(mistakes).toContain("Property ''If-Match'' is missing");
});

test('selecting an API version keeps only its operations, and their bodies keep request shapes', async () => {
  const loaded = await loadModel({ schemas: path.join(FIXTURES, 'operations'), out: path.join(FIXTURES, 'generated') });
  if (!loaded.ok) throw new Error('the operations fixture must load');
  const v1 = selectVersion(loaded.model, 'v1.0');
  expect(v1.problems).toEqual([]);
  expect(v1.model.operations.map((o) => o.name)).toEqual(['createTicket', 'deleteTicket', 'getTicket', 'listTickets', 'ping']);
  expect(v1.model.types.find((t) => t.name === 'Ticket')?.hasRequestShape).toBe(true);
  const beta = selectVersion(loaded.model, 'beta');
  expect(beta.model.operations.map((o) => o.name)).toContain('closeTicket');
});

describe('optional parameters named like Object.prototype members (fixture prototype-parameters)', () => {
  // TypeScript compares an object literal's inherited `constructor: Function` with an optional
  // `constructor?: string` and refuses it, so a TypeScript caller needs a cast; JavaScript callers do not.
  const parameters = (value: object): ParametersOf<'search'> => value as ParametersOf<'search'>;

  test('left unset, they stay out of the URL and the headers instead of sending what the prototype chain holds', () => {
    const { search } = prototypeNamed;
    expect(search.url(parameters({ q: 'x' }))).toBe('/search?q=x');
    expect(search.headers(parameters({}))).toEqual({});
  });

  test('set, they are sent like any other parameter', () => {
    const { search } = prototypeNamed;
    expect(search.url(parameters({ constructor: 'c', valueOf: [1, 2], q: 'x' }))).toBe('/search?constructor=c&valueOf=1&valueOf=2&q=x');
    expect(search.headers(parameters({ toString: 't' }))).toEqual({ toString: 't' });
  });
});
