import type { Model, NamedType } from '../../model/types.js';
import type { Code } from './code.js';
import type { Mode, Writer } from './writer.js';

/** The checks of one type in one mode, as the keyword emitters wrote them. */
export interface Variant {
  readonly type: NamedType;
  /** `undefined`: the checks do not depend on the mode, and one function serves both. */
  readonly mode: Mode | undefined;
  readonly code: readonly Code[];
}

/**
 * Decides which check functions a validators file holds. Each type's checks are written for
 * both modes; a type whose checks never asked for the mode, and whose callees are alike, gets one
 * function; any other gets one per mode that some validator reaches. The mode is thus decided
 * when the code is generated, never tested at run time.
 */
export class Plan {
  readonly variants: Variant[] = [];
  readonly #dependent = new Set<string>();

  constructor(model: Model, writer: Writer, roots: readonly (readonly [NamedType, Mode])[]) {
    const written = new Map<string, Record<Mode, readonly Code[]>>();
    for (const type of model.types) {
      const code = { request: [] as readonly Code[], response: [] as readonly Code[] };
      let asked = false;
      for (const mode of ['request', 'response'] as const) {
        writer.begin(mode);
        code[mode] = writer.check(type.shape, 'value', 'path');
        asked ||= writer.modeAsked;
      }
      written.set(type.name, code);
      if (asked) this.#dependent.add(type.name);
    }
    this.#spreadDependence(written);
    this.#collect(model, written, roots);
  }

  /** The function name of a type's checks in a mode: `checkX`, or `requestCheckX` where the modes differ. */
  name(prefix: 'check' | 'test', type: string, mode: Mode): string {
    if (!this.#dependent.has(type)) return `${prefix}${type}`;
    return `${mode}${prefix === 'check' ? 'Check' : 'Test'}${type}`;
  }

  /** A type is mode-dependent when it asked for the mode or calls a type that is. */
  #spreadDependence(written: ReadonlyMap<string, Record<Mode, readonly Code[]>>): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const [name, code] of written) {
        if (this.#dependent.has(name)) continue;
        if ([...callsIn(code.request), ...callsIn(code.response)].some((target) => this.#dependent.has(target))) {
          this.#dependent.add(name);
          changed = true;
        }
      }
    }
  }

  /** The variants some root reaches, in the order of the model's types, request before response. */
  #collect(model: Model, written: ReadonlyMap<string, Record<Mode, readonly Code[]>>, roots: readonly (readonly [NamedType, Mode])[]): void {
    const reached = new Set<string>();
    const work = roots.map(([type, mode]) => [type.name, mode] as const);
    for (let next = work.pop(); next !== undefined; next = work.pop()) {
      const [name, mode] = next;
      const key = this.name('check', name, mode);
      if (reached.has(key)) continue;
      reached.add(key);
      for (const target of callsIn(written.get(name)?.[mode] ?? [])) work.push([target, mode]);
    }
    for (const type of model.types) {
      const code = written.get(type.name);
      if (code === undefined) continue;
      if (!this.#dependent.has(type.name)) {
        if (reached.has(this.name('check', type.name, 'response'))) this.variants.push({ type, mode: undefined, code: code.response });
        continue;
      }
      for (const mode of ['request', 'response'] as const) {
        if (reached.has(this.name('check', type.name, mode))) this.variants.push({ type, mode, code: code[mode] });
      }
    }
  }
}

/** The named types a piece of code calls. */
export function callsIn(code: readonly Code[]): string[] {
  const found: string[] = [];
  const visit = (node: Code): void => {
    switch (node.kind) {
      case 'call':
        found.push(node.target);
        break;
      case 'check':
        node.then?.forEach(visit);
        break;
      case 'if':
        node.then.forEach(visit);
        node.otherwise.forEach(visit);
        break;
      case 'for':
        node.body.forEach(visit);
        break;
      case 'trial':
        node.code.forEach(visit);
        break;
      case 'switch':
        node.cases.forEach((c) => c.body.forEach(visit));
        node.otherwise.forEach(visit);
        break;
      default:
        break;
    }
  };
  code.forEach(visit);
  return found;
}
