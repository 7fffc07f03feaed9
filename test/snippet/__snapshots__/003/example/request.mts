import type { CreateCallRequest } from './generated/index.js';

export const requestBody: CreateCallRequest = {
  activeModalities: ['unknown'],
  answeredBy: {
    identity: { user: { id: '29362BD4-CD58-4ED0-A206-0E4A33DBB0B6', displayName: 'Heidi Steen' } },
    languageId: 'languageId-value',
    region: 'region-value',
  },
  callRoutes: [
    {
      final: { user: { id: '29362BD4-CD58-4ED0-A206-0E4A33DBB0B6', displayName: 'Heidi Steen' } },
      original: { phone: { id: '+14258828080' } },
      routingType: 'forwarded',
    },
  ],
  callbackUri: 'callbackUri-value',
  chatInfo: {
    messageId: 'messageId-value',
    replyChainMessageId: 'replyChainMessageId-value',
    threadId: 'threadId-value',
  },
  direction: 'incoming',
  mediaConfig: {
    '@odata.type': 'microsoft.graph.appHostedMediaConfig',
    blob: '',
    removeFromDefaultAudioGroup: true,
  },
  meetingCapability: { allowAnonymousUsersToDialOut: true, autoAdmittedUsers: 'everyoneInCompany' },
  meetingInfo: { allowConversationWithoutHost: true },
  myParticipantId: 'myParticipantId-value',
  requestedModalities: ['unknown'],
  ringingTimeoutInSeconds: 99,
  routingPolicies: ['none'],
  source: {
    identity: { user: { id: '29362BD4-CD58-4ED0-A206-0E4A33DBB0B6', displayName: 'Heidi Steen' } },
    languageId: 'languageId-value',
    region: 'region-value',
  },
  state: 'incoming',
  subject: 'subject-value',
  targetDisposition: 'default',
  targets: [
    {
      identity: {
        user: { id: '29362BD4-CD58-4ED0-A206-0E4A33DBB0B6', displayName: 'Heidi Steen' },
      },
      languageId: 'languageId-value',
      region: 'region-value',
    },
  ],
  tenantId: 'tenantId-value',
  terminationReason: 'terminationReason-value',
  toneInfo: { sequenceId: 99, tone: 'tone0' },
};
