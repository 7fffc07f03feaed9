import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import * as api from '../../generator/index.js';
import { MANIFEST, parseManifest } from '../../generator/output/manifest.js';
import { captureIo } from '../support/io.js';
import { FIXTURES } from '../support/generate.js';

// A run that skips the generation, as its folder is current, still says what the generation said:
// the notes are kept in the manifest. `shared-titles` gives five (titles that make one type name).

async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-notes-'));
  await cp(path.join(FIXTURES, 'shared-titles'), path.join(dir, 'schemas'), { recursive: true });
  return dir;
}

async function generate(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(dir);
  const code = await main(['generate', '--schemas', 'schemas', '--out', 'out', ...args], io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

test('generate, a run with nothing to do and --check print the same notes', async () => {
  const dir = await scratch();
  const first = await generate(dir);
  expect(first.stdout).toBe('Wrote 4 files to out from 14 types.\n');
  const notes = first.stderr.split('\n').filter((line) => line !== '');
  expect(notes).toHaveLength(5);
  expect(notes[0]).toBe(
    'note: schemas/jsf.json#/$defs/signature: this schema\'s title "Signature" would make the type "Signature", which bom.json#/$defs/signature is; it is named "Signature2" (give it a distinct "title" to choose its name)',
  );
  expect(await generate(dir)).toEqual({ code: 0, stdout: 'out is up to date; nothing to write.\n', stderr: first.stderr });
  expect(await generate(dir, '--check')).toEqual({ code: 0, stdout: 'out is up to date (4 files).\n', stderr: first.stderr });
});

test('--timings on a target skipped as up to date says that no stage ran', async () => {
  const dir = await scratch();
  const written = await generate(dir, '--timings');
  expect(written.stderr.split('\n')[0]).toMatch(/^read [\d.]+ ms, resolve [\d.]+ ms, model [\d.]+ ms, emit [\d.]+ ms, format [\d.]+ ms$/);
  const skipped = await generate(dir, '--timings');
  expect(skipped.stderr.split('\n')[0]).toBe('out: up to date, not generated (no stage ran)');
  expect(skipped.stderr.split('\n').slice(1)).toEqual(written.stderr.split('\n').slice(1));
});

test('the manifest keeps where and what of each note, and reads only well-formed ones', async () => {
  const dir = await scratch();
  await generate(dir);
  const text = await readFile(path.join(dir, 'out', MANIFEST), 'utf8');
  const manifest = parseManifest(text);
  expect(manifest?.notes.map((n) => `${n.file}#${n.pointer}`)).toEqual(['jsf.json#/$defs/signature', 'jsf.json#/$defs/signer', 'my_type.json#', 'score.json#', 'ticket.json#/properties/status']);
  const tampered = { ...(JSON.parse(text) as object), notes: [{ file: 'a.json', pointer: '', message: 'kept' }, { file: 1, pointer: '', message: 'dropped' }, 'dropped', null] };
  expect(parseManifest(JSON.stringify(tampered))?.notes).toEqual([{ file: 'a.json', pointer: '', message: 'kept' }]);
  await writeFile(path.join(dir, 'out', MANIFEST), text.replace(/,\n {2}"notes": \[[^]*\]\n/, '\n'));
  expect(parseManifest(await readFile(path.join(dir, 'out', MANIFEST), 'utf8'))?.notes).toEqual([]);
});

test("the API's check, which has no notes, judges a folder the CLI wrote with notes as current", async () => {
  const dir = await scratch();
  await generate(dir);
  const result = await api.generate({ schemas: path.join(dir, 'schemas'), out: path.join(dir, 'out') });
  if (!result.ok) throw new Error('the fixture generates');
  expect(result.notes).toHaveLength(5);
  expect(await api.check(path.join(dir, 'out'), result.files)).toEqual([]);
});
