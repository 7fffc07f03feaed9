import type { Shape } from './types.js';

/**
 * The shapes directly inside a shape, for the passes that follow every path through the model
 * (references, recursion, reach). `readable` leaves out what a request never carries.
 */
export function childShapes(shape: Shape, request = false): Shape[] {
  switch (shape.kind) {
    case 'array':
      return [shape.items, ...(shape.prefixItems ?? []), ...(shape.contains === undefined ? [] : [shape.contains.shape])];
    case 'object':
      return [
        ...shape.properties.filter((p) => !(request && p.readOnly)).map((p) => p.shape),
        ...(shape.additional.kind === 'schema' ? [shape.additional.shape] : []),
        ...(shape.patternProperties ?? []).map((p) => p.shape),
        ...(shape.propertyNames === undefined ? [] : [shape.propertyNames]),
        ...(shape.dependentSchemas ?? []).map(([, s]) => s),
      ];
    case 'union':
    case 'choice':
      return [...shape.branches];
    case 'all':
      return [...shape.parts];
    case 'not':
      return [shape.shape];
    case 'conditional':
      return [shape.if, ...(shape.then === undefined ? [] : [shape.then]), ...(shape.else === undefined ? [] : [shape.else])];
    default:
      return [];
  }
}

/** Every named type a shape refers to, at any depth below it (not through other named types). */
export function refsIn(shape: Shape, request = false): string[] {
  const names: string[] = [];
  const stack: Shape[] = [shape];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.kind === 'ref') names.push(next.target);
    else stack.push(...childShapes(next, request));
  }
  return names;
}

/**
 * Whether an open enum (`x-open-enum`) stands anywhere in a named type's own shape: a named enum, or
 * one written inline in a property, an item or a branch. types.ts then declares `OpenEnum`.
 */
export function holdsOpenEnum(shape: Shape): boolean {
  const stack: Shape[] = [shape];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.kind === 'enum' && next.open) return true;
    stack.push(...childShapes(next));
  }
  return false;
}
