import { describe, expect, test } from 'vitest';
import { BASE_URI, createAjv, errorPairs } from './support.js';

// The decisions of the schemas' $comments, each shown on a small payload written by hand: what the
// service accepts passes, what it cannot accept fails at a named path.

const ajv = createAjv();
function check(schema: string, value: unknown): string[] {
  const validate = ajv.getSchema(`${BASE_URI}${schema}.json`);
  if (validate === undefined) throw new Error(`no schema ${schema}`);
  return validate(value) ? [] : errorPairs(validate.errors);
}

const user = { '@odata.type': '#microsoft.graph.identity', id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8', displayName: 'John' };
const target = { '@odata.type': '#microsoft.graph.invitationParticipantInfo', identity: { user } };
const request = {
  '@odata.type': '#microsoft.graph.call',
  callbackUri: 'https://bot.contoso.com/callback',
  targets: [target],
  requestedModalities: ['audio'],
  mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
};
const organizer = { '@odata.type': '#microsoft.graph.organizerMeetingInfo', organizer: { user } };
const without = (key: string): Record<string, unknown> => Object.fromEntries(Object.entries(request).filter(([k]) => k !== key));

describe('createCallRequest', () => {
  test('the smallest documented peer-to-peer request is valid', () => {
    expect(check('createCallRequest', request)).toEqual([]);
  });

  test.each(['callbackUri', 'requestedModalities', 'mediaConfig'])('%s is required', (key) => {
    expect(check('createCallRequest', without(key))).toEqual([` required`]);
  });

  test('a request needs targets or meetingInfo; meetingInfo alone joins a meeting', () => {
    expect(check('createCallRequest', without('targets'))).toEqual([' anyOf', ' required']);
    expect(check('createCallRequest', { ...without('targets'), meetingInfo: organizer })).toEqual([]);
  });

  test('the callback URI must be an HTTPS URI', () => {
    expect(check('createCallRequest', { ...request, callbackUri: 'http://bot.contoso.com/callback' })).toEqual(['/callbackUri pattern']);
    expect(check('createCallRequest', { ...request, callbackUri: 'bot.contoso.com' })).toEqual(['/callbackUri format', '/callbackUri pattern']);
  });

  test('tenant ids and call chain ids must be GUIDs', () => {
    expect(check('createCallRequest', { ...request, tenantId: 'aa67bd4c-8475-432d-bd41-39f255720e0a' })).toEqual([]);
    expect(check('createCallRequest', { ...request, tenantId: 'contoso.onmicrosoft.com' })).toEqual(['/tenantId format']);
    expect(check('call', { callChainId: 'd17646-3110-40b1-bae6-e9ac6c3f74' })).toEqual(['/callChainId format']);
  });

  test('mediaConfig is abstract: an untagged one fits no branch', () => {
    const errors = check('createCallRequest', { ...request, mediaConfig: { removeFromDefaultAudioGroup: false } });
    expect(errors).toEqual(['/mediaConfig oneOf', '/mediaConfig required', '/mediaConfig type']);
  });

  test('a joinMeetingIdMeetingInfo may send passcode null (the generator keeps null out of other request properties)', () => {
    const meetingInfo = { '@odata.type': '#microsoft.graph.joinMeetingIdMeetingInfo', joinMeetingId: '1234567', passcode: null };
    expect(check('createCallRequest', { ...without('targets'), meetingInfo })).toEqual([]);
  });
});

describe('targets and identities', () => {
  test('a target is an invitation or a tagged participantInfo; any other tag is neither', () => {
    const asParticipant = { ...target, '@odata.type': '#microsoft.graph.participantInfo' };
    expect(check('createCallRequest', { ...request, targets: [asParticipant] })).toEqual([]);
    const other = { ...target, '@odata.type': '#microsoft.graph.participant' };
    expect(check('createCallRequest', { ...request, targets: [other] })).toEqual(['/targets/0 oneOf', '/targets/0/@odata.type const']);
  });

  test('an untagged target must still name someone', () => {
    // Both branches want an identity; the tagged one also wants its tag.
    expect(check('createCallRequest', { ...request, targets: [{}] })).toEqual(['/targets/0 oneOf', '/targets/0 required']);
  });

  test('phone, guest and applicationInstance stand on a plain identitySet, as the PSTN and guest examples send them', () => {
    const phone = { '@odata.type': '#microsoft.graph.identity', id: '+12345678901' };
    expect(check('anyIdentitySet', { '@odata.type': '#microsoft.graph.identitySet', phone })).toEqual([]);
    expect(check('identitySet', { phone: 42 })).toContain('/phone type');
  });

  test('identity slots take a plain identity, untagged or tagged, or a communications identity kind', () => {
    expect(check('anyIdentity', { id: 'x' })).toEqual([]);
    expect(check('anyIdentity', { '@odata.type': '#microsoft.graph.communicationsPhoneIdentity', id: '+12345678901' })).toEqual([]);
    expect(check('anyIdentity', { '@odata.type': '#microsoft.graph.emailIdentity', id: 'x' })).toEqual([' oneOf', '/@odata.type const']);
  });

  test('a communicationsIdentitySet must say so; the untagged set is a plain identitySet', () => {
    const comms = { '@odata.type': '#microsoft.graph.communicationsIdentitySet', endpointType: 'default' };
    expect(check('anyIdentitySet', comms)).toEqual([]);
    expect(check('anyIdentitySet', { endpointType: 'default' })).toEqual([]);
  });
});

describe('notifications', () => {
  const notification = { changeType: 'updated', resourceUrl: '/communications/calls/1', resourceData: { state: 'established', id: '1' } };
  const batch = (value: unknown) => check('commsNotifications', { value: [value] });

  test('resourceUrl or the legacy resource names the resource; one of them is required', () => {
    expect(batch(notification)).toEqual([]);
    const { resourceUrl: _, ...legacy } = notification;
    expect(batch({ ...legacy, resource: '/app/calls/1' })).toEqual([]);
    expect(batch(legacy)).toEqual(['/value/0 anyOf', '/value/0 required']);
  });

  test('resourceData is a call, or an array of participants, delta batches or sharing sessions', () => {
    const roster = [{ id: 'p1', info: { identity: { user } }, isInLobby: false, isMuted: true }];
    expect(batch({ ...notification, resourceData: roster })).toEqual([]);
    const delta = [{ '@odata.type': '#microsoft.graph.deltaParticipants', participants: roster, sequenceNumber: 3 }];
    expect(batch({ ...notification, resourceData: delta })).toEqual([]);
    const sharing = [{ '@odata.type': '#microsoft.graph.contentSharingSession', id: 'F7D9EF30' }];
    expect(batch({ ...notification, resourceData: sharing })).toEqual([]);
  });

  test('resourceData may be any operation, told apart by its tag; an unknown tag fits no branch', () => {
    const operation = { '@odata.type': '#microsoft.graph.playPromptOperation', status: 'completed', resultInfo: { code: 200, subcode: 0 } };
    expect(batch({ ...notification, resourceData: operation })).toEqual([]);
    expect(batch({ ...notification, resourceData: { ...operation, '@odata.type': '#microsoft.graph.commsOperation' } })).toEqual([]);
    const unknown = batch({ ...notification, resourceData: { ...operation, '@odata.type': '#microsoft.graph.textPromptOperation' } });
    expect(unknown).toContain('/value/0/resourceData/@odata.type const');
  });

  test('an audio routing group in resourceData, alone or in an array, carries its tag', () => {
    const group = { '@odata.type': '#microsoft.graph.audioRoutingGroup', id: 'g1', routingMode: 'oneToOne', sources: ['p1'], receivers: ['p2'] };
    expect(batch({ ...notification, resourceData: group })).toEqual([]);
    expect(batch({ ...notification, resourceData: [group] })).toEqual([]);
  });

  test('changeType is a closed enum', () => {
    expect(batch({ ...notification, changeType: 'moved' })).toEqual(['/value/0/changeType enum']);
  });
});

describe('enums and versions', () => {
  test('beta-only members are members (a per-version emitter narrows them): ringing, unknown', () => {
    expect(check('call', { state: 'ringing', requestedModalities: ['unknown'] })).toEqual([]);
  });

  test('open enums stay closed to a standard validator; the generator opens them for responses', () => {
    expect(check('call', { state: 'parked' })).toEqual(['/state enum', '/state oneOf', '/state type']);
  });
});
