import { childShapes } from '../../model/children.js';
import type { Model, Shape } from '../../model/types.js';
import { closedToRequests } from './objects.js';

// A `$ref` that applies in place (a `oneOf` branch, `then`, a `dependentSchemas` value) checks the
// value with its target's shared request check, which would call the names the schemas around the
// reference declare unknown, where an inline object there knows them (`ObjectShape.surrounding`).
// Such a target's request functions take those names as an optional set (`around`), which its
// objects at its own value skip; only targets some in-place reference reaches so, so no other
// function changes. A target that is an alias, or refuses nothing at its own value, takes none.

/** The name of the optional parameter, and of what the checks read. */
export const AROUND = 'around';

/**
 * The types whose request functions take the names around an in-place reference, each with the
 * names it declares itself at its own value (which it checks anyway, so no reference passes them):
 * those some such reference reaches with a name they do not declare, and whose request checks
 * refuse unknown keys at their own value.
 */
export function aroundTargets(model: Model): ReadonlyMap<string, ReadonlySet<string>> {
  const shapes = new Map(model.types.map((type) => [type.name, type.shape]));
  const targets = new Map<string, ReadonlySet<string>>();
  for (const type of model.types) {
    const stack: Shape[] = [type.shape];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      stack.push(...childShapes(next));
      const target = next.kind === 'ref' ? shapes.get(next.target) : undefined;
      if (next.kind !== 'ref' || next.surrounding === undefined || target === undefined || targets.has(next.target) || !refusesAtOwnValue(target)) continue;
      const own = ownNames(target);
      if (next.surrounding.some((name) => !own.has(name))) targets.set(next.target, own);
    }
  }
  return targets;
}

/** Whether an object checked at the shape's own value (not inside a property, an item or another named type) refuses a request's unknown keys. */
function refusesAtOwnValue(shape: Shape): boolean {
  switch (shape.kind) {
    case 'object':
      return shape.additional.kind === 'mode-dependent' && closedToRequests(shape);
    case 'all':
      return shape.parts.some(refusesAtOwnValue);
    case 'union':
    case 'choice':
      return shape.branches.some(refusesAtOwnValue);
    case 'conditional':
    case 'not':
      return childShapes(shape).some(refusesAtOwnValue);
    default:
      return false;
  }
}

/** The names every value of the shape is checked against where it holds them: the properties of its object and of the objects it is the conjunction of. */
function ownNames(shape: Shape): ReadonlySet<string> {
  const parts = shape.kind === 'all' ? shape.parts : [shape];
  return new Set(parts.flatMap((part) => (part.kind === 'object' ? part.properties.map((p) => p.name) : [])));
}
