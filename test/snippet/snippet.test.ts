import { describe, expect, test } from 'vitest';
import { MAX_DEPTH, requestTypeNamed, snippet } from '../../generator/snippet/index.js';
import { typecheck } from '../support/typecheck.js';
import { curatedModel, snippetOf, typeNamed, Workspace } from './harness.js';

// The snippet's promises, one at a time, on small payloads written for the purpose: a builder only
// where the payload carries exactly its fixed value, the validators' choice of union branch, and a
// faithful literal for everything else, down to keys and numbers JavaScript treats specially.

const model = await curatedModel();
const workspace = await Workspace.create();
const call = '#microsoft.graph.call';
const callbackUri = 'https://bot.contoso.com/callback';

/** Snippets that must compile; checked together in the last test, as one program is a few seconds. */
const mustCompile: string[] = [];

/** Writes, runs and returns the snippet; it must rebuild the payload exactly. */
async function roundTrip(name: string, payload: unknown, type?: string) {
  const result = await snippetOf(model, payload, type);
  const file = await workspace.write(name, result.text);
  expect(await workspace.run(file)).toStrictEqual(payload);
  return { ...result, file };
}

describe('builders exactly where the payload carries their fixed value', () => {
  test('an untagged identity stays an untagged literal; a tagged one beside it gets its builder', async () => {
    const payload = {
      '@odata.type': call,
      callbackUri,
      targets: [
        { identity: { user: { id: 'a' } } },
        {
          '@odata.type': '#microsoft.graph.invitationParticipantInfo',
          identity: { '@odata.type': '#microsoft.graph.identitySet', user: { '@odata.type': '#microsoft.graph.identity', id: 'b' } },
        },
      ],
      requestedModalities: ['audio'],
      mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
    };
    const { text, notes, file } = await roundTrip('untagged-beside-tagged', payload);
    expect(text).toBe(`import {
  type CreateCallRequest,
  createCallRequest,
  identity,
  identitySet,
  invitationParticipantInfo,
  serviceHostedMediaConfig,
} from './generated/index.js';

export const requestBody: CreateCallRequest = createCallRequest({
  callbackUri: 'https://bot.contoso.com/callback',
  targets: [
    { identity: { user: { id: 'a' } } },
    invitationParticipantInfo({ identity: identitySet({ user: identity({ id: 'b' }) }) }),
  ],
  requestedModalities: ['audio'],
  mediaConfig: serviceHostedMediaConfig(),
});
`);
    expect(notes).toEqual([]);
    mustCompile.push(file);
  });

  test('one tag, two builders: the union the object stands in decides, as in the validators', async () => {
    const participant = { '@odata.type': '#microsoft.graph.participantInfo', identity: { user: { id: 'a' } } };
    const payload = { '@odata.type': call, callbackUri, source: participant, targets: [participant], requestedModalities: ['audio'], mediaConfig: { '@odata.type': '#microsoft.graph.appHostedMediaConfig', blob: 'b' } };
    const { text, file } = await roundTrip('one-tag-two-builders', payload);
    expect(text).toContain("source: participantInfo({ identity: { user: { id: 'a' } } }),");
    expect(text).toContain("targets: [taggedParticipantInfo({ identity: { user: { id: 'a' } } })],");
    mustCompile.push(file);
  });

  test('a builder whose argument is required is called with {} when the payload has nothing else', async () => {
    const payload = { '@odata.type': call, targets: [{ '@odata.type': '#microsoft.graph.invitationParticipantInfo' }], mediaConfig: { '@odata.type': '#microsoft.graph.appHostedMediaConfig' } };
    const { text } = await roundTrip('required-argument', payload);
    expect(text).toContain('targets: [invitationParticipantInfo({})],');
    expect(text).toContain('mediaConfig: appHostedMediaConfig(),');
  });

  test('an untagged root is a literal annotated with the request type, so it is still checked', async () => {
    const { text, file } = await roundTrip('untagged-root', { callbackUri, requestedModalities: ['audio'], mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' } });
    expect(text).toContain("import { type CreateCallRequest, serviceHostedMediaConfig } from './generated/index.js';");
    expect(text).toContain('export const requestBody: CreateCallRequest = {');
    mustCompile.push(file);
  });

  test('--type: any request type, by schema name or TypeScript name', async () => {
    const payload = { '@odata.type': '#microsoft.graph.identitySet', user: { '@odata.type': '#microsoft.graph.identity', id: 'a' } };
    const { text, file } = await roundTrip('identity-set', payload, 'IdentitySetInput');
    expect(text).toContain("export const requestBody: IdentitySetInput = identitySet({ user: identity({ id: 'a' }) });");
    mustCompile.push(file);
    expect(requestTypeNamed(model, 'identityset')?.name).toBe('IdentitySet');
    // The call resource is only ever sent by the service: it has no request shape to build.
    expect(requestTypeNamed(model, 'call')).toBeUndefined();
  });
});

describe('what does not fit is written as given, and named in a note', () => {
  test('read-only and unknown properties, wrong and unknown tags; builders still used below a misfit', async () => {
    const payload = {
      '@odata.type': call,
      direction: 'outgoing',
      source: { '@odata.type': '#microsoft.graph.participantInf0', identity: { '@odata.type': '#microsoft.graph.identitySet', user: { id: 'a' } } },
      chatInfo: { '@odata.type': 'microsoft.graph.chatInfo', threadId: 't' },
      mediaConfig: { '@odata.type': '#microsoft.graph.mediaConfig', extra: { '@odata.type': '#microsoft.graph.identity' } },
      meetingInfo: { allowConversationWithoutHost: true },
      callOptions: ['not', 'an', 'object'],
      nickname: 'bot',
    };
    const { text, notes } = await roundTrip('misfits', payload);
    expect(notes.map((n) => `${n.pointer}: ${n.message}`)).toEqual([
      '/direction: is read-only (set by the service, ignored in a request) and the request types leave it out, so the snippet will not type-check until it is removed; written as given',
      '/source/@odata.type: is "#microsoft.graph.participantInf0", not "#microsoft.graph.participantInfo", so participantInfo() cannot build this object; written as given',
      '/chatInfo/@odata.type: is "microsoft.graph.chatInfo", not "#microsoft.graph.chatInfo", so chatInfo() cannot build this object; written as given',
      '/mediaConfig/@odata.type: "#microsoft.graph.mediaConfig" names no type that may stand here; written as given',
      '/meetingInfo/@odata.type: is absent, and nothing else tells which type this object is; written as given',
      '/callOptions: is an array where the schema expects null or an object; written as given',
      '/nickname: is not a property of createCallRequest; written as given',
    ]);
    // The wrongly tagged source is a literal, but its identity set is still built by its builder.
    expect(text).toContain("identity: identitySet({ user: { id: 'a' } }),");
    // Below an unknown tag there is no model to follow: literals all the way down.
    expect(text).toContain("extra: { '@odata.type': '#microsoft.graph.identity' },");
  });

  test('a root that is not an object', async () => {
    const { text, notes } = await roundTrip('array-root', [1, 'two']);
    expect(text).toContain("export const requestBody: CreateCallRequest = [1, 'two'];");
    expect(notes).toEqual([{ pointer: '', message: 'is an array where the schema expects an object; written as given' }]);
  });
});

describe('literals JavaScript reads differently from JSON', () => {
  test('__proto__ keys, -0, exotic strings and keys are rebuilt exactly', async () => {
    const payload = JSON.parse(
      String.raw`{"@odata.type": "#microsoft.graph.call", "unknown": {"__proto__": {"polluted": true}, "": 0, "0": -0, "a-b": 1e21, "constructor": null,
        "quotes": "it's \"quoted\"", "lines": "a\nb\u2028c", "lone": "\ud800", "emoji": "\ud83d\udcde", "nested": [{"__proto__": []}, -1.5e-7]}}`,
    ) as unknown;
    const { text } = await roundTrip('exotic', payload);
    expect(text).toContain("['__proto__']: { polluted: true },");
    expect(text).toContain("'0': -0,");
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('refusals and caller bugs', () => {
  test(`nesting deeper than ${MAX_DEPTH} levels is refused with the pointer where it goes too deep`, async () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_DEPTH + 5; i++) deep = [deep];
    const result = await snippet(model, { '@odata.type': call, deep }, { type: typeNamed(model, 'createCallRequest'), importFrom: './g.js' });
    expect(result).toEqual({ ok: false, pointer: `/deep${'/0'.repeat(MAX_DEPTH - 1)}`, message: `is nested more than ${MAX_DEPTH} levels deep; callgen snippet writes payloads up to that depth` });
  });

  test('a value JSON cannot hold is a bug in the caller, and throws', async () => {
    await expect(snippet(model, { a: undefined }, { type: typeNamed(model, 'createCallRequest'), importFrom: './g.js' })).rejects.toThrow('/a holds a value of type undefined, which JSON cannot hold');
  });

  test('the same payload gives the same bytes', async () => {
    const payload = { '@odata.type': call, mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' }, callbackUri };
    const [a, b] = await Promise.all([snippetOf(model, payload), snippetOf(model, structuredClone(payload))]);
    expect(a.text).toBe(b.text);
  });
});

test('the snippets above that fit the request types type-check under the strictest consumer flags and isolatedDeclarations', () => {
  expect(mustCompile).toHaveLength(4);
  expect(typecheck(mustCompile, 'NodeNext', { declaration: true, isolatedDeclarations: true })).toEqual([]);
});
