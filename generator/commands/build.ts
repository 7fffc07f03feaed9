import { planTargets, type Target as ConfigTarget, type TargetPlan, type TargetRequest } from '../config/targets.js';
import { inputHash } from '../output/inputs.js';
import type { GenerateResult } from '../pipeline.js';
import { folderOverlap, overlapFailure, overlapMessage, shownFrom } from './overlap.js';

/** A target as it is built: `--prettier` (or the API's `prettier`) applies to every target. */
export type Target = ConfigTarget & { readonly prettier?: boolean | undefined };

/** Whether a target can be skipped (its folder is up to date), given its input hash. */
export type SkipTarget = (target: Target, inputs: string | undefined) => Promise<boolean>;

export interface BuiltTarget {
  readonly target: Target;
  readonly result: GenerateResult;
}

export type TargetsBuild =
  | { readonly ok: true; readonly config: string | undefined; readonly built: readonly BuiltTarget[] }
  | Exclude<TargetPlan, { readonly ok: true }>
  /** A well-formed request callgen will not carry out (`--out` inside the schema folder): the message says what and why. */
  | { readonly ok: false; readonly refused: string };

/**
 * `callgen generate` as data, shared by the CLI and the API: the targets of the request (config
 * file and overrides), each generated in memory. Nothing is written; `--check` and writing are the
 * caller's. A config problem or an unusable request (`usage`) comes back as data too.
 */
export async function buildTargets(request: TargetRequest & { readonly prettier?: boolean | undefined }, skip?: SkipTarget): Promise<TargetsBuild> {
  const plan = await planTargets(request);
  if (!plan.ok) return plan;
  const targets = plan.targets.map((target): Target => (request.prettier === true ? { ...target, prettier: true } : target));
  const shown = shownFrom(request.cwd);
  for (const [index, target] of targets.entries()) {
    const overlap = await folderOverlap(target, target.out, shown);
    if (overlap !== undefined) return overlapFailure(overlapMessage(shown(target.out), overlap), { outFlag: request.out !== undefined, pointer: plan.pointers?.[index], config: plan.config });
  }
  const pending: Target[] = [];
  for (const target of targets) {
    const inputs = skip === undefined ? undefined : await inputsOf(target).catch(() => undefined);
    if (skip === undefined || !(await skip(target, inputs))) pending.push(target);
  }
  const built: BuiltTarget[] = [];
  if (pending.length === 0) return { ok: true, config: plan.config, built };
  // Loaded only now, so that a run with nothing to do (and the other commands) start without the generator.
  const { generate } = await import('../pipeline.js');
  for (const target of pending) built.push({ target, result: await generate(target) });
  return { ok: true, config: plan.config, built };
}

/** The input hash of a target: its schemas (or OpenAPI document) and every option but the folders and the name. */
export function inputsOf({ name: _name, schemas, openapi, out: _out, ...options }: Target): Promise<string> {
  return inputHash(openapi ?? schemas, options);
}
