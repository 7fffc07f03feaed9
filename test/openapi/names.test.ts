import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import * as unicode from './__snapshots__/unicode-names/index.js';
import { generateDocument, OPENAPI_FIXTURES, problemsOfDocument } from './support.js';

// Names in scripts other than ASCII (fixture unicode-names): an operationId or component key keeps
// its letters in the table and in type names, where before 顧客 lost all of them and créer its é.

test('an operationId in any script names its entry; one that is no usable name gives its words', () => {
  expect(Object.keys(unicode.operations).sort()).toEqual(['listerClientsÉtrangers', '注文更新', '顧客登録']);
  expect(unicode.operations.顧客登録.validateRequest({ 名前: 'A' }).ok).toBe(true);
  expect(unicode.operations.顧客登録.validateRequest({}).ok).toBe(false);
  // Its builder cannot be 注文 lower-cased: kanji have no case.
  expect(unicode.operations.注文更新.build({ 番号: 1 })).toEqual({ 番号: 1, 種類: '通常' });
  expect(unicode.注文_).toBe(unicode.operations.注文更新.build);
});

test('component keys in other scripts are types of their own names, with a note that OpenAPI does not allow them', async () => {
  expect(unicode.validate顧客({ 種別: '法人', 名前: 'A' }).ok).toBe(true);
  expect(unicode.validate顧客({ 種別: '個人' }).ok).toBe(false);
  expect(unicode.validateCafé({ nom: 'x' }).ok).toBe(true);
  expect(unicode.validateCafé2({ prix: 'x' }).ok).toBe(false);
  expect(unicode.validateCafé3('x').ok).toBe(true);
  const result = await generateDocument(path.join(OPENAPI_FIXTURES, 'unicode-names', 'openapi.yaml'));
  const place = 'openapi.yaml#/components/schemas/';
  const notes = result.ok ? result.notes.map(formatProblem).map((n) => n.slice(n.indexOf(place) + place.length)) : [];
  const nfd = 'Cafe\u0301';
  expect(notes).toEqual([
    `${nfd}: "${nfd}" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"); it is read all the same`,
    // Written with a combining accent, it makes the name the others make: numbered.
    `${nfd}: would be the type Café, as "Café" is; it is named Café3`,
    'Café: "Café" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"); it is read all the same',
    'Map«string,object»: "Map«string,object»" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"); it is read all the same',
    'Page«顧客»: "Page«顧客»" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"); it is read all the same',
    'café: "café" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"); it is read all the same',
    'café: would be the type Café, as "Café" is; it is named Café2',
    'Émile: "Émile" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"); it is read all the same',
    '注文: "注文" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"); it is read all the same',
    '顧客: "顧客" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"); it is read all the same',
  ]);
});

test('keys generic types leave in names (springdoc\'s «» and commas) are read, with a note; whitespace and the characters a $ref gives a meaning are refused', async () => {
  const document = [
    'openapi: 3.0.1',
    'info: { title: t, version: "1" }',
    'paths: {}',
    'components:',
    '  schemas:',
    '    "Result«Page«顧客»»": { type: object, properties: { data: { $ref: "#/components/schemas/Page«顧客»" } } }',
    '    "Page«顧客»": { type: object, properties: { extra: { $ref: "#/components/schemas/Map«string,object»" } } }',
    '    "Map«string,object»": { type: object, additionalProperties: true }',
  ].join('\n');
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-openapi-keys-'));
  await writeFile(path.join(folder, 'openapi.yaml'), document);
  const result = await generateDocument(path.join(folder, 'openapi.yaml'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.model.types.map((t) => t.name).sort()).toEqual(['MapStringObject', 'Page顧客', 'ResultPage顧客']);
  expect(result.notes.map((n) => n.pointer)).toEqual(['/components/schemas/Map«string,object»', '/components/schemas/Page«顧客»', '/components/schemas/Result«Page«顧客»»']);
  const refused = ['a b', 'a/b', 'a#b', 'a?b', 'a%b'];
  const problems = await problemsOfDocument({ 'openapi.yaml': ['openapi: 3.1.0', 'info: { title: t, version: "1" }', 'paths: {}', 'components:', '  schemas:', ...refused.map((k) => `    "${k}": { type: string }`)].join('\n') });
  expect(problems.map((p) => p.slice(p.indexOf('#/components/schemas/') + 21, p.indexOf(':', p.indexOf('#/components/schemas/'))))).toEqual(['a b', 'a#b', 'a%b', 'a?b', 'a~1b']);
});

// A response or request body in `components` is shared by many operations (GitHub's
// service_unavailable by 67, Figma's TooManyRequestsErrorResponseWithErrMessage by 36). It was one
// type per operation, each but the first unreferenced, and all named after whichever operation
// came first (`ActivityListPublicEventsResponse503` as the 503 of code scanning): now it is one
// type named by its key, numbered with a note where a component schema has that name.

const SHARED_BODIES = `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /a:
    get:
      operationId: getA
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { a: { type: string } } } } } }
        '404': { $ref: '#/components/responses/not_found' }
  /b:
    post:
      operationId: postB
      requestBody: { $ref: '#/components/requestBodies/Thing' }
      responses:
        '404': { $ref: '#/components/responses/not_found' }
        '503': { $ref: '#/components/responses/Unavailable' }
  /c:
    put:
      operationId: putC
      requestBody: { $ref: '#/components/requestBodies/Thing' }
      responses:
        '503': { $ref: '#/components/responses/Unavailable' }
components:
  schemas:
    Thing: { type: object, properties: { id: { type: integer } } }
  requestBodies:
    Thing:
      content: { application/json: { schema: { type: object, required: [name], properties: { name: { type: string } } } } }
  responses:
    not_found:
      description: gone
      content: { application/json: { schema: { type: object, properties: { message: { type: string } } } } }
    Unavailable:
      description: later
      content: { application/json: {} }
`;

test('a body in components.responses or components.requestBodies is one type, named by its key', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-shared-bodies-'));
  await writeFile(path.join(folder, 'openapi.yaml'), SHARED_BODIES);
  const result = await generateDocument(path.join(folder, 'openapi.yaml'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const types = result.files.find((f) => f.path === 'types.ts')?.text ?? '';
  expect([...types.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1])).toEqual(['GetAResponse200', 'NotFound', 'Thing', 'Thing2', 'Unavailable']);
  const operations = result.files.find((f) => f.path === 'operations.ts')?.text ?? '';
  expect(operations).toContain("readonly postB: Operation<{}, T.Thing2, { readonly '404': T.NotFound; readonly '503': T.Unavailable }>");
  expect(operations).toContain("readonly putC: Operation<{}, T.Thing2, { readonly '503': T.Unavailable }>");
  expect(result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/requestBodies/Thing/content/application~1json/schema: would be the type Thing, as "Thing" is; it is named Thing2',
  ]);
});
