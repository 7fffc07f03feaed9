import {
  type CreateCallRequest,
  createCallRequest,
  identity,
  identitySet,
  serviceHostedMediaConfig,
  taggedParticipantInfo,
} from './generated/index.js';

export const requestBody: CreateCallRequest = createCallRequest({
  callbackUri: 'https://bot.contoso.com/callback',
  targets: [
    taggedParticipantInfo({
      identity: identitySet({
        user: identity({ displayName: 'John', id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8' }),
      }),
    }),
  ],
  requestedModalities: ['audio'],
  mediaConfig: serviceHostedMediaConfig(),
});
