import { describe, expect, test } from 'vitest';
import { collectionOf, type Judge } from '../../generator/docs/judge.js';
import { judgeOf } from '../../generator/docs/judges.js';
import { matchOperation, type Route } from '../../generator/docs/routes.js';
import { extractPage } from '../../generator/extract/index.js';

// The rules that choose a payload's validator: general ones, checked on small pages written here.

const ok = () => ({ ok: true as const, value: null, warnings: [] });
const route = (name: string, method: string, path: string): Route => ({ name, method, path, validateRequest: ok, responses: { '200': ok } });
const ROUTES_HERE = [route('getCall', 'GET', '/communications/calls/{call-id}'), route('playPrompt', 'POST', '/communications/calls/{call-id}/playPrompt')];

describe('matchOperation', () => {
  test.each([
    ['GET', 'https://graph.microsoft.com/v1.0/communications/calls/57dab8b1', 'getCall'],
    ['GET', 'https://graph.microsoft.com/beta/communications/calls/{id}', 'getCall'],
    ['POST', '/communications/calls/57DAB8B1/playprompt', 'playPrompt'],
    ['POST', 'https://graph.microsoft.com/beta/app/calls/57dab8b1/playPrompt?x=1', 'playPrompt'],
    // OData's qualified action name, as today's pages and the SDKs write it.
    ['POST', 'https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/microsoft.graph.playPrompt', 'playPrompt'],
    ['POST', 'https://graph.microsoft.com/beta/communications/calls/57dab8b1/Microsoft.Graph.PlayPrompt', 'playPrompt'],
    ['DELETE', 'https://graph.microsoft.com/v1.0/communications/calls/57dab8b1', undefined],
    ['GET', 'https://graph.microsoft.com/v1.0/communications/calls/57dab8b1/participants', undefined],
  ])('%s %s → %s', (method, url, name) => {
    expect(matchOperation({ method, url }, ROUTES_HERE)?.name).toBe(name);
  });

  test('a status line or no line matches nothing', () => {
    expect(matchOperation({ status: 200 }, ROUTES_HERE)).toBeUndefined();
    expect(matchOperation(null, ROUTES_HERE)).toBeUndefined();
  });
});

describe('judgeOf', () => {
  const judge = (page: string[]): Judge | undefined => {
    const [payload] = extractPage('page.md', page.join('\n'));
    if (payload === undefined) throw new Error('no payload');
    return judgeOf(payload);
  };

  test('a request by the operation its line calls; a line no operation has gets no judge', () => {
    expect(judge(['```http', 'POST https://graph.microsoft.com/v1.0/communications/calls', '', '{}', '```'])).toMatchObject({ typeName: 'CreateCallRequest', mode: 'request' });
    expect(judge(['```http', 'POST https://graph.microsoft.com/v1.0/communications/calls/1/notAnAction', '', '{}', '```'])).toBeUndefined();
  });

  test('a response by the operation it answers, else by the type its metadata or its tag names', () => {
    const answered = ['```http', 'POST https://graph.microsoft.com/v1.0/communications/calls', '```', '```http', 'HTTP/1.1 201 Created', '', '{}', '```'];
    expect(judge(answered)).toMatchObject({ typeName: 'Call', why: 'the 201 response of createCall (POST /communications/calls)' });
    expect(judge(['<!-- { "blockType": "response", "@odata.type": "microsoft.graph.participant" } -->', '```http', 'HTTP/1.1 200 OK', '', '{}', '```'])).toMatchObject({ typeName: 'Participant', mode: 'response' });
    expect(judge(['```http', 'HTTP/1.1 200 OK', '', '{ "@odata.type": "#microsoft.graph.toneInfo" }', '```'])).toMatchObject({ typeName: 'ToneInfo' });
    expect(judge(['```http', 'HTTP/1.1 200 OK', '', '{ "@odata.type": "#microsoft.graph.notAType" }', '```'])).toBeUndefined();
  });

  test('a list response by its item type, item by item', () => {
    const list = judge(['<!-- { "blockType": "response", "@odata.type": "microsoft.graph.participant", "isCollection": true } -->', '```http', 'HTTP/1.1 200 OK', '', '{ "value": [{ "id": "a" }, { "id": 1 }] }', '```']);
    expect(list).toMatchObject({ typeName: 'Participant', collection: true });
    const result = list?.validate({ value: [{ id: 'a' }, { id: 1 }] });
    expect(result?.ok).toBe(false);
    expect(result?.ok === false ? result.errors.map((e) => `${e.path} ${e.keyword}`) : []).toEqual(['/value/1/id type']);
  });

  test('a notification by commsNotifications; a resource representation by its type, in response mode', () => {
    expect(judge(['##### Notification', '```json', '{ "value": [] }', '```'])).toMatchObject({ typeName: 'CommsNotifications', mode: 'response' });
    expect(judge(['<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.toneInfo" } -->', '```json', '{}', '```'])).toMatchObject({ typeName: 'ToneInfo', mode: 'response' });
  });
});

describe('judgeOf holds a page to the API version its request line names', () => {
  /** The judge of the page's last payload. */
  const judgeOfPage = (page: string[]): Judge | undefined => {
    const payload = extractPage('page.md', page.join('\n')).at(-1);
    if (payload === undefined) throw new Error('no payload');
    return judgeOf(payload);
  };
  const createCall = (version: string, body: string) => ['```http', `POST https://graph.microsoft.com/${version}/communications/calls`, '', body, '```'];
  // ringingTimeoutInSeconds is declared by beta's createCallRequest only.
  const body = '{ "callbackUri": "https://bot.example.com/cb", "ringingTimeoutInSeconds": 30 }';

  test('a v1.0 request by the v1.0 validators, which refuse a property only beta declares', () => {
    const judge = judgeOfPage(createCall('v1.0', body));
    expect(judge).toMatchObject({ typeName: 'CreateCallRequest', mode: 'request', version: 'v1.0' });
    const result = judge?.validate(JSON.parse(body));
    expect(result?.ok ? [] : result?.errors.map((e) => `${e.path} ${e.message}`)).toContain('/ringingTimeoutInSeconds is only in the Graph beta API');
  });

  test('a beta request by the beta validators, which accept it', () => {
    const judge = judgeOfPage(createCall('beta', body));
    expect(judge).toMatchObject({ typeName: 'CreateCallRequest', mode: 'request', version: 'beta' });
    const result = judge?.validate(JSON.parse(body));
    expect(result?.ok ? [] : result?.errors.map((e) => e.path)).not.toContain('/ringingTimeoutInSeconds');
  });

  test('a response, even to a v1.0 request, and a resource by both versions\' validators, which check a beta-only property too', () => {
    const response = judgeOfPage([...createCall('v1.0', body), '', '```http', 'HTTP/1.1 201 Created', '', '{}', '```']);
    expect(response).toMatchObject({ typeName: 'Call', mode: 'response', version: undefined });
    const result = response?.validate({ '@odata.type': '#microsoft.graph.call', ringingTimeoutInSeconds: 'thirty' });
    expect(result?.ok ? [] : result?.errors.map((e) => `${e.path} ${e.keyword}`)).toContain('/ringingTimeoutInSeconds type');
    const resource = judgeOfPage(['<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.toneInfo" } -->', '```json', '{}', '```']);
    expect(resource).toMatchObject({ typeName: 'ToneInfo', version: undefined });
  });
});

describe('collectionOf', () => {
  const item: Judge = { typeName: 'Thing', schemaName: 'thing', tsType: 'Thing', mode: 'response', version: undefined, collection: false, why: 'test', validate: (v) => (v === 1 ? { ok: true, value: v, warnings: [] } : { ok: false, errors: [{ path: '/x', keyword: 'type', message: 'bad' }], warnings: [] }) };

  test('value must be an array; @odata.context, when present, a string', () => {
    const list = collectionOf(item);
    expect(list.tsType).toBe("{ '@odata.context'?: string; value: Thing[] }");
    expect(list.validate({ value: [1, 1] }).ok).toBe(true);
    const bad = list.validate({ '@odata.context': 7, value: {} });
    expect(bad.ok === false ? bad.errors.map((e) => e.path) : []).toEqual(['/@odata.context', '/value']);
    const item2 = list.validate({ value: [1, 2] });
    expect(item2.ok === false ? item2.errors.map((e) => e.path) : []).toEqual(['/value/1/x']);
  });
});
