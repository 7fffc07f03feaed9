import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { callgen, type Run, runNode, WORK } from './lib/child.js';
import { printSection, ratio, type Section, seconds } from './lib/report.js';
import { writeSyntheticSchemas } from './synth.js';

// Part 3: how generation time grows with the number of types. Synthetic schema sets (bench/synth.ts)
// of each size go through callgen (all artifacts), json-schema-to-typescript (types only, with and
// without its prettier step) and openapi-typescript (types only, the set wrapped as an OpenAPI 3.1
// document), each a new process timed from outside with its peak memory. The growth targets rest on callgen's runs, so those are repeated and the median run
// kept; a single run of 1,000 types varied by a third between two benchmarks on the shared machine.

export const DEFAULT_SIZES: readonly number[] = [10, 100, 1000, 3000];
const JSTT = path.join('bench', 'jstt-run.ts');
const OPENAPI_TS = path.join('bench', 'openapi-ts-run.ts');
const PEAK_TARGET_MB = 600;
const CALLGEN_RUNS = 3;

interface Row {
  readonly size: number;
  readonly callgen: Run;
  readonly jstt: Run;
  readonly jsttFormatted: Run;
  readonly openapiTs: Run;
  readonly declarations: { readonly callgen: number; readonly jstt: number };
}

/** CALLGEN_BENCH_SIZES=10,100 shrinks the run. */
export function sizesFromEnv(): number[] {
  const raw = process.env['CALLGEN_BENCH_SIZES'];
  if (raw === undefined || raw.trim() === '') return [...DEFAULT_SIZES];
  const sizes = raw.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`CALLGEN_BENCH_SIZES must list whole numbers of at least 2, not "${raw}"`);
  return sizes;
}

export async function benchScale(sizes: readonly number[]): Promise<Section> {
  const rows: Row[] = [];
  for (const size of sizes) {
    const schemas = path.join(WORK, `synthetic-${size}`);
    await writeSyntheticSchemas(schemas, size);
    const out = path.join(WORK, `callgen-${size}`);
    const jsttOut = path.join(WORK, `jstt-${size}.ts`);
    const ours = await medianRun(CALLGEN_RUNS, async () => {
      await rm(out, { recursive: true, force: true });
      return runNode(callgen('generate', '--schemas', schemas, '--out', out, '--timings'), { timeoutMs: 900_000 });
    });
    const jstt = runNode(['--import', 'tsx', JSTT, schemas, jsttOut, 'raw'], { timeoutMs: 900_000 });
    const declarations = { callgen: await countDeclarations(path.join(out, 'types.ts')), jstt: await countDeclarations(jsttOut) };
    const jsttFormatted = runNode(['--import', 'tsx', JSTT, schemas, path.join(WORK, `jstt-${size}-formatted.ts`), 'format'], { timeoutMs: 900_000 });
    const openapiTs = runNode(['--import', 'tsx', OPENAPI_TS, schemas, path.join(WORK, `openapi-ts-${size}.ts`)], { timeoutMs: 900_000 });
    rows.push({ size, callgen: ours, jstt, jsttFormatted, openapiTs, declarations });
  }
  return {
    title: 'Scale: synthetic schema sets (whole process)',
    header: ['types', 'callgen (all artifacts)', 'of which emit / format', 'jstt (types only)', 'jstt + prettier', 'openapi-typescript', 'callgen / jstt', 'callgen / jstt+prettier', 'callgen / openapi-ts', 'exported declarations (callgen types.ts / jstt)'],
    rows: rows.map((r) => [String(r.size), cell(r.callgen), stages(r.callgen), cell(r.jstt), cell(r.jsttFormatted), cell(r.openapiTs), runRatio(r.callgen, r.jstt), runRatio(r.callgen, r.jsttFormatted), runRatio(r.callgen, r.openapiTs), `${r.declarations.callgen} / ${r.declarations.jstt}`]),
    notes: [
      `Cells: callgen's median of ${CALLGEN_RUNS} runs, one run of each jstt variant; wall time of the whole process (the targets are judged on it), its CPU time (all threads, user and system), and its peak resident memory. The emit and format stages are what \`callgen generate --timings\` prints (validators.ts is laid out as it is emitted, so its layout counts in emit and format is the other files). bench/synth.ts makes the sets: 80% objects (scalars, formats, nullable and array properties, an enum, refs to other objects, two levels of nesting), 10% enums, 10% three-branch unions.`,
      'callgen writes types, builders, validators, runtime and index, laid out by itself (no prettier); json-schema-to-typescript (jstt) writes types only, in one compile of a root that references every file, with and without its default prettier step; openapi-typescript writes types only. jstt and openapi-typescript run in a worker thread with a 512 MB stack: they recurse along the chain of references the sets contain and overflow the default stack from 1,000 types on.',
    ],
    targets: growthTargets(rows),
  };
}

function growthTargets(rows: readonly Row[]): Section['targets'] {
  const at = (size: number): Run | undefined => rows.find((r) => r.size === size && r.callgen.status === 0)?.callgen;
  const t1000 = at(1000);
  const t3000 = at(3000);
  const growth = t1000 !== undefined && t3000 !== undefined ? t3000.ms / t1000.ms : Number.NaN;
  const peers = (size: number): Section['targets'][number] => {
    const row = rows.find((r) => r.size === size);
    if (row === undefined || row.callgen.status !== 0 || row.jsttFormatted.status !== 0) return { name: `${size} types no slower than json-schema-to-typescript`, figure: `not measured (needs size ${size})`, met: undefined };
    return {
      name: `${size.toLocaleString('en-US')} types (all artifacts) no slower than json-schema-to-typescript (types only, as it runs by default: with its prettier step)`,
      figure: `${seconds(row.callgen.ms)} vs ${seconds(row.jsttFormatted.ms)} with its prettier step (${runRatio(row.callgen, row.jsttFormatted)}), ${seconds(row.jstt.ms)} without (${runRatio(row.callgen, row.jstt)})`,
      met: row.callgen.ms <= row.jsttFormatted.ms,
    };
  };
  return [
    peers(1000),
    peers(3000),
    {
      name: `peak memory at 3,000 types under ${PEAK_TARGET_MB} MB`,
      figure: t3000 === undefined ? 'not measured (needs size 3000)' : `${t3000.maxRssMb.toFixed(0)} MB`,
      met: t3000 === undefined ? undefined : t3000.maxRssMb < PEAK_TARGET_MB,
    },
    {
      name: 'linear growth: time at 3,000 types at most 3.3x time at 1,000',
      figure: Number.isFinite(growth) ? `${ratio(growth)} (${seconds(t3000?.ms ?? Number.NaN)} / ${seconds(t1000?.ms ?? Number.NaN)})` : 'not measured (needs sizes 1000 and 3000)',
      met: Number.isFinite(growth) ? growth <= 3.3 : undefined,
    },
    {
      name: '1,000 types in under 10 s',
      figure: t1000 === undefined ? 'not measured (needs size 1000)' : seconds(t1000.ms),
      met: t1000 === undefined ? undefined : t1000.ms < 10_000,
    },
  ];
}

/** The run with the median wall time (failed runs sort last). */
async function medianRun(runs: number, once: () => Promise<Run>): Promise<Run> {
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) all.push(await once());
  const key = (r: Run): number => (r.status === 0 ? r.ms : Number.POSITIVE_INFINITY);
  all.sort((a, b) => key(a) - key(b));
  const middle = all[Math.floor((all.length - 1) / 2)];
  if (middle === undefined) throw new Error('no runs');
  return middle;
}

function cell(run: Run): string {
  if (run.status !== 0) return `failed (exit ${String(run.status)}) after ${seconds(run.ms)}`;
  return `${seconds(run.ms)} (CPU ${seconds(run.cpuMs)}), ${run.maxRssMb.toFixed(0)} MB`;
}

/** The emit and format stages, as `callgen generate --timings` prints them. */
function stages(run: Run): string {
  const ms = (stage: string): number => Number(new RegExp(`\\b${stage} ([\\d.]+) ms`).exec(run.stderr)?.[1] ?? Number.NaN);
  return `${seconds(ms('emit'))} / ${seconds(ms('format'))}`;
}

function runRatio(a: Run, b: Run): string {
  return a.status === 0 && b.status === 0 ? ratio(a.ms / b.ms) : 'n/a';
}

async function countDeclarations(file: string): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.match(/^export (?:interface|type|enum|const enum) /gm)?.length ?? 0;
}

if (import.meta.url === `file://${process.argv[1]}`) printSection(await benchScale(sizesFromEnv()));
