import { problemAt, type Problem } from '../diagnostics.js';
import type { NamedType, Shape } from './types.js';

/**
 * A type that is only itself (`A = A`, `A = A | null`) has no values and no TypeScript form. Such
 * cycles run through references, `allOf` members and union branches only; an object or array in
 * between is fine.
 */
export function aliasCycleProblems(types: readonly NamedType[]): Problem[] {
  const byName = new Map(types.map((t) => [t.name, t]));
  const problems: Problem[] = [];
  for (const type of types) {
    const seen = new Set<string>();
    const queue = aliasTargets(type.shape);
    while (queue.length > 0) {
      const name = queue.pop() ?? '';
      if (name === type.name) {
        problems.push(problemAt(type.source, `"${type.schemaName}" is defined only by itself (through $ref, allOf or oneOf/anyOf, with no object or array in between); give it a real definition`));
        break;
      }
      if (seen.has(name)) continue;
      seen.add(name);
      const target = byName.get(name);
      if (target !== undefined) queue.push(...aliasTargets(target.shape));
    }
  }
  return problems;
}

function aliasTargets(shape: Shape): string[] {
  if (shape.kind === 'ref') return [shape.target];
  if (shape.kind === 'union' || shape.kind === 'choice') return shape.branches.flatMap(aliasTargets);
  if (shape.kind === 'all') return shape.parts.flatMap(aliasTargets);
  return [];
}
