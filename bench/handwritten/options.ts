import { flag, requiredText, text } from './fields.js';
import { anyIdentitySet } from './identities.js';
import { badTag, hasOwn, isObject, missing, nullInRequest, type Obj, type Sink, unknownKey, wrongConst, wrongType } from './issues.js';

// What a create-call request says about its media, its options and the meeting it joins
// (schemas/mediaConfig.json, callOptions.json, meetingInfo.json, chatInfo.json and their branches).
// The polymorphic ones choose their branch by `@odata.type`, so a branch never checks its tag again.

const G = '#microsoft.graph.';
const APP_HOSTED = `${G}appHostedMediaConfig`;
const SERVICE_HOSTED = `${G}serviceHostedMediaConfig`;
const INCOMING = `${G}incomingCallOptions`;
const OUTGOING = `${G}outgoingCallOptions`;
const JOIN_MEETING_ID = `${G}joinMeetingIdMeetingInfo`;
const ORGANIZER = `${G}organizerMeetingInfo`;
const TOKEN = `${G}tokenMeetingInfo`;

function tagOf(v: Obj): unknown {
  return hasOwn.call(v, '@odata.type') ? v['@odata.type'] : undefined;
}

export function callOptions(s: Sink, v: Obj, path: string): void {
  const tag = tagOf(v);
  if (tag !== INCOMING && tag !== OUTGOING) return badTag(s, path, [INCOMING, OUTGOING], tag);
  // Both kinds have the same four switches.
  for (const key of Object.keys(v)) {
    switch (key) {
      case '@odata.type':
        break;
      case 'hideBotAfterEscalation':
      case 'isContentSharingNotificationEnabled':
      case 'isDeltaRosterEnabled':
      case 'isInteractiveRosterEnabled':
        flag(s, v[key], path, key);
        break;
      default:
        unknownKey(s, path, key);
    }
  }
}

export function chatInfo(s: Sink, v: Obj, path: string): void {
  for (const key of Object.keys(v)) {
    const x = v[key];
    switch (key) {
      case '@odata.type':
        if (x !== `${G}chatInfo`) wrongConst(s, `${path}/@odata.type`, `${G}chatInfo`, x);
        break;
      case 'messageId':
      case 'replyChainMessageId':
      case 'threadId':
        text(s, x, path, key);
        break;
      default:
        unknownKey(s, path, key);
    }
  }
}

export function mediaConfig(s: Sink, v: Obj, path: string): void {
  const tag = tagOf(v);
  if (tag === SERVICE_HOSTED) serviceHosted(s, v, path);
  else if (tag === APP_HOSTED) appHosted(s, v, path);
  else badTag(s, path, [APP_HOSTED, SERVICE_HOSTED], tag);
}

function appHosted(s: Sink, v: Obj, path: string): void {
  for (const key of Object.keys(v)) {
    switch (key) {
      case '@odata.type':
        break;
      case 'blob':
        text(s, v[key], path, key);
        break;
      case 'removeFromDefaultAudioGroup':
        flag(s, v[key], path, key);
        break;
      default:
        unknownKey(s, path, key);
    }
  }
}

function serviceHosted(s: Sink, v: Obj, path: string): void {
  for (const key of Object.keys(v)) {
    const x = v[key];
    switch (key) {
      case '@odata.type':
        break;
      case 'preFetchMedia':
        if (!Array.isArray(x)) wrongType(s, `${path}/preFetchMedia`, 'an array', x);
        else for (let i = 0; i < x.length; i++) mediaInfo(s, x[i], `${path}/preFetchMedia/${i}`);
        break;
      case 'removeFromDefaultAudioGroup':
        flag(s, x, path, key);
        break;
      case 'liveCaptionOptions':
        if (isObject(x)) liveCaptionOptions(s, x, `${path}/liveCaptionOptions`);
        else if (x === null) nullInRequest(s, `${path}/liveCaptionOptions`);
        else wrongType(s, `${path}/liveCaptionOptions`, 'an object', x);
        break;
      default:
        unknownKey(s, path, key);
    }
  }
}

function mediaInfo(s: Sink, v: unknown, path: string): void {
  if (!isObject(v)) return wrongType(s, path, 'an object', v);
  let uri = false;
  for (const key of Object.keys(v)) {
    const x = v[key];
    switch (key) {
      case '@odata.type':
        if (x !== `${G}mediaInfo`) wrongConst(s, `${path}/@odata.type`, `${G}mediaInfo`, x);
        break;
      case 'uri':
        uri = true;
        requiredText(s, x, path, key);
        break;
      case 'resourceId':
        text(s, x, path, key);
        break;
      default:
        unknownKey(s, path, key);
    }
  }
  if (!uri) missing(s, `${path}/uri`);
}

function liveCaptionOptions(s: Sink, v: Obj, path: string): void {
  let streamUrl = false;
  for (const key of Object.keys(v)) {
    const x = v[key];
    switch (key) {
      case '@odata.type':
        if (x !== `${G}liveCaptionOptions`) wrongConst(s, `${path}/@odata.type`, `${G}liveCaptionOptions`, x);
        break;
      case 'streamUrl':
        streamUrl = true;
        requiredText(s, x, path, key);
        break;
      default:
        unknownKey(s, path, key);
    }
  }
  if (!streamUrl) missing(s, `${path}/streamUrl`);
}

/** Which meeting to join: by organizer, by join meeting id (and passcode) or by token. */
export function meetingInfo(s: Sink, v: Obj, path: string): void {
  const tag = tagOf(v);
  const needed = tag === ORGANIZER ? 'organizer' : tag === JOIN_MEETING_ID ? 'joinMeetingId' : tag === TOKEN ? 'token' : undefined;
  if (needed === undefined) return badTag(s, path, [JOIN_MEETING_ID, ORGANIZER, TOKEN], tag);
  let found = false;
  for (const key of Object.keys(v)) {
    const x = v[key];
    if (key === needed) {
      found = true;
      if (key === 'organizer') anyIdentitySet(s, x, `${path}/organizer`);
      else requiredText(s, x, path, key);
    } else if (key === 'allowConversationWithoutHost') {
      flag(s, x, path, key);
    } else if (key === 'passcode' && tag === JOIN_MEETING_ID) {
      // The service documents a null passcode on requests: the one nullable request property.
      if (x !== null && typeof x !== 'string') wrongType(s, `${path}/passcode`, 'null or a string', x);
    } else if (key !== '@odata.type') {
      unknownKey(s, path, key);
    }
  }
  if (!found) missing(s, `${path}/${needed}`);
}
