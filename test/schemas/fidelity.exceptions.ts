// Where the curated schemas knowingly differ from test/reference/graph-types.json, and why. Each
// entry matches a `$comment` in the schema; the fidelity test fails on any difference not listed
// here and on any entry that no longer differs.

/** Reference types modelled as files (schemas/<name>.json). Abstract ones are unions of their derived types. */
export const IN_SCOPE_TYPES = [
  'call',
  'participantInfo',
  'invitationParticipantInfo',
  'identitySet',
  'communicationsIdentitySet',
  'identity',
  'communicationsUserIdentity',
  'communicationsApplicationIdentity',
  'communicationsApplicationInstanceIdentity',
  'communicationsGuestIdentity',
  'communicationsPhoneIdentity',
  'communicationsEncryptedIdentity',
  'azureCommunicationServicesUserIdentity',
  'mediaConfig',
  'appHostedMediaConfig',
  'serviceHostedMediaConfig',
  'mediaInfo',
  'liveCaptionOptions',
  'chatInfo',
  'meetingInfo',
  'organizerMeetingInfo',
  'joinMeetingIdMeetingInfo',
  'tokenMeetingInfo',
  'callOptions',
  'outgoingCallOptions',
  'incomingCallOptions',
  'callRoute',
  'callMediaState',
  'resultInfo',
  'toneInfo',
  'callTranscriptionInfo',
  'meetingCapability',
  'incomingContext',
  'commsNotifications',
  'commsNotification',
  'participant',
  'mediaStream',
  'recordingInfo',
  'removedState',
  'onlineMeetingRestricted',
  'deltaParticipants',
  'contentSharingSession',
  'audioRoutingGroup',
  'commsOperation',
  'addLargeGalleryViewOperation',
  'cancelMediaProcessingOperation',
  'inviteParticipantsOperation',
  'muteParticipantOperation',
  'muteParticipantsOperation',
  'playPromptOperation',
  'recordOperation',
  'sendDtmfTonesOperation',
  'startHoldMusicOperation',
  'stopHoldMusicOperation',
  'subscribeToToneOperation',
  'unmuteParticipantOperation',
  'updateRecordingStatusOperation',
  'startRecordingOperation',
  'stopRecordingOperation',
  'startTranscriptionOperation',
  'stopTranscriptionOperation',
  'prompt',
  'mediaPrompt',
  'teleconferenceDeviceQuality',
  'teleconferenceDeviceMediaQuality',
  'teleconferenceDeviceAudioQuality',
  'teleconferenceDeviceVideoQuality',
  'teleconferenceDeviceScreenSharingQuality',
] as const;


/** Reference types without a file, and why. */
export const OUT_OF_SCOPE_TYPES: Readonly<Record<string, string>> = {
  entity: 'abstract base of call, participant, audioRoutingGroup, the operations, deltaParticipants and contentSharingSession; its id is repeated flat in each',
};

/**
 * Graph types with a file that the reference lacks: the beta lobby operations (named by the beta
 * metadata only as return types), the types of the beta reportSyntheticMedia action (named by the
 * beta slice, not defined in the reference), and the policy-based recording types of the 2021
 * resource pages. `base` is the Graph base type where the schema treats one as such.
 */
export const NOT_IN_REFERENCE: Readonly<Record<string, { readonly base?: string; readonly reason: string }>> = {
  admitFromLobbyOperation: { base: 'commsOperation', reason: 'return type of the beta admitFromLobby action' },
  admitAllFromLobbyOperation: { base: 'commsOperation', reason: 'return type of the beta admitAllFromLobby action' },
  removeFromLobbyOperation: { base: 'commsOperation', reason: 'return type of the beta removeFromLobby action' },
  mediaMetadata: { reason: 'parameter type of the beta reportSyntheticMedia action' },
  syntheticMediaDetectionDetail: { reason: 'parameter type of the beta reportSyntheticMedia action' },
  participantJoiningNotification: { reason: 'resource page (v1.0 and beta, 2021) of policy-based recording' },
  participantLeftNotification: { reason: 'resource page (v1.0 and beta, 2021) of policy-based recording' },
  participantJoiningResponse: { reason: 'resource page (v1.0 and beta, 2021) of policy-based recording; abstract' },
  acceptJoinResponse: { base: 'participantJoiningResponse', reason: 'resource page (v1.0 and beta, 2021) of policy-based recording' },
  rejectJoinResponse: { base: 'participantJoiningResponse', reason: 'resource page (v1.0 and beta, 2021) of policy-based recording' },
  inviteNewBotResponse: { base: 'participantJoiningResponse', reason: 'resource page (v1.0 and beta, 2021) of policy-based recording' },
};

/** Files that are not Graph types, and what they are. */
export const SCHEMA_ONLY_FILES: Readonly<Record<string, string>> = {
  createCallRequest: 'the request root: call plus what a create-call request must carry',
  anyIdentity: 'the union for identity slots: identity (untagged default) or a derived identity kind',
  anyIdentitySet: 'the union for identitySet slots: identitySet (untagged default) or communicationsIdentitySet',
  anyInvitationParticipantInfo: 'the union for call targets: invitationParticipantInfo (untagged default) or taggedParticipantInfo',
  taggedParticipantInfo: 'participantInfo with its tag required, as documented requests put it in targets',
  anyParticipantInfo: "the union for a participant's info: participantInfo (untagged default) or taggedInvitationParticipantInfo",
  taggedInvitationParticipantInfo: 'invitationParticipantInfo with its tag required, as v1.0 roster notifications put it in participant.info',
  taggedAudioRoutingGroup: 'audioRoutingGroup with its tag required, for notification resourceData where an untagged object is a call',
  taggedParticipantJoiningNotification: 'participantJoiningNotification with its tag required, for notification resourceData where an untagged object is a call',
  taggedParticipantLeftNotification: 'participantLeftNotification with its tag required, for notification resourceData where an untagged object is a call',
  anyCommsOperation: 'the union for operation slots: commsOperation or any of its derived types, each tagged',
  anyTeleconferenceDeviceVideoQuality: 'the union for video quality: teleconferenceDeviceVideoQuality or its screen-sharing kind',
  participantCollection: 'the OData collection response of GET .../participants',
  audioRoutingGroupCollection: 'the OData collection response of GET .../audioRoutingGroups',
  contentSharingSessionCollection: 'the OData collection response of GET .../contentSharingSessions',
  addLargeGalleryViewRequest: 'the body of an action: its parameters',
  admitAllFromLobbyRequest: 'the body of an action: its parameters',
  admitFromLobbyRequest: 'the body of an action: its parameters',
  answerRequest: 'the body of an action: its parameters',
  cancelMediaProcessingRequest: 'the body of an action: its parameters',
  changeScreenSharingRoleRequest: 'the body of an action: its parameters',
  inviteRequest: 'the body of an action: its parameters',
  logTeleconferenceDeviceQualityRequest: 'the body of an action: its parameters',
  muteAllRequest: 'the body of an action: its parameters',
  muteRequest: 'the body of an action: its parameters',
  playPromptRequest: 'the body of an action: its parameters',
  recordRequest: 'the body of an action: its parameters',
  recordResponseRequest: 'the body of an action: its parameters',
  redirectRequest: 'the body of an action: its parameters',
  rejectRequest: 'the body of an action: its parameters',
  removeFromLobbyRequest: 'the body of an action: its parameters',
  reportSyntheticMediaRequest: 'the body of an action: its parameters',
  sendDtmfTonesRequest: 'the body of an action: its parameters',
  startHoldMusicRequest: 'the body of an action: its parameters',
  startRecordingRequest: 'the body of an action: its parameters',
  startTranscriptionRequest: 'the body of an action: its parameters',
  stopHoldMusicRequest: 'the body of an action: its parameters',
  stopRecordingRequest: 'the body of an action: its parameters',
  stopTranscriptionRequest: 'the body of an action: its parameters',
  subscribeToToneRequest: 'the body of an action: its parameters',
  transferRequest: 'the body of an action: its parameters',
  unmuteRequest: 'the body of an action: its parameters',
  updateRecordingStatusRequest: 'the body of an action: its parameters',
  syntheticMediaDetectionInfo: 'a Graph type the reference predates: the beta CSDL metadata has it, as the type of participant.syntheticMediaDetection; callgen drift checks it against the metadata',
};

/** Reference enums without a file, and why. */
export const OUT_OF_SCOPE_ENUMS: Readonly<Record<string, string>> = {};

/** Enums whose members the schemas spell otherwise than the reference, and why (each matches the enum's $comment). */
export const ENUM_MEMBER_DIFFERENCES: Readonly<Record<string, { readonly members: readonly string[]; readonly open: boolean; readonly reason: string }>> = {
  operationStatus: {
    members: ['notStarted', 'running', 'completed', 'failed'],
    open: true,
    reason: 'the metadata spells NotStarted, Running, Completed, Failed; the service sends lower camel case, and the enum is open so the other spelling passes with a notice',
  },
};

const NAVIGATION = 'navigation property: it lives at its own URL and reaches the bot as notification resourceData, never inside a call body';

/** Reference properties (`type.property`) the schemas leave out, and why. */
export const NOT_MODELLED: Readonly<Record<string, string>> = {
  'call.participants': NAVIGATION,
  'call.contentSharingSessions': NAVIGATION,
  'call.audioRoutingGroups': NAVIGATION,
  'call.operations': `${NAVIGATION}; GET .../operations/{id} is getCallOperation in callOperations.json`,
};

/** Reference properties whose read-only flag the schemas override: `schema` is the schema's flag. */
export const READ_ONLY_DIFFERENCES: Readonly<Record<string, { readonly schema: boolean; readonly reason: string }>> = {
  'call.tenantId': {
    schema: false,
    reason: 'beta marks it read-only, but documented create-call requests send it (v1.0 example 5; beta examples 3-8, 11, 12) to name the tenant of the meeting or PSTN caller',
  },
  'participantInfo.participantId': {
    schema: false,
    reason: 'the metadata describes it as read-only, but a transfer out of a group call names its transferee by it (call: transfer, example 5 of today\'s v1.0 and beta pages), so the service reads it there',
  },
  'participantInfo.identity': {
    schema: false,
    reason: 'the metadata marks it read-only, but documented requests set source.identity to choose the caller (guest join, PSTN application instance) and the service honours it',
  },
};

/** Properties whose nullability differs from the reference, because the service sends null there (response mode). */
export const NULLABLE_DIFFERENCES: Readonly<Record<string, { readonly schema: boolean; readonly reason: string }>> = {
  'participant.id': {
    schema: true,
    reason: 'roster notifications announcing an invited participant carry "id": null (participant: invite pages, v1.0 and beta, examples 1-4)',
  },
  // Every operation type repeats entity's id; the service may send it as null in notifications.
  ...Object.fromEntries(
    IN_SCOPE_TYPES.filter((name) => name.endsWith('Operation')).map((name) => [
      `${name}.id`,
      { schema: true, reason: 'an operation notification sends "id": null (participant: invite, v1.0 and beta, example 2) and names the operation by @odata.id' },
    ]),
  ),
};

/** Where a property's evidence stands: a page of test/corpus/graph-docs and a line that names it. */
export interface PageEvidence {
  readonly page: string;
  readonly line: number;
}

/**
 * Properties the schemas declare that the reference lacks (`type.property`). Evidence is a list of
 * page lines where a documented payload uses the property, or `reference` when the reference's own
 * discrepancy note for the type names it.
 */
export const EXTRA_PROPERTIES: Readonly<Record<string, { readonly evidence: readonly PageEvidence[] | 'reference' | 'metadata'; readonly why: string }>> = {
  'participant.syntheticMediaDetection': {
    evidence: 'metadata',
    why: 'the beta CSDL metadata has it and the reference predates it; callgen drift checks it against the metadata (test/shared/drift)',
  },
  'identity.tenantId': {
    evidence: [{ page: '000', line: 580 }, { page: '001', line: 355 }, { page: '002', line: 721 }],
    why: 'organizer identities carry their tenant (the beta resource page listed it too)',
  },
  'identity.identityProvider': {
    evidence: 'reference',
    why: 'the invite requests (beta pages, and v1.0 today) send it on the invited user, and incoming calls and rosters carry it; the service reads and writes it',
  },
  'identitySet.applicationInstance': {
    evidence: [{ page: '000', line: 945 }, { page: '002', line: 1802 }],
    why: 'PSTN calls name the application instance on a plain identitySet',
  },
  'identitySet.phone': {
    evidence: [{ page: '000', line: 961 }, { page: '002', line: 1818 }, { page: '003', line: 69 }],
    why: 'PSTN targets and call routes put the phone on a plain identitySet',
  },
  'identitySet.guest': {
    evidence: [{ page: '001', line: 777 }, { page: '002', line: 1561 }, { page: '002', line: 1707 }],
    why: 'guest joins and their roster notifications put the guest on a plain identitySet',
  },
  'identitySet.encrypted': { evidence: 'reference', why: 'the reference notes documented examples with it on a plain identitySet' },
  'identitySet.onPremises': { evidence: 'reference', why: 'the reference notes documented examples with it on a plain identitySet' },
  'invitationParticipantInfo.languageId': {
    evidence: [{ page: '000', line: 1026 }, { page: '002', line: 1879 }],
    why: 'the 201 responses return it (null) on invitationParticipantInfo targets',
  },
  'invitationParticipantInfo.region': {
    evidence: [{ page: '000', line: 1024 }, { page: '002', line: 1877 }],
    why: 'the 201 responses return it (null) on invitationParticipantInfo targets',
  },
  'commsNotification.resourceData': {
    evidence: [{ page: '000', line: 212 }, { page: '001', line: 210 }, { page: '002', line: 234 }, { page: '002', line: 987 }],
    why: 'every documented notification carries the changed resource: a call object or an array',
  },
  'commsNotification.resource': {
    evidence: [{ page: '001', line: 208 }, { page: '002', line: 985 }],
    why: 'older notifications name the resource with resource instead of resourceUrl',
  },
  'commsNotification.callbackUri': {
    evidence: [{ page: '000', line: 211 }, { page: '001', line: 209 }, { page: '002', line: 186 }],
    why: 'most documented notifications echo the callback URI',
  },
};
