// What the generated validators should find in each payload of the whole API's pages
// (../shared/graph-docs), written by reading the pages, not by running the validators. A payload
// not listed here must be valid with no repairs and no warnings. Issues are `path keyword`.
// Ids are the pages' paths below graph-docs (`v1.0/api/...` stands for `api-reference/v1.0/api/...`).

export interface Expectation {
  /** Trailing commas and comments the tolerant reader removes. */
  readonly repairs?: number;
  readonly errors?: readonly string[];
  readonly warnings?: readonly string[];
  readonly why: string;
}

const readOnly = (...paths: string[]): string[] => paths.map((p) => `${p} readOnly`);
const SOURCE_LOCATION = readOnly('/source/countryCode', '/source/endpointType', '/source/languageId', '/source/region');
const TRAILING = 'trailing commas after the last property of an object (a JSON erratum of the page)';
const COMMENT = 'a "//" comment inside the JSON ("will be set to true on mute"), which JSON does not allow';
const BAD_TENANT = 'tenantId "86dc81db-c112-4228-9222-63f3esaa1edb" has an "s" in its last group: not a GUID, so not a tenant the service knows (as on the bundled Create call pages)';
const OPERATION = 'resourceData is an operation, which the resourceData union of commsNotification does not hold yet (issue 11, part 1: the operation types)';
const TEMPLATE = 'a resource page\'s JSON representation is a template, not a payload: placeholder values ("String", "a | b" for an enum), nested objects shown by their tag alone, tags without "#"';

const CREATE_CALL: Readonly<Record<string, Expectation>> = {
  'example-2/request': { warnings: readOnly('/source/region', '/source/languageId'), why: 'source carries region and languageId: null, which the service sets' },
  'example-3/request': { warnings: readOnly('/direction'), why: 'direction: "outgoing" is set by the service' },
  'example-4/request': { warnings: readOnly('/direction'), why: 'direction: "outgoing" is set by the service' },
};

/** The expectations of one page, keyed by the rest of the id. */
function page(prefix: string, entries: Readonly<Record<string, Expectation>>): Record<string, Expectation> {
  return Object.fromEntries(Object.entries(entries).map(([rest, e]) => [`api-reference/${prefix}/${rest}`, e]));
}

function template(errors: string[], warnings: string[] = [], repairs = 0): Expectation {
  return { errors, warnings, repairs, why: TEMPLATE };
}

const BOTH_VERSIONS: Readonly<Record<string, Expectation>> = {
  'api/call-cancelmediaprocessing/example/notification-operation-canceled-for-recordresponse': { errors: ['/value/0/resourceData/@odata.type const'], why: OPERATION },
  'api/call-delete/example/notification-terminated': {
    errors: ['/value/0/resourceData/resultInfo/code type'],
    why: 'erratum: resultInfo.code is written as the string "0"; it is an Int32, sent as a JSON number in every other documented result (transfer, redirect, operations)',
  },
  'api/call-get/example-1/response': { repairs: 2, why: TRAILING },
  'api/call-get/example-2/response': { repairs: 2, why: TRAILING },
  'api/call-mute/example/notification-roster-updated-with-participant-muted': { repairs: 1, why: COMMENT },
  'api/call-unmute/example/notification-roster-updated-with-participant-unmuted': { repairs: 1, why: COMMENT },
  'api/participant-mute/example-mute-specific-participant/notification-roster-updated-with-participant-muted': { repairs: 1, why: COMMENT },
  'api/call-playprompt/example/notification-operation-completed': { errors: ['/value/0/resourceData/@odata.type const'], why: OPERATION },
  'api/call-record/example-1/notification-operation-completed': { errors: ['/value/0/resourceData/@odata.type const'], why: OPERATION },
  'api/call-redirect/example-1/notification-incoming': { repairs: 1, why: TRAILING },
  'api/call-redirect/example-1/notification-terminated': { repairs: 1, why: TRAILING },
  'api/call-redirect/example-3/notification-incoming': { repairs: 1, why: TRAILING },
  'api/call-redirect/example-3/notification-terminated': { repairs: 1, why: TRAILING },
  'api/participant-invite/example-1/notification-operation-completed': { errors: ['/value/0/resourceData/@odata.type const'], why: OPERATION },
  'api/participant-invite/example-2/notification-operation-completed': {
    errors: ['/value/0/resourceData/@odata.type const', '/value/0/resourceData/id type'],
    why: `${OPERATION}; and the operation's id is null`,
  },
  'api/participant-invite/example-3/notification-operation-completed': { errors: ['/value/0/resourceData/@odata.type const'], why: OPERATION },
  'api/participant-invite/example-4/notification-operation-completed': { errors: ['/value/0/resourceData/@odata.type const'], why: OPERATION },
  'api/application-post-calls/example-2/response': { repairs: 1, why: TRAILING },
  ...prefixed('api/application-post-calls/', CREATE_CALL),
  'api/application-post-calls/example-5/response': { repairs: 1, why: TRAILING },
  'resources/apphostedmediaconfig/json-representation/resource': template(['/@odata.type required']),
  'resources/callmediastate/json-representation/resource': template([], ['/audio enum'], 1),
  'resources/callroute/json-representation/resource': template([], ['/routingType enum']),
  'resources/calltranscriptioninfo/json-representation/resource': template(['/lastModifiedDateTime format'], ['/state enum']),
  'resources/commsnotification/json-representation/resource': template(['/changeType enum']),
  'resources/commsnotifications/json-representation/resource': template(['/value/0 required', '/value/0/changeType required']),
  'resources/mediaconfig/json-representation/resource': template(['/@odata.type discriminator']),
  'resources/mediastream/json-representation/resource': template(['/direction enum'], ['/mediaType enum']),
  'resources/meetinginfo/json-representation/resource': template(['/@odata.type discriminator']),
  'resources/organizermeetinginfo/json-representation/resource': template(['/@odata.type required']),
  'resources/servicehostedmediaconfig/json-representation/resource': template(['/@odata.type required', '/preFetchMedia/0/@odata.type const', '/preFetchMedia/0/uri required']),
  'resources/tokenmeetinginfo/json-representation/resource': template(['/@odata.type required']),
  'resources/toneinfo/json-representation/resource': template(['/tone enum']),
};

function prefixed(prefix: string, entries: Readonly<Record<string, Expectation>>): Record<string, Expectation> {
  return Object.fromEntries(Object.entries(entries).map(([rest, e]) => [`${prefix}${rest}`, e]));
}

const CALL_TEMPLATE = ['/callChainId format', '/callbackUri format', '/callbackUri pattern', '/direction enum', '/mediaConfig/@odata.type discriminator', '/meetingInfo/@odata.type discriminator', '/resultInfo/code required', '/source/identity required', '/targets/0/identity required', '/toneInfo/sequenceId required', '/toneInfo/tone required', '/transcription/state required'];
const PARTICIPANT_TEMPLATE = ['/info/identity required', '/mediaStreams/0/direction required', '/mediaStreams/0/mediaType required', '/mediaStreams/0/sourceId required'];

export const EXPECTATIONS: Readonly<Record<string, Expectation>> = {
  ...page('v1.0', BOTH_VERSIONS),
  ...page('beta', BOTH_VERSIONS),
  ...page('v1.0', {
    'api/application-post-calls/example-1/response': { repairs: 2, why: TRAILING },
    'api/application-post-calls/example-5/request': { repairs: 1, errors: ['/tenantId format', '/meetingInfo/organizer/user/tenantId format'], why: `${BAD_TENANT}; it stands twice. Also ${TRAILING}` },
    'api/application-post-calls/example-6/request': { warnings: readOnly('/direction'), why: 'direction: "outgoing" is set by the service' },
    'api/application-post-calls/example-7/request': { repairs: 1, warnings: SOURCE_LOCATION, why: `source copies countryCode, endpointType, region and languageId from a response; ${TRAILING}` },
    'api/application-post-calls/example-7/response': { repairs: 2, why: TRAILING },
    'api/application-post-calls/example-8/request': { repairs: 1, warnings: SOURCE_LOCATION, why: `as example 7: service-set source properties; ${TRAILING}` },
    'api/application-post-calls/example-8/response': { repairs: 2, why: TRAILING },
    'resources/call/json-representation/resource': template(CALL_TEMPLATE, ['/requestedModalities/0 enum', '/state enum']),
    'resources/identityset/json-representation/resource': template(['/application/@odata.type discriminator', '/device/@odata.type discriminator', '/user/@odata.type discriminator']),
    'resources/participant/json-representation/resource': template(PARTICIPANT_TEMPLATE),
    'resources/participantinfo/json-representation/resource': template([], ['/endpointType enum']),
    'resources/recordinginfo/json-representation/resource': template([], ['/recordingStatus enum']),
  }),
  ...page('beta', {
    'api/application-post-calls/example-1/response': { repairs: 1, why: TRAILING },
    'api/application-post-calls/example-5/request': { repairs: 1, errors: ['/tenantId format'], why: `${BAD_TENANT}. Also ${TRAILING}` },
    'api/application-post-calls/example-6/request': { repairs: 1, warnings: readOnly('/direction'), why: `direction: "outgoing" is set by the service; ${TRAILING}` },
    'api/application-post-calls/example-7/request': { repairs: 1, why: TRAILING },
    'api/application-post-calls/example-8/request': { repairs: 1, why: TRAILING },
    'api/application-post-calls/example-9/request': { repairs: 1, warnings: SOURCE_LOCATION, why: `source copies countryCode, endpointType, region and languageId from a response; ${TRAILING}` },
    'api/application-post-calls/example-9/response': { repairs: 2, why: TRAILING },
    'api/application-post-calls/example-10/request': { repairs: 1, warnings: SOURCE_LOCATION, why: `as example 9: service-set source properties; ${TRAILING}` },
    'api/application-post-calls/example-10/response': { repairs: 2, why: TRAILING },
    'api/participant-configuremixer/example/notification-operation-completed': {
      errors: ['/value/0/@odata.type const', '/value/0/resourceData/@odata.type const'],
      why: `erratum: the notification itself is tagged #microsoft.graph.commsOperation, the type of its resourceData; every other call-back tags it commsNotification. And ${OPERATION}`,
    },
    'resources/call/json-representation/resource': template(
      [...CALL_TEMPLATE, '/answeredBy/identity required', '/callRoutes/0/final required', '/callRoutes/0/original required', '/callRoutes/0/routingType required', '/meetingCapability/allowAnonymousUsersToDialOut required', '/meetingCapability/allowAnonymousUsersToStartMeeting required', '/meetingCapability/autoAdmittedUsers required', '/tenantId format'],
      ['/activeModalities/0 enum', '/requestedModalities/0 enum', '/routingPolicies/0 enum', '/state enum'],
    ),
    'resources/identity/json-representation/resource': template(['/tenantId format']),
    'resources/identityset/json-representation/resource': template(['/application/@odata.type discriminator', '/applicationInstance/@odata.type discriminator', '/device/@odata.type discriminator', '/encrypted/@odata.type discriminator', '/guest/@odata.type discriminator', '/phone/@odata.type discriminator', '/user/@odata.type discriminator']),
    'resources/invitationparticipantinfo/json-representation/resource': template([], ['/endpointType enum']),
    'resources/meetingcapability/json-representation/resource': template(['/autoAdmittedUsers enum']),
    'resources/participant/json-representation/resource': template([...PARTICIPANT_TEMPLATE, '/recordingInfo/recordingStatus required']),
    'resources/participantinfo/json-representation/resource': template([], ['/endpointType enum'], 1),
    'resources/recordinginfo/json-representation/resource': template(['/initiatedBy/identity required', '/initiator/@odata.type discriminator'], ['/recordingStatus enum']),
  }),
};

const NO_OPERATION = 'no operation of the schemas matches its method and path yet (issue 11, part 1: x-operations for every action)';
const noSchema = (type: string): string => `no schema has the type its metadata names, ${type}, yet (issue 11, part 1)`;

/** Payloads no rule finds a validator for: no operation matches, or no schema has the type named. */
export const UNJUDGED: Readonly<Record<string, string>> = {
  'api-reference/beta/api/audioroutinggroup-get/example/response': noSchema('audioRoutingGroup'),
  'api-reference/beta/api/audioroutinggroup-update/example/request': NO_OPERATION,
  'api-reference/beta/api/audioroutinggroup-update/example/response': noSchema('audioRoutingGroup'),
  'api-reference/beta/api/call-answer/examples/request': NO_OPERATION,
  'api-reference/beta/api/call-answer/example-1/request': NO_OPERATION,
  'api-reference/beta/api/call-answer/example-2/request': NO_OPERATION,
  'api-reference/beta/api/call-cancelmediaprocessing/example/request': NO_OPERATION,
  'api-reference/beta/api/call-cancelmediaprocessing/example/response': noSchema('cancelMediaProcessingOperation'),
  'api-reference/beta/api/call-changescreensharingrole/example/request': NO_OPERATION,
  'api-reference/beta/api/call-list-audioroutinggroups/example/response': noSchema('audioRoutingGroup'),
  'api-reference/beta/api/call-logteleconferencedevicequality/examples/request': NO_OPERATION,
  'api-reference/beta/api/call-mute/example/request': NO_OPERATION,
  'api-reference/beta/api/call-mute/example/response': noSchema('muteParticipantOperation'),
  'api-reference/beta/api/call-playprompt/example/request': NO_OPERATION,
  'api-reference/beta/api/call-playprompt/example/response': noSchema('playPromptOperation'),
  'api-reference/beta/api/call-post-audioroutinggroups/example-1/request': NO_OPERATION,
  'api-reference/beta/api/call-post-audioroutinggroups/example-1/response': noSchema('audioRoutingGroup'),
  'api-reference/beta/api/call-post-audioroutinggroups/example-2/request': NO_OPERATION,
  'api-reference/beta/api/call-post-audioroutinggroups/example-2/response': noSchema('audioRoutingGroup'),
  'api-reference/beta/api/call-record/example-1/request': NO_OPERATION,
  'api-reference/beta/api/call-record/example-1/response': noSchema('recordOperation'),
  'api-reference/beta/api/call-redirect/example-1/request': NO_OPERATION,
  'api-reference/beta/api/call-redirect/example-2/request': NO_OPERATION,
  'api-reference/beta/api/call-redirect/example-3/request': NO_OPERATION,
  'api-reference/beta/api/call-reject/example-1/request': NO_OPERATION,
  'api-reference/beta/api/call-reject/example-2/request': NO_OPERATION,
  'api-reference/beta/api/call-subscribetotone/example/request': NO_OPERATION,
  'api-reference/beta/api/call-subscribetotone/example/response': noSchema('subscribeToToneOperation'),
  'api-reference/beta/api/call-transfer/example-1/request': NO_OPERATION,
  'api-reference/beta/api/call-transfer/example-2/request': NO_OPERATION,
  'api-reference/beta/api/call-transfer/example-3/request': NO_OPERATION,
  'api-reference/beta/api/call-transfer/example-4/request': NO_OPERATION,
  'api-reference/beta/api/call-unmute/example/request': NO_OPERATION,
  'api-reference/beta/api/call-unmute/example/response': noSchema('unmuteParticipantOperation'),
  'api-reference/beta/api/call-updaterecordingstatus/example/request': NO_OPERATION,
  'api-reference/beta/api/call-updaterecordingstatus/example/response': noSchema('updateRecordingStatusOperation'),
  'api-reference/beta/api/participant-configuremixer/example/request': NO_OPERATION,
  'api-reference/beta/api/participant-configuremixer/example/response': noSchema('commsOperation'),
  'api-reference/beta/api/participant-invite/example-1/request': NO_OPERATION,
  'api-reference/beta/api/participant-invite/example-1/response': noSchema('inviteParticipantsOperation'),
  'api-reference/beta/api/participant-invite/example-2/request': NO_OPERATION,
  'api-reference/beta/api/participant-invite/example-2/response': noSchema('inviteParticipantsOperation'),
  'api-reference/beta/api/participant-invite/example-3/request': NO_OPERATION,
  'api-reference/beta/api/participant-invite/example-3/response': noSchema('inviteParticipantsOperation'),
  'api-reference/beta/api/participant-invite/example-4/request': NO_OPERATION,
  'api-reference/beta/api/participant-invite/example-4/response': noSchema('inviteParticipantsOperation'),
  'api-reference/beta/api/participant-mute/example-mute-specific-participant/request': NO_OPERATION,
  'api-reference/beta/api/participant-mute/example-mute-specific-participant/response': noSchema('muteParticipantOperation'),
  'api-reference/beta/api/participant-muteall/example/request': NO_OPERATION,
  'api-reference/beta/api/participant-muteall/example/response': noSchema('commsOperation'),
  'api-reference/beta/resources/acceptjoinresponse/json-representation/resource': noSchema('acceptJoinResponse'),
  'api-reference/beta/resources/audioroutinggroup/json-representation/resource': noSchema('audioRoutingGroup'),
  'api-reference/beta/resources/cancelmediaprocessingoperation/json-representation/resource': noSchema('cancelMediaProcessingOperation'),
  'api-reference/beta/resources/commsoperation/json-representation/resource': noSchema('commsOperation'),
  'api-reference/beta/resources/entity/json-representation/resource': noSchema('entity'),
  'api-reference/beta/resources/invitenewbotresponse/json-representation/resource': noSchema('inviteNewBotResponse'),
  'api-reference/beta/resources/inviteparticipantsoperation/json-representation/resource': noSchema('inviteParticipantsOperation'),
  'api-reference/beta/resources/mediaprompt/json-representation/resource': noSchema('mediaPrompt'),
  'api-reference/beta/resources/mediaprompt/example/resource': noSchema('mediaPrompt'),
  'api-reference/beta/resources/muteparticipantoperation/json-representation/resource': noSchema('muteParticipantOperation'),
  'api-reference/beta/resources/participantjoiningnotification/json-representation/resource': noSchema('participantJoiningNotification'),
  'api-reference/beta/resources/participantjoiningresponse/json-representation/resource': noSchema('participantJoiningResponse'),
  'api-reference/beta/resources/participantleftnotification/json-representation/resource': noSchema('participantLeftNotification'),
  'api-reference/beta/resources/participantmixerlevel/json-representation/resource': noSchema('participantMixerLevel'),
  'api-reference/beta/resources/participantmixerlevel/example-mixer-level/resource': noSchema('participantMixerLevel'),
  'api-reference/beta/resources/playpromptoperation/json-representation/resource': noSchema('playPromptOperation'),
  'api-reference/beta/resources/prompt/json-representation/resource': noSchema('prompt'),
  'api-reference/beta/resources/recordoperation/json-representation/resource': noSchema('recordOperation'),
  'api-reference/beta/resources/rejectjoinresponse/json-representation/resource': noSchema('rejectJoinResponse'),
  'api-reference/beta/resources/subscribetotoneoperation/json-representation/resource': noSchema('subscribeToToneOperation'),
  'api-reference/beta/resources/teleconferencedeviceaudioquality/json-representation/resource': noSchema('teleconferenceDeviceAudioQuality'),
  'api-reference/beta/resources/teleconferencedevicemediaquality/json-representation/resource': noSchema('teleconferenceDeviceMediaQuality'),
  'api-reference/beta/resources/teleconferencedevicequality/json-representation/resource': noSchema('teleconferenceDeviceQuality'),
  'api-reference/beta/resources/teleconferencedevicescreensharingquality/json-representation/resource': noSchema('teleconferenceDeviceScreenSharingQuality'),
  'api-reference/beta/resources/teleconferencedevicevideoquality/json-representation/resource': noSchema('teleconferenceDeviceVideoQuality'),
  'api-reference/beta/resources/unmuteparticipantoperation/json-representation/resource': noSchema('unmuteParticipantOperation'),
  'api-reference/beta/resources/updaterecordingstatusoperation/json-representation/resource': noSchema('updateRecordingStatusOperation'),
  'api-reference/v1.0/api/call-answer/examples/request': NO_OPERATION,
  'api-reference/v1.0/api/call-answer/example-1/request': NO_OPERATION,
  'api-reference/v1.0/api/call-answer/example-2/request': NO_OPERATION,
  'api-reference/v1.0/api/call-cancelmediaprocessing/example/request': NO_OPERATION,
  'api-reference/v1.0/api/call-cancelmediaprocessing/example/response': noSchema('cancelMediaProcessingOperation'),
  'api-reference/v1.0/api/call-changescreensharingrole/example/request': NO_OPERATION,
  'api-reference/v1.0/api/call-logteleconferencedevicequality/examples/request': NO_OPERATION,
  'api-reference/v1.0/api/call-mute/example/request': NO_OPERATION,
  'api-reference/v1.0/api/call-mute/example/response': noSchema('muteParticipantOperation'),
  'api-reference/v1.0/api/call-playprompt/example/request': NO_OPERATION,
  'api-reference/v1.0/api/call-playprompt/example/response': noSchema('playPromptOperation'),
  'api-reference/v1.0/api/call-record/example-1/request': NO_OPERATION,
  'api-reference/v1.0/api/call-record/example-1/response': noSchema('recordOperation'),
  'api-reference/v1.0/api/call-redirect/example-1/request': NO_OPERATION,
  'api-reference/v1.0/api/call-redirect/example-2/request': NO_OPERATION,
  'api-reference/v1.0/api/call-redirect/example-3/request': NO_OPERATION,
  'api-reference/v1.0/api/call-reject/example-1/request': NO_OPERATION,
  'api-reference/v1.0/api/call-reject/example-2/request': NO_OPERATION,
  'api-reference/v1.0/api/call-subscribetotone/example/request': NO_OPERATION,
  'api-reference/v1.0/api/call-subscribetotone/example/response': noSchema('subscribeToToneOperation'),
  'api-reference/v1.0/api/call-transfer/example-1/request': NO_OPERATION,
  'api-reference/v1.0/api/call-transfer/example-2/request': NO_OPERATION,
  'api-reference/v1.0/api/call-transfer/example-3/request': NO_OPERATION,
  'api-reference/v1.0/api/call-transfer/example-4/request': NO_OPERATION,
  'api-reference/v1.0/api/call-unmute/example/request': NO_OPERATION,
  'api-reference/v1.0/api/call-unmute/example/response': noSchema('unmuteParticipantOperation'),
  'api-reference/v1.0/api/call-updaterecordingstatus/example/request': NO_OPERATION,
  'api-reference/v1.0/api/call-updaterecordingstatus/example/response': noSchema('updateRecordingStatusOperation'),
  'api-reference/v1.0/api/participant-invite/example-1/request': NO_OPERATION,
  'api-reference/v1.0/api/participant-invite/example-1/response': noSchema('inviteParticipantsOperation'),
  'api-reference/v1.0/api/participant-invite/example-2/request': NO_OPERATION,
  'api-reference/v1.0/api/participant-invite/example-2/response': noSchema('inviteParticipantsOperation'),
  'api-reference/v1.0/api/participant-invite/example-3/request': NO_OPERATION,
  'api-reference/v1.0/api/participant-invite/example-3/response': noSchema('inviteParticipantsOperation'),
  'api-reference/v1.0/api/participant-invite/example-4/request': NO_OPERATION,
  'api-reference/v1.0/api/participant-invite/example-4/response': noSchema('inviteParticipantsOperation'),
  'api-reference/v1.0/api/participant-mute/example-mute-specific-participant/request': NO_OPERATION,
  'api-reference/v1.0/api/participant-mute/example-mute-specific-participant/response': noSchema('muteParticipantOperation'),
  'api-reference/v1.0/resources/acceptjoinresponse/json-representation/resource': noSchema('acceptJoinResponse'),
  'api-reference/v1.0/resources/cancelmediaprocessingoperation/json-representation/resource': noSchema('cancelMediaProcessingOperation'),
  'api-reference/v1.0/resources/commsoperation/json-representation/resource': noSchema('commsOperation'),
  'api-reference/v1.0/resources/entity/json-representation/resource': noSchema('entity'),
  'api-reference/v1.0/resources/invitenewbotresponse/json-representation/resource': noSchema('inviteNewBotResponse'),
  'api-reference/v1.0/resources/inviteparticipantsoperation/json-representation/resource': noSchema('inviteParticipantsOperation'),
  'api-reference/v1.0/resources/mediaprompt/json-representation/resource': noSchema('mediaPrompt'),
  'api-reference/v1.0/resources/muteparticipantoperation/json-representation/resource': noSchema('muteParticipantOperation'),
  'api-reference/v1.0/resources/participantjoiningnotification/json-representation/resource': noSchema('participantJoiningNotification'),
  'api-reference/v1.0/resources/participantjoiningresponse/json-representation/resource': noSchema('participantJoiningResponse'),
  'api-reference/v1.0/resources/participantleftnotification/json-representation/resource': noSchema('participantLeftNotification'),
  'api-reference/v1.0/resources/playpromptoperation/json-representation/resource': noSchema('playPromptOperation'),
  'api-reference/v1.0/resources/recordoperation/json-representation/resource': noSchema('recordOperation'),
  'api-reference/v1.0/resources/rejectjoinresponse/json-representation/resource': noSchema('rejectJoinResponse'),
  'api-reference/v1.0/resources/subscribetotoneoperation/json-representation/resource': noSchema('subscribeToToneOperation'),
  'api-reference/v1.0/resources/teleconferencedeviceaudioquality/json-representation/resource': noSchema('teleconferenceDeviceAudioQuality'),
  'api-reference/v1.0/resources/teleconferencedevicemediaquality/json-representation/resource': noSchema('teleconferenceDeviceMediaQuality'),
  'api-reference/v1.0/resources/teleconferencedevicequality/json-representation/resource': noSchema('teleconferenceDeviceQuality'),
  'api-reference/v1.0/resources/teleconferencedevicescreensharingquality/json-representation/resource': noSchema('teleconferenceDeviceScreenSharingQuality'),
  'api-reference/v1.0/resources/teleconferencedevicevideoquality/json-representation/resource': noSchema('teleconferenceDeviceVideoQuality'),
  'api-reference/v1.0/resources/unmuteparticipantoperation/json-representation/resource': noSchema('unmuteParticipantOperation'),
  'api-reference/v1.0/resources/updaterecordingstatusoperation/json-representation/resource': noSchema('updateRecordingStatusOperation'),
};
