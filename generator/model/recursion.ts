import { refsIn } from './children.js';
import type { Model } from './types.js';

/**
 * Names of the types that can contain themselves (through any chain of references). Only their
 * validators need cycle and depth guards; everything else is bounded by the schema's own depth.
 */
export function recursiveTypes(model: Model): Set<string> {
  const edges = new Map(model.types.map((t) => [t.name, [...new Set(refsIn(t.shape))]]));
  const recursive = new Set<string>();
  // Tarjan's strongly connected components, iteratively, so deep schema graphs cannot overflow the stack.
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let counter = 0;
  for (const start of edges.keys()) {
    if (indexOf.has(start)) continue;
    const work: [name: string, next: number][] = [[start, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame === undefined) break;
      const [name, next] = frame;
      if (next === 0) {
        indexOf.set(name, counter);
        low.set(name, counter++);
        stack.push(name);
        onStack.add(name);
      }
      const targets = edges.get(name) ?? [];
      const target = targets[next];
      if (target !== undefined) {
        frame[1] = next + 1;
        if (!indexOf.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) low.set(name, Math.min(low.get(name) ?? 0, indexOf.get(target) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent[0], Math.min(low.get(parent[0]) ?? 0, low.get(name) ?? 0));
      if (low.get(name) !== indexOf.get(name)) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack.delete(member);
        component.push(member);
        if (member === name) break;
      }
      if (component.length > 1 || targets.includes(name)) component.forEach((m) => recursive.add(m));
    }
  }
  return recursive;
}
