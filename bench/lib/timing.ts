// In-process timing of functions that each take one value, for comparing validators on the same
// inputs. Every candidate is warmed up first (so all are measured optimised), samples of the
// candidates are interleaved in rotating order (so drift in the machine's speed, GC, or a
// neighbour's load spreads over all of them instead of landing on one), and each candidate's
// figure is the median of its samples. Samples are measured in CPU time of this process: on a
// shared machine, wall time also counts the slices the scheduler gives to other processes.

export interface Candidate {
  readonly name: string;
  /** True when the value is valid; counted, so the work cannot be optimised away. */
  readonly run: (value: unknown) => boolean;
}

export interface Timing {
  readonly name: string;
  /** Median CPU nanoseconds per call over the samples. */
  readonly nsPerOp: number;
  readonly opsPerSecond: number;
  /** (slowest - fastest) / median of the samples: how much to trust the median. */
  readonly spread: number;
  readonly samples: number;
}

export interface TimingOptions {
  readonly samples: number;
  readonly warmupMs: number;
  /** Rough length of one sample; the repetition count is set from the warm-up speed. */
  readonly sampleMs: number;
}

export function timeInterleaved(candidates: readonly Candidate[], inputs: readonly unknown[], options: TimingOptions): Timing[] {
  if (inputs.length === 0) throw new Error('nothing to time: no inputs');
  const expected = candidates.map((c) => inputs.filter((v) => c.run(v)).length);
  const reps = candidates.map((c, i) => repetitionsFor(c, inputs, options, expected[i] ?? 0));
  const perCandidate: number[][] = candidates.map(() => []);
  for (let round = 0; round < options.samples; round++) {
    for (let k = 0; k < candidates.length; k++) {
      const i = (round + k) % candidates.length;
      const candidate = candidates[i];
      const n = reps[i];
      if (candidate === undefined || n === undefined) continue;
      const ns = timeBatch(candidate, inputs, n, (expected[i] ?? 0) * n);
      perCandidate[i]?.push(ns / (n * inputs.length));
    }
  }
  return candidates.map((c, i) => summarise(c.name, perCandidate[i] ?? []));
}

/** Warms a candidate up, then returns how many passes over the inputs make one sample. */
function repetitionsFor(candidate: Candidate, inputs: readonly unknown[], options: TimingOptions, validPerPass: number): number {
  let passes = 0;
  let elapsed = 0;
  while (elapsed < options.warmupMs * 1e6) {
    elapsed += timeBatch(candidate, inputs, 1, validPerPass);
    passes++;
  }
  const nsPerPass = elapsed / passes;
  return Math.max(1, Math.round((options.sampleMs * 1e6) / nsPerPass));
}

function timeBatch(candidate: Candidate, inputs: readonly unknown[], passes: number, expectedValid: number): number {
  const run = candidate.run;
  let valid = 0;
  const start = process.cpuUsage();
  for (let p = 0; p < passes; p++) {
    for (let j = 0; j < inputs.length; j++) if (run(inputs[j])) valid++;
  }
  const used = process.cpuUsage(start);
  const ns = (used.user + used.system) * 1000;
  // A verdict that changes between runs would mean the candidate is not a pure validator.
  if (valid !== expectedValid) throw new Error(`${candidate.name}: ${valid} valid in a batch, expected ${expectedValid}`);
  return ns;
}

function summarise(name: string, samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const nsPerOp = median(sorted);
  const spread = sorted.length === 0 ? 0 : ((sorted[sorted.length - 1] ?? 0) - (sorted[0] ?? 0)) / nsPerOp;
  return { name, nsPerOp, opsPerSecond: 1e9 / nsPerOp, spread, samples: sorted.length };
}

export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
