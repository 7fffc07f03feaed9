import {
  type CreateCallRequest,
  chatInfo,
  createCallRequest,
  identity,
  identitySet,
  organizerMeetingInfo,
  serviceHostedMediaConfig,
} from './generated/index.js';

export const requestBody: CreateCallRequest = createCallRequest({
  callbackUri: 'https://bot.contoso.com/callback',
  requestedModalities: ['audio'],
  mediaConfig: serviceHostedMediaConfig({
    preFetchMedia: [
      {
        uri: 'https://cdn.contoso.com/beep.wav',
        resourceId: 'f8971b04-b53e-418c-9222-c82ce681a582',
      },
      {
        uri: 'https://cdn.contoso.com/cool.wav',
        resourceId: '86dc814b-c172-4428-9112-60f8ecae1edb',
      },
    ],
  }),
  chatInfo: chatInfo({
    threadId: '19:cbee7c1c860e465f8258e3cebf7bee0d@thread.skype',
    messageId: '1533758867081',
  }),
  meetingInfo: organizerMeetingInfo({
    organizer: identitySet({
      user: identity({
        id: '5810cede-f3cc-42eb-b2c1-e9bd5d53ec96',
        tenantId: 'aa67bd4c-8475-432d-bd41-39f255720e0a',
        displayName: 'Bob',
      }),
    }),
    allowConversationWithoutHost: true,
  }),
});
