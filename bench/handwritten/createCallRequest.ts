import { isUri, type ValidationResult } from '../../generated/runtime.js';
import type { CreateCallRequest } from '../../generated/types.js';
import { guid, text } from './fields.js';
import { badFormat, isObject, missing, noPattern, notAMember, nullInRequest, type Obj, outOfRange, readOnly, type Sink, unknownKey, wrongConst, wrongType } from './issues.js';
import { anyInvitationParticipantInfo, participantInfo } from './identities.js';
import { callOptions, chatInfo, mediaConfig, meetingInfo } from './options.js';

// A validator for the body of POST /communications/calls written by hand, as someone would who
// knew the schemas and cared only about this one request: one pass over the keys of each object,
// no request/response switch, paths built only when something is wrong. It checks the rules the
// generated validateCreateCallRequest checks (bench/handwritten/agree.ts holds it to that), so its
// time is the floor the generated validator is measured against. Like the generated validators it
// expects values as JSON.parse makes them, where an object's own enumerable keys are all its keys.
// The uri and uuid grammars are the generated runtime's: a library function either would call,
// and the same rule by construction.

const CALL = '#microsoft.graph.call';
const MODALITIES: ReadonlySet<string> = new Set(['unknown', 'audio', 'video', 'videoBasedScreenSharing', 'data']);
const ROUTING_POLICIES: ReadonlySet<string> = new Set(['none', 'noMissedCall', 'disableForwardingExceptPhone', 'disableForwarding', 'preferSkypeForBusiness']);
/** Call properties the service sets: a request may carry them, with a warning. */
const READ_ONLY: ReadonlySet<string> = new Set(['id', 'callRoutes', 'direction', 'incomingContext', 'mediaState', 'myParticipantId', 'resultInfo', 'state', 'toneInfo', 'transcription', 'activeModalities', 'answeredBy', 'meetingCapability', 'terminationReason']);
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

export function validateCreateCallRequestByHand(value: unknown): ValidationResult<CreateCallRequest> {
  const s: Sink = { errors: [], warnings: [] };
  try {
    if (isObject(value)) createCall(s, value);
    else wrongType(s, '', 'an object', value);
  } catch (error) {
    // Same courtesy as the generated validators: a hostile getter or Proxy is a finding, not a crash.
    s.errors.push({ path: '', keyword: 'unreadable', message: `the value could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
  return s.errors.length === 0 ? { ok: true, value: value as CreateCallRequest, warnings: s.warnings } : { ok: false, errors: s.errors, warnings: s.warnings };
}

// Which of the root's requirements one pass over its keys has met, as bits.
const CALLBACK_URI = 1;
const MEDIA_CONFIG = 2;
const MODALITIES_SEEN = 4;
const DESTINATION = 8; // targets or meetingInfo

function createCall(s: Sink, v: Obj): void {
  let seen = 0;
  for (const key of Object.keys(v)) seen |= property(s, key, v[key]);
  if ((seen & CALLBACK_URI) === 0) missing(s, '/callbackUri');
  if ((seen & MEDIA_CONFIG) === 0) missing(s, '/mediaConfig');
  if ((seen & MODALITIES_SEEN) === 0) missing(s, '/requestedModalities');
  if ((seen & DESTINATION) === 0) s.errors.push({ path: '', keyword: 'required', message: 'must have at least one of "targets", "meetingInfo"' });
}

/** Checks one property of the root; returns the bit of the requirement it meets, if any. */
function property(s: Sink, key: string, x: unknown): number {
  switch (key) {
    case '@odata.type':
      if (x !== CALL) wrongConst(s, '/@odata.type', CALL, x);
      return 0;
    case 'callbackUri':
      checkCallbackUri(s, x);
      return CALLBACK_URI;
    case 'callChainId':
    case 'tenantId':
      guid(s, x, '', key);
      return 0;
    case 'subject':
      text(s, x, '', key);
      return 0;
    case 'callOptions':
      if (isObject(x)) callOptions(s, x, '/callOptions');
      else notAnObject(s, x, key);
      return 0;
    case 'chatInfo':
      if (isObject(x)) chatInfo(s, x, '/chatInfo');
      else notAnObject(s, x, key);
      return 0;
    case 'mediaConfig':
      if (isObject(x)) mediaConfig(s, x, '/mediaConfig');
      else notAnObject(s, x, key);
      return MEDIA_CONFIG;
    case 'meetingInfo':
      if (isObject(x)) meetingInfo(s, x, '/meetingInfo');
      else notAnObject(s, x, key);
      return DESTINATION;
    case 'source':
      if (isObject(x)) participantInfo(s, x, '/source');
      else notAnObject(s, x, key);
      return 0;
    case 'targets':
      if (!Array.isArray(x)) wrongType(s, '/targets', 'an array', x);
      else for (let i = 0; i < x.length; i++) anyInvitationParticipantInfo(s, x[i], `/targets/${i}`);
      return DESTINATION;
    case 'requestedModalities':
      members(s, x, key, MODALITIES);
      return MODALITIES_SEEN;
    case 'routingPolicies':
      members(s, x, key, ROUTING_POLICIES);
      return 0;
    case 'ringingTimeoutInSeconds':
      checkRingingTimeout(s, x);
      return 0;
    default:
      // Rare in requests, so a set lookup after the switch costs the common keys nothing.
      if (READ_ONLY.has(key)) readOnly(s, `/${key}`);
      else unknownKey(s, '', key);
      return 0;
  }
}

function checkCallbackUri(s: Sink, x: unknown): void {
  if (typeof x !== 'string') return wrongType(s, '/callbackUri', 'a string', x);
  if (!x.startsWith('https://')) noPattern(s, '/callbackUri', '^https://', x);
  if (!isUri(x)) badFormat(s, '/callbackUri', 'uri', x);
}

function checkRingingTimeout(s: Sink, x: unknown): void {
  if (typeof x !== 'number') {
    if (x === null) nullInRequest(s, '/ringingTimeoutInSeconds');
    else wrongType(s, '/ringingTimeoutInSeconds', 'an integer', x);
  } else if (!Number.isInteger(x)) {
    wrongType(s, '/ringingTimeoutInSeconds', 'an integer', x);
  } else if (x < INT32_MIN) {
    outOfRange(s, '/ringingTimeoutInSeconds', 'minimum', INT32_MIN);
  } else if (x > INT32_MAX) {
    outOfRange(s, '/ringingTimeoutInSeconds', 'maximum', INT32_MAX);
  }
}

function members(s: Sink, x: unknown, key: string, allowed: ReadonlySet<string>): void {
  if (!Array.isArray(x)) return wrongType(s, `/${key}`, 'an array', x);
  for (let i = 0; i < x.length; i++) {
    const item: unknown = x[i];
    if (!allowed.has(item as string)) notAMember(s, `/${key}/${i}`, [...allowed], item);
  }
}

function notAnObject(s: Sink, x: unknown, key: string): void {
  if (x === null) nullInRequest(s, `/${key}`);
  else wrongType(s, `/${key}`, 'an object', x);
}
