import type { Model, NamedType } from '../../model/types.js';
import type { Code } from './code.js';
import { Pointer } from './path.js';
import type { Mode, Writer } from './writer.js';

/** The checks of one type in one mode, as the keyword emitters wrote them. */
export interface Variant {
  readonly type: NamedType;
  /** `undefined`: the checks do not depend on the mode, and one function serves both. */
  readonly mode: Mode | undefined;
  readonly code: readonly Code[];
  /** Whether some validator reaches the full path (`checkX`) and the boolean path (`testX`) of these checks. */
  readonly full: boolean;
  readonly boolean: boolean;
}

/** A root: a type and mode some exported validator or the registry starts from, and which paths it runs. */
export interface Root {
  readonly type: NamedType;
  readonly mode: Mode;
  readonly full: boolean;
  readonly boolean: boolean;
}

/**
 * Decides which check functions a validators file holds. Each type's checks are written for
 * both modes; a type whose checks never asked for the mode, and whose callees are alike, gets one
 * function; any other gets one per mode that some validator reaches. The mode is thus decided
 * when the code is generated, never tested at run time. Each path is written only where reached:
 * `validateX` runs the full path, `isX` and the trials inside any path the boolean one.
 */
export class Plan {
  readonly #variants: (Variant | undefined)[] = [];
  readonly #dependent = new Set<string>();

  constructor(model: Model, writer: Writer, roots: readonly Root[]) {
    const written = new Map<string, Record<Mode, readonly Code[]>>();
    // The types each type's checks call, found once: the passes below ask for them again and again.
    const calls = new Map<string, Record<Mode, Calls>>();
    for (const type of model.types) {
      const code = { request: [] as readonly Code[], response: [] as readonly Code[] };
      let asked = false;
      for (const mode of ['request', 'response'] as const) {
        writer.begin(mode, type.name);
        code[mode] = writer.check(type.shape, 'value', Pointer.root, writer.assumedType(type.name));
        asked ||= writer.modeAsked;
      }
      written.set(type.name, code);
      calls.set(type.name, { request: callsIn(code.request), response: callsIn(code.response) });
      if (asked) this.#dependent.add(type.name);
    }
    this.#spreadDependence(calls);
    this.#collect(model, written, calls, roots);
  }

  /**
   * The variants, each given out once and then let go of: a type's checks are garbage as soon as
   * its functions are printed, instead of all of them staying alive until the last is (at 3,000
   * synthetic types they are about 100 MB, and what is alive when the collector runs sets how far
   * the process may grow before it runs again).
   */
  *take(): Generator<Variant> {
    for (let i = 0; i < this.#variants.length; i++) {
      const variant = this.#variants[i];
      this.#variants[i] = undefined;
      if (variant !== undefined) yield variant;
    }
  }

  /** The function name of a type's checks in a mode: `checkX`, or `requestCheckX` where the modes differ. */
  name(prefix: 'check' | 'test', type: string, mode: Mode): string {
    if (!this.#dependent.has(type)) return `${prefix}${type}`;
    return `${mode}${prefix === 'check' ? 'Check' : 'Test'}${type}`;
  }

  /** A type is mode-dependent when it asked for the mode or calls a type that is. */
  #spreadDependence(calls: ReadonlyMap<string, Record<Mode, Calls>>): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const [name, { request, response }] of calls) {
        if (this.#dependent.has(name)) continue;
        if ([request.full, request.trial, response.full, response.trial].some((targets) => targets.some((target) => this.#dependent.has(target)))) {
          this.#dependent.add(name);
          changed = true;
        }
      }
    }
  }

  /** The variants some root reaches, in the order of the model's types, request before response. */
  #collect(model: Model, written: ReadonlyMap<string, Record<Mode, readonly Code[]>>, calls: ReadonlyMap<string, Record<Mode, Calls>>, roots: readonly Root[]): void {
    const reached = { full: new Set<string>(), boolean: new Set<string>() };
    const work = roots.flatMap(({ type, mode, full, boolean }) => [...(full ? [[type.name, mode, 'full'] as const] : []), ...(boolean ? [[type.name, mode, 'boolean'] as const] : [])]);
    for (let next = work.pop(); next !== undefined; next = work.pop()) {
      const [name, mode, path] = next;
      const key = this.name('check', name, mode);
      if (reached[path].has(key)) continue;
      reached[path].add(key);
      const callees = calls.get(name)?.[mode];
      for (const target of callees?.full ?? []) work.push([target, mode, path]);
      for (const target of callees?.trial ?? []) work.push([target, mode, 'boolean']);
    }
    for (const type of model.types) {
      const code = written.get(type.name);
      if (code === undefined) continue;
      const modes = this.#dependent.has(type.name) ? (['request', 'response'] as const) : (['response'] as const);
      for (const mode of modes) {
        const key = this.name('check', type.name, mode);
        const [full, boolean] = [reached.full.has(key), reached.boolean.has(key)];
        if (full || boolean) this.#variants.push({ type, mode: this.#dependent.has(type.name) ? mode : undefined, code: code[mode], full, boolean });
      }
    }
  }
}

/** The named types some code calls: from its own checks (`full`), and from inside trials (which run the boolean path). */
export interface Calls {
  readonly full: string[];
  readonly trial: string[];
}

export function callsIn(code: readonly Code[]): Calls {
  const found = { full: [] as string[], trial: [] as string[] };
  visitCalls(code, false, found);
  return found;
}

// A plain recursive function, no closure per node: this runs over the checks of every type.
function visitCalls(code: readonly Code[] | undefined, inTrial: boolean, found: Calls): void {
  for (const node of code ?? []) {
    switch (node.kind) {
      case 'call':
        found[inTrial ? 'trial' : 'full'].push(node.target);
        break;
      case 'check':
        visitCalls(node.then, inTrial, found);
        break;
      case 'if':
        visitCalls(node.then, inTrial, found);
        visitCalls(node.otherwise, inTrial, found);
        break;
      case 'for':
        visitCalls(node.body, inTrial, found);
        break;
      case 'trial':
        visitCalls(node.code, true, found);
        break;
      case 'count':
        visitCalls(node.code, inTrial, found);
        break;
      case 'unmatched':
        // Its branches are written out only in the full path; a trial renders it as a failed test.
        if (!inTrial) for (const branch of node.branches) visitCalls(branch.code, false, found);
        break;
      case 'switch':
        for (const c of node.cases) visitCalls(c.body, inTrial, found);
        visitCalls(node.otherwise, inTrial, found);
        break;
      default:
        break;
    }
  }
}
