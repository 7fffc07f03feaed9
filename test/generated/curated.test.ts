import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  appHostedMediaConfig,
  createCallRequest,
  identity,
  identitySet,
  invitationParticipantInfo,
  mediaInfo,
  taggedParticipantInfo,
  serviceHostedMediaConfig,
  validateCall,
  validateCreateCallRequest,
  type Call,
  type CreateCallRequest,
  type MediaConfig,
} from '../../generated/index.js';

// The curated output as a bot developer meets it. Type-level lines are checked by tsc (npm test).

describe('builders', () => {
  test('a whole create-call body without a hand-typed @odata.type, valid in request mode', () => {
    const body = createCallRequest({
      callbackUri: 'https://bot.contoso.com/callback',
      targets: [invitationParticipantInfo({ identity: identitySet({ user: identity({ id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8', displayName: 'John' }) }) })],
      requestedModalities: ['audio'],
      mediaConfig: serviceHostedMediaConfig(),
    });
    expect(body).toEqual({
      '@odata.type': '#microsoft.graph.call',
      callbackUri: 'https://bot.contoso.com/callback',
      targets: [
        {
          '@odata.type': '#microsoft.graph.invitationParticipantInfo',
          identity: {
            '@odata.type': '#microsoft.graph.identitySet',
            user: { '@odata.type': '#microsoft.graph.identity', id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8', displayName: 'John' },
          },
        },
      ],
      requestedModalities: ['audio'],
      mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
    });
    expect(validateCreateCallRequest(body)).toEqual({ ok: true, value: body, warnings: [] });
  });

  test('nothing is dropped: blob and preFetchMedia go through (Microsoft\'s SDK serializer drops both)', () => {
    const blob = '{"mpUri":"net.tcp://bot.contoso.com:12345/MediaProcessor"}';
    expect(appHostedMediaConfig({ blob })).toEqual({ '@odata.type': '#microsoft.graph.appHostedMediaConfig', blob });
    const preFetchMedia = [mediaInfo({ uri: 'https://cdn.contoso.com/beep.wav', resourceId: 'f8971b04-b53e-418c-9222-c82ce681a582' })];
    expect(serviceHostedMediaConfig({ preFetchMedia })).toEqual({ '@odata.type': '#microsoft.graph.serviceHostedMediaConfig', preFetchMedia });
  });

  test('builders refuse a wrong discriminator and readOnly properties, at compile time', () => {
    // @ts-expect-error the builder sets @odata.type itself
    serviceHostedMediaConfig({ '@odata.type': '#microsoft.graph.appHostedMediaConfig' });
    // @ts-expect-error state is set by the service; a create-call request cannot carry it
    const body: CreateCallRequest = { callbackUri: 'https://x', requestedModalities: ['audio'], mediaConfig: serviceHostedMediaConfig(), state: 'established' };
    void body;
    // @ts-expect-error a request cannot invent a modality; responses may carry members added later
    const closed: CreateCallRequest['requestedModalities'] = ['hologram'];
    void closed;
    expectTypeOf<'hologram'>().toMatchTypeOf<NonNullable<Call['requestedModalities']>[number]>();
  });
});

describe('the evolvable enums\' sentinel', () => {
  // Graph answers a member a client does not know with unknownFutureValue, and refuses it in a POST
  // body or an action's parameter with 400 Bad Request (the evolvable-enum guideline).
  const body = { callbackUri: 'https://bot.contoso.com/callback', requestedModalities: ['audio', 'unknownFutureValue'], mediaConfig: serviceHostedMediaConfig(), targets: [] };

  test('a create-call request that holds it is refused, saying why; a call the service sends may hold it', () => {
    expect(validateCreateCallRequest(body)).toEqual({
      ok: false,
      errors: [
        {
          path: '/requestedModalities/1',
          keyword: 'enum',
          message: 'must be one of "unknown", "audio", "video", "videoBasedScreenSharing", "data"; "unknownFutureValue" is a member the service sends, and refuses in a request',
          received: '"unknownFutureValue"',
        },
      ],
      warnings: [],
    });
    expect(validateCall({ '@odata.type': '#microsoft.graph.call', requestedModalities: ['unknownFutureValue'] })).toMatchObject({ ok: true, warnings: [] });
  });

  test('the request types leave it out', () => {
    // @ts-expect-error unknownFutureValue is the service's answer, never a client's request
    const modalities: CreateCallRequest['requestedModalities'] = ['unknownFutureValue'];
    void modalities;
    expectTypeOf<'unknownFutureValue'>().toMatchTypeOf<NonNullable<Call['requestedModalities']>[number]>();
  });
});

describe('call targets', () => {
  const john = identitySet({ user: identity({ id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8', displayName: 'John' }) });
  const base = { callbackUri: 'https://bot.contoso.com/callback', requestedModalities: ['audio' as const], mediaConfig: serviceHostedMediaConfig() };

  test('an untagged target is an invitation; a participantInfo tag is accepted, as the documented requests send it', () => {
    const untagged = { identity: john };
    const tagged = taggedParticipantInfo({ identity: john });
    expect(tagged['@odata.type']).toBe('#microsoft.graph.participantInfo');
    expect(validateCreateCallRequest(createCallRequest({ ...base, targets: [untagged, tagged, invitationParticipantInfo({ identity: john })] })).ok).toBe(true);
  });

  test('a target with any other tag is refused at its discriminator', () => {
    const result = validateCreateCallRequest({ ...createCallRequest(base), targets: [{ '@odata.type': '#microsoft.graph.participant', identity: john }] });
    expect(result).toMatchObject({ ok: false, errors: [{ path: '/targets/0/@odata.type', keyword: 'discriminator' }] });
  });
});

test('a nullable integer says "integer" in its type error', () => {
  const result = validateCall({ ringingTimeoutInSeconds: 'soon' });
  expect(result.ok || result.errors).toEqual([{ path: '/ringingTimeoutInSeconds', keyword: 'type', message: 'must be null or an integer', expected: 'null or an integer', received: 'string' }]);
});

describe('errors that say what slipped', () => {
  test('a tag without its leading "#", as the skeleton page writes them, is named as such', () => {
    const result = validateCall({ mediaConfig: { '@odata.type': 'microsoft.graph.serviceHostedMediaConfig' }, chatInfo: { '@odata.type': 'microsoft.graph.chatInfo' } });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'names no type that may stand here; expected one of "#microsoft.graph.appHostedMediaConfig", "#microsoft.graph.serviceHostedMediaConfig"; it lacks the leading "#" of "#microsoft.graph.serviceHostedMediaConfig"',
      'must be "#microsoft.graph.chatInfo"; it lacks the leading "#" of "#microsoft.graph.chatInfo"', // errors follow the payload's key order
    ]);
  });

  test('a tag in the wrong letter case is named as such; an unrelated tag gets no hint', () => {
    const wrongCase = validateCall({ mediaConfig: { '@odata.type': '#microsoft.graph.ServiceHostedMediaConfig' } });
    expect(wrongCase.ok || wrongCase.errors[0]?.message.endsWith('; only the letter case differs from "#microsoft.graph.serviceHostedMediaConfig"')).toBe(true);
    const unrelated = validateCall({ mediaConfig: { '@odata.type': '#microsoft.graph.mediaConfig' } });
    expect(unrelated.ok || unrelated.errors[0]?.message).toBe('names no type that may stand here; expected one of "#microsoft.graph.appHostedMediaConfig", "#microsoft.graph.serviceHostedMediaConfig"');
  });
});

describe('discriminated unions', () => {
  test('switch on mediaConfig[@odata.type] narrows', () => {
    const mediaKind = (call: Call): string => {
      const config: MediaConfig | null | undefined = call.mediaConfig;
      if (config == null) return 'none';
      switch (config['@odata.type']) {
        case '#microsoft.graph.appHostedMediaConfig':
          return `app-hosted, blob ${config.blob ?? ''}`;
        case '#microsoft.graph.serviceHostedMediaConfig':
          return `service-hosted, ${config.preFetchMedia?.length ?? 0} prefetched`;
        default:
          expectTypeOf(config).toBeNever();
          return 'unreachable';
      }
    };
    const parsed = validateCall({ mediaConfig: { '@odata.type': '#microsoft.graph.appHostedMediaConfig', blob: 'b' } });
    expect(parsed.ok && mediaKind(parsed.value)).toBe('app-hosted, blob b');
  });

  test('the wrong branch is never blamed: one error, from the branch @odata.type names', () => {
    const result = validateCall({ mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig', preFetchMedia: [{ uri: 7 }] } });
    expect(result).toMatchObject({ ok: false, errors: [{ path: '/mediaConfig/preFetchMedia/0/uri', keyword: 'type' }] });
    expect(result.ok || result.errors).toHaveLength(1);
  });
});
