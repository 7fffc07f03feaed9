import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

// `-` names standard input, as in most command-line tools: a bot developer pipes what the service
// posted (`curl ... | callgen validate --type commsNotifications -`) without saving it first.

const CLI = path.resolve(import.meta.dirname, '../../generator/bin/callgen.js');

test('validate - reads the payload from standard input, named so in the report', async () => {
  const io = captureIo(process.cwd(), '{"@odata.type": "#microsoft.graph.call", "state": 7}');
  expect(await main(['validate', '--type', 'call', '-'], io)).toBe(1);
  expect(io.stdout()).toBe('standard input: 1 error as a Call response\n  error /state must be null or a string [type] (received number)\n');
  const json = captureIo(process.cwd(), '{"state": "established"}');
  expect(await main(['validate', '--type', 'call', '--json', '-'], json)).toBe(0);
  expect(JSON.parse(json.stdout())).toMatchObject({ file: '-', ok: true });
});

test('standard input beside files, in the order given; named twice, a usage error', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-stdin-'));
  await writeFile(path.join(dir, 'a.json'), '{"state": "established"}');
  const io = captureIo(dir, 'not json');
  expect(await main(['validate', '--type', 'call', 'a.json', '-'], io)).toBe(1);
  expect(io.stdout().split('\n').filter((l) => /^\S/.test(l))).toEqual(['a.json: ok (a valid Call response)', 'standard input: not JSON: expected a JSON value, found "not" at line 1, column 1', '2 files: 1 valid, 1 invalid']);
  const twice = captureIo(dir, '{}');
  expect(await main(['validate', '--type', 'call', '-', '-'], twice)).toBe(2);
  expect(twice.stderr()).toMatch(/^callgen validate: standard input \(-\) can be read once\n/);
});

test('the CLI reads its own standard input', () => {
  const ran = spawnSync(process.execPath, [CLI, 'validate', '--type', 'commsNotifications', '-'], { input: '{"value": [{"changeType": "sideways", "resourceUrl": "/x"}]}', encoding: 'utf8' });
  expect(ran.stdout).toBe('standard input: 1 error as a CommsNotifications response\n  error /value/0/changeType must be one of "created", "updated", "deleted" [enum] (received "sideways")\n');
  expect(ran.status).toBe(1);
});
