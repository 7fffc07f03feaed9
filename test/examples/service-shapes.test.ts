import { describe, expect, test } from 'vitest';
import * as both from '../../generated/index.js';
import * as beta from '../../generated/beta/index.js';
import * as v1 from '../../generated/v1.0/index.js';
import { SERVICE_REQUESTS } from './service-requests.js';
import { SERVICE_SHAPES } from './service-shapes.js';

// What the calling service sends today (service-shapes.ts) passes the response validators of every
// build that has its type, with no error and no notice; the decisions these shapes needed keep
// their rules for a value that is there, and request validation stays strict.

const BUILDS = { 'both versions': both, 'v1.0': v1, beta } as const;
const pairs = (issues: readonly { path: string; keyword: string }[]): string[] => issues.map((i) => `${i.path} ${i.keyword}`);

describe.each(SERVICE_SHAPES.map((shape) => ({ ...shape })))('$id', ({ schema, seen, value }) => {
  test.each(Object.entries(BUILDS))(`%s: accepted in response mode (${seen})`, (_build, build) => {
    const entry = build.validatorsBySchemaName[schema];
    const result = entry?.response?.(value);
    expect(result && { errors: result.ok ? [] : pairs(result.errors), warnings: pairs(result.warnings) }).toEqual({ errors: [], warnings: [] });
    // isX, which stops at the first error, agrees.
    const is: unknown = entry && (build as Record<string, unknown>)[`is${entry.typeName}`];
    expect(typeof is === 'function' && is(value)).toBe(true);
  });
});

describe.each(SERVICE_REQUESTS.map((request) => ({ ...request })))('request $id', ({ schema, seen, value, builds }) => {
  test.each(builds)(`%s: accepted in request mode, with no notice (${seen})`, (build) => {
    const result = BUILDS[build].validatorsBySchemaName[schema]?.request?.(value);
    expect(result && { errors: result.ok ? [] : pairs(result.errors), warnings: pairs(result.warnings) }).toEqual({ errors: [], warnings: [] });
  });
});

describe('meetingCapability: the service may send its tag alone (schemas/meetingCapability.json)', () => {
  const tag = { '@odata.type': '#microsoft.graph.meetingCapability' };

  test('no property is required: the incoming call of a recording bot carries none', () => {
    expect(beta.validateMeetingCapability(tag)).toEqual({ ok: true, value: tag, warnings: [] });
    expect(both.isMeetingCapability(tag)).toBe(true);
  });

  test('a property that is there keeps its type, and autoAdmittedUsers its closed members', () => {
    const result = beta.validateMeetingCapability({ ...tag, allowAnonymousUsersToDialOut: 'false', autoAdmittedUsers: 'everybody' });
    expect(result.ok ? [] : pairs(result.errors)).toEqual(['/allowAnonymousUsersToDialOut type', '/autoAdmittedUsers enum']);
  });

  test('a create-call request that carries it is told the service sets it', () => {
    const request = {
      callbackUri: 'https://bot.example.org/api/calling',
      requestedModalities: ['audio'],
      mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
      meetingInfo: { '@odata.type': '#microsoft.graph.tokenMeetingInfo', token: 'eyJ0eXAiOiJKV1QifQ.e30.c2ln' },
      meetingCapability: tag,
    };
    expect(pairs(beta.validateCreateCallRequest(request).warnings)).toEqual(['/meetingCapability readOnly']);
  });
});

describe('resourceData: the notifications told to a recording bot stand there by their tag (schemas/commsNotification.json)', () => {
  const batch = (resourceData: unknown) => ({ value: [{ changeType: 'created', resourceUrl: '/communications/calls/x', resourceData }] });

  test('a mistyped member of a tagged participantLeftNotification is reported inside it', () => {
    const result = both.validateCommsNotifications(batch({ '@odata.type': '#microsoft.graph.participantLeftNotification', participantId: 7 }));
    expect(result.ok ? [] : pairs(result.errors)).toEqual(['/value/0/resourceData/participantId type']);
  });

  test('an object with an unknown tag is still an error at its tag', () => {
    const result = both.validateCommsNotifications(batch({ '@odata.type': '#microsoft.graph.participantJoinedNotification', call: {} }));
    expect(result.ok ? [] : pairs(result.errors)).toEqual(['/value/0/resourceData/@odata.type discriminator']);
  });
});

describe('what responses carry beyond the metadata stays out of requests, unless the service reads it there', () => {
  const request = (target: object) => ({
    callbackUri: 'https://bot.example.org/api/calling',
    requestedModalities: ['audio'],
    mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
    targets: [target],
  });
  const user = { id: '66666666-0000-4000-8000-000000000006', displayName: 'Ada Example' };

  test.each(Object.entries(BUILDS))('%s: endpointId on a target is unknown in a request', (_build, build) => {
    const withEndpoint = build.validateCreateCallRequest(request({ identity: { user }, endpointId: '77777777-0000-4000-8000-000000000007' }));
    expect(withEndpoint.ok ? [] : pairs(withEndpoint.errors)).toEqual(['/targets/0/endpointId additionalProperties']);
  });

  test.each(Object.entries(BUILDS))('%s: identityProvider on an identity is accepted, and typed (schemas/identity.json)', (_build, build) => {
    // Today's participant: invite pages send it in requests of both versions; a non-string stays an error.
    const withProvider = build.validateCreateCallRequest(request({ identity: { user: { ...user, identityProvider: 'AAD' } } }));
    expect(withProvider).toMatchObject({ ok: true, warnings: [] });
    const mistyped = build.validateCreateCallRequest(request({ identity: { user: { ...user, identityProvider: 1 } } }));
    expect(mistyped.ok ? [] : pairs(mistyped.errors)).toEqual(['/targets/0/identity/user/identityProvider type']);
  });

  test.each(Object.entries(BUILDS))('%s: participantId on a transferee is read by the service, so no read-only notice (schemas/participantInfo.json)', (_build, build) => {
    const transferee = { identity: { user }, participantId: 'c0c1c2c3-0000-4000-8000-0000000000c0' };
    const result = build.validatorsBySchemaName['transferRequest']?.request?.({ transferTarget: { identity: { user } }, transferee });
    expect(result && { ok: result.ok, warnings: pairs(result.warnings) }).toEqual({ ok: true, warnings: [] });
    // countryCode, which only the service sets, still gets its notice.
    const withCountry = build.validatorsBySchemaName['transferRequest']?.request?.({ transferTarget: { identity: { user } }, transferee: { ...transferee, countryCode: 'GB' } });
    expect(withCountry && pairs(withCountry.warnings)).toEqual(['/transferee/countryCode readOnly']);
  });
});

describe('what the service does not send as a Graph notification stays rejected, with the reason', () => {
  test('the legacy (Skype protocol) incoming call, which the bot must answer with 204 to get the Graph one, fails only for want of value', () => {
    // Shape from Teams' "Incoming call notifications" page and microsoft-graph-docs #8310: no @odata.type, no value.
    const legacy = { id: '8e8dded7-0000-4000-8000-000000000001', participants: [{ identity: '', languageId: 'en-us', originator: true }], isMultiparty: false, presentedModalityTypes: ['audio'], callState: 'incoming', tenantId: '' };
    const result = both.validateCommsNotifications(legacy);
    expect(result.ok ? [] : pairs(result.errors)).toEqual(['/value required']);
  });

  test('a result code written as a string stays a type error: every raw POST bots logged writes the Int32 as a number', () => {
    // The call: delete pages write "code": "0" (an erratum, docs/errata.md); comms-samples #667 and #58 show numbers on the wire.
    const terminated = { value: [{ changeType: 'deleted', resourceUrl: '/communications/calls/x', resourceData: { state: 'terminated', resultInfo: { code: '0', subcode: 7015 } } }] };
    const result = both.validateCommsNotifications(terminated);
    expect(result.ok ? [] : pairs(result.errors)).toEqual(['/value/0/resourceData/resultInfo/code type']);
  });

  test('an answer the service refused with 400 stays refused, at each of its faults', () => {
    // comms-samples #546: a bot serialized the body with Newtonsoft's reference handling ($id, and
    // $values for every list), a tag without its "#", a capitalised modality and a null capacity;
    // the service answered 400 "the request is invalid".
    const refused = {
      $id: '1',
      callbackUri: 'https://bot.example.org/callback',
      mediaConfig: { preFetchMedia: { $id: '1', $values: [] }, '@odata.type': 'microsoft.graph.serviceHostedMediaConfig' },
      acceptedModalities: { $id: '2', $values: ['Audio'] },
      participantCapacity: null,
    };
    const result = both.validatorsBySchemaName['answerRequest']?.request?.(refused);
    expect(result && (result.ok ? [] : pairs(result.errors))).toEqual(['/$id additionalProperties', '/mediaConfig/@odata.type discriminator', '/acceptedModalities type', '/participantCapacity type']);
    const capitalised = both.validatorsBySchemaName['answerRequest']?.request?.({ callbackUri: refused.callbackUri, mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' }, acceptedModalities: ['Audio'] });
    expect(capitalised && (capitalised.ok ? [] : pairs(capitalised.errors))).toEqual(['/acceptedModalities/0 enum']);
  });

  test('an SDK log that re-serialized the members in PascalCase is not the wire format: changeType stays closed', () => {
    // comms-samples #700 logs "changeType": "Updated" after the SDK parsed the POST; the raw POSTs (#9170, #667) are camelCase.
    const logged = { value: [{ changeType: 'Updated', resourceUrl: '/communications/calls/x', resourceData: { '@odata.type': '#microsoft.graph.call', state: 'Established' } }] };
    const result = both.validateCommsNotifications(logged);
    expect(result.ok ? [] : pairs(result.errors)).toEqual(['/value/0/changeType enum']);
    expect(pairs(result.warnings)).toEqual(['/value/0/resourceData/state enum']);
  });
});

describe('the operations table answers what the newer actions document (schemas/callOperations.json, participantOperations.json)', () => {
  const operation = (type: string, status: string) => ({ '@odata.type': `#microsoft.graph.${type}`, id: 'c0ffee00-0000-4000-8000-00000000c0df', clientContext: 'ctx-1', resultInfo: null, status });

  // Each page answers 202 Accepted with the operation: addLargeGalleryView and start/stopHoldMusic
  // (v1.0 and beta), start/stopRecording and start/stopTranscription (beta).
  test.each([
    ['both versions', 'callAddLargeGalleryView', 'addLargeGalleryViewOperation'],
    ['both versions', 'participantStartHoldMusic', 'startHoldMusicOperation'],
    ['both versions', 'participantStopHoldMusic', 'stopHoldMusicOperation'],
    ['beta', 'callStartRecording', 'startRecordingOperation'],
    ['beta', 'callStopRecording', 'stopRecordingOperation'],
    ['beta', 'callStartTranscription', 'startTranscriptionOperation'],
    ['beta', 'callStopTranscription', 'stopTranscriptionOperation'],
  ] as const)('%s: %s validates a 202 body as its operation', (build, name, type) => {
    const table = BUILDS[build].operations as unknown as Readonly<Record<string, { readonly responses: Readonly<Record<string, (value: unknown) => unknown>> }>>;
    const responses = table[name]?.responses ?? {};
    expect(Object.keys(responses).sort()).toEqual(['200', '202']);
    expect(responses['202']?.(operation(type, 'running'))).toMatchObject({ ok: true, warnings: [] });
    expect(responses['202']?.(operation('playPromptOperation', 'running'))).toMatchObject({ ok: false });
  });

  test('content-sharing sessions are read by GET on the call, in both versions', () => {
    for (const build of Object.values(BUILDS)) {
      expect(build.operations.listContentSharingSessions.url({ 'call-id': 'c1' })).toBe('/communications/calls/c1/contentSharingSessions');
      expect(build.operations.getContentSharingSession.url({ 'call-id': 'c1', 'content-sharing-session-id': 's1' })).toBe('/communications/calls/c1/contentSharingSessions/s1');
      // A session's tag stays required: in resourceData it tells a session from a participant.
      expect(build.operations.getContentSharingSession.responses['200']({ id: 's1' })).toMatchObject({ ok: false, errors: [{ path: '/@odata.type', keyword: 'required' }] });
    }
  });
});

describe('what the pages document as the limits of a request stays refused (schemas/recordResponseRequest.json, recordRequest.json, redirectRequest.json)', () => {
  const prompt = { '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri: 'https://media.example.org/beep.wav' } };
  const request = (schema: string, value: unknown) => {
    const result = both.validatorsBySchemaName[schema]?.request?.(value);
    return result && (result.ok ? [] : pairs(result.errors));
  };

  test.each(['recordResponseRequest', 'recordRequest'])('%s: one prompt, and each timeout from 1 to 120 seconds', (schema) => {
    expect(request(schema, { prompts: [prompt], initialSilenceTimeoutInSeconds: 1, maxSilenceTimeoutInSeconds: 120 })).toEqual([]);
    expect(request(schema, { prompts: [prompt, prompt] })).toEqual(['/prompts maxItems']);
    expect(request(schema, { initialSilenceTimeoutInSeconds: 0, maxSilenceTimeoutInSeconds: 121, maxRecordDurationInSeconds: 600 })).toEqual([
      '/initialSilenceTimeoutInSeconds minimum',
      '/maxSilenceTimeoutInSeconds maximum',
      '/maxRecordDurationInSeconds maximum',
    ]);
  });

  test('redirect: a timeout from 15 to 90 seconds', () => {
    const targets = [{ identity: { user: { id: 'f0f1f2f3-0000-4000-8000-0000000000f0' } } }];
    expect(request('redirectRequest', { targets, timeout: 15 })).toEqual([]);
    expect(request('redirectRequest', { targets, timeout: 90 })).toEqual([]);
    expect(request('redirectRequest', { targets, timeout: 10 })).toEqual(['/timeout minimum']);
    expect(request('redirectRequest', { targets, timeout: 91 })).toEqual(['/timeout maximum']);
  });
});
