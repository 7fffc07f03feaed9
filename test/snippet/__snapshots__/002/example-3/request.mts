import {
  type CreateCallRequest,
  createCallRequest,
  identity,
  identitySet,
  invitationParticipantInfo,
  participantInfo,
  serviceHostedMediaConfig,
  taggedParticipantInfo,
} from './generated/index.js';

export const requestBody: CreateCallRequest = createCallRequest({
  direction: 'outgoing',
  subject: 'Create a group call with service hosted media',
  callbackUri: 'https://bot.contoso.com/callback',
  source: participantInfo({
    identity: identitySet({
      application: identity({ displayName: 'TestBot', id: 'dd3885da-f9ab-486b-bfae-85de3d445555' }),
    }),
  }),
  targets: [
    invitationParticipantInfo({
      identity: identitySet({
        user: identity({ displayName: 'user1', id: '98da8a1a-1b87-452c-a713-65d3f10b5555' }),
      }),
    }),
    taggedParticipantInfo({
      identity: identitySet({
        user: identity({ displayName: 'user2', id: 'bf5aae9a-d11d-47a8-93b1-782504c95555' }),
      }),
    }),
  ],
  requestedModalities: ['audio'],
  mediaConfig: serviceHostedMediaConfig({ removeFromDefaultAudioGroup: false }),
  tenantId: 'aa67bd4c-8475-432d-bd41-39f255720e0a',
});
