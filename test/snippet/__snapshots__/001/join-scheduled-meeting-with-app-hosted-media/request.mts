import {
  type CreateCallRequest,
  appHostedMediaConfig,
  chatInfo,
  createCallRequest,
  identity,
  identitySet,
  organizerMeetingInfo,
} from './generated/index.js';

export const requestBody: CreateCallRequest = createCallRequest({
  direction: 'outgoing',
  callbackUri: 'https://bot.contoso.com/callback',
  requestedModalities: ['audio'],
  mediaConfig: appHostedMediaConfig({ blob: '<Media Session Configuration>' }),
  chatInfo: chatInfo({
    threadId: '19:meeting_Win6Ydo4wsMijFjZS00ZGVjLTk5MGUtOTRjNWY2NmNkYTFm@thread.v2',
    messageId: '0',
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
  tenantId: 'aa67bd4c-8475-432d-bd41-39f255720e0a',
});
