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
  mediaConfig: appHostedMediaConfig(),
  chatInfo: chatInfo({
    threadId: '19:meeting_Win6Ydo4wsMijFjZS00ZGVjLTk5MGUtOTRjNWY2NmNkYTFm@thread.v2',
    messageId: '0',
  }),
  meetingInfo: organizerMeetingInfo({
    organizer: identitySet({
      user: identity({ id: '5810cede-f3cc-42eb-b2c1-e9bd5d53ec96', displayName: 'Bob' }),
    }),
    allowConversationWithoutHost: true,
  }),
});
