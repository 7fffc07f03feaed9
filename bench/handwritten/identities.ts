import { endpointType, flag, guid, text } from './fields.js';
import { badTag, hasOwn, isObject, missing, nullInRequest, type Obj, readOnly, type Sink, unknownKey, wrongConst, wrongType } from './issues.js';

// Who takes part in a call: participants, their identity sets and the identities in them, as a
// create-call request may carry them (schemas/participantInfo.json, anyInvitationParticipantInfo.json,
// anyIdentitySet.json, anyIdentity.json and the files they name).

const G = '#microsoft.graph.';
const PARTICIPANT = `${G}participantInfo`;
const INVITATION = `${G}invitationParticipantInfo`;
const IDENTITY_SET_TAGS = [`${G}communicationsIdentitySet`, `${G}identitySet`];

/** `source`: who places the call. */
export function participantInfo(s: Sink, v: Obj, path: string): void {
  let identity = false;
  for (const key of Object.keys(v)) {
    const x = v[key];
    switch (key) {
      case '@odata.type':
        if (x !== PARTICIPANT) wrongConst(s, `${path}/@odata.type`, PARTICIPANT, x);
        break;
      case 'identity':
        identity = true;
        anyIdentitySet(s, x, `${path}/identity`);
        break;
      case 'nonAnonymizedIdentity':
        if (isObject(x)) anyIdentitySet(s, x, `${path}/nonAnonymizedIdentity`);
        else if (x === null) nullInRequest(s, `${path}/nonAnonymizedIdentity`);
        else wrongType(s, `${path}/nonAnonymizedIdentity`, 'an object', x);
        break;
      case 'countryCode':
      case 'endpointType':
      case 'languageId':
      case 'participantId':
      case 'region':
      case 'platformId':
        readOnly(s, `${path}/${key}`);
        break;
      default:
        unknownKey(s, path, key);
    }
  }
  if (!identity) missing(s, `${path}/identity`);
}

/**
 * One of `targets`: whom to call. Untagged it is an invitation; the documented requests also tag
 * targets as participantInfo, which then follow participantInfo's rules.
 */
export function anyInvitationParticipantInfo(s: Sink, v: unknown, path: string): void {
  if (!isObject(v)) return wrongType(s, path, 'an object', v);
  const tag = hasOwn.call(v, '@odata.type') ? v['@odata.type'] : undefined;
  if (tag === undefined || tag === INVITATION) invitationParticipantInfo(s, v, path);
  else if (tag === PARTICIPANT) participantInfo(s, v, path);
  else badTag(s, path, [INVITATION, PARTICIPANT], tag);
}

function invitationParticipantInfo(s: Sink, v: Obj, path: string): void {
  let identity = false;
  for (const key of Object.keys(v)) {
    const x = v[key];
    switch (key) {
      case '@odata.type':
        break;
      case 'identity':
        identity = true;
        anyIdentitySet(s, x, `${path}/identity`);
        break;
      case 'hidden':
      case 'removeFromDefaultAudioRoutingGroup':
        flag(s, x, path, key);
        break;
      case 'participantId':
      case 'replacesCallId':
        text(s, x, path, key);
        break;
      case 'endpointType':
        endpointType(s, x, path);
        break;
      case 'languageId':
      case 'region':
        readOnly(s, `${path}/${key}`);
        break;
      default:
        unknownKey(s, path, key);
    }
  }
  if (!identity) missing(s, `${path}/identity`);
}

/** A plain identitySet unless the tag says communicationsIdentitySet. */
export function anyIdentitySet(s: Sink, v: unknown, path: string): void {
  if (!isObject(v)) return wrongType(s, path, 'an object', v);
  const tag = hasOwn.call(v, '@odata.type') ? v['@odata.type'] : undefined;
  if (tag === undefined || tag === `${G}identitySet`) identitySet(s, v, path, false);
  else if (tag === `${G}communicationsIdentitySet`) identitySet(s, v, path, true);
  else badTag(s, path, IDENTITY_SET_TAGS, tag);
}

/** Both kinds of set; the tag was already checked by the caller, which chose the kind by it. */
function identitySet(s: Sink, v: Obj, path: string, communications: boolean): void {
  for (const key of Object.keys(v)) {
    switch (key) {
      case '@odata.type':
        break;
      case 'application':
      case 'device':
      case 'user':
      case 'applicationInstance':
      case 'encrypted':
      case 'guest':
      case 'onPremises':
      case 'phone':
        identitySlot(s, v[key], path, key);
        break;
      case 'assertedIdentity':
      case 'azureCommunicationServicesUser':
        if (communications) identitySlot(s, v[key], path, key);
        else unknownKey(s, path, key);
        break;
      case 'endpointType':
        if (communications) endpointType(s, v[key], path);
        else unknownKey(s, path, key);
        break;
      default:
        unknownKey(s, path, key);
    }
  }
}

function identitySlot(s: Sink, x: unknown, path: string, key: string): void {
  if (isObject(x)) anyIdentity(s, x, `${path}/${key}`);
  else if (x === null) nullInRequest(s, `${path}/${key}`);
  else wrongType(s, `${path}/${key}`, 'an object', x);
}

// The identity kinds as bits, so one loop serves them all: each property says which kinds have it.
const IDENTITY = 1;
const USER = 2;
const APPLICATION = 4;
const INSTANCE = 8;
const GUEST = 16;
const PHONE = 32;
const ENCRYPTED = 64;
const ACS_USER = 128;

const IDENTITY_KINDS: ReadonlyMap<unknown, number> = new Map<unknown, number>([
  [`${G}azureCommunicationServicesUserIdentity`, ACS_USER],
  [`${G}communicationsApplicationIdentity`, APPLICATION],
  [`${G}communicationsApplicationInstanceIdentity`, INSTANCE],
  [`${G}communicationsEncryptedIdentity`, ENCRYPTED],
  [`${G}communicationsGuestIdentity`, GUEST],
  [`${G}communicationsPhoneIdentity`, PHONE],
  [`${G}communicationsUserIdentity`, USER],
  [`${G}identity`, IDENTITY],
]);
const IDENTITY_TAGS = [...IDENTITY_KINDS.keys()] as string[];

/** An identity, or any communications identity kind; untagged means a plain identity. */
function anyIdentity(s: Sink, v: Obj, path: string): void {
  const tag = hasOwn.call(v, '@odata.type') ? v['@odata.type'] : undefined;
  const kind = tag === undefined ? IDENTITY : IDENTITY_KINDS.get(tag);
  if (kind === undefined) return badTag(s, path, IDENTITY_TAGS, tag);
  for (const key of Object.keys(v)) {
    const x = v[key];
    switch (key) {
      case '@odata.type':
        break;
      case 'displayName':
      case 'id':
        text(s, x, path, key);
        break;
      case 'tenantId':
        if (kind & (IDENTITY | USER | INSTANCE)) guid(s, x, path, key);
        else unknownKey(s, path, key);
        break;
      case 'hidden':
        if (kind & (APPLICATION | INSTANCE)) flag(s, x, path, key);
        else unknownKey(s, path, key);
        break;
      case 'applicationType':
        only(s, kind & APPLICATION, x, path, key);
        break;
      case 'email':
        only(s, kind & GUEST, x, path, key);
        break;
      case 'azureCommunicationServicesResourceId':
        only(s, kind & ACS_USER, x, path, key);
        break;
      default:
        unknownKey(s, path, key);
    }
  }
}

/** A string property that only some identity kinds have. */
function only(s: Sink, has: number, x: unknown, path: string, key: string): void {
  if (has !== 0) text(s, x, path, key);
  else unknownKey(s, path, key);
}
