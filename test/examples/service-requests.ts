// Request bodies the Graph calling service accepts today, beyond the 2021 pages of test/corpus:
// each states, in our own values, what current Graph documentation sends or what a bot logged
// off the wire. `seen` says where; the values are invented.

import { CALLBACK, TENANT, tagged } from './service-shapes.js';

export interface ServiceRequest {
  readonly id: string;
  /** The request-body schema (validatorsBySchemaName key), validated in request mode. */
  readonly schema: string;
  /** The builds that have the action: beta-only actions are not in the v1.0 build. */
  readonly builds: readonly ('both versions' | 'v1.0' | 'beta')[];
  readonly seen: string;
  readonly value: unknown;
}

const ALL_BUILDS = ['both versions', 'v1.0', 'beta'] as const;
const BETA_BUILDS = ['both versions', 'beta'] as const;

/** Request bodies the current pages send (our values): actions documented after the 2021 pages, and newer examples of older actions. */
export const SERVICE_REQUESTS: readonly ServiceRequest[] = [
  {
    id: 'sendDtmfTones',
    schema: 'sendDtmfTonesRequest',
    builds: ALL_BUILDS,
    seen: 'the sendDtmfTones page (v1.0, current): tones, the pause between them in milliseconds, a client context',
    value: { tones: ['tone1', 'tone0', 'star', 'pound'], delayBetweenTonesMs: 500, clientContext: 'dtmf-7d1e' },
  },
  {
    id: 'addLargeGalleryView',
    schema: 'addLargeGalleryViewRequest',
    builds: ALL_BUILDS,
    seen: 'the addLargeGalleryView page (v1.0, current): a client context only',
    value: { clientContext: 'lgv-3a9c' },
  },
  {
    id: 'startHoldMusic',
    schema: 'startHoldMusicRequest',
    builds: ALL_BUILDS,
    seen: 'the startHoldMusic page (v1.0, current): a custom prompt whose mediaInfo is tagged, as the SDKs tag every complex value',
    value: { customPrompt: tagged('mediaPrompt', { mediaInfo: tagged('mediaInfo', { uri: 'https://media.example.org/hold.wav' }) }), clientContext: 'hold-1' },
  },
  {
    id: 'stopHoldMusic',
    schema: 'stopHoldMusicRequest',
    builds: ALL_BUILDS,
    seen: 'the stopHoldMusic page (v1.0, current): a client context only',
    value: { clientContext: 'hold-1' },
  },
  {
    id: 'answer with delta rosters and a capacity',
    schema: 'answerRequest',
    builds: ALL_BUILDS,
    seen: 'the answer page (current): app-hosted media, incomingCallOptions with content-sharing notifications and delta rosters, participantCapacity for policy-based recording',
    value: {
      callbackUri: CALLBACK,
      acceptedModalities: ['audio', 'video'],
      mediaConfig: tagged('appHostedMediaConfig', { blob: '<media session configuration>' }),
      callOptions: tagged('incomingCallOptions', { isContentSharingNotificationEnabled: true, isDeltaRosterEnabled: true }),
      participantCapacity: 200,
    },
  },
  {
    id: 'invite with the identity provider',
    schema: 'inviteRequest',
    builds: ALL_BUILDS,
    seen: 'the participant: invite pages of today (v1.0 and beta, examples 1 and 2, and the SDK examples generated from them): the invited user carries identityProvider AAD beside a replacesCallId',
    value: {
      participants: [tagged('invitationParticipantInfo', {
        replacesCallId: '5a6b7c8d-0000-4000-8000-00000000005a',
        identity: tagged('identitySet', { user: tagged('identity', { id: '99999999-0000-4000-8000-000000000009', identityProvider: 'AAD' }) }),
      })],
      clientContext: 'invite-2b7f',
    },
  },
  {
    id: 'invite that moves a participant from another meeting',
    schema: 'inviteRequest',
    builds: ALL_BUILDS,
    seen: 'the participant: invite pages of today (example 4): the participant to move is named by its participantId in the meeting it leaves and that meeting\'s call id',
    value: {
      participants: [tagged('invitationParticipantInfo', {
        replacesCallId: '5a6b7c8d-0000-4000-8000-00000000005b',
        participantId: 'd1d2d3d4-0000-4000-8000-0000000000d1',
        identity: tagged('identitySet', { user: tagged('identity', { id: '99999999-0000-4000-8000-00000000000a', displayName: 'Grace Example' }) }),
      })],
      clientContext: 'invite-move-1',
    },
  },
  {
    id: 'transfer out of a group call',
    schema: 'transferRequest',
    builds: ALL_BUILDS,
    seen: 'call: transfer, example 5 of today\'s pages: the transferee, required from a group call, is named by its identity (with tenant) and its participantId',
    value: {
      transferTarget: { identity: { user: { id: 'e5e6e7e8-0000-4000-8000-0000000000e5', displayName: 'Heinz Example' } } },
      transferee: { identity: { user: { id: 'e5e6e7e8-0000-4000-8000-0000000000e6', tenantId: TENANT } }, participantId: 'e5e6e7e8-0000-4000-8000-0000000000e7' },
    },
  },
  {
    id: 'answer as the communications SDK sends it',
    schema: 'answerRequest',
    builds: ALL_BUILDS,
    seen: 'the answer POST the Graph communications SDK logged (comms-samples #191, answered 202): every prefetched mediaInfo tagged, a callback URI with a query string',
    value: {
      callbackUri: `${CALLBACK}?webInstanceId=4f3e2d1c0b`,
      mediaConfig: tagged('serviceHostedMediaConfig', { preFetchMedia: [tagged('mediaInfo', { uri: 'https://media.example.org/transfer.wav', resourceId: '6a7b8c9d-0000-4000-8000-00000000006a' })] }),
      acceptedModalities: ['audio'],
    },
  },
  {
    id: 'startTranscription',
    schema: 'startTranscriptionRequest',
    builds: BETA_BUILDS,
    seen: 'the beta startTranscription action: a language and a client context',
    value: { language: 'en-US', clientContext: 'tx-1' },
  },
];
