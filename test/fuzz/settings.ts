// How much to fuzz, from the environment, so that CI runs a few thousand cases in seconds and a
// person can run the full count or replay a failure:
//
//   CALLGEN_FUZZ_RUNS=100000 npx vitest run test/fuzz      the full run
//   CALLGEN_FUZZ_SEED=42 npx vitest run test/fuzz          another seed (the default is fixed)
//   CALLGEN_FUZZ_SEED=<seed> CALLGEN_FUZZ_PATH=<path> npx vitest run test/fuzz -t '<test name>'
//                                                          replays the counterexample fast-check printed

/** Differential cases per run when CALLGEN_FUZZ_RUNS is not set. */
export const CI_RUNS = 4_000;
/** A fixed default seed: CI is reproducible, and a failure there replays on any machine. */
export const DEFAULT_SEED = 7_2024;

export interface FuzzSettings {
  /** Total differential cases, spread over the targets. */
  readonly runs: number;
  readonly seed: number;
  /** fast-check's replay path, printed with a counterexample. */
  readonly path: string | undefined;
}

function integerFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not ${JSON.stringify(raw)}`);
  return value;
}

export function fuzzSettings(): FuzzSettings {
  const runs = integerFrom('CALLGEN_FUZZ_RUNS', CI_RUNS);
  if (runs < 1) throw new Error('CALLGEN_FUZZ_RUNS must be at least 1');
  const path = process.env['CALLGEN_FUZZ_PATH'];
  return { runs, seed: integerFrom('CALLGEN_FUZZ_SEED', DEFAULT_SEED), path: path === '' ? undefined : path };
}

/** Generous per-test time limits, growing with the number of cases (about 1 ms each on 2 cores). */
export function timeoutFor(cases: number): number {
  return Math.max(60_000, cases * 5);
}
