import { readFileSync } from 'node:fs';
import path from 'node:path';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { describe, expect, test } from 'vitest';
import { BASE_URI, DIALECT, SCHEMA_DIR, X_KEYWORDS, createAjv, isObject, loadOperationsFiles, loadSchemas, walk, type Json, type JsonObject } from './support.js';

// The curated schemas as JSON Schema documents and as the dialect of schemas/README.md.

const schemas = loadSchemas();
const byName = new Map(schemas.map((s) => [s.name, s.schema]));

/** The keywords the curated schemas may use (the README's dialect, kept small on purpose). */
const ALLOWED = new Set([
  ...['$schema', '$id', '$ref', '$defs', '$comment', 'title', 'description', 'examples', 'deprecated', 'readOnly'],
  ...['type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems'],
  ...['minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'oneOf', 'anyOf', 'allOf'],
  ...X_KEYWORDS,
]);
const FORMATS = new Set(['uuid', 'uri', 'date-time']);

const nodesOf = (schema: JsonObject) => walk(schema).filter((n): n is { node: JsonObject; pointer: string } => isObject(n.node));
const kindOf = (schema: JsonObject): 'enum' | 'union' | 'object' =>
  'enum' in schema ? 'enum' : 'oneOf' in schema ? 'union' : 'object';

describe('JSON Schema validity', () => {
  test('there are 147 files: 112 objects (29 request roots), 12 unions, 23 enums', () => {
    const counts = { object: 1, union: 0, enum: 0 };
    for (const { schema } of schemas) counts[kindOf(schema)] += 1;
    expect(counts).toEqual({ object: 112, union: 12, enum: 23 });
  });

  test.each(schemas)('$file is valid against the 2020-12 meta-schema', ({ schema }) => {
    const ajv = createAjv([]);
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  test('every schema compiles in Ajv strict mode with all the others loaded', () => {
    const ajv = createAjv(schemas);
    for (const { name } of schemas) expect(() => ajv.getSchema(`${BASE_URI}${name}.json`), name).not.toThrow();
  });

  test.each(schemas)('every reference of $file resolves (json-schema-ref-parser)', async ({ path: file }) => {
    // The $id base makes references absolute (https://schemas.callgen.dev/graph/x.json); they are
    // read from schemas/ and never fetched, so a reference to a missing file fails here.
    const local = {
      order: 1,
      canRead: (ref: { url: string }) => ref.url.startsWith(BASE_URI),
      read: (ref: { url: string }) => readFileSync(path.join(SCHEMA_DIR, ref.url.slice(BASE_URI.length)), 'utf8'),
    };
    const options = { resolve: { http: false, local }, dereference: { circular: 'ignore' } };
    const dereferenced = (await $RefParser.dereference(file, options as never)) as unknown as Json;
    const refsLeft = walk(dereferenced).filter(({ node }) => isObject(node) && typeof node['$ref'] === 'string');
    expect(refsLeft.map((r) => r.pointer)).toEqual([]);
    // Each reference now stands replaced by the file it named (every target is a file root).
    const original = JSON.parse(readFileSync(file, 'utf8')) as Json;
    const targets = new Map(walk(dereferenced).map(({ node, pointer }) => [pointer, node]));
    for (const { node, pointer } of walk(original).filter(({ node }) => isObject(node) && typeof node['$ref'] === 'string')) {
      const target = targets.get(pointer);
      const named = String((node as JsonObject)['$ref']).replace(/\.json$/, '');
      expect(isObject(target) ? target['title'] : undefined, pointer).toBe(named);
    }
  });
});

describe('file, title and $id', () => {
  test.each(schemas)('$file is named after its title, with the dialect and $id of the README', ({ file, name, schema }) => {
    expect(schema['title']).toBe(name);
    expect(schema['$schema']).toBe(DIALECT);
    expect(schema['$id']).toBe(`${BASE_URI}${file}`);
    expect(typeof schema['description'] === 'string' && schema['description'].length > 0).toBe(true);
  });

  test('type names are unique, also ignoring case (they become PascalCase TypeScript names)', () => {
    const titles = schemas.map((s) => String(s.schema['title']).toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  test('discriminator values are unique and each names its own type', () => {
    const consts = schemas.flatMap(({ name, schema }) => {
      const tag = isObject(schema['properties']) ? schema['properties']['@odata.type'] : undefined;
      return isObject(tag) && typeof tag['const'] === 'string' ? [[name, tag['const']] as const] : [];
    });
    expect(new Set(consts.map(([, tag]) => tag)).size).toBe(consts.length);
    for (const [name, tag] of consts) expect(tag).toBe(`#microsoft.graph.${name}`);
  });

  test('every object type declares its @odata.type as a const, but request bodies, collections and those that take their base whole', () => {
    // An action's body is untagged on the wire; a collection response is an OData envelope, not a Graph type.
    const objects = schemas.filter((s) => kindOf(s.schema) === 'object' && (s.schema['x-request-body'] !== true || s.name === 'createCallRequest'));
    const odd = objects.filter(({ schema }) => {
      const tag = isObject(schema['properties']) ? schema['properties']['@odata.type'] : undefined;
      return !isObject(tag) || typeof tag['const'] !== 'string';
    });
    expect(odd.map((s) => s.name)).toEqual([
      'audioRoutingGroupCollection',
      'contentSharingSessionCollection',
      'createCallRequest',
      'participantCollection',
      'taggedAudioRoutingGroup',
      'taggedInvitationParticipantInfo',
      'taggedParticipantInfo',
      'taggedParticipantJoiningNotification',
      'taggedParticipantLeftNotification',
    ]);
    expect(byName.get('taggedAudioRoutingGroup')?.['allOf']).toEqual([{ $ref: 'audioRoutingGroup.json' }]);
    expect(byName.get('taggedAudioRoutingGroup')?.['required']).toEqual(['@odata.type']);
    // The tagged types are their base with its tag required, nothing more.
    expect(byName.get('taggedParticipantInfo')?.['allOf']).toEqual([{ $ref: 'participantInfo.json' }]);
    expect(byName.get('taggedParticipantInfo')?.['required']).toEqual(['@odata.type']);
    expect(byName.get('taggedInvitationParticipantInfo')?.['allOf']).toEqual([{ $ref: 'invitationParticipantInfo.json' }]);
    expect(byName.get('taggedInvitationParticipantInfo')?.['required']).toEqual(['@odata.type']);
    for (const notification of ['participantJoiningNotification', 'participantLeftNotification']) {
      const tagged = byName.get(`tagged${notification[0]?.toUpperCase() ?? ''}${notification.slice(1)}`);
      expect(tagged?.['allOf']).toEqual([{ $ref: `${notification}.json` }]);
      expect(tagged?.['required']).toEqual(['@odata.type']);
    }
  });
});

describe('the dialect of schemas/README.md', () => {
  test.each(schemas)('$file uses only the allowed keywords and formats', ({ schema }) => {
    const bad = nodesOf(schema).flatMap(({ node, pointer }) => [
      ...Object.keys(node).filter((k) => !ALLOWED.has(k)).map((k) => `${pointer}/${k}`),
      ...(typeof node['format'] === 'string' && !FORMATS.has(node['format']) ? [`${pointer}/format ${node['format']}`] : []),
      ...(node['additionalProperties'] === false ? [`${pointer}/additionalProperties false`] : []),
    ]);
    expect(bad).toEqual([]);
  });

  test('allOf stands only where a type is its base plus a rule: createCallRequest and the tagged types', () => {
    const found = schemas.flatMap(({ name, schema }) => nodesOf(schema).filter(({ node }) => 'allOf' in node).map(({ pointer }) => `${name}#${pointer}`));
    expect(found).toEqual([
      'createCallRequest#',
      'taggedAudioRoutingGroup#',
      'taggedInvitationParticipantInfo#',
      'taggedParticipantInfo#',
      'taggedParticipantJoiningNotification#',
      'taggedParticipantLeftNotification#',
    ]);
  });

  test('anyOf is only "at least one of" (branches of one required property each)', () => {
    const found = schemas.flatMap(({ name, schema }) =>
      nodesOf(schema)
        .filter(({ node }) => Array.isArray(node['anyOf']))
        .map(({ node, pointer }) => {
          const branches = node['anyOf'] as readonly Json[];
          const ok = branches.every((b) => isObject(b) && Object.keys(b).join() === 'required' && (b['required'] as Json[]).length === 1);
          return `${name}#${pointer} ${ok ? 'at-least-one-of' : 'OTHER'}`;
        }),
    );
    expect(found).toEqual(['commsNotification# at-least-one-of', 'createCallRequest# at-least-one-of']);
  });

  test('a nullable slot is a oneOf of one $ref and null, or a type list with "null"', () => {
    const bad = schemas.flatMap(({ name, schema }) =>
      nodesOf(schema).flatMap(({ node, pointer }) => {
        const list = node['oneOf'];
        if (!Array.isArray(list) || !list.some((b) => isObject(b) && b['type'] === 'null')) return [];
        const ok = list.length === 2 && isObject(list[0]) && typeof list[0]['$ref'] === 'string';
        return ok ? [] : [`${name}#${pointer}`];
      }),
    );
    expect(bad).toEqual([]);
  });

  test.each(schemas.filter((s) => kindOf(s.schema) === 'object' && s.name !== 'createCallRequest'))(
    '$file keeps null out of requests at its root',
    ({ schema }) => expect(schema['x-nullable-in-request']).toBe(false),
  );

  test('the request body roots are createCallRequest, which builds on call, and one body per action', () => {
    const roots = schemas.filter((s) => s.schema['x-request-body'] === true).map((s) => s.name);
    expect(roots).toEqual(["addLargeGalleryViewRequest", "admitAllFromLobbyRequest", "admitFromLobbyRequest", "answerRequest", "cancelMediaProcessingRequest", "changeScreenSharingRoleRequest", "createCallRequest", "inviteRequest", "logTeleconferenceDeviceQualityRequest", "muteAllRequest", "muteRequest", "playPromptRequest", "recordRequest", "recordResponseRequest", "redirectRequest", "rejectRequest", "removeFromLobbyRequest", "reportSyntheticMediaRequest", "sendDtmfTonesRequest", "startHoldMusicRequest", "startRecordingRequest", "startTranscriptionRequest", "stopHoldMusicRequest", "stopRecordingRequest", "stopTranscriptionRequest", "subscribeToToneRequest", "transferRequest", "unmuteRequest", "updateRecordingStatusRequest"]);
    // An action body says which action it belongs to, and is untagged: no @odata.type to send.
    for (const name of roots.filter((n) => n !== 'createCallRequest')) {
      const root = byName.get(name) ?? {};
      expect(String(root['$comment']), name).toMatch(/^The body of the \w+ action/);
      expect(Object.keys(isObject(root['properties']) ? root['properties'] : {}), name).not.toContain('@odata.type');
    }
    const request = byName.get('createCallRequest') ?? {};
    expect(request['allOf']).toEqual([{ $ref: 'call.json' }]);
    expect(request['required']).toEqual(['callbackUri', 'requestedModalities', 'mediaConfig']);
    expect(request['anyOf']).toEqual([{ required: ['targets'] }, { required: ['meetingInfo'] }]);
    expect(typeof request['$comment']).toBe('string');
  });

  test.each(schemas.filter((s) => kindOf(s.schema) === 'enum'))('$file is a string enum, open exactly when it has unknownFutureValue, which requests may not hold', ({ name, schema }) => {
    const members = schema['enum'] as readonly string[];
    expect(schema['type']).toBe('string');
    // operationStatus is open without unknownFutureValue: responses spell its members two ways (its $comment).
    expect(schema['x-open-enum'] === true).toBe(members.includes('unknownFutureValue') || name === 'operationStatus');
    // Graph's evolvable-enum guideline: the service answers unknown members with the sentinel, and refuses it in a POST body or an action's parameter with 400.
    expect(schema['x-response-only-members']).toEqual(members.includes('unknownFutureValue') ? ['unknownFutureValue'] : undefined);
    for (const member of Object.keys((schema['x-enum-versions'] as JsonObject | undefined) ?? {})) expect(members).toContain(member);
  });

  test.each(schemas.filter((s) => kindOf(s.schema) === 'union'))('$file can be decided: at most one branch may leave @odata.type out', ({ schema }) => {
    const branches = (schema['oneOf'] as readonly JsonObject[]).map((b) => byName.get(String(b['$ref']).replace(/\.json$/, '')) ?? {});
    const untagged = branches.filter((b) => !((b['required'] as readonly string[] | undefined) ?? []).includes('@odata.type'));
    expect(untagged.length).toBeLessThanOrEqual(1);
  });

  test('every property says what it is (a description)', () => {
    const missing = schemas.flatMap(({ name, schema }) =>
      nodesOf(schema).flatMap(({ node, pointer }) =>
        isObject(node['properties'])
          ? Object.entries(node['properties']).filter(([, p]) => !isObject(p) || typeof p['description'] !== 'string').map(([k]) => `${name}#${pointer}/${k}`)
          : [],
      ),
    );
    expect(missing).toEqual([]);
  });
});

test('the README lists every operations file once, in its own table', () => {
  const readme = readFileSync(path.join(SCHEMA_DIR, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Operations files'), readme.indexOf('## The types'));
  const listed = [...section.matchAll(/^\| `([^`]+\.json)` \|/gm)].map((m) => m[1]).sort();
  expect(listed).toEqual(loadOperationsFiles().map((s) => s.file));
});

test('the README table lists every schema file once', () => {
  const readme = readFileSync(path.join(SCHEMA_DIR, 'README.md'), 'utf8');
  const types = readme.slice(readme.indexOf('## The types'));
  const listed = [...types.matchAll(/^\| `([^`]+\.json)` \|/gm)].map((m) => m[1]).sort();
  expect(listed).toEqual(schemas.map((s) => s.file));
});
