import {
  type CreateCallRequest,
  appHostedMediaConfig,
  createCallRequest,
  identity,
  identitySet,
  invitationParticipantInfo,
  participantInfo,
} from './generated/index.js';

export const requestBody: CreateCallRequest = createCallRequest({
  callbackUri: 'https://bot.contoso.com/callback',
  source: participantInfo({
    identity: identitySet({
      applicationInstance: identity({
        displayName: 'Calling Bot',
        id: '3d913abb-aec0-4964-8fa6-3c6850c4f278',
      }),
    }),
    countryCode: null,
    endpointType: null,
    region: null,
    languageId: null,
  }),
  targets: [
    invitationParticipantInfo({
      identity: identitySet({ phone: identity({ id: '+12345678901' }) }),
    }),
  ],
  requestedModalities: ['audio'],
  mediaConfig: appHostedMediaConfig({ blob: '<Media Session Configuration>' }),
});
