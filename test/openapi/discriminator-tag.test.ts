import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { importGenerated, loadValidators, type ValidatorRegistry } from '../../generator/load.js';
import { typecheck } from '../support/typecheck.js';
import { generateDocument } from './support.js';

/** Writes an OpenAPI document into a new temporary folder; its path. */
async function writeDocument(text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'callgen-discriminator-tag-')), 'openapi.yaml');
  await writeFile(file, text);
  return file;
}

/** The validators generated from an OpenAPI document, by schema name. */
async function validatorsOf(text: string): Promise<ValidatorRegistry> {
  const file = await writeDocument(text);
  const loaded = await loadValidators({ schemas: path.dirname(file), out: path.join(path.dirname(file), 'out'), openapi: file });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.validators;
}

/** What an OpenAPI document generates (refusals thrown), and its validators by schema name. */
async function generated(text: string): Promise<{ result: Extract<Awaited<ReturnType<typeof generateDocument>>, { ok: true }>; validators: ValidatorRegistry }> {
  const result = await generateDocument(await writeDocument(text));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return { result, validators: (await importGenerated(result.files))['validatorsBySchemaName'] as ValidatorRegistry };
}

/** A type's response validator, giving its errors as `path keyword` lines ("no validator" where the registry has none). */
function responseErrors(validators: ValidatorRegistry, name: string): (value: unknown) => string[] {
  return (value) => {
    const verdict = validators[name]?.response?.(value);
    return verdict === undefined ? ['no validator'] : verdict.ok ? [] : verdict.errors.map((e) => `${e.path} ${e.keyword}`);
  };
}

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
  const validators = await validatorsOf(DOCUMENT);
  const effect = validators['Effect']?.response;
  expect([effect?.({ type: 'SHADOW', radius: 1 }).ok, effect?.({ type: 'BLUR' }).ok]).toEqual([true, true]);
  const untagged = effect?.({ radius: 1 });
  expect(untagged?.ok === false ? untagged.errors.map((e) => `${e.path} ${e.keyword}`) : []).toEqual(['/type discriminator']);
  // The branch itself, outside the union, still leaves it optional.
  expect(validators['Shadow']?.response?.({ radius: 1 }).ok).toBe(true);
});

// A mapping may give one schema several values, among them an alias the tag property's enum never
// lists (Rebilly's PaymentInstrument maps both "ach" and "achInstrument" to its ACH schema, and its
// method enum has "ach" alone). The schema goes by the values the enum allows; the alias selects
// nothing, with a note. It once cost every child its tag: the base's reference took any method
// and none of the children's properties, and a cash instrument took method "ach".

const ALIASED = `openapi: 3.0.3
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Method: { type: string, enum: [ach, cash] }
    Instrument:
      type: object
      required: [method]
      discriminator:
        propertyName: method
        mapping: { ach: '#/components/schemas/Ach', achInstrument: '#/components/schemas/Ach', cash: '#/components/schemas/Cash' }
      properties: { method: { $ref: '#/components/schemas/Method' } }
    Ach:
      allOf:
        - $ref: '#/components/schemas/Instrument'
        - { type: object, required: [bankAccountId], properties: { bankAccountId: { type: string } } }
    Cash:
      allOf: [{ $ref: '#/components/schemas/Instrument' }]
    Customer:
      type: object
      properties: { instrument: { $ref: '#/components/schemas/Instrument' } }
`;

test('a mapping value the tag property does not allow selects nothing; the schema goes by the values it allows', async () => {
  const { result, validators } = await generated(ALIASED);
  expect(result.files.find((f) => f.path === 'types.ts')?.text).toContain('instrument?: Ach | Cash;');
  const errors = (name: string, value: unknown): string[] => responseErrors(validators, name)(value);
  expect(errors('Customer', { instrument: { method: 'ach', bankAccountId: 'b1' } })).toEqual([]);
  expect(errors('Customer', { instrument: { method: 'cash' } })).toEqual([]);
  expect(errors('Customer', { instrument: { method: 'ach' } })).toEqual(['/instrument anyOf', '/instrument/bankAccountId required']);
  // The alias is no value of "method": the union finds no branch for it, as without the alias key.
  expect(errors('Customer', { instrument: { method: 'achInstrument', bankAccountId: 'b1' } })).toEqual(['/instrument anyOf', '/instrument/method enum', '/instrument/method const']);
  expect(errors('Cash', { method: 'ach' })).toEqual(['/method const']);
  expect(errors('Ach', { method: 'achInstrument', bankAccountId: 'b1' })).toEqual(['/method enum', '/method const']);
  expect(result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/Instrument/discriminator/mapping/achInstrument: "achInstrument" is not among the values "method" allows ("ach", "cash"), so no value can select by it; the schema it maps to goes by "ach"',
  ]);
});

// A discriminator property that only clients send (writeOnly: Rebilly's authentication token
// `mode`) is not in what the service sends. A response without it is whichever child it matches;
// a request still names its child, and a response that carries it is read by it.

const WRITE_ONLY_TAG = `openapi: 3.0.3
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Token:
      type: object
      discriminator: { propertyName: mode }
      properties:
        token: { type: string, readOnly: true }
        mode: { type: string, enum: [password, passwordless], writeOnly: true }
    password:
      allOf:
        - $ref: '#/components/schemas/Token'
        - { type: object, required: [username], properties: { username: { type: string } } }
    passwordless:
      allOf:
        - $ref: '#/components/schemas/Token'
        - { type: object, properties: { email: { type: string } } }
    Session:
      type: object
      properties: { token: { $ref: '#/components/schemas/Token' } }
`;

test('a write-only discriminator property: a response without it is any child it matches, a request still needs it', async () => {
  const validators = await validatorsOf(WRITE_ONLY_TAG);
  const issues = (result: ReturnType<NonNullable<ValidatorRegistry[string]['response']>> | undefined): string[] =>
    result === undefined ? ['no validator'] : [...(result.ok ? [] : result.errors), ...result.warnings].map((e) => `${e.path} ${e.keyword}`);
  const response = validators['Session']?.response;
  const request = validators['Session']?.request;
  expect(issues(response?.({ token: { token: 'a', username: 'jane' } }))).toEqual([]);
  expect(issues(response?.({ token: { token: 'a', email: 'j@example.com' } }))).toEqual([]);
  expect(issues(response?.({ token: { token: 'a', email: 7 } }))).toEqual(['/token anyOf', '/token/username required']);
  // Where the service sends it anyway, it picks the child, with the writeOnly warning.
  expect(issues(response?.({ token: { mode: 'password', token: 'a' } }))).toEqual(['/token/username required', '/token/mode writeOnly']);
  expect(issues(request?.({ token: { username: 'jane' } }))).toEqual(['/token/mode discriminator']);
  expect(issues(request?.({ token: { mode: 'password', username: 'jane' } }))).toEqual([]);
});

// A branch that is no object has no property to carry a tag: GitHub's contents endpoint maps
// "array" to its directory listing (an array of entries) beside the file, symlink and submodule
// objects. Tagged, that branch asked for an object and an array at once, and every directory
// listing was rejected ('must be an object'). It is now matched by its type, with a note.

const ARRAY_BRANCH = `openapi: 3.0.3
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Content:
      oneOf:
        - $ref: '#/components/schemas/Directory'
        - $ref: '#/components/schemas/File'
      discriminator:
        propertyName: type
        mapping: { array: '#/components/schemas/Directory', file: '#/components/schemas/File' }
    Directory:
      type: array
      items:
        type: object
        required: [type, name]
        properties: { type: { type: string }, name: { type: string } }
    File:
      type: object
      required: [type, content]
      properties: { type: { type: string, enum: [file] }, content: { type: string } }
`;

test('a branch that is not an object is matched by its type, not given a tag', async () => {
  const { result, validators } = await generated(ARRAY_BRANCH);
  expect(result.files.find((f) => f.path === 'types.ts')?.text).toContain('export type Content = Directory | File;');
  const errors = responseErrors(validators, 'Content');
  expect(errors([{ type: 'file', name: 'README.md' }])).toEqual([]);
  expect(errors([{ type: 'file' }])).toEqual(['/0/name required']);
  expect(errors({ type: 'file', content: 'x' })).toEqual([]);
  expect(errors({ content: 'x' })).toEqual(['/type required']);
  expect(result.notes.map(formatProblem)).toEqual([
    'openapi.yaml#/components/schemas/Content/oneOf/0: is not an object schema, so it has no "type" property to be told apart by; it was given no tag, and a value of its type is matched against it',
  ]);
});

// A branch that fixes and requires the tag itself needs no tag member, and keeps its name: Figma's
// nodes fix `type` with an `enum` of one value in an inline `allOf` member beside their traits, and
// each was given a tag member all the same, so `Node` was a union of 30 inlined objects (types.ts
// 771 kB, validators 9.7 MB) instead of `BooleanOperationNode | FrameNode | ...`. A branch that
// fixes it but leaves it optional is still given one: the property must be present.

const FIXED_BRANCHES = `openapi: 3.1.0
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Node:
      oneOf:
        - $ref: '#/components/schemas/FrameNode'
        - $ref: '#/components/schemas/TextNode'
        - $ref: '#/components/schemas/SliceNode'
      discriminator:
        propertyName: type
        mapping: { FRAME: '#/components/schemas/FrameNode', TEXT: '#/components/schemas/TextNode', SLICE: '#/components/schemas/SliceNode' }
    IsLayerTrait:
      type: object
      required: [id]
      properties: { id: { type: string }, type: { type: string } }
    FrameNode:
      allOf:
        - { type: object, required: [type], properties: { type: { type: string, enum: [FRAME] } } }
        - $ref: '#/components/schemas/IsLayerTrait'
    TextNode:
      type: object
      required: [type, characters]
      properties: { type: { const: TEXT }, characters: { type: string } }
    SliceNode:
      type: object
      properties: { type: { const: SLICE } }
`;

test('a branch that fixes and requires the tag keeps its name; one that leaves it optional is still tagged', async () => {
  const { result, validators } = await generated(FIXED_BRANCHES);
  expect(result.files.find((f) => f.path === 'types.ts')?.text).toContain("export type Node = FrameNode | TextNode | { type: 'SLICE' };");
  const errors = responseErrors(validators, 'Node');
  expect(errors({ type: 'FRAME', id: 'f' })).toEqual([]);
  expect(errors({ type: 'FRAME' })).toEqual(['/id required']);
  expect(errors({ type: 'TEXT', characters: 'a' })).toEqual([]);
  expect(errors({ type: 'SLICE' })).toEqual([]);
  expect(errors({ type: 'CIRCLE', id: 'c' })).toEqual(['/type discriminator']);
  // SliceNode leaves "type" optional, but the union asks for it.
  expect(errors({})).toEqual(['/type discriminator']);
});

// A discriminator property no branch requires (GitHub's GET /user: `user_view_type`, which its own
// examples leave out) may be missing from what the service sends. A response without it is any
// branch it matches, and its response type lets it be absent; a request still needs it, and a
// response that carries it is dispatched by it.

const OPTIONAL_TAG = `openapi: 3.0.3
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    User:
      oneOf:
        - $ref: '#/components/schemas/private-user'
        - $ref: '#/components/schemas/public-user'
      discriminator:
        propertyName: user_view_type
        mapping: { public: '#/components/schemas/public-user', private: '#/components/schemas/private-user' }
    private-user:
      type: object
      required: [login, plan]
      properties: { login: { type: string }, user_view_type: { type: string }, plan: { type: object } }
    public-user:
      type: object
      required: [login]
      properties: { login: { type: string }, user_view_type: { type: string } }
`;

test('a discriminator property no branch requires: a response without it is any branch it matches, a request still needs it', async () => {
  const { result, validators } = await generated(OPTIONAL_TAG);
  const issues = (result: ReturnType<NonNullable<ValidatorRegistry[string]['response']>> | undefined): string[] =>
    result === undefined ? ['no validator'] : [...(result.ok ? [] : result.errors), ...result.warnings].map((e) => `${e.path} ${e.keyword}`);
  const response = validators['User']?.response;
  const request = validators['User']?.request;
  expect(issues(response?.({ login: 'octocat', plan: {} }))).toEqual([]);
  expect(issues(response?.({ login: 'octocat' }))).toEqual([]);
  expect(issues(response?.({ login: 7 }))).toEqual([' anyOf', '/login type']);
  // With the tag, the branch it names decides, as before.
  expect(issues(response?.({ login: 'octocat', user_view_type: 'private' }))).toEqual(['/plan required']);
  expect(issues(response?.({ login: 'octocat', user_view_type: 'public' }))).toEqual([]);
  expect(issues(response?.({ login: 'octocat', user_view_type: 'secret' }))).toEqual(['/user_view_type discriminator']);
  expect(issues(request?.({ login: 'octocat' }))).toEqual(['/user_view_type discriminator']);
  expect(issues(request?.({ login: 'octocat', user_view_type: 'public' }))).toEqual([]);
  // The types say the same: the response shape leaves the tag optional, the request shape requires it.
  const types = result.files.find((f) => f.path === 'types.ts')?.text ?? '';
  expect(types).toContain(`export type User = { login: string; user_view_type?: 'private'; plan: { [key: string]: unknown } } | { login: string; user_view_type?: 'public' };`);
  expect(types).toContain(`export type UserInput = { login: string; user_view_type: 'private'; plan: { [key: string]: unknown } } | { login: string; user_view_type: 'public' };`);
  const folder = await mkdtemp(path.join(tmpdir(), 'callgen-discriminator-optional-'));
  await writeFile(path.join(folder, 'types.ts'), types);
  await writeFile(path.join(folder, 'use.ts'), `import type { User, UserInput } from './types.js';\nexport const sent: User = { login: 'octocat' };\n// @ts-expect-error a request names its branch\nexport const asked: UserInput = { login: 'octocat' };\n`);
  expect(typecheck([path.join(folder, 'use.ts')], 'Bundler')).toEqual([]);
});
