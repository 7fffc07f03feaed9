import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

const REPO = path.resolve(import.meta.dirname, '../..');

describe('callgen extract', () => {
  test('with no pages it reads the bundled ones: 71 payloads and two blob samples', async () => {
    const io = captureIo(REPO);
    expect(await main(['extract'], io)).toBe(0);
    expect(io.stdout()).toContain('71 payloads in 5 pages (28 requests, 21 responses, 22 notifications), and 2 other blocks');
    expect(io.stdout()).toContain('000/example-1/response');
    expect(io.stdout()).toContain('(repaired: line 158: removed the trailing comma before "}"; line 175: removed the trailing comma before "}")');
  });

  test('--json prints every record with the documented fields', async () => {
    const io = captureIo(REPO);
    expect(await main(['extract', '--json', 'test/corpus/graph-docs/004_b2c8a7124b54d088.txt'], io)).toBe(0);
    const records = JSON.parse(io.stdout()) as Record<string, unknown>[];
    expect(records.map((r) => r['id'])).toEqual(['004/example/request', '004/example/response']);
    expect(Object.keys(records[0] ?? {}).sort()).toEqual(['apiVersion', 'file', 'http', 'id', 'kind', 'label', 'lines', 'metadata', 'parsed', 'request', 'section', 'text', 'warnings']);
    expect(records[0]).toMatchObject({ file: 'test/corpus/graph-docs/004_b2c8a7124b54d088.txt', kind: 'request', apiVersion: 'other', parsed: { ok: true, repairs: [] } });
  });

  test('a page that does not exist: its name on stderr, exit 2', async () => {
    const io = captureIo(REPO);
    expect(await main(['extract', 'missing.md'], io)).toBe(2);
    expect(io.stderr()).toBe('missing.md: cannot read: no such file or folder\n');
  });

  test('a payload that cannot be parsed is reported with its page line, exit 1', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'callgen-extract-'));
    await writeFile(path.join(dir, 'page.md'), ['##### Request', '```http', 'POST https://graph.microsoft.com/v1.0/communications/calls', '', '{', '  "a": 1', '  "b": 2', '}', '```', ''].join('\n'));
    const io = captureIo(dir);
    expect(await main(['extract', 'page.md'], io)).toBe(1);
    expect(io.stdout()).toContain('NOT JSON at line 7, column 3: expected "," or "}", found "\\""');
  });
});

describe('callgen validate', () => {
  async function payloads(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'callgen-validate-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    return dir;
  }

  const response = JSON.stringify({ '@odata.type': '#microsoft.graph.call', state: 'establishing', direction: 'outgoing', callbackUri: 'https://bot.contoso.com/callback' });

  test('a valid 201 response: ok, exit 0', async () => {
    const io = captureIo(await payloads({ '201.json': response }));
    expect(await main(['validate', '--type', 'call', '--mode', 'response', '201.json'], io)).toBe(0);
    expect(io.stdout()).toBe('201.json: ok (a valid Call response)\n');
  });

  test.each([
    ['identitySet', 'IdentitySet', 'an'],
    ['updateRecordingStatusRequest', 'UpdateRecordingStatusRequest', 'an'],
    ['call', 'Call', 'a'],
  ])('the verdict on an invalid %s reads as English: %s takes "%s"', async (type, typeName, article) => {
    const io = captureIo(await payloads({ 'bad.json': '[]' }));
    expect(await main(['validate', '--type', type, 'bad.json'], io)).toBe(1);
    expect(io.stdout()).toMatch(new RegExp(`^bad\\.json: 1 error as ${article} ${typeName} (request|response)\n`));
  });

  test('a folder: its payloads, but not what dot-entries and node_modules hold (the manifest of a generated folder is no payload)', async () => {
    const dir = await payloads({ 'calls/201.json': response, 'calls/.callgen-manifest.json': '{}', 'calls/.cache/x.json': '{}', 'calls/node_modules/pkg/package.json': '{}' });
    const io = captureIo(dir);
    expect(await main(['validate', '--type', 'call', 'calls'], io)).toBe(0);
    expect(io.stdout()).toBe(`${path.join('calls', '201.json')}: ok (a valid Call response)\n`);
  });

  test('an invalid payload: every error with its JSON Pointer, exit 1', async () => {
    const io = captureIo(await payloads({ 'bad.json': JSON.stringify({ '@odata.type': '#microsoft.graph.call', state: 7 }) }));
    expect(await main(['validate', '--type', 'Call', 'bad.json'], io)).toBe(1);
    expect(io.stdout()).toMatch(/^bad\.json: 1 error as a Call response\n {2}error \/state /);
  });

  test('trailing commas are repaired and reported; request mode is the default for request bodies', async () => {
    const body = '{"callbackUri": "https://bot.contoso.com/callback", "requestedModalities": ["audio"], "targets": [{"identity": {"user": {"id": "x"}}}],\n "mediaConfig": {"@odata.type": "#microsoft.graph.serviceHostedMediaConfig",}}';
    const io = captureIo(await payloads({ 'req.json': body }));
    expect(await main(['validate', '--type', 'createCallRequest', 'req.json'], io)).toBe(0);
    expect(io.stdout()).toBe('req.json: ok (a valid CreateCallRequest request)\n  repaired line 2, column 76: removed the trailing comma before "}"\n');
  });

  test('a byte order mark is skipped and a repeated key reported: the value validated is the last one', async () => {
    const body = '\uFEFF{"@odata.type": "#microsoft.graph.call", "state": 7,\n "state": "established"}';
    const io = captureIo(await payloads({ 'saved-on-windows.json': body }));
    expect(await main(['validate', '--type', 'call', 'saved-on-windows.json'], io)).toBe(0);
    expect(io.stdout()).toBe(
      [
        'saved-on-windows.json: ok (a valid Call response)',
        '  repaired line 1, column 1: skipped the byte order mark (U+FEFF) before the JSON value',
        '  repaired line 2, column 2: kept the last of the keys named "state" in this object (JSON.parse\'s rule); the value of an earlier one is not validated',
        '',
      ].join('\n'),
    );
  });

  test('a folder: one report per file in name order and a tally; --json gives one JSON line per file', async () => {
    const dir = await payloads({ 'b/2.json': '{"state": 1}', 'a.json': response, 'b/1.json': 'not json', 'notes.txt': 'skipped' });
    const io = captureIo(dir);
    expect(await main(['validate', '--type', 'call', '.'], io)).toBe(1);
    const lines = io.stdout().split('\n');
    expect(lines.filter((l) => /^\S/.test(l))).toEqual(['a.json: ok (a valid Call response)', 'b/1.json: not JSON: expected a JSON value, found "not" at line 1, column 1', 'b/2.json: 1 error as a Call response', '3 files: 1 valid, 2 invalid']);
    const json = captureIo(dir);
    expect(await main(['validate', '--type', 'call', '--json', '.'], json)).toBe(1);
    expect(json.stdout().trim().split('\n').map((l) => (JSON.parse(l) as { file: string; ok: boolean }).ok)).toEqual([true, false, false]);
  });

  test('usage errors exit 2: unknown type, missing file, no files', async () => {
    const dir = await payloads({ 'a.json': response });
    const unknown = captureIo(dir);
    expect(await main(['validate', '--type', 'nope', 'a.json'], unknown)).toBe(2);
    expect(unknown.stderr()).toContain('no type named "nope"; known types: acceptJoinResponse,');
    const missing = captureIo(dir);
    expect(await main(['validate', '--type', 'call', 'gone.json'], missing)).toBe(2);
    expect(missing.stdout()).toBe('gone.json: cannot read: no such file (ENOENT)\n');
    const none = captureIo(dir);
    expect(await main(['validate', '--type', 'call'], none)).toBe(2);
    expect(none.stderr()).toContain('name at least one payload file or folder');
  });
});
