import { appendFile, cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { callgen, type Run, runNode, WORK } from './lib/child.js';
import { currentEntry } from '../generator/bin/sources.js';
import { BUNDLED_SCHEMAS } from '../generator/config/targets.js';
import { count, ratio, type Section, seconds } from './lib/report.js';
import { median } from './lib/timing.js';

// Part 2: how long a user waits for `callgen generate` (cold start: a new process writing a new
// folder), a `generate` with nothing to do (the folder already holds this generation), and
// `callgen generate --check` on the curated schemas (on a current folder, which it answers from
// the manifest, and on a stale one, which it generates and compares), with the stage times the CLI itself prints
// under --timings; beside them json-schema-to-typescript and openapi-typescript on the same
// schemas, each in a process of its own, in the same rounds.

const JSTT = path.join('bench', 'jstt-run.ts');
const OPENAPI_TS = path.join('bench', 'openapi-ts-run.ts');
const STAGES = ['read', 'resolve', 'model', 'emit', 'format'] as const;
type Stage = (typeof STAGES)[number];
const TARGET_MS = 1000;
const NOOP_TARGET_MS = 500;
const FIRST_RUNS = 3;

interface Measured {
  readonly label: string;
  readonly runs: readonly Run[];
  readonly stages: readonly Partial<Record<Stage, number>>[];
}

export async function benchGeneration(samples: number): Promise<Section> {
  const { generate, compiled, noop, check, staleCheck, firstRuns, jstt, openapiTs } = await runCommands(samples);
  const startup = measureStartup(Math.min(samples, 5));
  const io = measureWrite(3);
  const measured: Measured[] = [
    { label: 'generate', runs: generate, stages: generate.map(parseTimings) },
    { label: 'generate, compiled (plain node, as installed)', runs: compiled, stages: compiled.map(parseTimings) },
    { label: 'generate, nothing to do', runs: noop, stages: noop.map(() => ({})) },
    { label: `generate --check, current folder${stale(check)}`, runs: check, stages: check.map(parseTimings) },
    { label: 'generate --check, stale folder', runs: staleCheck, stages: staleCheck.map(parseTimings) },
    { label: 'generate, sources not yet bundled', runs: firstRuns, stages: firstRuns.map(parseTimings) },
    { label: 'json-schema-to-typescript (types only)', runs: jstt, stages: [] },
    { label: 'openapi-typescript (types only)', runs: openapiTs, stages: [] },
  ];
  const wall = (m: Measured | undefined): number => median(sorted((m?.runs ?? []).map((r) => r.ms)));
  const cpu = (m: Measured | undefined): number => median(sorted((m?.runs ?? []).map((r) => r.cpuMs)));
  const [gen, built, nop, chk, staleChk, , peerJstt, peerOpenapi] = measured;
  return {
    title: 'Generation of the curated schemas (whole process, new each run)',
    header: ['command', 'runs', 'wall', 'CPU', 'peak RSS', 'wall / generate', ...STAGES, 'rest', 'stages sum'],
    rows: measured.map((m) => rowOf(m, wall(gen))),
    notes: [
      'Medians. wall: from spawning node until it exits, so start-up and module loading count; the targets are judged on it. CPU: user and system time of all the process\'s threads (the garbage collector has helpers), which other load on the machine does not inflate. Stage columns: what `callgen generate --timings` prints, in ms (write and compare are not among them).',
      'rest = wall - stages: node start-up, hashing and loading callgen\'s bundled sources and its dependencies, the keyword check, and writing or comparing the files.',
      `Start-up alone, median of ${startup.runs} runs: node ${count(startup.node)} ms to start and exit; then ${STARTUP_STEPS.map((step) => `${STARTUP_LABELS[step]} ${count(startup.steps[step])} ms`).join(', ')} (bench/startup.mjs, in the order generator/bin/callgen.js takes these steps).`,
      `Writing the five files takes ${count(io.write)} ms and comparing them (--check) ${count(io.compare)} ms (bench/write-probe.ts, median of ${io.runs} runs).`,
      'generate writes into a new folder each run (a cold start: new process, nothing to reuse); "nothing to do" runs generate again on a folder that already holds this generation (it hashes the inputs and stops before loading the pipeline); --check on a current folder checks a folder written before the timed runs: its manifest records these inputs and every file is intact, so it answers without generating, as a generate with nothing to do would skip it; --check on a stale folder checks a copy of it with one file edited, so it generates and compares (exit 1, nothing written). Each round runs every command once, in an order that rotates. The row "sources not yet bundled" removes the bundle\'s entry from generator/.cli/ first, so the run bundles the sources with esbuild, as the first command after a clone or an edit of the generator does (generator/bin/sources.js).',
      'Peers, each in a process of its own with the same rounds: json-schema-to-typescript 16 (bench/jstt-run.ts, one compile of a root referencing every file, its default prettier step on) and openapi-typescript 7 (bench/openapi-ts-run.ts, the folder wrapped as one OpenAPI 3.1 document). Both write types only; callgen writes types, builders, validators, operations, runtime and index.',
    ],
    targets: [
      { name: `generate within ${seconds(TARGET_MS)} (cold start)`, figure: seconds(wall(gen)), met: wall(gen) <= TARGET_MS },
      { name: `generate, compiled as the package installs it, within ${seconds(TARGET_MS)} (cold start)`, figure: seconds(wall(built)), met: wall(built) <= TARGET_MS },
      { name: `generate with nothing to do within ${seconds(NOOP_TARGET_MS)}`, figure: `${seconds(wall(nop))} (${ratio(wall(nop) / wall(gen))} of a full run)`, met: wall(nop) <= NOOP_TARGET_MS },
      { name: `generate --check within ${seconds(TARGET_MS)}`, figure: `${seconds(wall(chk))} on a current folder, ${seconds(wall(staleChk))} on a stale one`, met: Math.max(wall(chk), wall(staleChk)) <= TARGET_MS },
      { name: 'generate (all artifacts) against the peers (types only)', figure: `${ratio(wall(gen) / wall(peerJstt))} json-schema-to-typescript's wall time, ${ratio(wall(gen) / wall(peerOpenapi))} openapi-typescript's`, met: undefined },
      {
        name: 'generate --check on a current folder no slower than generate',
        figure: `${seconds(wall(chk))} vs ${seconds(wall(gen))} wall, ${seconds(cpu(chk))} vs ${seconds(cpu(gen))} CPU (on a stale folder, which it must generate: ${seconds(wall(staleChk))}, ${ratio(wall(staleChk) / wall(gen))})`,
        met: wall(chk) <= wall(gen),
      },
    ],
  };
}

interface Commands {
  readonly generate: Run[];
  readonly compiled: Run[];
  readonly noop: Run[];
  readonly check: Run[];
  readonly staleCheck: Run[];
  readonly firstRuns: Run[];
  readonly jstt: Run[];
  readonly openapiTs: Run[];
}

async function runCommands(samples: number): Promise<Commands> {
  await mkdir(WORK, { recursive: true });
  const root = await mkdtemp(path.join(WORK, 'generation-'));
  const runs: Commands = { generate: [], compiled: [], noop: [], check: [], staleCheck: [], firstRuns: [], jstt: [], openapiTs: [] };
  const schemas = BUNDLED_SCHEMAS;
  try {
    // --check and the no-op compare with a folder written beforehand (untimed; it also warms the
    // disk cache). Each round takes every command once, rotating the order, so changes in the
    // machine's load spread over all of them and none gains from going first.
    const reference = path.join(root, 'reference');
    expectOk(runNode(callgen('generate', '--schemas', schemas, '--out', reference)), 'callgen generate');
    // A copy with one file edited by hand: --check finds it stale every time, and writes nothing.
    const edited = path.join(root, 'edited');
    await cp(reference, edited, { recursive: true });
    await appendFile(path.join(edited, 'index.ts'), '// edited by hand\n');
    // The package's build (npm run build, into a folder of the benchmark's own): what an installed callgen runs.
    const dist = path.join(root, 'dist');
    expectOk(runNode([path.join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', dist], { timeoutMs: 600_000 }), 'tsc -p tsconfig.build.json');
    for (let i = 0; i < samples; i++) {
      const commands: (() => void)[] = [
        () => runs.generate.push(expectOk(runNode(callgen('generate', '--schemas', schemas, '--out', path.join(root, `out-${i}`), '--timings')), 'callgen generate')),
        () => runs.compiled.push(expectOk(runNode([path.join(dist, 'generator', 'cli.js'), 'generate', '--schemas', schemas, '--out', path.join(root, `compiled-${i}`), '--timings']), 'compiled callgen generate')),
        () => runs.noop.push(expectNoop(runNode(callgen('generate', '--schemas', schemas, '--out', reference)))),
        // Exit 1 (stale) is a finished check too: it happens when callgen changes during the benchmark.
        () => runs.check.push(expectOk(runNode(callgen('generate', '--schemas', schemas, '--check', '--out', reference, '--timings')), 'callgen generate --check', [0, 1])),
        () => runs.staleCheck.push(expectOk(runNode(callgen('generate', '--schemas', schemas, '--check', '--out', edited, '--timings')), 'callgen generate --check (stale folder)', [1])),
        () => runs.jstt.push(expectOk(runNode(['--import', 'tsx', JSTT, schemas, path.join(root, `jstt-${i}.ts`), 'format']), 'json-schema-to-typescript')),
        () => runs.openapiTs.push(expectOk(runNode(['--import', 'tsx', OPENAPI_TS, schemas, path.join(root, `openapi-ts-${i}.ts`)]), 'openapi-typescript')),
      ];
      for (let k = 0; k < commands.length; k++) commands[(i + k) % commands.length]?.();
      // The first command after a clone or an edit of the generator bundles its sources; without
      // the bundle's entry a run builds it again, which is what that first command costs.
      if (i < FIRST_RUNS) {
        await rm(currentEntry(), { force: true });
        runs.firstRuns.push(expectOk(runNode(callgen('generate', '--schemas', schemas, '--out', path.join(root, `first-${i}`), '--timings')), 'callgen generate (sources not yet bundled)'));
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return runs;
}

function expectNoop(run: Run): Run {
  expectOk(run, 'callgen generate (nothing to do)');
  if (!run.stdout.includes('up to date; nothing to write')) throw new Error(`a generate with nothing to do wrote files:\n${run.stdout}`);
  return run;
}

const STARTUP_STEPS = ['key', 'callgen'] as const;
const STARTUP_LABELS: Readonly<Record<(typeof STARTUP_STEPS)[number], string>> = {
  key: "hashing callgen's sources to find their bundle",
  callgen: "loading callgen's bundled CLI (its commands and the pipeline are chunks loaded when they run)",
};

interface Startup {
  readonly runs: number;
  readonly node: number;
  readonly steps: Readonly<Record<(typeof STARTUP_STEPS)[number], number>>;
}

/** Where the time before the first stage goes: node itself, then each module callgen loads. */
function measureStartup(runs: number): Startup {
  const node: number[] = [];
  const steps: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(runNode(['-e', '0']).ms);
    const run = expectOk(runNode([path.join('bench', 'startup.mjs')]), 'start-up probe');
    steps.push(JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>);
  }
  const medianOf = (step: string): number => median(sorted(steps.map((s) => s[step] ?? Number.NaN)));
  return {
    runs,
    node: median(sorted(node)),
    steps: { key: medianOf('key'), callgen: medianOf('callgen') },
  };
}

/** The write and compare steps, timed in process since --timings leaves them out. */
function measureWrite(runs: number): { runs: number; write: number; compare: number } {
  const found: { write: number; compare: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const run = expectOk(runNode(['--import', 'tsx', path.join('bench', 'write-probe.ts')]), 'write probe');
    found.push(JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { write: number; compare: number });
  }
  return { runs, write: median(sorted(found.map((f) => f.write))), compare: median(sorted(found.map((f) => f.compare))) };
}

function rowOf(m: Measured, generateWall: number): string[] {
  const wall = median(sorted(m.runs.map((r) => r.ms)));
  const staged = m.stages.some((t) => Object.keys(t).length > 0);
  const stageMs = STAGES.map((s) => (staged ? median(sorted(m.stages.map((t) => t[s] ?? Number.NaN))) : Number.NaN));
  const sum = stageMs.reduce((a, b) => a + b, 0);
  const cpu = seconds(median(sorted(m.runs.map((r) => r.cpuMs))));
  return [m.label, String(m.runs.length), seconds(wall), cpu, `${count(median(sorted(m.runs.map((r) => r.maxRssMb))))} MB`, ratio(wall / generateWall), ...stageMs.map((ms) => (staged ? count(ms) : '')), staged ? count(wall - sum) : '', staged ? count(sum) : ''];
}

/** `read 36.1 ms, resolve 50.8 ms, ...` as printed on stderr by --timings. */
function parseTimings(run: Run): Partial<Record<Stage, number>> {
  const found: Partial<Record<Stage, number>> = {};
  for (const match of run.stderr.matchAll(/\b(read|resolve|model|emit|format) ([\d.]+) ms/g)) {
    found[match[1] as Stage] = Number(match[2]);
  }
  return found;
}

function expectOk(run: Run, what: string, allowed: readonly number[] = [0]): Run {
  if (run.status === null || !allowed.includes(run.status)) throw new Error(`${what} exited ${String(run.status)}:\n${run.stderr}`);
  return run;
}

function stale(runs: readonly Run[]): string {
  const n = runs.filter((r) => r.status === 1).length;
  return n === 0 ? '' : ` (${n} found the folder stale)`;
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
