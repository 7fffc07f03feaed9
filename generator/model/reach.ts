import { problemAt, type Problem } from '../diagnostics.js';
import { childShapes, refsIn } from './children.js';
import type { NamedType, Shape } from './types.js';

/**
 * Decides which types get a request shape: those reachable from a request-body root (or a type an
 * operation sends, `sent`) through writable properties, or every type when the folder has no such
 * root. Scalars and most enums read the same in requests and responses, so only types that hold
 * objects, or enums with members a request may not hold, get a second shape.
 */
export function markRequestShapes(types: readonly NamedType[], problems: Problem[], sent: readonly string[] = []): NamedType[] {
  const byName = new Map(types.map((t) => [t.name, t]));
  const differs = typesReadOtherwiseInRequests(types);
  const roots = types.filter((t) => t.requestBody || sent.includes(t.name));
  const reachable = roots.length === 0 ? new Set(types.map((t) => t.name)) : reachFrom(roots, byName);
  const marked = types.map((type) => ({
    ...type,
    hasRequestShape: type.requestBody || (reachable.has(type.name) && differs.has(type.name)),
  }));
  const taken = new Set([...byName.keys(), ...marked.filter((t) => t.hasRequestShape).map(requestName)]);
  return marked.map((type) => {
    const inputName = requestName(type);
    const holder = byName.get(inputName);
    if (!type.hasRequestShape || inputName === type.name || holder === undefined) return type;
    let free = inputName;
    for (let i = 2; taken.has(free); i++) free = `${inputName}${i}`;
    taken.add(free);
    // A schema folder's author names one of them otherwise; an OpenAPI document cannot be asked to, so its shape is numbered.
    // Both name the holder: a name made from a place (`$defs/Task_Input`) gives no hint where it is.
    const which = `the type of ${holder.source.file}#${holder.source.pointer} already is`;
    problems.push({
      ...problemAt(type.source, `its request shape would be named "${inputName}", which ${which}; give one of them a distinct "title" to choose its name`),
      otherwise: `its request shape would be named "${inputName}", which ${which}; it is named "${free}"`,
    });
    return { ...type, inputName: free };
  });
}

/** The TypeScript name of a type's request shape. */
export function requestName(type: Pick<NamedType, 'name' | 'requestBody' | 'inputName'>): string {
  return type.inputName ?? (type.requestBody ? type.name : `${type.name}Input`);
}

function reachFrom(roots: readonly NamedType[], byName: ReadonlyMap<string, NamedType>): Set<string> {
  const reached = new Set<string>();
  const queue = roots.map((r) => r.name);
  while (queue.length > 0) {
    const name = queue.pop() ?? '';
    if (reached.has(name)) continue;
    reached.add(name);
    const type = byName.get(name);
    if (type !== undefined) queue.push(...writableRefs(type.shape));
  }
  return reached;
}

/** Names a request can contain below this shape: readOnly properties are not sent. */
function writableRefs(shape: Shape): string[] {
  return refsIn(shape, true);
}

/** Objects close and drop read-only properties in requests; an enum drops its response-only members. */
function readOtherwiseInRequests(shape: Shape, differs: (name: string) => boolean): boolean {
  switch (shape.kind) {
    case 'object':
      return true;
    case 'enum':
      return shape.responseOnly.length > 0;
    case 'ref':
      return differs(shape.target);
    case 'array':
    case 'union':
    case 'choice':
    case 'all':
    case 'conditional':
    // `not` of an object reads differently in a request too (closed, read-only properties not required), though its type is `unknown`.
    case 'not':
      return childShapes(shape).some((b) => readOtherwiseInRequests(b, differs));
    default:
      return false;
  }
}

/** A fixpoint, so that types which hold each other (recursive unions and arrays) are decided right. */
function typesReadOtherwiseInRequests(types: readonly NamedType[]): Set<string> {
  const differing = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const type of types) {
      if (!differing.has(type.name) && readOtherwiseInRequests(type.shape, (name) => differing.has(name))) {
        differing.add(type.name);
        changed = true;
      }
    }
  }
  return differing;
}
