import { childShapes } from '../../model/children.js';
import type { Shape } from '../../model/types.js';
import type { TypeIndex } from '../typeText.js';
import type { Code } from './code.js';
import type { Writer } from './writer.js';

// Whether checks may report a warning, so that a union's branch that matched runs its full path
// again only where that can show one (applicators.ts, `tryBranches`).

/**
 * Whether the full path of `code` may report a warning: one of its own, or one of a named type it
 * calls. Trials and the explanations of an unmatched union are left out: their warnings never show.
 */
export function mayWarn(w: Writer, code: readonly Code[]): boolean {
  return code.some((node) => {
    switch (node.kind) {
      case 'report':
        return node.report.severity === 'warning';
      case 'check':
        return node.report.severity === 'warning' || mayWarn(w, node.then ?? []);
      case 'if':
        return mayWarn(w, node.then) || mayWarn(w, node.otherwise);
      case 'for':
        return mayWarn(w, node.body);
      case 'switch':
        return node.cases.some((c) => mayWarn(w, c.body)) || mayWarn(w, node.otherwise);
      case 'count':
      case 'warnings':
        return mayWarn(w, node.code);
      case 'call':
        return typeMayWarn(w.index, node.target);
      case 'trial':
      case 'unmatched':
      case 'reporting':
      case 'const':
      case 'let':
      case 'statement':
      case 'comment':
        return false;
    }
  });
}

const memo = new WeakMap<TypeIndex, Map<string, boolean>>();

/**
 * Whether a named type's checks may warn, in either mode, read from the model (asking the writer
 * for its mode would give the caller's type a function per mode): a readOnly or writeOnly
 * property, or an open enum, anywhere in it or the types it refers to.
 */
function typeMayWarn(index: TypeIndex, target: string): boolean {
  let known = memo.get(index);
  if (known === undefined) memo.set(index, (known = new Map()));
  const answer = known.get(target);
  if (answer !== undefined) return answer;
  const seen = new Set<string>([target]);
  const stack: Shape[] = [index.get(target).shape];
  let found = false;
  for (let next = stack.pop(); next !== undefined && !found; next = stack.pop()) {
    if (next.kind === 'ref') {
      if (!seen.has(next.target)) stack.push(index.get(next.target).shape);
      seen.add(next.target);
    } else {
      found = (next.kind === 'object' && next.properties.some((p) => p.readOnly || p.writeOnly === true)) || (next.kind === 'enum' && next.open);
      stack.push(...childShapes(next));
    }
  }
  known.set(target, found);
  return found;
}
