import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { callgen, type Run, runNode, WORK } from './lib/child.js';
import { count, type Section, seconds } from './lib/report.js';
import { median } from './lib/timing.js';

// Part 2: how long a user waits for `callgen generate` and `callgen generate --check` on the
// curated schemas, each run a new process writing into (or comparing with) a fresh folder, with
// the stage times the CLI itself prints under --timings.

const STAGES = ['read', 'resolve', 'model', 'emit', 'format'] as const;
type Stage = (typeof STAGES)[number];
const TARGET_MS = 1500;
const FIRST_RUNS = 3;

interface Measured {
  readonly label: string;
  readonly runs: readonly Run[];
  readonly stages: readonly Partial<Record<Stage, number>>[];
}

export async function benchGeneration(samples: number): Promise<Section> {
  const { generate, check, firstRuns } = await runCommands(samples);
  const startup = measureStartup(Math.min(samples, 5));
  const io = measureWrite(3);
  const measured: Measured[] = [
    { label: 'generate', runs: generate, stages: generate.map(parseTimings) },
    { label: `generate --check${stale(check)}`, runs: check, stages: check.map(parseTimings) },
    { label: 'generate, empty tsx cache', runs: firstRuns, stages: firstRuns.map(parseTimings) },
  ];
  const wall = (m: Measured | undefined): number => median(sorted((m?.runs ?? []).map((r) => r.ms)));
  const cpu = (m: Measured | undefined): number => median(sorted((m?.runs ?? []).map((r) => r.cpuMs)));
  const [gen, chk] = measured;
  return {
    title: 'Generation of the curated schemas (whole process, new each run)',
    header: ['command', 'runs', 'wall', 'CPU', 'peak RSS', ...STAGES, 'rest', 'stages sum'],
    rows: measured.map(rowOf),
    notes: [
      'Medians. wall: from spawning node until it exits, so start-up and module loading count; the targets are judged on it. CPU: user and system time of all the process\'s threads (tsx compiles in a thread of its own, and the garbage collector has helpers), which other load on the machine does not inflate. Stage columns: what `callgen generate --timings` prints, in ms (write and compare are not among them).',
      'rest = wall - stages: node and tsx start-up, loading callgen and its dependencies (ts-morph, prettier, json-schema-ref-parser), the keyword check, and writing or comparing the files.',
      `Start-up alone, median of ${startup.runs} runs: node ${count(startup.node)} ms to start and exit; then loading ${STARTUP_STEPS.map((step) => `${STARTUP_LABELS[step]} ${count(startup.steps[step])} ms`).join(', ')} (bench/startup.mjs, in the order generator/bin/callgen.js loads them).`,
      `Writing the five files takes ${count(io.write)} ms and comparing them (--check) ${count(io.compare)} ms (bench/write-probe.ts, median of ${io.runs} runs).`,
      'generate writes into a new folder each run; --check compares with a folder written before the timed runs, so it finds it up to date unless callgen changes meanwhile; each round runs the two in alternating order. The empty-cache rows point TMPDIR at a new folder, where tsx keeps its compile cache.',
    ],
    targets: [
      { name: `generate within ${seconds(TARGET_MS)}`, figure: seconds(wall(gen)), met: wall(gen) <= TARGET_MS },
      { name: `generate --check within ${seconds(TARGET_MS)}`, figure: seconds(wall(chk)), met: wall(chk) <= TARGET_MS },
      {
        name: 'generate --check no slower than generate',
        figure: `${seconds(wall(chk))} vs ${seconds(wall(gen))} wall, ${seconds(cpu(chk))} vs ${seconds(cpu(gen))} CPU`,
        met: wall(chk) <= wall(gen),
      },
    ],
  };
}

async function runCommands(samples: number): Promise<{ generate: Run[]; check: Run[]; firstRuns: Run[] }> {
  await mkdir(WORK, { recursive: true });
  const root = await mkdtemp(path.join(WORK, 'generation-'));
  const generate: Run[] = [];
  const check: Run[] = [];
  const firstRuns: Run[] = [];
  try {
    // --check compares with a folder written beforehand (untimed; it also warms the disk cache), so
    // that each round can take the commands in either order: taking them in turn spreads changes
    // in the machine's load over all of them, and alternating the order removes any advantage of
    // going second.
    const reference = path.join(root, 'reference');
    expectOk(runNode(callgen('generate', '--target', 'curated', '--out', reference)), 'callgen generate');
    for (let i = 0; i < samples; i++) {
      const runGenerate = (): void => {
        generate.push(expectOk(runNode(callgen('generate', '--target', 'curated', '--out', path.join(root, `out-${i}`), '--timings')), 'callgen generate'));
      };
      // Exit 1 (stale) is a finished check too: it happens when callgen changes during the benchmark.
      const runCheck = (): void => {
        check.push(expectOk(runNode(callgen('generate', '--target', 'curated', '--check', '--out', reference, '--timings')), 'callgen generate --check', [0, 1]));
      };
      for (const run of i % 2 === 0 ? [runGenerate, runCheck] : [runCheck, runGenerate]) run();
      // tsx compiles callgen's TypeScript on first use and caches it under the temp folder; a run
      // with an empty cache is what the first command after a fresh clone costs.
      if (i < FIRST_RUNS) {
        const env = { ...process.env, TMPDIR: await mkdtemp(path.join(root, 'tmp-')) };
        firstRuns.push(expectOk(runNode(callgen('generate', '--target', 'curated', '--out', path.join(root, `first-${i}`), '--timings'), { env }), 'callgen generate (empty tsx cache)'));
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return { generate, check, firstRuns };
}

const STARTUP_STEPS = ['tsx', 'prettier', 'ts-morph', 'register', 'callgen'] as const;
const STARTUP_LABELS: Readonly<Record<(typeof STARTUP_STEPS)[number], string>> = {
  tsx: "tsx's API",
  prettier: 'prettier',
  'ts-morph': 'ts-morph (with the TypeScript compiler)',
  register: "registering tsx's hooks",
  callgen: "callgen's own modules through tsx",
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
    steps: { tsx: medianOf('tsx'), prettier: medianOf('prettier'), 'ts-morph': medianOf('ts-morph'), register: medianOf('register'), callgen: medianOf('callgen') },
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

function rowOf(m: Measured): string[] {
  const wall = median(sorted(m.runs.map((r) => r.ms)));
  const stageMs = STAGES.map((s) => median(sorted(m.stages.map((t) => t[s] ?? Number.NaN))));
  const sum = stageMs.reduce((a, b) => a + b, 0);
  return [m.label, String(m.runs.length), seconds(wall), seconds(median(sorted(m.runs.map((r) => r.cpuMs)))), `${count(median(sorted(m.runs.map((r) => r.maxRssMb))))} MB`, ...stageMs.map((ms) => count(ms)), count(wall - sum), count(sum)];
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
