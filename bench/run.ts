import os from 'node:os';
import { benchGeneration } from './generation.js';
import { benchOpenApi } from './openapi.js';
import { printSection, type Section, verdict } from './lib/report.js';
import { benchScale, sizesFromEnv } from './scale.js';
import { benchBundles } from './bundles.js';
import { benchBigValidate } from './validators/big.js';
import { benchValidators } from './validators/bench.js';

// `npm run bench [-- validators bundles validate-big generation scale openapi]`: the benchmarks of
// issues 6, 13, 15 and 16, in that order,
// each a table with its ratios, then every target with its verdict. Missed targets are reported,
// not failed on: the exit code only says whether the benchmark itself ran.
// CALLGEN_BENCH_SAMPLES (at least 7) sets the samples per figure, CALLGEN_BENCH_PROCESSES (default 3)
// the processes per validator family, CALLGEN_BENCH_SIZES the scale sizes.

const PARTS = ['validators', 'bundles', 'validate-big', 'generation', 'scale', 'openapi'] as const;
type Part = (typeof PARTS)[number];

function partsFromArgs(args: readonly string[]): Part[] {
  const unknown = args.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`unknown part(s) ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`);
  return args.length === 0 ? [...PARTS] : PARTS.filter((p) => args.includes(p));
}

function samplesFromEnv(): number {
  const samples = Number(process.env['CALLGEN_BENCH_SAMPLES'] ?? '9');
  if (!Number.isInteger(samples) || samples < 7) throw new Error('CALLGEN_BENCH_SAMPLES must be a whole number of at least 7');
  return samples;
}

function machine(): string {
  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  return `${cpus.length} x ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.type()} ${os.release()}, node ${process.version}; load average ${load}`;
}

async function run(part: Part, samples: number): Promise<Section[]> {
  switch (part) {
    case 'validators':
      return benchValidators({ samples, warmupMs: 300, sampleMs: 50 });
    case 'bundles':
      return [await benchBundles()];
    case 'validate-big':
      return [await benchBigValidate()];
    case 'generation':
      return [await benchGeneration(samples)];
    case 'openapi':
      return [await benchOpenApi(Math.min(samples, 7))];
    case 'scale':
      return [await benchScale(sizesFromEnv())];
  }
}

async function main(): Promise<void> {
  const parts = partsFromArgs(process.argv.slice(2));
  const samples = samplesFromEnv();
  const started = performance.now();
  console.log(`# callgen benchmarks\n\nmachine: ${machine()}`);
  const sections: Section[] = [];
  for (const part of parts) {
    console.log(`\n(${part}: load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at the start)`);
    for (const section of await run(part, samples)) {
      printSection(section);
      sections.push(section);
    }
  }
  console.log('\n## Targets\n');
  for (const t of sections.flatMap((s) => s.targets)) console.log(`${verdict(t.met)} ${t.name}: ${t.figure}`);
  console.log(`\nfinished in ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

await main();
