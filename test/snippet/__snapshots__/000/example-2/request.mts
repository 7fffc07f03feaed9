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
      application: identity({
        displayName: 'Calling Bot',
        id: '2891555a-92ff-42e6-80fa-6e1300c6b5c6',
      }),
    }),
    region: null,
    languageId: null,
  }),
  targets: [
    invitationParticipantInfo({
      identity: identitySet({
        user: identity({ displayName: 'John', id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8' }),
      }),
    }),
  ],
  requestedModalities: ['audio'],
  mediaConfig: appHostedMediaConfig({ blob: '<Media Session Configuration>' }),
});
