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
const BAD_TENANT = 'erratum: tenantId "86dc81db-c112-4228-9222-63f3esaa1edb" has an "s" in its last group: not a GUID, so not a tenant the service knows (as on the bundled Create call pages)';
const STATUS_CAPITALISED = 'status is "Running", the metadata\'s spelling of operationStatus; the service writes running, so the open enum accepts it with a notice';
const TARGET_LOCATION = 'transferTarget (an invitationParticipantInfo) carries languageId and region, which the service sets';
/** A v1.0 request is held to v1.0's metadata, which declares these on the beta types only. */
const BETA_ONLY = (property: string, type: string) =>
  `the v1.0 page sends ${property}, which only beta's metadata declares (on ${type}); a v1.0 request may not rely on it`;
const TARGET_ENDPOINT = BETA_ONLY('transferTarget.endpointType', 'invitationParticipantInfo');
export const TEMPLATE = 'a resource page\'s JSON representation is a template, not a payload: placeholder values ("String", "a | b" for an enum), nested objects shown by their tag alone, tags without "#"';

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
  'api/call-delete/example/notification-terminated': {
    errors: ['/value/0/resourceData/resultInfo/code type'],
    why: 'erratum: resultInfo.code is written as the string "0"; it is an Int32, sent as a JSON number in every other documented result (transfer, redirect, operations)',
  },
  'api/call-answer/examples/request': {
    errors: ['/callbackUri format', '/callbackUri pattern'],
    why: 'erratum: callbackUri is the placeholder "callbackUri-value", not an HTTPS URI (the other answer examples send one)',
  },
  'api/call-redirect/example-2/request': {
    errors: ['/routingPolicies additionalProperties'],
    why: 'erratum: routingPolicies is not a parameter of redirect in the metadata (v1.0 or beta); the service does not read it, so a request may not send it',
  },
  'api/call-updaterecordingstatus/example/request': {
    errors: ['/status enum'],
    why: 'erratum: status is the placeholder "notRecording | recording | failed", a list of members, not one of them',
  },
  'api/participant-invite/example-1/response': { warnings: ['/status enum'], why: STATUS_CAPITALISED },
  'api/participant-invite/example-2/response': { warnings: ['/status enum'], why: STATUS_CAPITALISED },
  'api/participant-invite/example-3/response': { warnings: ['/status enum'], why: STATUS_CAPITALISED },
  'api/participant-invite/example-4/response': { warnings: ['/status enum'], why: STATUS_CAPITALISED },
  'api/call-get/example-1/response': { repairs: 2, why: TRAILING },
  'api/call-get/example-2/response': { repairs: 2, why: TRAILING },
  'api/call-mute/example/notification-roster-updated-with-participant-muted': { repairs: 1, why: COMMENT },
  'api/call-unmute/example/notification-roster-updated-with-participant-unmuted': { repairs: 1, why: COMMENT },
  'api/participant-mute/example-mute-specific-participant/notification-roster-updated-with-participant-muted': { repairs: 1, why: COMMENT },
  'api/call-redirect/example-1/notification-incoming': { repairs: 1, why: TRAILING },
  'api/call-redirect/example-1/notification-terminated': { repairs: 1, why: TRAILING },
  'api/call-redirect/example-3/notification-incoming': { repairs: 1, why: TRAILING },
  'api/call-redirect/example-3/notification-terminated': { repairs: 1, why: TRAILING },
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
    'api/call-transfer/example-1/request': { errors: ['/transferTarget/endpointType additionalProperties'], why: `erratum: ${TARGET_ENDPOINT}` },
    'api/call-transfer/example-2/request': { errors: ['/transferTarget/endpointType additionalProperties'], why: `erratum: ${TARGET_ENDPOINT}` },
    'api/call-transfer/example-3/request': {
      errors: ['/clientContext additionalProperties', '/transferTarget/endpointType additionalProperties'],
      warnings: readOnly('/transferTarget/languageId', '/transferTarget/region'),
      why: `erratum: clientContext is not a parameter of transfer in the metadata, so a request may not send it; ${TARGET_ENDPOINT}; ${TARGET_LOCATION}`,
    },
    'api/call-transfer/example-4/request': {
      errors: ['/clientContext additionalProperties', '/transferTarget/endpointType additionalProperties'],
      warnings: readOnly('/transferTarget/languageId', '/transferTarget/region'),
      why: `erratum: clientContext is not a parameter of transfer in the metadata, so a request may not send it; ${TARGET_ENDPOINT}; ${TARGET_LOCATION}`,
    },
    'resources/acceptjoinresponse/json-representation/resource': template(['/@odata.type required']),
    'resources/cancelmediaprocessingoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
    'resources/commsoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/@odata.type const', '/resultInfo/code required'], ['/status enum']),
    'resources/invitenewbotresponse/json-representation/resource': template(['/@odata.type required']),
    'resources/inviteparticipantsoperation/json-representation/resource': template(['/@odata.type required', '/participants/0/identity required', '/resultInfo/code required'], ['/status enum']),
    'resources/mediaprompt/json-representation/resource': template(['/@odata.type required', '/mediaInfo/uri required']),
    'resources/muteparticipantoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
    'resources/participantjoiningresponse/json-representation/resource': template(['/@odata.type discriminator']),
    'resources/playpromptoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
    'resources/recordoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
    'resources/rejectjoinresponse/json-representation/resource': template(['/@odata.type required'], ['/reason enum']),
    'resources/subscribetotoneoperation/json-representation/resource': template(['/@odata.type required'], ['/status enum']),
    'resources/teleconferencedeviceaudioquality/json-representation/resource': template(['/@odata.type required']),
    'resources/teleconferencedevicemediaquality/json-representation/resource': template(['/@odata.type discriminator']),
    'resources/teleconferencedevicequality/json-representation/resource': template(['/callChainId format', '/mediaLegId format', '/mediaQualityList/0/@odata.type discriminator', '/participantId format']),
    'resources/teleconferencedevicescreensharingquality/json-representation/resource': template(['/@odata.type required']),
    'resources/teleconferencedevicevideoquality/json-representation/resource': template(['/@odata.type required']),
    'resources/unmuteparticipantoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
    'resources/updaterecordingstatusoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
    'api/application-post-calls/example-1/response': { repairs: 2, why: TRAILING },
    'api/application-post-calls/example-3/request': {
      errors: ['/mediaConfig/removeFromDefaultAudioGroup additionalProperties'],
      warnings: readOnly('/direction'),
      why: `erratum: ${BETA_ONLY('mediaConfig.removeFromDefaultAudioGroup', 'mediaConfig')}; direction: "outgoing" is set by the service`,
    },
    'api/application-post-calls/example-4/request': {
      errors: ['/mediaConfig/removeFromDefaultAudioGroup additionalProperties'],
      warnings: readOnly('/direction'),
      why: `erratum: ${BETA_ONLY('mediaConfig.removeFromDefaultAudioGroup', 'mediaConfig')}; direction: "outgoing" is set by the service`,
    },
    'api/application-post-calls/example-5/request': {
      repairs: 1,
      errors: ['/tenantId format', '/meetingInfo/organizer/user/tenantId format', '/meetingInfo/allowConversationWithoutHost additionalProperties'],
      why: `${BAD_TENANT}; it stands twice. Also ${BETA_ONLY('meetingInfo.allowConversationWithoutHost', 'meetingInfo')}, and ${TRAILING}`,
    },
    'api/application-post-calls/example-6/request': {
      errors: ['/meetingInfo/allowConversationWithoutHost additionalProperties'],
      warnings: readOnly('/direction'),
      why: `erratum: ${BETA_ONLY('meetingInfo.allowConversationWithoutHost', 'meetingInfo')}; direction: "outgoing" is set by the service`,
    },
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
    'api/call-playprompt/example/request': { repairs: 2, why: TRAILING },
    'api/audioroutinggroup-update/example/request': { warnings: readOnly('/id'), why: 'the body names the group by id, which the service sets (and takes from the URL)' },
    'api/call-post-audioroutinggroups/example-1/request': { warnings: readOnly('/id'), why: 'the body names the group by id, which the service sets (and takes from the URL)' },
    'api/call-post-audioroutinggroups/example-2/request': { warnings: readOnly('/id'), why: 'the body names the group by id, which the service sets (and takes from the URL)' },
    'api/call-transfer/example-1/request': { warnings: readOnly('/transferTarget/languageId', '/transferTarget/region'), why: TARGET_LOCATION },
    'api/call-transfer/example-2/request': { warnings: readOnly('/transferTarget/languageId', '/transferTarget/region'), why: TARGET_LOCATION },
    'api/call-transfer/example-3/request': { warnings: readOnly('/transferTarget/languageId', '/transferTarget/region'), why: TARGET_LOCATION },
    'api/call-transfer/example-4/request': { warnings: readOnly('/transferTarget/languageId', '/transferTarget/region'), why: TARGET_LOCATION },
    'resources/acceptjoinresponse/json-representation/resource': template(['/@odata.type required']),
    'resources/audioroutinggroup/json-representation/resource': template([], ['/routingMode enum']),
    'resources/cancelmediaprocessingoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
    'resources/commsoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/@odata.type const', '/resultInfo/code required'], ['/status enum']),
    'resources/invitenewbotresponse/json-representation/resource': template(['/@odata.type required']),
    'resources/inviteparticipantsoperation/json-representation/resource': template(['/@odata.type required', '/participants/0/identity required', '/resultInfo/code required'], ['/status enum']),
    'resources/mediaprompt/json-representation/resource': template(['/@odata.type required', '/mediaInfo/uri required']),
    'resources/muteparticipantoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
    'resources/participantjoiningresponse/json-representation/resource': template(['/@odata.type discriminator']),
    'resources/playpromptoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/completionReason enum', '/status enum']),
    'resources/prompt/json-representation/resource': template(['/@odata.type required', '/mediaInfo required']),
    'resources/recordoperation/json-representation/resource': template(['/@odata.type required', '/completionReason enum', '/resultInfo/code required'], ['/status enum']),
    'resources/rejectjoinresponse/json-representation/resource': template(['/@odata.type required'], ['/reason enum']),
    'resources/subscribetotoneoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
    'resources/teleconferencedeviceaudioquality/json-representation/resource': template(['/@odata.type required']),
    'resources/teleconferencedevicemediaquality/json-representation/resource': template(['/@odata.type discriminator']),
    'resources/teleconferencedevicequality/json-representation/resource': template(['/callChainId format', '/mediaLegId format', '/mediaQualityList/0/@odata.type discriminator', '/participantId format']),
    'resources/teleconferencedevicescreensharingquality/json-representation/resource': template(['/@odata.type required']),
    'resources/teleconferencedevicevideoquality/json-representation/resource': template(['/@odata.type required']),
    'resources/unmuteparticipantoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
    'resources/updaterecordingstatusoperation/json-representation/resource': template(['/@odata.type required', '/resultInfo/code required'], ['/status enum']),
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
      errors: ['/value/0/@odata.type const'],
      why: 'erratum: the notification itself is tagged #microsoft.graph.commsOperation, the type of its resourceData; every other call-back tags it commsNotification',
    },
    'resources/call/json-representation/resource': template(
      [...CALL_TEMPLATE, '/answeredBy/identity required', '/callRoutes/0/final required', '/callRoutes/0/original required', '/callRoutes/0/routingType required', '/tenantId format'],
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


/** Payloads no rule finds a validator for: no operation matches, or no schema has the type named. */
export const UNJUDGED: Readonly<Record<string, string>> = {
  'api-reference/beta/api/participant-configuremixer/example/request': 'configureMixer is on a 2021 beta page only; today\'s metadata has no such action, so no operation is modelled',
  'api-reference/beta/resources/entity/json-representation/resource': 'entity is the abstract base of the entities; each schema repeats its id flat, so it has no schema of its own',
  'api-reference/beta/resources/participantmixerlevel/json-representation/resource': 'participantMixerLevel belongs to configureMixer, which today\'s metadata does not have',
  'api-reference/beta/resources/participantmixerlevel/example-mixer-level/resource': 'participantMixerLevel belongs to configureMixer, which today\'s metadata does not have',
  'api-reference/v1.0/resources/entity/json-representation/resource': 'entity is the abstract base of the entities; each schema repeats its id flat, so it has no schema of its own',
};
