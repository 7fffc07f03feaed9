import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test, vi } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');

// The README's bot, run as written against generated/, without network: Graph is a local HTTP
// server that answers playPrompt with the documented 200 response and posts the documented
// completion notification to a local callback, as the service does. Both payloads are recorded from
// the Graph documentation ("call: playPrompt", v1.0: Response, and Notification - operation
// completed), with the clientContext the bot sent, which the service echoes.
const CALL_ID = '57dab8b1-894c-409a-b240-bd8beae78896';
const RESPONSE = { '@odata.type': '#microsoft.graph.playPromptOperation', id: '0fe0623f-d628-42ed-b4bd-8ac290072cc5', status: 'running', clientContext: 'd45324c1-fcb5-430a-902c-f20af696537c' };
const NOTIFICATION = {
  '@odata.type': '#microsoft.graph.commsNotifications',
  value: [
    {
      '@odata.type': '#microsoft.graph.commsNotification',
      changeType: 'deleted',
      resourceUrl: '/communications/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5',
      resourceData: {
        '@odata.type': '#microsoft.graph.playPromptOperation',
        '@odata.id': '/communications/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5',
        '@odata.etag': 'W/"54451"',
        resultInfo: { '@odata.type': '#microsoft.graph.resultInfo', code: 200, subcode: 0, message: 'Action completed successfully.' },
        clientContext: 'd45324c1-fcb5-430a-902c-f20af696537c',
        status: 'completed',
      },
    },
  ],
};

interface Recorded {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: unknown;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listen(handle: (request: IncomingMessage, body: string) => Promise<{ status: number; body: string }>): Promise<string> {
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      void handle(request, body).then((answer) => response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The README's bot example, bundled with generated/ into one module (esbuild resolves `.js` imports to the `.ts` sources). */
async function bundledBot(): Promise<string> {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## A bot that plays a prompt'), readme.indexOf('## Commands'));
  const example = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toContain("from './generated/index.js'");
  const { build } = await import('esbuild');
  const bundle = await build({ stdin: { contents: example ?? '', loader: 'ts', resolveDir: REPO, sourcefile: 'readme-bot.ts' }, bundle: true, format: 'esm', platform: 'node', target: 'es2022', write: false });
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-readme-bot-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'bot.mjs');
  await writeFile(file, bundle.outputFiles[0]?.text ?? '');
  return file;
}

test("the README's bot plays its prompt through the operations table and reports the completion notification, end to end", async () => {
  const callback: { body?: string } = {};
  const bot = await listen(async (_request, body) => {
    callback.body = body;
    return { status: 202, body: '' };
  });
  const recorded: Recorded[] = [];
  const send = globalThis.fetch;
  const graph = await listen(async (request, body) => {
    const sent = JSON.parse(body) as { clientContext?: string };
    recorded.push({ method: request.method, url: request.url, authorization: request.headers.authorization, contentType: request.headers['content-type'], body: sent });
    const echoed = sent.clientContext ?? null;
    const notification = structuredClone(NOTIFICATION);
    for (const item of notification.value) item.resourceData.clientContext = echoed ?? '';
    // Posted before the answer, so that it has arrived when the bot reads its callback.
    await send(`${bot}/api/calls`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(notification, null, 2) });
    return { status: 200, body: JSON.stringify({ ...RESPONSE, clientContext: echoed }) };
  });
  // The bot's free names: its call, its token, fetch reaching the local Graph, and the body its callback received.
  vi.stubGlobal('callId', CALL_ID);
  vi.stubGlobal('token', 'token-of-the-bot');
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => send(url.replace('https://graph.microsoft.com', graph), init));
  Object.defineProperty(globalThis, 'requestBody', { configurable: true, get: () => callback.body });
  cleanups.push(() => {
    vi.unstubAllGlobals();
    delete (globalThis as { requestBody?: unknown }).requestBody;
  });
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  cleanups.push(() => warn.mockRestore());

  await import(pathToFileURL(await bundledBot()).href);

  expect(recorded).toEqual([
    {
      method: 'POST',
      url: `/v1.0/communications/calls/${CALL_ID}/playPrompt`,
      authorization: 'Bearer token-of-the-bot',
      contentType: 'application/json',
      body: {
        clientContext: 'welcome',
        prompts: [{ '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { '@odata.type': '#microsoft.graph.mediaInfo', uri: 'https://bot.contoso.com/audio/welcome.wav', resourceId: 'welcome-v1' } }],
      },
    },
  ]);
  expect(warn.mock.calls).toEqual([['playPrompt 0fe0623f-d628-42ed-b4bd-8ac290072cc5 is running'], ['welcome prompt completed: Action completed successfully.']]);
});
