import { type CreateCallRequest, createCallRequest } from './generated/index.js';

export const requestBody: CreateCallRequest = createCallRequest({
  state: 'String',
  mediaState: { '@odata.type': 'microsoft.graph.callMediaState', audio: 'String' },
  resultInfo: {
    '@odata.type': 'microsoft.graph.resultInfo',
    code: 4,
    subcode: 7,
    message: 'Message value',
  },
  direction: 'String',
  subject: 'Subject value',
  callbackUri: 'Callback Uri value',
  source: {
    '@odata.type': 'microsoft.graph.participantInfo',
    identity: {
      '@odata.type': 'microsoft.graph.identitySet',
      application: {
        '@odata.type': 'microsoft.graph.identity',
        displayName: 'Display Name value',
        id: 'Id value',
      },
      device: { '@odata.type': 'microsoft.graph.identity' },
      user: { '@odata.type': 'microsoft.graph.identity' },
    },
    region: 'Region value',
    languageId: 'Language Id value',
  },
  targets: [{ '@odata.type': 'microsoft.graph.participantInfo' }],
  requestedModalities: ['String'],
  mediaConfig: { '@odata.type': 'microsoft.graph.mediaConfig' },
  chatInfo: {
    '@odata.type': 'microsoft.graph.chatInfo',
    threadId: 'Thread Id value',
    messageId: 'Message Id value',
    replyChainMessageId: 'Reply Chain Message Id value',
  },
  meetingInfo: { '@odata.type': 'microsoft.graph.meetingInfo' },
  tenantId: 'Tenant Id value',
  myParticipantId: 'My Participant Id value',
  toneInfo: { '@odata.type': 'microsoft.graph.toneInfo', sequenceId: 10, tone: 'String' },
});
