import { count, ratio, type Section, type Target } from '../lib/report.js';
import { runNode } from '../lib/child.js';
import { median } from '../lib/timing.js';
import type { AloneResult } from './alone.js';
import type { Kind } from './payloads.js';

// The headline figures: each validator family timed in processes of its own (bench/validators/
// alone.ts), with the peak memory of those processes. In one process, validators slow each other
// down (shared inline caches, GC of the other's garbage), so in-process interleaving is only the
// secondary table. The same code also varies by up to 10% from one process to the next (where
// the engine places and compiles it), so each family runs in several processes, in rounds that
// go through every family before the next, and the median over its processes is its figure:
// a drift in the machine's load reaches every family alike.

/** Every family alone.ts can time, in the order the table shows them. */
export const FAMILIES = [
  'callgen validateX',
  'callgen isX',
  'typia createValidate',
  'typia createIs',
  'typia without formats createValidate',
  'typia without formats createIs',
  'Ajv',
  'Ajv allErrors',
  'nothing (baseline)',
] as const;
export type Family = (typeof FAMILIES)[number];

export interface GroupSpec {
  readonly kind: Kind;
  readonly valid: boolean;
  readonly size: number;
}

interface Measured {
  readonly family: Family;
  readonly nsPerOp: number;
  readonly spread: number;
  readonly maxRssMb: number;
}

/** CALLGEN_BENCH_PROCESSES (at least 1, default 3): the processes each family runs in per group. */
function processCount(): number {
  const count = Number(process.env['CALLGEN_BENCH_PROCESSES'] ?? '3');
  if (!Number.isInteger(count) || count < 1) throw new Error('CALLGEN_BENCH_PROCESSES must be a whole number of at least 1');
  return count;
}

function measureOnce(family: Family, group: GroupSpec, samples: number): Measured {
  const run = runNode(['--import', 'tsx', 'bench/validators/alone.ts', family, group.kind, group.valid ? 'valid' : 'invalid', String(samples)], { timeoutMs: 600_000 });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`${family} on ${group.kind}s failed (${String(run.status)}):\n${run.stderr}`);
  const result = JSON.parse(line) as AloneResult;
  return { family, nsPerOp: result.nsPerOp, spread: result.spread, maxRssMb: run.maxRssMb };
}

/** One figure from a family's processes: the median time, the spread of those medians, the largest peak RSS. */
function combined(family: Family, runs: readonly Measured[]): Measured {
  const times = runs.map((r) => r.nsPerOp).sort((a, b) => a - b);
  const middle = median(times);
  const spread = runs.length === 1 ? (runs[0]?.spread ?? Number.NaN) : ((times.at(-1) ?? Number.NaN) - (times[0] ?? Number.NaN)) / middle;
  return { family, nsPerOp: middle, spread, maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

export function benchProcesses(groups: readonly GroupSpec[], samples: number): Section {
  const processes = processCount();
  const runs = new Map<string, Measured[]>();
  for (let round = 0; round < processes; round++) {
    for (const group of groups) {
      for (const family of FAMILIES) {
        const key = `${group.kind} ${String(group.valid)} ${family}`;
        const list = runs.get(key) ?? [];
        list.push(measureOnce(family, group, samples));
        runs.set(key, list);
      }
    }
  }
  const measured = groups.map((group) => ({ group, results: FAMILIES.map((family) => combined(family, runs.get(`${group.kind} ${String(group.valid)} ${family}`) ?? [])) }));
  const rows = measured.flatMap(({ group, results }) => {
    const ours = results.find((r) => r.family === 'callgen validateX')?.nsPerOp ?? Number.NaN;
    return results.map((r, i) => [
      i === 0 ? `${group.kind}s, ${group.valid ? 'valid' : 'invalid'}` : '',
      i === 0 ? String(group.size) : '',
      r.family,
      r.family === 'nothing (baseline)' ? '-' : count(r.nsPerOp),
      r.family === 'nothing (baseline)' ? '-' : ratio(r.nsPerOp / ours),
      r.family === 'nothing (baseline)' ? '-' : `${(r.spread * 100).toFixed(0)}%`,
      `${r.maxRssMb.toFixed(0)} MB`,
    ]);
  });
  return {
    title: 'Validators, each family in a process of its own (headline)',
    header: ['payloads', 'n', 'validator', 'ns/op', "time / validateX's", 'spread', 'peak RSS'],
    rows,
    notes: [
      `${processes} processes per validator family and group, in ${processes} rounds through every family. Each process loads the payloads and that one validator, warms it up for 300 ms, then takes ${samples} samples of about 50 ms of CPU time and keeps their median; the figure is the median over the processes, spread is (slowest - fastest) / median of those process medians${processes === 1 ? ' (with one process: of its samples)' : ''}. Peak RSS is the largest of the processes (node, tsx, the payloads, the validator); "nothing (baseline)" is the same process with a validator that does nothing.`,
      "callgen: validateCreateCallRequest (request mode), validateCall and validateCommsNotifications (response mode) with every issue and message, and their isX. Ajv: Ajv2020 with ajv-formats on the same schemas, first error (default) and allErrors. typia 12.2.1: createValidate and createIs of the same generated types, whose doc comments carry the constraints as tags typia reads (@format, @pattern, @maxLength, @type int32...), so it checks those formats and bounds; it has no request mode (it does not reject unknown properties, read-only properties or null where a request forbids it) and does not test that an object is a plain one.",
      `typia without formats (a secondary peer, not judged): the same types with the constraint tags removed (bench/validators/typia-untagged.ts), as issue 13 measured typia when it was filed: no string format, pattern, length or integer is checked. ${withoutFormats(measured)}.`,
    ],
    targets: measured.flatMap(({ group, results }) => targetsOf(group, results)),
  };
}

/** callgen's time against the secondary typia peer's, per group, in words. */
function withoutFormats(measured: readonly { readonly group: GroupSpec; readonly results: readonly Measured[] }[]): string {
  return measured
    .map(({ group, results }) => {
      const ns = (family: Family): number => results.find((r) => r.family === family)?.nsPerOp ?? Number.NaN;
      const validate = ns('typia without formats createValidate');
      const is = ns('typia without formats createIs');
      return `${group.kind}s, ${group.valid ? 'valid' : 'invalid'}: validateX ${count(ns('callgen validateX'))} ns against its createValidate ${count(validate)} (${ratio(ns('callgen validateX') / validate)}), isX ${count(ns('callgen isX'))} against its createIs ${count(is)} (${ratio(ns('callgen isX') / is)})`;
    })
    .join('; ');
}

function targetsOf(group: GroupSpec, results: readonly Measured[]): Target[] {
  const ns = (family: Family): number => results.find((r) => r.family === family)?.nsPerOp ?? Number.NaN;
  const label = `${group.kind}s, ${group.valid ? 'valid' : 'invalid'}`;
  const target = (name: string, value: number, limit: number, words: string): Target => ({ name: `${label}: ${name}`, figure: `${ratio(value)} ${words}`, met: Number.isFinite(value) ? value <= limit : undefined });
  if (group.valid) {
    return [
      target('validateX at most 1.25x typia createValidate', ns('callgen validateX') / ns('typia createValidate'), 1.25, "typia createValidate's time"),
      target('isX no slower than typia createIs', ns('callgen isX') / ns('typia createIs'), 1, "typia createIs's time"),
      target('validateX at least 2.5x faster than Ajv', ns('callgen validateX') / ns('Ajv'), 1 / 2.5, "Ajv's time (target 0.40x)"),
      target('isX at least 2.5x faster than Ajv', ns('callgen isX') / ns('Ajv'), 1 / 2.5, "Ajv's time (target 0.40x)"),
    ];
  }
  return [
    target('isX no slower than first-error Ajv', ns('callgen isX') / ns('Ajv'), 1, "first-error Ajv's time"),
    target('validateX at least 2.5x faster than Ajv allErrors', ns('callgen validateX') / ns('Ajv allErrors'), 1 / 2.5, "Ajv allErrors' time (target 0.40x)"),
  ];
}
