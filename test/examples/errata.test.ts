import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { checkErrataRegion } from '../support/errata-doc.js';
import { captureIo } from '../support/io.js';

const REPO = path.resolve(import.meta.dirname, '../..');

test('docs/errata.md holds what `callgen lint-docs` reports for the bundled pages (rewrite: CALLGEN_UPDATE_ERRATA=1 npx vitest run test/examples/errata.test.ts)', async () => {
  const io = captureIo(REPO);
  // Exit 1: eleven documented payloads break the schemas.
  expect(await main(['lint-docs'], io)).toBe(1);
  const { actual, expected } = await checkErrataRegion('lint-docs test/corpus/graph-docs', io.stdout());
  expect(actual).toBe(expected);
});

test('a finding is placed on the page line of the offending value; a missing property on its object\'s line', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-lint-'));
  const page = [
    '### Example 1: a call', // 1
    '##### Response', // 2
    '```http', // 3
    'HTTP/1.1 201 Created', // 4
    '', // 5
    '{', // 6
    '  "@odata.type": "#microsoft.graph.call",', // 7
    '  "direction": "sideways",', // 8
    '  "mediaConfig": {', // 9
    '    "blob": "x",', // 10
    '  },', // 11
    '  "toneInfo": { "@odata.type": "#microsoft.graph.toneInfo" }', // 12
    '}', // 13
    '```',
  ].join('\n');
  await writeFile(path.join(dir, 'page.md'), page);
  const io = captureIo(dir);
  expect(await main(['lint-docs', 'page.md'], io)).toBe(1);
  const findings = io.stdout().split('\n').filter((line) => line.startsWith('- line'));
  expect(findings).toEqual([
    '- line 8, error: `/direction` must be one of "incoming", "outgoing" [enum] (received "sideways")',
    '- line 9, error: `/mediaConfig/@odata.type` is required to tell which type this is: one of "#microsoft.graph.appHostedMediaConfig", "#microsoft.graph.serviceHostedMediaConfig" [discriminator]',
    '- line 12, error: `/toneInfo/sequenceId` is required [required]', // toneInfo requires both
    '- line 12, error: `/toneInfo/tone` is required [required]',
    '- line 10, repaired: removed the trailing comma before "}" (column 16)',
  ]);
});
