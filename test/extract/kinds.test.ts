import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../../generator/extract/index.js';
import { extractPages, listPages } from '../../generator/extract/pages.js';

// How a block's kind is told, on small pages written for each rule (the pages of the whole API
// follow these layouts; the shared-data suite runs them all).

const kinds = (page: string[]): string[] => extractPage('page.md', page.join('\n')).map((p) => `${p.id} ${p.kind}`);

describe('kinds', () => {
  test('a resource page\'s JSON representation: metadata blockType "resource"', () => {
    const page = ['## JSON representation', '<!-- {', '  "blockType": "resource",', '  "@odata.type": "microsoft.graph.toneInfo"', '}-->', '```json', '{ "sequenceId": 1 }', '```'];
    expect(kinds(page)).toEqual(['page/json-representation/resource resource']);
  });

  test('an example of one named type is a resource; one naming commsNotifications a notification', () => {
    const page = [
      '## Example',
      '<!-- { "blockType": "example", "@odata.type": "microsoft.graph.mediaPrompt" } -->',
      '```json',
      '{ "@odata.type": "#microsoft.graph.mediaPrompt" }',
      '```',
      '## Call-back example',
      '<!-- { "blockType": "example", "@odata.type": "microsoft.graph.commsNotifications" } -->',
      '```json',
      '{ "value": [] }',
      '```',
    ];
    expect(kinds(page)).toEqual(['page/example/resource resource', 'page/call-back-example/notification notification']);
  });

  test('an unlabelled block tagged commsNotifications is a notification; untagged JSON is other', () => {
    const page = ['### Example 3', '```json', '{ "@odata.type": "#microsoft.graph.commsNotifications", "value": [] }', '```', '```json', '{ "a": 1 }', '```'];
    expect(kinds(page)).toEqual(['page/example-3/notification notification', 'page/example-3/block other']);
  });

  test('a body that is not JSON (a binary response described in words) is a sample, not a payload', () => {
    const page = ['##### Response', '```http', 'HTTP/1.1 200 OK', 'Content-Type: application/octet-stream', '', '(application/octet-stream of size 160696 bytes)', '```'];
    expect(kinds(page)).toEqual(['page/page/response other']);
  });

  test('a response remembers the Graph request line it answers, also a bodiless one; a post to a bot is none', () => {
    const page = [
      '## Example',
      '##### Request',
      '```http',
      'GET https://graph.microsoft.com/beta/communications/calls/{id}/participants/{id}',
      '```',
      '##### Response',
      '```http',
      'HTTP/1.1 200 OK',
      '',
      '{ "id": "x" }',
      '```',
    ];
    const [response] = extractPage('page.md', page.join('\n'));
    expect(response).toMatchObject({ kind: 'response', apiVersion: 'beta', request: { method: 'GET', url: 'https://graph.microsoft.com/beta/communications/calls/{id}/participants/{id}' } });
  });
});

describe('pages and folders', () => {
  test('a folder stands for its pages below it, READMEs aside; ids name a page by its path below the folder', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'callgen-pages-'));
    const page = ['##### Response', '```http', 'HTTP/1.1 200 OK', '', '{ "id": "x" }', '```'].join('\n');
    for (const version of ['v1.0', 'beta']) {
      await mkdir(path.join(root, version, 'api'), { recursive: true });
      await writeFile(path.join(root, version, 'api', 'Call-Get.md'), page);
    }
    await writeFile(path.join(root, 'README.md'), page);
    await writeFile(path.join(root, 'notes.json'), '{}');
    const pages = await listPages([root], (file) => path.relative(root, file));
    expect(pages.map((p) => p.shown)).toEqual(['beta/api/Call-Get.md', 'v1.0/api/Call-Get.md']);
    expect((await extractPages(pages)).map((p) => p.id)).toEqual(['beta/api/call-get/page/response', 'v1.0/api/call-get/page/response']);
  });

  test('a path that does not exist is refused by name', async () => {
    await expect(listPages(['/no/such/folder'], (file) => file)).rejects.toThrow('/no/such/folder: cannot read: no such file or folder');
  });
});
