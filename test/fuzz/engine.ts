import fc from 'fast-check';
import { Deriver, SHRINK_TO_FIRST } from './arbitraries.js';
import { generatedFormats, KNOWN_BUGS } from './known-bugs.js';
import { createModeAjv, type OracleOptions } from './modes.js';
import { mutate, mutationArbitrary, poolsOf, type Mutation } from './mutations.js';
import type { Json, SchemaSet } from './schemas.js';
import { targets, type Oracles, type Target, type Verdict } from './targets.js';

// The differential fuzzer: cases (a payload derived for a target's type, and mutations), the verdict
// of both validators on each, and a tally. A disagreement is "known" when it is fully explained by
// a reported generator bug (known-bugs.ts), "new" otherwise.

export interface Case {
  readonly target: string;
  readonly payload: Json;
  readonly mutations: readonly Mutation[];
}

export interface Outcome {
  readonly target: string;
  readonly payload: Json;
  readonly generated: Verdict;
  readonly ajv: Verdict;
  /** For a disagreement: the formats of the known bugs that explain it, or none. */
  readonly knownBugs: readonly string[];
}

export interface Tally {
  cases: number;
  valid: number;
  /** New disagreements. */
  disagreements: Outcome[];
  /** Disagreements put down to a known bug, per format. */
  known: Map<string, number>;
}

export interface RunParameters {
  readonly seed: number;
  readonly numRuns: number;
  readonly path?: string | undefined;
}

export function oracles(set: SchemaSet, options: OracleOptions = {}): Oracles {
  return { request: createModeAjv(set, 'request', options), response: createModeAjv(set, 'response', options) };
}

export class Fuzzer {
  readonly targets: readonly Target[];
  readonly #byName: ReadonlyMap<string, Target>;
  readonly #derivers: Readonly<Record<Target['mode'], Deriver>>;
  readonly #mutation: fc.Arbitrary<Mutation>;

  constructor(set: SchemaSet, options: OracleOptions = {}) {
    this.targets = targets(set, oracles(set, options), oracles(set, { ...options, formats: generatedFormats() }));
    this.#byName = new Map(this.targets.map((t) => [t.name, t]));
    this.#derivers = { request: new Deriver(set, 'request'), response: new Deriver(set, 'response') };
    this.#mutation = mutationArbitrary(poolsOf(set));
  }

  target(name: string): Target {
    const found = this.#byName.get(name);
    if (found === undefined) throw new Error(`generated/validators.ts has no ${name}`);
    return found;
  }

  /** Cases for one target: about a quarter unmutated, the rest with one to three mutations. */
  cases(name: string): fc.Arbitrary<Case> {
    const t = this.target(name);
    const derived = this.#derivers[t.mode].derive(t.type.located);
    // Now and then any JSON at all, for the top-level type checks.
    const payload = fc.oneof(SHRINK_TO_FIRST, { arbitrary: derived, weight: 30 }, { arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>, weight: 1 });
    const mutations = fc.oneof(SHRINK_TO_FIRST, { arbitrary: fc.constant([]), weight: 1 }, { arbitrary: fc.array(this.#mutation, { minLength: 1, maxLength: 3 }), weight: 3 });
    return fc.record({ target: fc.constant(name), payload, mutations });
  }

  judge(c: Case): Outcome {
    const t = this.target(c.target);
    const payload = mutate(c.payload, c.mutations);
    const generated = t.generated(payload);
    const ajv = t.ajv(payload);
    const explained = generated.ok && !ajv.ok && t.lenient(payload).ok;
    const knownBugs = explained ? KNOWN_BUGS.filter((bug) => ajv.issues.some((issue) => failsOnlyByBug(payload, issue, bug.format))).map((b) => b.format) : [];
    return { target: c.target, payload, generated, ajv, knownBugs };
  }

  /** Runs every case; never throws for a disagreement, only counts it. */
  run(arbitrary: fc.Arbitrary<Case>, parameters: RunParameters): Tally {
    const tally: Tally = { cases: 0, valid: 0, disagreements: [], known: new Map() };
    fc.assert(
      fc.property(arbitrary, (c) => {
        const outcome = this.judge(c);
        tally.cases++;
        if (outcome.generated.ok) tally.valid++;
        if (isNew(outcome)) tally.disagreements.push(outcome);
        for (const format of outcome.knownBugs) tally.known.set(format, (tally.known.get(format) ?? 0) + 1);
      }),
      withPath(parameters),
    );
    return tally;
  }

  /** fast-check's report of the first new disagreement, shrunk, with its seed and path; '' if none. */
  shrink(arbitrary: fc.Arbitrary<Case>, parameters: RunParameters): string {
    try {
      fc.assert(
        fc.property(arbitrary, (c) => {
          const outcome = this.judge(c);
          if (isNew(outcome)) throw new Error(describeOutcome(outcome));
        }),
        withPath(parameters),
      );
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  }
}

function withPath({ seed, numRuns, path }: RunParameters): fc.Parameters<[Case]> {
  return path === undefined ? { seed, numRuns } : { seed, numRuns, path };
}

export function isNew(o: Outcome): boolean {
  return o.generated.ok !== o.ajv.ok && o.knownBugs.length === 0;
}

/** Whether an Ajv `format` issue is at a string the generated regex of a known bug accepts. */
function failsOnlyByBug(payload: Json, issue: string, format: string): boolean {
  const bug = KNOWN_BUGS.find((b) => b.format === format);
  if (bug === undefined || !issue.endsWith(' format')) return false;
  const value = valueAt(payload, issue.slice(0, -' format'.length));
  return typeof value === 'string' && bug.generated.test(value);
}

function valueAt(root: Json, pointer: string): Json | undefined {
  let node: Json | undefined = root;
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = Array.isArray(node) ? node[Number(token)] : node !== null && typeof node === 'object' ? (node as Record<string, Json>)[token] : undefined;
  }
  return node;
}

export function describeOutcome(o: Outcome): string {
  const side = (v: Verdict): string => (v.ok ? `valid${v.warnings.length > 0 ? ` (warnings: ${v.warnings.join(', ')})` : ''}` : `invalid (${v.issues.join(', ')})`);
  return `${o.target} payload ${JSON.stringify(o.payload)}\n  generated validator: ${side(o.generated)}\n  Ajv: ${side(o.ajv)}`;
}

/** Disagreements grouped by who rejects and at which issues, with counts: the shape of a bug at a glance. */
export function summary(outcomes: readonly Outcome[]): string {
  const groups = new Map<string, number>();
  for (const o of outcomes) {
    const key = o.generated.ok ? `generated accepts, Ajv rejects: ${o.ajv.issues.join(', ')}` : `generated rejects, Ajv accepts: ${o.generated.issues.join(', ')}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `  ${n} × ${key}`)
    .join('\n');
}
