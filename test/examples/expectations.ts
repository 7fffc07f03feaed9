// What the generated validators should find in each documented payload, written by reading the
// pages (test/corpus/graph-docs), not by running the validators. A payload not listed here must be
// valid with no repairs and no warnings. Issues are `path keyword`, in any order.
//
// - Requests are validated with CreateCallRequest in request mode: a read-only property is a
//   warning (the service ignores it on POST), an unknown property or enum member an error.
// - 201 responses with Call and notifications with CommsNotifications, in response mode: unknown
//   members of evolvable enums are warnings, unknown properties pass.
// - A union reports the branch its @odata.type names and nothing else, so an untagged or
//   mistagged value gives one `discriminator` error at its tag, not one per branch.

export interface Expectation {
  /** Trailing commas the tolerant reader removes. */
  readonly repairs?: number;
  readonly errors?: readonly string[];
  readonly warnings?: readonly string[];
  readonly why: string;
}

const readOnly = (...paths: string[]): string[] => paths.map((p) => `${p} readOnly`);
/** The service-set participantInfo properties some requests copy from a response into `source`. */
const SOURCE_LOCATION = readOnly('/source/countryCode', '/source/endpointType', '/source/region', '/source/languageId');
const BAD_TENANT = 'tenantId "86dc81db-c112-4228-9222-63f3esaa1edb" has an "s" in its last group: not a GUID, so not a tenant the service knows.';
const TRAILING = 'trailing commas after the last property of an object (a JSON erratum of the page)';
/** A v1.0 request is held to v1.0's metadata, which declares these on the beta types only. */
const BETA_ONLY = (property: string, type: string) =>
  `the v1.0 page sends ${property}, which only beta's metadata declares (on ${type}); a v1.0 request may not rely on it`;

export const EXPECTATIONS: Readonly<Record<string, Expectation>> = {
  // 000: the v1.0 page.
  '000/example-1/response': { repairs: 2, why: `${TRAILING}: after targets[0].replacesCallId and after mediaConfig.preFetchMedia` },
  '000/example-2/request': { warnings: readOnly('/source/region', '/source/languageId'), why: 'source carries region and languageId: null, which the service sets' },
  '000/example-2/response': { repairs: 1, why: TRAILING },
  '000/example-3/request': {
    errors: ['/mediaConfig/removeFromDefaultAudioGroup additionalProperties'],
    warnings: readOnly('/direction'),
    why: `${BETA_ONLY('mediaConfig.removeFromDefaultAudioGroup', 'mediaConfig')}; direction: "outgoing" is set by the service`,
  },
  '000/example-4/request': {
    errors: ['/mediaConfig/removeFromDefaultAudioGroup additionalProperties'],
    warnings: readOnly('/direction'),
    why: `${BETA_ONLY('mediaConfig.removeFromDefaultAudioGroup', 'mediaConfig')}; direction: "outgoing" is set by the service`,
  },
  '000/example-5/request': {
    repairs: 1,
    errors: ['/tenantId format', '/meetingInfo/organizer/user/tenantId format', '/meetingInfo/allowConversationWithoutHost additionalProperties'],
    why: `${BAD_TENANT} It stands twice: on the call and on the organizer. Also ${BETA_ONLY('meetingInfo.allowConversationWithoutHost', 'meetingInfo')}, and ${TRAILING}.`,
  },
  '000/example-5/response': { repairs: 1, why: TRAILING },
  '000/example-6/request': {
    errors: ['/meetingInfo/allowConversationWithoutHost additionalProperties'],
    warnings: readOnly('/direction'),
    why: `${BETA_ONLY('meetingInfo.allowConversationWithoutHost', 'meetingInfo')}; direction: "outgoing" is set by the service`,
  },
  '000/example-7/request': { repairs: 1, warnings: SOURCE_LOCATION, why: `source copies countryCode, endpointType, region and languageId (all null) from a response; ${TRAILING}` },
  '000/example-7/response': { repairs: 2, why: TRAILING },
  '000/example-8/request': { repairs: 1, warnings: SOURCE_LOCATION, why: `as example 7: service-set source properties; ${TRAILING}` },
  '000/example-8/response': { repairs: 2, why: TRAILING },

  // 001: the old beta page (POST /app/calls).
  '001/create-peer-to-peer-voip-call-with-service-hosted-media/request': { repairs: 1, why: `${TRAILING}: after mediaConfig's @odata.type` },
  '001/create-peer-to-peer-voip-call-with-service-hosted-media/response': { repairs: 2, why: TRAILING },
  '001/create-peer-to-peer-voip-call-with-application-hosted-media/request': { repairs: 1, why: `${TRAILING}: after the media blob placeholder` },
  '001/join-scheduled-meeting-with-service-hosted-media/request': { repairs: 1, why: TRAILING },
  '001/join-scheduled-meeting-with-service-hosted-media/response': { repairs: 2, why: TRAILING },
  '001/join-scheduled-meeting-with-app-hosted-media/request': { repairs: 1, warnings: readOnly('/direction'), why: `direction is set by the service; ${TRAILING}` },
  '001/join-channel-meeting-with-service-hosted-media/request': { repairs: 1, why: TRAILING },
  '001/join-channel-meeting-as-a-guest-with-service-hosted-media/request': { repairs: 1, why: TRAILING },

  // 002: the current beta page, rendered text.
  '002/example-1/response': { repairs: 1, why: TRAILING },
  '002/example-2/request': { warnings: readOnly('/source/region', '/source/languageId'), why: 'source carries region and languageId: null, which the service sets' },
  '002/example-2/response': { repairs: 1, why: TRAILING },
  '002/example-3/request': { warnings: readOnly('/direction'), why: 'direction: "outgoing" is set by the service' },
  '002/example-3/response': {
    repairs: 2,
    errors: ['/callChainId format'],
    why: `callChainId "d17646-3110-40b1-bae6-e9ac6c3f74" is a GUID with characters missing from its first and last groups; ${TRAILING}`,
  },
  '002/example-4/request': { warnings: readOnly('/direction'), why: 'direction: "outgoing" is set by the service' },
  '002/example-4/response': { repairs: 1, why: TRAILING },
  '002/example-5/request': { errors: ['/tenantId format'], why: BAD_TENANT },
  '002/example-5/response': { repairs: 1, why: TRAILING },
  '002/example-6/request': { errors: ['/tenantId format'], why: BAD_TENANT },
  '002/example-6/response': { repairs: 1, errors: ['/tenantId format'], why: `the response echoes the request's malformed tenant: ${BAD_TENANT} Also ${TRAILING}.` },
  '002/example-7/request': { errors: ['/tenantId format'], why: BAD_TENANT },
  '002/example-7/response': { repairs: 1, errors: ['/tenantId format'], why: `the response echoes the request's malformed tenant: ${BAD_TENANT} Also ${TRAILING}.` },
  '002/example-8/request': { repairs: 1, warnings: readOnly('/direction'), why: `direction is set by the service; ${TRAILING}` },
  '002/example-8/response': { repairs: 1, why: TRAILING },
  '002/example-9/request': { repairs: 1, why: TRAILING },
  '002/example-9/response': { repairs: 1, why: TRAILING },
  '002/example-10/request': { repairs: 1, why: TRAILING },
  '002/example-10/response': { repairs: 1, why: TRAILING },
  '002/example-11/request': { warnings: SOURCE_LOCATION, why: 'source copies countryCode, endpointType, region and languageId (all null) from a response' },
  '002/example-11/response': { repairs: 2, why: TRAILING },
  '002/example-12/request': { warnings: SOURCE_LOCATION, why: 'source copies countryCode, endpointType, region and languageId (all null) from a response' },
  '002/example-12/response': { repairs: 2, why: TRAILING },

  // 003: the early beta draft, placeholders everywhere.
  '003/example/request': {
    errors: [
      '/callbackUri pattern', // "callbackUri-value": not https ...
      '/callbackUri format', // ... and not a URI
      '/tenantId format', // "tenantId-value"
      '/mediaConfig/@odata.type discriminator', // "microsoft.graph.appHostedMediaConfig": no leading "#"
      '/meetingInfo/@odata.type discriminator', // an abstract meetingInfo with no tag
      '/targetDisposition additionalProperties', // not a property of call in either version
    ],
    warnings: readOnly(
      '/activeModalities',
      '/answeredBy',
      '/callRoutes',
      '/direction',
      '/meetingCapability',
      '/myParticipantId',
      '/source/languageId',
      '/source/region',
      '/state',
      '/targets/0/languageId',
      '/targets/0/region',
      '/terminationReason',
      '/toneInfo',
    ),
    why: 'a draft: a whole call resource with "-value" placeholders, posted as a request; every service-set property is there',
  },
  '003/example/response': {
    errors: [
      '/callbackUri pattern',
      '/callbackUri format',
      '/tenantId format',
      '/mediaConfig/@odata.type discriminator',
      '/meetingInfo/@odata.type discriminator',
    ],
    // Its meetingCapability lacks allowAnonymousUsersToStartMeeting: accepted, as the service sends meetingCapability partial.
    why: 'the draft request echoed back, with the same placeholders',
  },

  // 004: the auto-generated skeleton ("localtest").
  '004/example/request': {
    errors: [
      '/callbackUri pattern', // "Callback Uri value"
      '/callbackUri format',
      '/tenantId format', // "Tenant Id value"
      '/requestedModalities/0 enum', // "String": requests use closed enums
      '/source/@odata.type const', // every tag lacks its leading "#"
      '/source/identity/@odata.type discriminator',
      '/targets/0/@odata.type discriminator',
      '/mediaConfig/@odata.type discriminator',
      '/chatInfo/@odata.type const',
      '/meetingInfo/@odata.type discriminator',
    ],
    warnings: readOnly('/state', '/mediaState', '/resultInfo', '/direction', '/source/region', '/source/languageId', '/myParticipantId', '/toneInfo'),
    why: 'a skeleton: "String" in every enum, "... value" in every string, no "#" in any @odata.type, service-set properties included',
  },
  '004/example/response': {
    errors: [
      '/callbackUri pattern',
      '/callbackUri format',
      '/tenantId format',
      '/direction enum', // "String": callDirection is not evolvable, so closed in responses too
      '/toneInfo/tone enum', // "String": tone is not evolvable either
      '/mediaState/@odata.type const',
      '/resultInfo/@odata.type const',
      '/source/@odata.type const',
      '/source/identity/@odata.type discriminator',
      '/targets/0/@odata.type discriminator',
      '/mediaConfig/@odata.type discriminator',
      '/chatInfo/@odata.type const',
      '/meetingInfo/@odata.type discriminator',
      '/toneInfo/@odata.type const',
    ],
    // Evolvable enums accept unknown members in responses, with a notice.
    warnings: ['/state enum', '/mediaState/audio enum', '/requestedModalities/0 enum'],
    why: 'the skeleton response: the same placeholders; "String" passes (with a notice) only where the enum is evolvable',
  },
};
