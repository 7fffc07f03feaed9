// Payload shapes the Graph calling service really sends today (the request bodies it accepts are in
// service-requests.ts), beyond the 2021 pages of
// test/corpus: each states, in our own values, the facts seen in current Graph documentation or in
// payloads that bot developers logged off the wire (issue threads of microsoft-graph-comms-samples
// and msteams-docs, 2019-2025; test events a calling-bot project captured). `seen` says where; the values are invented. Shapes that only an SDK
// writes (re-serialized logs with PascalCase members, Kiota's backingStore) are not the service's
// and are not here.

export interface ServiceShape {
  readonly id: string;
  /** The schema (validatorsBySchemaName key) a bot validates the payload with, in response mode. */
  readonly schema: string;
  /** What the service does here, and where it was seen. */
  readonly seen: string;
  readonly value: unknown;
}

const CALL = '7a1f0c00-2b3c-4d5e-8f90-a1b2c3d4e5f6';
export const TENANT = '0f3e2d1c-5b4a-4968-8776-a5b4c3d2e1f0';
const OPERATION = 'c0ffee00-0000-4000-8000-00000000c0de';
export const CALLBACK = 'https://bot.example.org/api/calling';

export const tagged = (type: string, value: object): object => ({ '@odata.type': `#microsoft.graph.${type}`, ...value });

/** A user identity set as rosters send it, with keys Graph's metadata does not declare (`extra`). */
const userSet = (id: string, extra: object = {}): object =>
  tagged('identitySet', { user: tagged('identity', { id, displayName: 'Ada Example', tenantId: TENANT, ...extra }) });

/** One call-back POST holding one notification; `legacy` adds the /app/calls resource the service still sends beside resourceUrl. */
function notification(changeType: string, path: string, resourceData: unknown, legacy = true): object {
  const resource = legacy ? { resource: `/app/calls/${path}` } : {};
  return tagged('commsNotifications', {
    value: [tagged('commsNotification', { changeType, ...resource, resourceUrl: `/communications/calls/${path}`, resourceData })],
  });
}

const callData = (value: object): object => tagged('call', { ...value, id: CALL });
const operationData = (type: string, value: object): object =>
  tagged(type, { '@odata.id': `/communications/calls/${CALL}/operations/${OPERATION}`, '@odata.etag': 'W/"5"', ...value });
const result = (code: number, subcode: number, message: string): object => tagged('resultInfo', { code, subcode, message });

export const SERVICE_SHAPES: readonly ServiceShape[] = [
  {
    id: 'incoming peer-to-peer call',
    schema: 'commsNotifications',
    seen: 'incoming-call notifications logged by bots (comms-samples #191, #417): the caller participantInfo carries its own id and countryCode, targets carry id and null region/languageId',
    value: notification('created', CALL, callData({
      state: 'incoming',
      direction: 'incoming',
      callbackUri: CALLBACK,
      source: tagged('participantInfo', { identity: userSet('11111111-2222-4333-8444-555555555555'), endpointType: 'skypeForBusinessVoipPhone', region: 'emea', languageId: 'en-gb', countryCode: 'GB', id: '9c8b7a6f-1e2d-4c3b-8a79-605142332211' }),
      targets: [tagged('invitationParticipantInfo', {
        identity: tagged('identitySet', { applicationInstance: tagged('identity', { id: '22222222-3333-4444-8555-666666666666', tenantId: TENANT }) }),
        endpointType: 'default', id: '3d4e5f60-7182-4394-a5b6-c7d8e9f00112', region: null, languageId: null,
      })],
      meetingInfo: tagged('tokenMeetingInfo', { token: 'eyJhbGciOiJSUzI1NiJ9.eyJhcHBJZCI6IngifQ.c2ln' }),
      requestedModalities: ['audio'],
      tenantId: TENANT,
      myParticipantId: '3d4e5f60-7182-4394-a5b6-c7d8e9f00112',
      callChainId: '4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d',
    })),
  },
  {
    id: 'incoming call of a policy-based recording bot',
    schema: 'commsNotifications',
    seen: 'the incoming-call POST to a compliance recording bot, logged as the HTTP request it was (msteams-docs #9170, 2023): meetingCapability is its tag alone, region and languageId are empty strings, targets are tagged participantInfo, and applicationMetadata and mediaHostedRegion are undeclared',
    value: notification('created', CALL, callData({
      state: 'incoming',
      direction: 'incoming',
      callbackUri: CALLBACK,
      source: tagged('participantInfo', { identity: userSet('44444444-0000-4000-8000-000000000004'), endpointType: 'default', id: 'aa000000-0000-4000-8000-0000000000aa', region: '', languageId: '' }),
      targets: [tagged('participantInfo', { identity: tagged('identitySet', { application: tagged('identity', { id: '55555555-0000-4000-8000-000000000005' }) }), endpointType: 'default', region: '', languageId: '' })],
      tenantId: TENANT,
      meetingCapability: tagged('meetingCapability', {}),
      mediaHostedRegion: 'EUWE',
      applicationMetadata: { botData: { inviteReasons: ['ComplianceRecording'], isMultiParty: true, otherRecorders: [], applicationType: null } },
    })),
  },
  {
    id: 'incoming call with its context',
    schema: 'commsNotifications',
    seen: 'incomingContext as the current v1.0 and beta resource pages define it: source and observed participant ids, on behalf of whom, and the transferor',
    value: notification('created', CALL, callData({
      state: 'incoming',
      direction: 'incoming',
      incomingContext: tagged('incomingContext', {
        sourceParticipantId: 'a1b2c3d4-0000-4000-8000-000000000001',
        observedParticipantId: 'a1b2c3d4-0000-4000-8000-000000000002',
        onBehalfOf: userSet('33333333-0000-4000-8000-000000000003'),
        transferor: tagged('identitySet', { phone: tagged('identity', { id: '+15550100123' }) }),
      }),
    })),
  },
  {
    id: 'established meeting call, upper-case chain id',
    schema: 'commsNotifications',
    seen: 'established notifications of a joined meeting (comms-samples #700): chatInfo, mediaState and a full meetingCapability; resourceData carries @odata.id and @odata.etag. GUIDs are compared without regard to case',
    value: notification('updated', CALL, callData({
      '@odata.id': `/communications/calls/${CALL}`,
      '@odata.etag': 'W/"3"',
      state: 'established',
      callChainId: '4B5C6D7E-8F90-4A1B-9C2D-3E4F5A6B7C8D',
      chatInfo: tagged('chatInfo', { threadId: '19:meeting_abcDEF123@thread.v2', messageId: '0' }),
      mediaState: tagged('callMediaState', { audio: 'active' }),
      tenantId: TENANT.toUpperCase(),
      meetingCapability: tagged('meetingCapability', { allowAnonymousUsersToDialOut: false, allowAnonymousUsersToStartMeeting: false, autoAdmittedUsers: 'everyoneInCompany' }),
    })),
  },
  {
    id: 'roster with client details',
    schema: 'commsNotifications',
    seen: 'roster notifications logged by bots (comms-samples #95, #513, #599): identities carry identityProvider, participantInfo carries endpointId, clientVersion and participantId, streams carry labels',
    value: notification('updated', `${CALL}/participants`, [tagged('participant', {
      info: tagged('participantInfo', {
        identity: userSet('66666666-0000-4000-8000-000000000006', { identityProvider: 'AAD' }),
        endpointType: 'default', endpointId: '77777777-0000-4000-8000-000000000007', languageId: 'en-US',
        clientVersion: 'Teams/1.0 (os=windows; deviceType=computer)', participantId: '88888888-0000-4000-8000-000000000008',
      }),
      mediaStreams: [
        tagged('mediaStream', { mediaType: 'audio', label: 'main-audio', sourceId: '12', direction: 'sendReceive', serverMuted: false }),
        tagged('mediaStream', { mediaType: 'video', label: 'main-video', sourceId: '13', direction: 'receiveOnly', serverMuted: false }),
        tagged('mediaStream', { mediaType: 'videoBasedScreenSharing', label: 'applicationsharing-video', sourceId: '14', direction: 'receiveOnly', serverMuted: false }),
        tagged('mediaStream', { mediaType: 'data', label: 'data', sourceId: '15', direction: 'sendReceive', serverMuted: false }),
      ],
      isMuted: true,
      isInLobby: false,
      id: '88888888-0000-4000-8000-000000000008',
    })]),
  },
  {
    id: 'roster with the large gallery view',
    schema: 'commsNotifications',
    seen: 'the roster after addLargeGalleryView (concept page "Identify large gallery view participants", current): meetingRole and publishedStates on participants, an application identity with no displayName and an ApplicationType key, metadata holding JSON text',
    value: notification('updated', `${CALL}/participants`, [tagged('participant', {
      info: tagged('participantInfo', {
        identity: tagged('identitySet', { application: tagged('identity', { id: 'e1e2e3e4-0000-4000-8000-0000000000e1', identityProvider: 'AAD', ApplicationType: 'LargeGallery-V2' }) }),
        endpointType: 'default', endpointId: 'c2bba3c4-ffff-ffff-eca6-782d381190f4', participantId: 'f1f2f3f4-0000-4000-8000-0000000000f1',
      }),
      mediaStreams: [tagged('mediaStream', { mediaType: 'video', label: 'main-video', sourceId: '2887', direction: 'sendReceive', serverMuted: false })],
      metadata: JSON.stringify({ __platform: { ui: { hidden: true } }, audienceView: { id: 'view-1/1', page: 1, status: 'active' } }),
      isMuted: false,
      isInLobby: false,
      meetingRole: 'presenter',
      publishedStates: [],
      id: 'f1f2f3f4-0000-4000-8000-0000000000f1',
    })]),
  },
  {
    id: 'call terminated by a server error',
    schema: 'commsNotifications',
    seen: 'a deleted notification logged by a bot (comms-samples #667): resultInfo with code, subcode and a diagnostic message, and terminationReason (declared by beta only)',
    value: notification('deleted', CALL, callData({
      state: 'terminated',
      resultInfo: result(500, 7106, 'Server Internal Error. DiagCode: 500#7106.@'),
      terminationReason: 'CallTerminated',
      direction: 'incoming',
      callbackUri: CALLBACK,
    })),
  },
  {
    id: 'transfer failed, misspelled subCode',
    schema: 'commsNotifications',
    seen: 'the transfer-failed notification of the current call: transfer page: the call stays established, resultInfo spells subCode (so no subcode is sent) and the call carries an undeclared replacesContext',
    value: notification('updated', CALL, callData({ state: 'established', resultInfo: tagged('resultInfo', { code: 500, subCode: 7700, message: 'transfer failed' }), replacesContext: 'ctx-1' }), false),
  },
  {
    id: 'hold music finished, relative resource URL',
    schema: 'commsNotifications',
    seen: 'the startHoldMusic page (v1.0, current): resourceUrl and @odata.id without the leading slash, an operation named by @odata.id',
    value: tagged('commsNotifications', { value: [tagged('commsNotification', {
      changeType: 'deleted',
      resourceUrl: `communications/calls/${CALL}/operations/${OPERATION}`,
      resourceData: tagged('startHoldMusicOperation', { '@odata.id': `communications/calls/${CALL}/operations/${OPERATION}`, '@odata.etag': 'W/"54"', clientContext: 'hold-1', status: 'completed' }),
    })] }),
  },
  {
    id: 'DTMF tones sent',
    schema: 'commsNotifications',
    seen: 'the sendDtmfTones page (v1.0, current, not in the 2021 pages): completion reasons completedSuccessfully, mediaOperationCanceled and unknown',
    value: notification('deleted', `${CALL}/operations/${OPERATION}`, operationData('sendDtmfTonesOperation', { status: 'completed', completionReason: 'mediaOperationCanceled', clientContext: 'dtmf-1', id: OPERATION }), false),
  },
  {
    id: 'prompt played',
    schema: 'commsNotifications',
    seen: 'playPrompt completion notifications logged by bots (comms-samples #58, msgraph-sdk-dotnet #2386): the prompts played, completionReason (declared by beta only), undeclared createdDateTime and lastActionDateTime, a resultInfo with the action subcode',
    value: notification('deleted', `${CALL}/operations/${OPERATION}`, operationData('playPromptOperation', {
      prompts: [tagged('mediaPrompt', { mediaInfo: tagged('mediaInfo', { uri: 'https://media.example.org/welcome.wav', resourceId: '5E6F7A8B-0000-4000-8000-00000000005E' }) })],
      status: 'completed',
      completionReason: 'completedSuccessfully',
      createdDateTime: '2026-11-30T09:00:01.1234567+00:00',
      lastActionDateTime: '2026-11-30T09:00:04.7654321+00:00',
      resultInfo: result(200, 8510, 'Action completed, all prompts played.'),
    })),
  },
  {
    id: 'response recorded',
    schema: 'commsNotifications',
    seen: 'recordResponse completion notifications (comms-samples #376): recording location and access token, completionReason',
    value: notification('deleted', `${CALL}/operations/${OPERATION}`, operationData('recordOperation', { status: 'completed', completionReason: 'maxRecordDurationReached', recordingLocation: 'https://recordings.example.net/r/1235', recordingAccessToken: 'eyJ0eXAiOiJKV1QifQ.e30.c2ln', resultInfo: result(200, 8515, 'Action completed.') })),
  },
  {
    id: 'tone pressed',
    schema: 'commsNotifications',
    seen: 'subscribeToTone notifications: the call carries toneInfo only',
    value: notification('updated', CALL, callData({ toneInfo: tagged('toneInfo', { sequenceId: 3, tone: 'pound' }) })),
  },
  {
    id: 'transcription started, seven fractional digits',
    schema: 'commsNotifications',
    seen: 'callTranscriptionInfo.lastModifiedDateTime as .NET writes a DateTimeOffset: seven fractional digits',
    value: notification('updated', CALL, callData({ transcription: tagged('callTranscriptionInfo', { state: 'active', lastModifiedDateTime: '2026-11-30T10:11:12.1234567Z' }) })),
  },
  {
    id: 'participant left',
    schema: 'commsNotifications',
    seen: 'roster deletions: the participant that left, with its removedState reason',
    value: notification('deleted', `${CALL}/participants`, [tagged('participant', { id: 'p2', info: tagged('participantInfo', { identity: userSet('bbbbbbbb-0000-4000-8000-00000000000b') }), removedState: tagged('removedState', { reason: 'Removed from meeting' }), isInLobby: false, isMuted: false, mediaStreams: [] })]),
  },
  {
    id: 'content sharing started',
    schema: 'commsNotifications',
    seen: 'content-sharing notifications (isContentSharingNotificationEnabled): a session named by a hexadecimal id',
    value: notification('created', `${CALL}/contentSharingSessions`, [tagged('contentSharingSession', { id: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5' })], false),
  },
  {
    id: 'content sharing started and ended, named by URL alone',
    schema: 'commsNotifications',
    seen: 'the answer pages of today (v1.0 and beta, example 2, isContentSharingNotificationEnabled): created and deleted notifications that name the session by a lower-case .../contentsharingsessions/{id} resourceUrl and carry no resourceData',
    value: tagged('commsNotifications', { value: [
      tagged('commsNotification', { changeType: 'created', resourceUrl: `/communications/calls/${CALL}/contentsharingsessions/6e7f8a9b-0000-4000-8000-00000000006e` }),
      tagged('commsNotification', { changeType: 'deleted', resourceUrl: `/communications/calls/${CALL}/contentsharingsessions/6e7f8a9b-0000-4000-8000-00000000006e` }),
    ] }),
  },
  {
    id: 'participant joining a recording bot with capacity',
    schema: 'commsNotifications',
    seen: 'the answer pages (v1.0 and beta): after a recording bot answers with participantCapacity, a later participant under the policy is told as a participantJoiningNotification instead of a new incoming call; the SDK models give it its own tag and an entity id',
    value: notification('created', CALL, tagged('participantJoiningNotification', {
      id: 'b0b1b2b3-0000-4000-8000-0000000000b0',
      call: tagged('call', { state: 'incoming', direction: 'incoming', incomingContext: tagged('incomingContext', { observedParticipantId: 'b4b5b6b7-0000-4000-8000-0000000000b4' }), id: CALL }),
    })),
  },
  {
    id: 'participant left a recording bot',
    schema: 'commsNotifications',
    seen: 'participantLeftNotification as the resource pages define it; the policy recording sample reads the call\'s resultInfo code and subcode from it',
    value: notification('deleted', CALL, tagged('participantLeftNotification', {
      participantId: 'b4b5b6b7-0000-4000-8000-0000000000b4',
      call: tagged('call', { state: 'terminated', resultInfo: result(200, 5000, 'The participant left.'), id: CALL }),
    })),
  },
  {
    id: 'meeting call with co-organizers and meeting properties',
    schema: 'commsNotifications',
    seen: 'call notifications a calling-bot project captured as test events (sambetts/graph-calling-bots, 2023): coOrganizers (an empty list) and meetingProperties (tagged #microsoft.graph.meetingProperties, a type no metadata slice declares) on the call, a meetingCapability tag alone, a replacesContext token, a thread id without the meeting_ prefix',
    value: notification('updated', CALL, callData({
      state: 'established',
      mediaState: tagged('callMediaState', { audio: 'active' }),
      chatInfo: tagged('chatInfo', { threadId: '19:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', messageId: '0' }),
      meetingInfo: tagged('tokenMeetingInfo', { token: 'eyJhbGciOiJSUzI1NiJ9.eyJhcHBJZCI6InkifQ.c2ln' }),
      meetingCapability: tagged('meetingCapability', {}),
      meetingProperties: tagged('meetingProperties', { meetingLabel: '00000000-0000-0000-0000-000000000000' }),
      coOrganizers: [],
      callChainId: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
      replacesContext: 'aHR0cHM6Ly9leGFtcGxlLm9yZy9yZXBsYWNlbWVudA==',
    })),
  },
  {
    id: 'roster with replacement links and an anonymization flag',
    schema: 'commsNotifications',
    seen: 'the same captured test events: participants and their infos carry replacementLink, participants carry isIdentityAnonymized (declared by beta only, sent to v1.0 bots too), meetingRole none and empty publishedStates; the bot itself appears as an applicationInstance with a tenant and identityProvider',
    value: notification('updated', `${CALL}/participants`, [tagged('participant', {
      info: tagged('participantInfo', {
        identity: tagged('identitySet', { applicationInstance: tagged('identity', { id: '0e1f2a3b-0000-4000-8000-00000000000e', displayName: 'Example Bot', tenantId: TENANT, identityProvider: 'AAD' }) }),
        endpointType: 'default', endpointId: '1a2b3c4d-0000-4000-8000-00000000001a', clientVersion: 'ExampleBot (appid:2b3c4d5e-0000-4000-8000-00000000002b)',
        participantId: '3c4d5e6f-0000-4000-8000-00000000003c', replacementLink: 'https://cc.example.net/cc/v1/callParticipant/1/replacement?rt=3c4d',
      }),
      mediaStreams: [tagged('mediaStream', { mediaType: 'audio', label: 'main-audio', sourceId: '201', direction: 'sendReceive', serverMuted: false })],
      isMuted: false,
      isInLobby: false,
      publishedStates: [],
      meetingRole: 'none',
      replacementLink: 'https://cc.example.net/cc/v1/callParticipant/1/replacement?rt=3c4d',
      isIdentityAnonymized: false,
      id: '3c4d5e6f-0000-4000-8000-00000000003c',
    })]),
  },
  {
    id: 'list participants, untagged and upper-case ids',
    schema: 'participantCollection',
    seen: 'the list-participants page (beta, current): untagged participants, infos and identities, upper-case GUID ids, a phone identity',
    value: {
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#communications/calls('${CALL}')/participants`,
      value: [
        { id: 'ABB33D04-3A2C-4D78-996F-9EEEF55EF119', info: { identity: { user: { displayName: 'Grace', id: '8A34A46B-3D17-4ADC-8DCE-DC4E7D572698' } }, region: 'westus', languageId: 'en-US' }, mediaStreams: [{ sourceId: '1', mediaType: 'audio', label: 'main-audio', direction: 'sendReceive', serverMuted: false }] },
        { id: 'ABB33D04-3A2C-4D78-996F-9EEEF55EF11A', info: { identity: { phone: { displayName: '+15550100999', id: '+15550100999' } } }, isMuted: true, metadata: null, recordingInfo: null, removedState: null, restrictedExperience: null },
      ],
    },
  },
  {
    id: 'list content-sharing sessions',
    schema: 'contentSharingSessionCollection',
    seen: 'List contentSharingSessions (v1.0 and beta pages, current): tagged sessions, GUID ids here, and @odata.context after value',
    value: {
      value: [tagged('contentSharingSession', { id: '0d1e2f30-0000-4000-8000-0000000000d0' }), tagged('contentSharingSession', { id: '0d1e2f30-0000-4000-8000-0000000000d1' })],
      '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#communications/calls('${CALL}')/contentSharingSessions`,
    },
  },
  {
    id: 'get a content-sharing session',
    schema: 'contentSharingSession',
    seen: 'Get contentSharingSession (v1.0 and beta pages, current): the tagged session and its id',
    value: tagged('contentSharingSession', { id: '0d1e2f30-0000-4000-8000-0000000000d2' }),
  },
  {
    id: 'get an operation',
    schema: 'anyCommsOperation',
    seen: 'GET .../operations/{id}: the operation with @odata.context and null result',
    value: { '@odata.context': `https://graph.microsoft.com/v1.0/$metadata#communications/calls('${CALL}')/operations/$entity`, '@odata.type': '#microsoft.graph.playPromptOperation', id: OPERATION, status: 'running', clientContext: null, resultInfo: null },
  },
];
