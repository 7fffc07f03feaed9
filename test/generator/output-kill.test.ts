import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { writeSyntheticSchemas } from '../../bench/synth.js';
import { main } from '../../generator/cli.js';
import { inputHash } from '../../generator/output/inputs.js';
import { MANIFEST, manifestText } from '../../generator/output/manifest.js';
import { generateFolder, REPO } from '../support/generate.js';
import { captureIo } from '../support/io.js';

// Issue 15.5: SIGKILL `callgen generate` at random moments, then check that the next run leaves a
// folder equal to a clean generation: no stale, half-written or leftover file. Half of the kills
// land anywhere in the run, half in the few milliseconds of writing (after the staging folder
// appears), where a kill can do harm. CALLGEN_KILL_RUNS=200 for a longer run; the seed is printed
// with any failure.

const RUNS = Number(process.env['CALLGEN_KILL_RUNS'] ?? '20');
const TYPES = 60;
const BIN = path.join(REPO, 'generator', 'bin', 'callgen.js');

test(`a generate killed at ${RUNS} random moments is completed by the next run`, async () => {
  const seed = Number(process.env['CALLGEN_KILL_SEED'] ?? Date.now() % 100_000);
  const random = mulberry32(seed);
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-kill-'));
  const sets = [path.join(dir, 'a'), path.join(dir, 'b')];
  await writeSyntheticSchemas(sets[0] ?? '', TYPES);
  await writeSyntheticSchemas(sets[1] ?? '', TYPES + 7);
  const clean = await Promise.all(sets.map(cleanGeneration));
  const out = path.join(dir, 'out');
  expect(await main(['generate', '--schemas', sets[0] ?? '', '--out', out], captureIo(dir))).toBe(0);
  const outcomes: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const set = (i + 1) % 2;
    const how = i % 2 === 0 ? 'anywhere' : 'while writing';
    const delay = Math.floor(random() * (how === 'anywhere' ? 2500 : 30));
    outcomes.push(await killedRun(sets[set] ?? '', out, how, delay));
    const context = `seed ${seed}, kill ${i} (${how}, ${delay} ms): ${outcomes.at(-1)}`;
    expect(await main(['generate', '--schemas', sets[set] ?? '', '--out', out], captureIo(dir)), context).toBe(0);
    expect(await snapshot(out), context).toEqual(clean[set]);
  }
  // Kills that landed while writing are the point; the run must have produced some.
  expect(outcomes.filter((o) => o === 'killed while writing').length, outcomes.join(', ')).toBeGreaterThan(0);
}, 600_000);

/** Starts a generate and kills it `delay` ms after it starts (or after it starts writing). */
async function killedRun(schemas: string, out: string, how: 'anywhere' | 'while writing', delay: number): Promise<string> {
  const child = spawn(process.execPath, [BIN, 'generate', '--schemas', schemas, '--out', out], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let writing = false;
  const watcher = watch(out, (_event, name) => {
    if (name !== '.callgen-staging' || writing) return;
    writing = true;
    if (how === 'while writing') setTimeout(() => child.kill('SIGKILL'), delay);
  });
  if (how === 'anywhere') setTimeout(() => child.kill('SIGKILL'), delay);
  const code = await exited;
  watcher.close();
  if (code === 0) return 'finished before the kill';
  return writing ? 'killed while writing' : 'killed before writing';
}

/** What a clean run writes: every file and the manifest, and nothing else. */
async function cleanGeneration(schemas: string): Promise<Record<string, string>> {
  const { files } = await generateFolder(schemas);
  const manifest = manifestText(await inputHash(schemas, {}), files);
  return Object.fromEntries([...files.map((f) => [f.path, f.text]), [MANIFEST, manifest]].sort(([a], [b]) => ((a ?? '') < (b ?? '') ? -1 : 1)));
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    files[entry.name] = entry.isFile() ? await readFile(path.join(dir, entry.name), 'utf8') : '(folder)';
  }
  return files;
}

/** A small seeded generator, so a failing sequence of kills can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
