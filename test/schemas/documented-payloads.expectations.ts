// What each documented payload of test/corpus/graph-docs should give when validated against the
// curated schemas, written by reading the payload (not by running a validator):
// - a request against createCallRequest.json, a 201 response against call.json, a call-back
//   notification against commsNotifications.json;
// - `errors` are Ajv's (allErrors) as unique `instancePath keyword` pairs, sorted by the test; the
//   root causes come first in each list, then the union bookkeeping they cause: a value that fails
//   in a `oneOf` slot also fails every other branch (`const` on @odata.type, `required`), the
//   `null` branch (`type`) and the `oneOf` itself.
// Payloads with JSON errata (trailing commas) are validated after the tolerant reader's repairs.
// Keys are `page:line`, the page's first three digits and the 1-based line where the JSON starts.

export type PayloadKind = 'request' | 'response' | 'notification';

export interface Expectation {
  readonly kind: PayloadKind;
  readonly label: string;
  /** Empty: the payload is valid. */
  readonly errors: readonly string[];
  /** Why the payload is flagged, and why the schema is right not to accept it. */
  readonly why?: string;
}

const valid = (kind: PayloadKind, label: string): Expectation => ({ kind, label, errors: [] });

/** A value that fails inside a nullable `oneOf: [$ref, null]` slot at `path`. */
const slot = (path: string): string[] => [`${path} oneOf`, `${path} type`];

const MALFORMED_TENANT =
  'tenantId "86dc81db-c112-4228-9222-63f3esaa1edb" is not a GUID (an "s" in the last group); Azure AD tenant ids are GUIDs, so the service cannot accept it. The uuid format stays.';

// The draft page (003): placeholder strings and untagged polymorphic values.
const DRAFT_ERRORS = [
  '/callbackUri format', // "callbackUri-value" is not a URI ...
  '/callbackUri pattern', // ... and not https
  '/tenantId format', // "tenantId-value" is not a GUID
  '/mediaConfig/@odata.type const', // "microsoft.graph.appHostedMediaConfig": no leading #
  '/mediaConfig oneOf',
  '/mediaConfig type',
  '/meetingInfo required', // an abstract meetingInfo with no @odata.type (and no organizer, joinMeetingId or token)
  ...slot('/meetingInfo'),
  // meetingCapability lacks allowAnonymousUsersToStartMeeting: accepted, the service sends it partial (schemas/meetingCapability.json).
];
const DRAFT_WHY =
  'Early beta draft with placeholder values: "callbackUri-value" is no HTTPS URI and "tenantId-value" no GUID; mediaConfig is tagged without the leading "#"; meetingInfo is abstract yet carries no @odata.type nor any concrete meeting reference. The service sends none of this; the rules that catch it (uri/https, uuid, discriminator) are the service\'s own.';

// The auto-generated skeleton page (004): "String" placeholders and @odata.type without "#".
const identitySlot = (path: string): string[] => [`${path}/@odata.type const`, ...slot(path)];
const SKELETON_ERRORS = [
  '/callbackUri format', // "Callback Uri value"
  '/callbackUri pattern',
  '/tenantId format', // "Tenant Id value"
  '/state enum', // "String"
  ...slot('/state'),
  '/direction enum', // "String"
  ...slot('/direction'),
  '/requestedModalities/0 enum', // "String"
  '/mediaState/@odata.type const', // "microsoft.graph.callMediaState"
  '/mediaState/audio enum', // "String"
  ...slot('/mediaState/audio'),
  ...slot('/mediaState'),
  '/resultInfo/@odata.type const', // "microsoft.graph.resultInfo"
  ...slot('/resultInfo'),
  '/source/@odata.type const', // "microsoft.graph.participantInfo"
  '/source/identity/@odata.type const', // "microsoft.graph.identitySet" fails identitySet and communicationsIdentitySet
  '/source/identity oneOf',
  ...identitySlot('/source/identity/application'), // "microsoft.graph.identity" fails every identity kind
  ...identitySlot('/source/identity/device'),
  ...identitySlot('/source/identity/user'),
  ...slot('/source'),
  '/targets/0/@odata.type const', // "microsoft.graph.participantInfo": no "#", so neither an invitation nor a tagged participantInfo
  '/targets/0 required', // a target without identity names nobody
  '/targets/0 oneOf',
  '/mediaConfig/@odata.type const', // "microsoft.graph.mediaConfig": abstract, and no "#"
  '/mediaConfig oneOf',
  '/mediaConfig type',
  '/chatInfo/@odata.type const', // "microsoft.graph.chatInfo"
  ...slot('/chatInfo'),
  '/meetingInfo/@odata.type const', // "microsoft.graph.meetingInfo": abstract, and no "#"
  '/meetingInfo required', // no organizer, joinMeetingId or token
  ...slot('/meetingInfo'),
  '/toneInfo/@odata.type const', // "microsoft.graph.toneInfo"
  '/toneInfo/tone enum', // "String"
  ...slot('/toneInfo'),
];
const SKELETON_WHY =
  'Auto-generated skeleton ("localtest"): every enum holds the placeholder "String", strings hold "... value" placeholders (no HTTPS callback URI, no GUID tenant), every @odata.type lacks its leading "#" (Graph writes "#microsoft.graph.x"; the discriminators are fixed to that form so unions can be decided), mediaConfig and meetingInfo name abstract types, and the target has no identity. Accepting any of it would loosen the schemas beyond what the service sends.';

export const EXPECTATIONS: Readonly<Record<string, Expectation>> = {
  // 000: v1.0 page, examples 1-8.
  '000:68': valid('request', 'v1.0 ex. 1 request: peer-to-peer, service-hosted media'),
  '000:125': valid('response', 'v1.0 ex. 1 201 response (beta-only properties returned as null are accepted: objects are open)'),
  '000:204': valid('notification', 'v1.0 ex. 1 notification: establishing'),
  '000:233': valid('notification', 'v1.0 ex. 1 notification: established'),
  '000:270': valid('request', 'v1.0 ex. 2 request: peer-to-peer, app-hosted media (readOnly nulls in source)'),
  '000:342': valid('response', 'v1.0 ex. 2 201 response'),
  '000:413': valid('request', 'v1.0 ex. 3 request: group call, service-hosted (readOnly direction: a warning, not an error)'),
  '000:480': valid('request', 'v1.0 ex. 4 request: group call, app-hosted without blob'),
  '000:548': {
    kind: 'request',
    label: 'v1.0 ex. 5 request: join scheduled meeting, service-hosted',
    errors: [
      '/tenantId format',
      '/meetingInfo/organizer/user/tenantId format',
      '/meetingInfo/organizer/user/@odata.type const', // the identity then fails every other identity kind
      ...slot('/meetingInfo/organizer/user'),
      '/meetingInfo/organizer/@odata.type const', // ... and the identitySet fails communicationsIdentitySet
      '/meetingInfo/organizer oneOf',
      '/meetingInfo/@odata.type const', // ... and the organizerMeetingInfo fails the other meeting kinds
      '/meetingInfo required',
      ...slot('/meetingInfo'),
    ],
    why: `Both tenantIds (the call's and the organizer's): ${MALFORMED_TENANT}`,
  },
  '000:600': valid('response', 'v1.0 ex. 5 201 response (targets: [])'),
  '000:679': valid('notification', 'v1.0 ex. 5 notification: establishing, with chatInfo and meetingInfo'),
  '000:726': valid('notification', 'v1.0 ex. 5 notification: established'),
  '000:773': valid('notification', 'v1.0 ex. 5 notification: roster (array of participants)'),
  '000:869': valid('request', 'v1.0 ex. 6 request: join scheduled meeting, app-hosted'),
  '000:938': valid('request', 'v1.0 ex. 7 request: PSTN, applicationInstance and phone on a plain identitySet'),
  '000:991': valid('response', 'v1.0 ex. 7 201 response'),
  '000:1083': valid('request', 'v1.0 ex. 8 request: PSTN, app-hosted'),
  '000:1137': valid('response', 'v1.0 ex. 8 201 response'),

  // 001: older beta page (/app/calls), participantInfo targets, "resource" in notifications.
  '001:66': valid('request', 'old beta: peer-to-peer, service-hosted, participantInfo target'),
  '001:120': valid('response', 'old beta: peer-to-peer 201 response'),
  '001:202': valid('notification', 'old beta: establishing (resource, no resourceUrl)'),
  '001:232': valid('notification', 'old beta: established'),
  '001:270': valid('request', 'old beta: peer-to-peer, app-hosted'),
  '001:324': valid('request', 'old beta: join scheduled meeting, service-hosted'),
  '001:377': valid('response', 'old beta: join scheduled meeting 201 response'),
  '001:462': valid('notification', 'old beta: join, establishing'),
  '001:511': valid('notification', 'old beta: join, established'),
  '001:560': valid('notification', 'old beta: join, roster'),
  '001:657': valid('request', 'old beta: join scheduled meeting, app-hosted'),
  '001:711': valid('request', 'old beta: join channel meeting'),
  '001:770': valid('request', 'old beta: join channel meeting as a guest'),
  '001:836': valid('notification', 'old beta: guest roster, in lobby'),

  // 002: current beta page, examples 1-12.
  '002:65': valid('request', 'beta ex. 1 request: with outgoingCallOptions'),
  '002:101': valid('response', 'beta ex. 1 201 response'),
  '002:179': valid('notification', 'beta ex. 1 notification: establishing'),
  '002:202': valid('notification', 'beta ex. 1 notification: established'),
  '002:227': valid('notification', 'beta ex. 1 notification: content sharing started (no callbackUri)'),
  '002:248': valid('notification', 'beta ex. 1 notification: content sharing updated'),
  '002:269': valid('notification', 'beta ex. 1 notification: content sharing ended'),
  '002:297': valid('request', 'beta ex. 2 request: app-hosted'),
  '002:353': valid('response', 'beta ex. 2 201 response'),
  '002:425': valid('request', 'beta ex. 3 request: group call mixing invitationParticipantInfo and participantInfo targets'),
  '002:485': {
    kind: 'response',
    label: 'beta ex. 3 201 response',
    errors: ['/callChainId format'],
    why: 'callChainId "d17646-3110-40b1-bae6-e9ac6c3f74" is not a GUID (its first and last groups are short); the service issues GUID call chain ids. The uuid format stays.',
  },
  '002:555': valid('request', 'beta ex. 4 request: group call, app-hosted, mixed targets'),
  '002:616': valid('response', 'beta ex. 4 201 response'),
  '002:690': { kind: 'request', label: 'beta ex. 5 request: join scheduled meeting', errors: ['/tenantId format'], why: MALFORMED_TENANT },
  '002:738': valid('response', 'beta ex. 5 201 response'),
  '002:815': valid('notification', 'beta ex. 5 notification: establishing'),
  '002:856': valid('notification', 'beta ex. 5 notification: established'),
  '002:898': valid('notification', 'beta ex. 5 notification: roster, delta roster disabled'),
  '002:979': valid('notification', 'beta ex. 5 notification: roster, delta roster enabled (resource and resourceUrl, deltaParticipants)'),
  '002:1084': { kind: 'request', label: 'beta ex. 6 request: joinMeetingId and passcode', errors: ['/tenantId format'], why: MALFORMED_TENANT },
  '002:1119': { kind: 'response', label: 'beta ex. 6 201 response', errors: ['/tenantId format'], why: `The response echoes the request's ${MALFORMED_TENANT}` },
  '002:1193': { kind: 'request', label: 'beta ex. 7 request: joinMeetingId, passcode null', errors: ['/tenantId format'], why: MALFORMED_TENANT },
  '002:1228': { kind: 'response', label: 'beta ex. 7 201 response', errors: ['/tenantId format'], why: `The response echoes the request's ${MALFORMED_TENANT}` },
  '002:1304': valid('request', 'beta ex. 8 request: join scheduled meeting, app-hosted'),
  '002:1344': valid('response', 'beta ex. 8 201 response'),
  '002:1421': valid('request', 'beta ex. 9 request: join channel meeting'),
  '002:1468': valid('response', 'beta ex. 9 201 response'),
  '002:1554': valid('request', 'beta ex. 10 request: join channel meeting as a guest'),
  '002:1614': valid('response', 'beta ex. 10 201 response'),
  '002:1692': valid('notification', 'beta ex. 10 notification: guest roster, delta roster disabled'),
  '002:1732': valid('notification', 'beta ex. 10 notification: guest roster, delta roster enabled'),
  '002:1795': valid('request', 'beta ex. 11 request: PSTN, service-hosted'),
  '002:1844': valid('response', 'beta ex. 11 201 response'),
  '002:1932': valid('request', 'beta ex. 12 request: PSTN, app-hosted'),
  '002:1982': valid('response', 'beta ex. 12 201 response'),

  // 003: early beta draft with placeholder values.
  '003:46': { kind: 'request', label: 'draft request', errors: DRAFT_ERRORS, why: DRAFT_WHY },
  '003:151': { kind: 'response', label: 'draft 201 response', errors: DRAFT_ERRORS, why: DRAFT_WHY },

  // 004: auto-generated skeleton page.
  '004:83': { kind: 'request', label: 'skeleton request', errors: SKELETON_ERRORS, why: SKELETON_WHY },
  '004:161': { kind: 'response', label: 'skeleton 201 response', errors: SKELETON_ERRORS, why: SKELETON_WHY },
};
