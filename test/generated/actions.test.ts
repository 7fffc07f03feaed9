import { describe, expect, test } from 'vitest';
import {
  identity,
  identitySet,
  invitationParticipantInfo,
  mediaInfo,
  mediaPrompt,
  operations,
  serviceHostedMediaConfig,
  validateAnswerRequest,
  validateCommsNotifications,
  validatePlayPromptOperation,
  validatePlayPromptRequest,
  validateRedirectRequest,
  validateSendDtmfTonesRequest,
  validateTransferRequest,
  type CommsNotification,
  type PlayPromptRequest,
} from '../../generated/index.js';

// The actions of the calling API as a bot meets them in generated/: bodies built and checked in
// request mode, operations and their notifications checked in response mode. Payloads are small
// ones written from the facts of the documentation pages and the metadata.

const welcome = mediaPrompt({ mediaInfo: mediaInfo({ uri: 'https://cdn.contoso.com/beep.wav', resourceId: '1D6DE2D4-CD51-4309-8DAA-70768651088E' }) });
const notification = (resourceData: unknown) => ({
  value: [{ changeType: 'deleted', resourceUrl: '/communications/calls/57DAB8B1/operations/0FE0623F', resourceData }],
});
const paths = (result: { ok: boolean; errors?: readonly { path: string }[] }): string[] => (result.errors ?? []).map((e) => e.path);

describe('request bodies of actions', () => {
  test('a playPrompt body from the builders is valid, and needs no hand-typed tag', () => {
    const body: PlayPromptRequest = { clientContext: 'd45324c1-fcb5-430a-902c-f20af696537c', prompts: [welcome] };
    expect(body.prompts[0]?.['@odata.type']).toBe('#microsoft.graph.mediaPrompt');
    expect(validatePlayPromptRequest(body)).toEqual({ ok: true, value: body, warnings: [] });
  });

  test('an unknown prompt type is an error at its tag; an untagged prompt names no type', () => {
    const text = { '@odata.type': '#microsoft.graph.textPrompt', mediaInfo: { uri: 'https://cdn.contoso.com/beep.wav' } };
    const result = validatePlayPromptRequest({ prompts: [welcome, text] });
    expect(result.ok === false && result.errors).toEqual([
      {
        path: '/prompts/1/@odata.type',
        keyword: 'const',
        message: 'must be "#microsoft.graph.mediaPrompt"',
        expected: '"#microsoft.graph.mediaPrompt"',
        received: '"#microsoft.graph.textPrompt"',
      },
    ]);
    expect(paths(validatePlayPromptRequest({ prompts: [{ mediaInfo: { uri: 'https://cdn.contoso.com/beep.wav' } }] }))).toEqual(['/prompts/0/@odata.type']);
  });

  test('a body that sends what only the service sends: unknown to the body (error), read-only inside it (warning)', () => {
    // status and id belong to the playPromptOperation the service answers with, not to the request.
    expect(paths(validatePlayPromptRequest({ prompts: [welcome], status: 'running', id: 'op' }))).toEqual(['/status', '/id']);
    const transfer = validateTransferRequest({
      transferTarget: invitationParticipantInfo({ identity: identitySet({ user: identity({ id: '550fae72-d251-43ec-868c-373732c2704f' }) }) }),
      transferee: { identity: { user: { id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8' } }, countryCode: 'US' },
    });
    expect(transfer.ok).toBe(true);
    expect(transfer.warnings.map((w) => `${w.path} ${w.keyword}`)).toEqual(['/transferee/countryCode readOnly']);
  });

  test('required parameters are the non-nullable ones of the metadata', () => {
    expect(paths(validatePlayPromptRequest({ clientContext: 'c' }))).toEqual(['/prompts']);
    expect(paths(validateAnswerRequest({ acceptedModalities: ['audio'] }))).toEqual(['/callbackUri', '/mediaConfig']);
    expect(validateAnswerRequest({ callbackUri: 'https://bot.contoso.com/callback', mediaConfig: serviceHostedMediaConfig(), acceptedModalities: ['audio'] }).ok).toBe(true);
    expect(paths(validateRedirectRequest({ timeout: 60 }))).toEqual(['/targets']);
  });

  test('enum parameters are closed in requests: a tone that is no DTMF key, a clientContext over 256 characters', () => {
    expect(validateSendDtmfTonesRequest({ tones: ['tone1', 'pound', 'star'], delayBetweenTonesMs: 200 }).ok).toBe(true);
    expect(paths(validateSendDtmfTonesRequest({ tones: ['tone1', 'hash'] }))).toEqual(['/tones/1']);
    expect(paths(validateSendDtmfTonesRequest({ tones: ['tone1'], clientContext: 'x'.repeat(257) }))).toEqual(['/clientContext']);
  });
});

describe('operations and their notifications', () => {
  test('the documented playPrompt response and completion notification are valid; the notification narrows on its tag', () => {
    const started = { '@odata.type': '#microsoft.graph.playPromptOperation', id: '0fe0623f-d628-42ed-b4bd-8ac290072cc5', status: 'running', clientContext: 'd45324c1' };
    expect(validatePlayPromptOperation(started).ok).toBe(true);
    const completed = {
      '@odata.type': '#microsoft.graph.playPromptOperation',
      '@odata.id': '/communications/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5',
      resultInfo: { '@odata.type': '#microsoft.graph.resultInfo', code: 200, subcode: 0, message: 'Action completed successfully.' },
      clientContext: 'd45324c1',
      status: 'completed',
    };
    const result = validateCommsNotifications(notification(completed));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [first] = result.value.value;
    expect(statusOfPrompt(first)).toBe('completed: Action completed successfully.');
  });

  test('an operation notification with an unknown @odata.type is an error at its tag', () => {
    const result = validateCommsNotifications(notification({ '@odata.type': '#microsoft.graph.holographOperation', status: 'completed' }));
    expect(result.ok === false && result.errors.map((e) => `${e.path} ${e.keyword}`)).toEqual(['/value/0/resourceData/@odata.type discriminator']);
  });

  test('status in the metadata\'s spelling passes in a response with a notice; an unknown member of a closed enum fails', () => {
    const running = validatePlayPromptOperation({ '@odata.type': '#microsoft.graph.playPromptOperation', status: 'Running' });
    expect(running.ok).toBe(true);
    expect(running.warnings.map((w) => `${w.path} ${w.keyword}`)).toEqual(['/status enum']);
  });

  test('an operation needs its tag: without one it could be any kind', () => {
    expect(paths(validatePlayPromptOperation({ status: 'running' }))).toEqual(['/@odata.type']);
  });
});

describe('the operations table', () => {
  test('lists every action bound to a call or a participant in the v1.0 and beta metadata, with its versions', () => {
    const actions = Object.values(operations)
      .filter((o) => o.method === 'POST' && o.name !== 'createCall' && o.name !== 'createAudioRoutingGroup')
      .map((o) => `${o.path.replace(/^\/communications\/calls(\/\{call-id\})?/, '').replace('/{participant-id}', '/{p}') || '/'} ${o.versions?.join() ?? 'both'}`)
      .sort();
    expect(actions).toEqual(ACTIONS.slice().sort());
  });

  test('each action with a body has its validator; keepAlive has none; every response status with a body has a validator', () => {
    expect(operations.callKeepAlive.validateRequest).toBeUndefined();
    expect(operations.callPlayPrompt.validateRequest).toBe(validatePlayPromptRequest);
    expect(operations.callPlayPrompt.responses['200']).toBe(validatePlayPromptOperation);
    expect(operations.callAnswer.responses['202']).toBeUndefined();
    expect(operations.participantMute.url({ 'call-id': '57dab8b1', 'participant-id': 'p 1' })).toBe('/communications/calls/57dab8b1/participants/p%201/mute');
  });
});

/** What the README's bot does with a notification: narrow resourceData on its tag. */
function statusOfPrompt(notification: CommsNotification | undefined): string {
  const data = notification?.resourceData;
  if (data === undefined || Array.isArray(data) || data['@odata.type'] !== '#microsoft.graph.playPromptOperation') return 'not a prompt';
  return `${data.status ?? ''}: ${data.resultInfo?.message ?? ''}`;
}

/**
 * The actions bound to call, to the calls collection, to participant and to the participants
 * collection in the v1.0 (20) and beta (30) metadata, as `path-after-the-call versions`.
 */
const ACTIONS = [
  '/addLargeGalleryView both',
  '/answer both',
  '/cancelMediaProcessing both',
  '/changeScreenSharingRole both',
  '/keepAlive both',
  '/mute both',
  '/playPrompt both',
  '/record beta',
  '/recordResponse both',
  '/redirect both',
  '/reject both',
  '/sendDtmfTones both',
  '/startRecording beta',
  '/startTranscription beta',
  '/stopRecording beta',
  '/stopTranscription beta',
  '/subscribeToTone both',
  '/transfer both',
  '/unmute both',
  '/updateRecordingStatus both',
  '/logTeleconferenceDeviceQuality both',
  '/participants/invite both',
  '/participants/muteAll beta',
  '/participants/admitAllFromLobby beta',
  '/participants/{p}/mute both',
  '/participants/{p}/startHoldMusic both',
  '/participants/{p}/stopHoldMusic both',
  '/participants/{p}/admitFromLobby beta',
  '/participants/{p}/removeFromLobby beta',
  '/participants/{p}/reportSyntheticMedia beta',
];
