import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledPages } from '../../generator/commands/extract.js';
import { extractFile, extractPage, type ExtractedPayload } from '../../generator/extract/index.js';

// Every id, kind and line below was written by reading the pages in test/corpus/graph-docs.

const pages = bundledPages();
const byPage = new Map(pages.map((file) => [path.basename(file).slice(0, 3), extractPage(file, readFileSync(file, 'utf8'))]));
const all = [...byPage.values()].flat();
const payload = (id: string): ExtractedPayload => {
  const found = all.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no payload ${id}`);
  return found;
};
const idsAndKinds = (page: string): string[] => (byPage.get(page) ?? []).map((p) => `${p.id} ${p.kind}`);

describe('the five bundled pages', () => {
  test('71 payloads (18, 14, 35, 2, 2) and two media-session blob samples', () => {
    const counts = [...byPage.values()].map((found) => found.filter((p) => p.kind !== 'other').length);
    expect(counts).toEqual([18, 14, 35, 2, 2]);
    expect(all.filter((p) => p.kind === 'other').map((p) => p.id)).toEqual([
      '001/create-peer-to-peer-voip-call-with-application-hosted-media/media-session-blob',
      '002/example-2/media-session-blob',
    ]);
  });

  test('ids are unique', () => {
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  test('000, v1.0: examples 1 to 8, with call-back notifications', () => {
    expect(idsAndKinds('000')).toEqual([
      '000/example-1/request request',
      '000/example-1/response response',
      '000/example-1/notification-establishing notification',
      '000/example-1/notification-established notification',
      '000/example-2/request request',
      '000/example-2/response response',
      '000/example-3/request request',
      '000/example-4/request request',
      '000/example-5/request request',
      '000/example-5/response response',
      '000/example-5/notification-establishing notification',
      '000/example-5/notification-established notification',
      '000/example-5/notification-roster notification',
      '000/example-6/request request',
      '000/example-7/request request',
      '000/example-7/response response',
      '000/example-8/request request',
      '000/example-8/response response',
    ]);
  });

  test('001, old beta: unnumbered examples named by their headings', () => {
    const section = (s: string) => `001/${s}`;
    const p2p = section('create-peer-to-peer-voip-call-with-service-hosted-media');
    const app = section('create-peer-to-peer-voip-call-with-application-hosted-media');
    const meeting = section('join-scheduled-meeting-with-service-hosted-media');
    expect(idsAndKinds('001')).toEqual([
      `${p2p}/request request`,
      `${p2p}/response response`,
      `${p2p}/notification-establishing notification`,
      `${p2p}/notification-established notification`,
      `${app}/request request`,
      `${app}/media-session-blob other`,
      `${meeting}/request request`,
      `${meeting}/response response`,
      `${meeting}/notification-establishing notification`,
      `${meeting}/notification-established notification`,
      `${meeting}/notification-roster notification`,
      `${section('join-scheduled-meeting-with-app-hosted-media')}/request request`,
      `${section('join-channel-meeting-with-service-hosted-media')}/request request`,
      `${section('join-channel-meeting-as-a-guest-with-service-hosted-media')}/request request`,
      `${section('join-channel-meeting-as-a-guest-with-service-hosted-media')}/notification-roster notification`,
    ]);
  });

  test('002, current beta as rendered text: examples 1 to 12, two roster variants in examples 5 and 10', () => {
    const requestAndResponse = (n: number) => [`002/example-${n}/request request`, `002/example-${n}/response response`];
    expect(idsAndKinds('002')).toEqual([
      ...requestAndResponse(1),
      '002/example-1/notification-establishing notification',
      '002/example-1/notification-established notification',
      '002/example-1/notification-content-sharing-started notification',
      '002/example-1/notification-content-sharing-updated notification',
      '002/example-1/notification-content-sharing-ended notification',
      '002/example-2/request request',
      '002/example-2/media-session-blob other',
      '002/example-2/response response',
      ...requestAndResponse(3),
      ...requestAndResponse(4),
      ...requestAndResponse(5),
      '002/example-5/notification-establishing notification',
      '002/example-5/notification-established notification',
      '002/example-5/notification-roster-delta-disabled-default notification',
      '002/example-5/notification-roster-delta-enabled notification',
      ...[6, 7, 8, 9].flatMap(requestAndResponse),
      ...requestAndResponse(10),
      '002/example-10/notification-roster-delta-disabled-default notification',
      '002/example-10/notification-roster-delta-enabled notification',
      ...requestAndResponse(11),
      ...requestAndResponse(12),
    ]);
  });

  test('003 (early draft) and 004 (skeleton): one request and one response each', () => {
    expect(idsAndKinds('003')).toEqual(['003/example/request request', '003/example/response response']);
    expect(idsAndKinds('004')).toEqual(['004/example/request request', '004/example/response response']);
  });

  test('API versions: v1.0 on 000, beta on 001 to 003, "other" for the skeleton\'s localtest', () => {
    const versions = (page: string) => [...new Set((byPage.get(page) ?? []).filter((p) => p.kind !== 'other').map((p) => p.apiVersion))];
    expect(['000', '001', '002', '003', '004'].map(versions)).toEqual([['v1.0'], ['beta'], ['beta'], ['beta'], ['other']]);
  });

  test('every payload parses, after repairs where the page has trailing commas', () => {
    expect(all.filter((p) => p.kind !== 'other' && !p.parsed.ok).map((p) => p.id)).toEqual([]);
  });
});

describe('a dozen blocks, read by hand', () => {
  test('000/example-1/request: the HTTP block\'s body, its request line and metadata comment', () => {
    const p = payload('000/example-1/request');
    expect(p).toMatchObject({
      lines: { start: 68, end: 90 },
      section: 'Example 1: Create peer-to-peer VoIP call with service hosted media',
      label: 'Request',
      http: { method: 'POST', url: 'https://graph.microsoft.com/v1.0/communications/calls' },
      apiVersion: 'v1.0',
      metadata: { blockType: 'request', name: 'create-call-service-hosted-media', '@odata.type': 'microsoft.graph.call' },
      warnings: [],
    });
    expect(p.parsed).toEqual({
      ok: true,
      repairs: [],
      value: {
        '@odata.type': '#microsoft.graph.call',
        callbackUri: 'https://bot.contoso.com/callback',
        targets: [
          {
            '@odata.type': '#microsoft.graph.invitationParticipantInfo',
            identity: {
              '@odata.type': '#microsoft.graph.identitySet',
              user: { '@odata.type': '#microsoft.graph.identity', displayName: 'John', id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8' },
            },
          },
        ],
        requestedModalities: ['audio'],
        mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' },
      },
    });
    expect(p.text.split('\n')[0]).toBe('{');
    expect(p.text.split('\n')).toHaveLength(23);
  });

  test('000/example-1/response: two trailing commas repaired, at page lines 158 and 175', () => {
    const p = payload('000/example-1/response');
    expect(p).toMatchObject({ lines: { start: 125, end: 189 }, http: { status: 201, reason: 'Created' }, metadata: { blockType: 'response', truncated: true } });
    // Block line 34 is page line 158, `      "replacesCallId": null,`; block line 51 is page line 175, `    ],`.
    expect(p.parsed.repairs).toEqual([
      { line: 34, column: 29, what: 'removed the trailing comma before "}"' },
      { line: 51, column: 6, what: 'removed the trailing comma before "}"' },
    ]);
  });

  test('000/example-1/notification-establishing: a JSON block whose HTTP line stands in the header-only block above', () => {
    const p = payload('000/example-1/notification-establishing');
    expect(p).toMatchObject({ lines: { start: 204, end: 219 }, http: { method: 'POST', url: 'https://bot.contoso.com/callback' }, metadata: { blockType: 'example' } });
    expect(p.parsed).toEqual({
      ok: true,
      repairs: [],
      value: {
        '@odata.type': '#microsoft.graph.commsNotifications',
        value: [
          {
            '@odata.type': '#microsoft.graph.commsNotification',
            changeType: 'updated',
            resourceUrl: '/communications/calls/2e1a0b00-2db4-4022-9570-243709c565ab',
            callbackUri: 'https://bot.contoso.com/callback',
            resourceData: { '@odata.type': '#microsoft.graph.call', state: 'establishing', id: '2e1a0b00-2db4-4022-9570-243709c565ab' },
          },
        ],
      },
    });
  });

  test('000/example-6/request: no "Request" heading, so the HTTP line names its kind', () => {
    expect(payload('000/example-6/request')).toMatchObject({ label: null, kind: 'request', lines: { start: 869, end: 896 } });
  });

  test('000/example-7/request: the "Step" headings inside example 7 do not open new sections', () => {
    expect(payload('000/example-7/request')).toMatchObject({ section: 'Example 7: Create peer-to-peer PSTN call with service hosted media', label: 'Request', lines: { start: 938, end: 974 } });
  });

  test('001 service-hosted request: the trailing comma after mediaConfig\'s @odata.type, line 86', () => {
    const p = payload('001/create-peer-to-peer-voip-call-with-service-hosted-media/request');
    expect(p).toMatchObject({ lines: { start: 66, end: 88 }, apiVersion: 'beta', http: { url: 'https://graph.microsoft.com/beta/app/calls' } });
    expect(p.parsed.repairs).toEqual([{ line: 21, column: 63, what: 'removed the trailing comma before "}"' }]);
    expect(p.parsed.ok && (p.parsed.value as { mediaConfig: unknown }).mediaConfig).toEqual({ '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' });
  });

  test('001 media-session blob: an escaped JSON string shown as a block is a sample, kind other', () => {
    const p = payload('001/create-peer-to-peer-voip-call-with-application-hosted-media/media-session-blob');
    expect(p).toMatchObject({ kind: 'other', http: null, lines: { start: 299, end: 299 } });
    expect(p.text.startsWith('{\\"mpUri\\":\\"net.tcp://bot.contoso.com:18732/MediaProcessor\\"')).toBe(true);
    expect(p.parsed.ok).toBe(false);
  });

  test('002/example-1/notification-content-sharing-started: found by braces in rendered text', () => {
    const p = payload('002/example-1/notification-content-sharing-started');
    expect(p).toMatchObject({
      lines: { start: 227, end: 242 },
      section: 'Example 1: Create peer-to-peer VoIP call with service hosted media',
      label: 'Notification - content sharing started',
      http: { method: 'POST', url: 'https://bot.contoso.com/api/calls' },
      apiVersion: 'beta',
      metadata: null,
    });
    expect(p.parsed).toEqual({
      ok: true,
      repairs: [],
      value: {
        '@odata.type': '#microsoft.graph.commsNotifications',
        value: [
          {
            '@odata.type': '#microsoft.graph.commsNotification',
            changeType: 'created',
            resourceUrl: '/communications/calls/421f4c00-4436-4c3a-9d9a-c4924cf98e67/contentsharingsessions',
            resourceData: [{ '@odata.type': '#microsoft.graph.contentSharingSession', id: 'F7D9EF30FF0A9BD3F64B274387FB8FF8E96B6CFBA8F87F8305A74DE99AF007BC' }],
          },
        ],
      },
    });
  });

  test('002/example-5 roster: two blocks under one label, told apart by the line above each', () => {
    expect(payload('002/example-5/notification-roster-delta-disabled-default')).toMatchObject({ label: 'Notification - roster / Delta roster disabled (default)', lines: { start: 898, end: 977 } });
    const enabled = payload('002/example-5/notification-roster-delta-enabled');
    expect(enabled).toMatchObject({ label: 'Notification - roster / Delta roster enabled', lines: { start: 979, end: 1069 }, http: { method: 'POST', url: 'https://bot.contoso.com/callback' } });
  });

  test('002/example-10 roster delta enabled: the legacy resource beside resourceUrl', () => {
    const p = payload('002/example-10/notification-roster-delta-enabled');
    expect(p.lines).toEqual({ start: 1732, end: 1776 });
    const first = p.parsed.ok ? (p.parsed.value as { value: Record<string, unknown>[] }).value[0] : undefined;
    expect(first).toMatchObject({
      changeType: 'updated',
      resource: '/app/calls/421f7700-f4ad-4ea9-a3fc-c1d2195675ad/participants',
      resourceUrl: '/communications/calls/421f7700-f4ad-4ea9-a3fc-c1d2195675ad/participants',
    });
  });

  test('003/example/request: an HTTP block with headers, then the body', () => {
    const p = payload('003/example/request');
    expect(p).toMatchObject({ lines: { start: 46, end: 134 }, apiVersion: 'beta', metadata: { blockType: 'request', name: 'create_call_from_application' } });
    expect(p.parsed.ok && (p.parsed.value as Record<string, unknown>)['activeModalities']).toEqual(['unknown']);
  });

  test('004/example/request: the skeleton\'s spaced "``` http" fence and its localtest version', () => {
    const p = payload('004/example/request');
    expect(p).toMatchObject({
      lines: { start: 83, end: 145 },
      http: { method: 'POST', url: 'https://graph.microsoft.com/localtest/communications/calls' },
      apiVersion: 'other',
      metadata: { blockType: 'request', name: 'create_call_from_' },
    });
    expect(p.parsed.ok && (p.parsed.value as Record<string, unknown>)['state']).toBe('String');
  });
});

describe('malformed pages', () => {
  test('an unterminated fence runs to the end of the page, with a warning', () => {
    const page = ['### Example 1: x', '##### Request', '```json', '{ "a": 1 }', ''].join('\n');
    const [p, ...rest] = extractPage('page.md', page);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ id: 'page/example-1/request', lines: { start: 4, end: 4 }, parsed: { ok: true, value: { a: 1 } } });
    expect(p?.warnings).toEqual(['the fence opened at line 3 is never closed; the block runs to the end of the page']);
  });

  test('unbalanced braces in rendered text run to the end of the page and fail to parse there', () => {
    const page = ['Example 1: x', 'Request', 'POST https://graph.microsoft.com/v1.0/communications/calls', '{', '  "a": {', '    "b": 1', '}'].join('\n');
    const [p] = extractPage('page.txt', page);
    expect(p).toMatchObject({ id: 'page/example-1/request', kind: 'request', apiVersion: 'v1.0', lines: { start: 4, end: 7 } });
    expect(p?.warnings).toEqual(['the brace opened at line 4 is never closed; the block runs to the end of the page']);
    expect(p?.parsed).toEqual({ ok: false, error: { message: 'unexpected end of input: expected "," or "}" (1 unclosed bracket)', line: 4, column: 2 }, repairs: [] });
  });

  test('JSON that no repair saves gets a parse error with line and column, not a crash', () => {
    const page = ['##### Response', '```http', 'HTTP/1.1 201 Created', 'Content-Type: application/json', '', '{', '  "state": "established"', '  "id": "x"', '}', '```'].join('\n');
    const [p] = extractPage('page.md', page);
    expect(p).toMatchObject({ kind: 'response', lines: { start: 6, end: 9 }, http: { status: 201, reason: 'Created' } });
    expect(p?.parsed).toEqual({ ok: false, error: { message: 'expected "," or "}", found "\\""', line: 3, column: 3 }, repairs: [] });
  });

  test('an empty page has no payloads', () => {
    expect(extractPage('empty.md', '')).toEqual([]);
  });

  test('binary junk has no payloads and does not throw', () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    expect(() => extractPage('junk.bin', junk)).not.toThrow();
    expect(extractPage('junk.bin', '\u0000{\u0001```\n{"\u0002')).toBeInstanceOf(Array);
  });

  test('a page that does not exist is an error naming the file', async () => {
    await expect(extractFile('no/such/page.md')).rejects.toThrow('no/such/page.md: cannot read: no such file');
  });

  test('code samples in other languages are not payloads', () => {
    const page = ['### Example 1: x', '```powershell', 'PS C:\\> New-CsOnlineApplicationInstance', '```', '```', 'PS C:\\> Sync-CsOnlineApplicationInstance', '```'].join('\n');
    expect(extractPage('page.md', page)).toEqual([]);
  });
});
