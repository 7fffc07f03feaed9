import { byCodeUnit, problemAt, type Source } from '../diagnostics.js';
import { asObject } from './allof.js';
import { kindsOfNode } from './kinds.js';
import { typelessTaggedUnion } from './typeless.js';
import type { BuildContext } from './shapes.js';
import type { ChoiceShape, Discriminator, JsonType, Literal, Shape, UnionShape } from './types.js';

type JsonKind = JsonType | 'any';
const JSON_TYPE_ORDER: readonly JsonType[] = ['null', 'boolean', 'number', 'string', 'array', 'object'];

/**
 * A union of branches that generated code can tell apart without trying each: by JSON type, by
 * literal value, and among objects by one discriminator property. Where the object branches
 * attempt a discriminator (a common `const` property) and it fails, that is reported, since the
 * author meant a tagged union; other unions nothing tells apart become a `choice`, whose validator
 * tries each branch (`one`: `oneOf`, exactly one must match; else `anyOf`, at least one).
 * `nodes`, the branches' schemas where the caller has them, let inline branches without "type" be
 * read as typeless.ts reads them.
 */
export function buildUnion(rawBranches: readonly Shape[], source: Source, context: BuildContext, one: boolean, nodes?: readonly unknown[]): Shape {
  if (rawBranches.length === 0) return { kind: 'never', source };
  // Objects without "type" told apart by a tag: no JSON type tells them apart, the tag does.
  const typeless = typelessTaggedUnion(rawBranches, nodes, source, context, one);
  if (typeless !== undefined) return typeless;
  const scratch: BuildContext = { ...context, problems: [] };
  const union = decidableUnion(rawBranches, source, scratch);
  const choice: ChoiceShape = { kind: 'choice', one, branches: rawBranches, source };
  // An anyOf may match several branches: tags two branches share, or several may leave out, only
  // mean that each branch is tried, as JSON Schema reads it; the guard is for a oneOf's author.
  if (!one && scratch.problems.length > 0) return choice;
  if (union !== undefined && (scratch.problems.length === 0 || (union.kind === 'union' && union.discriminator !== undefined))) {
    context.problems.push(...scratch.problems);
    return union;
  }
  // Only a guard for authors survives the fallback: the choice is what JSON Schema reads there.
  context.problems.push(...scratch.problems.filter((p) => p.otherwise !== undefined));
  return choice;
}

/**
 * The union told apart by JSON type, literal values and a discriminator; undefined when two
 * branches accept values of one JSON type that no literal tells apart (a branch without "type"
 * accepts every JSON type), since only trying each branch can then say which match.
 */
function decidableUnion(rawBranches: readonly Shape[], source: Source, context: BuildContext): Shape | undefined {
  const branches = rawBranches.flatMap((b) => (b.kind === 'union' && b.discriminator === undefined ? b.branches : [b]));
  if (branches.every((b) => b.kind === 'never')) return { kind: 'never', source };
  if (branches.length === 1 && branches[0] !== undefined) return branches[0];
  const byKind = new Map<JsonKind, number[]>();
  branches.forEach((branch, i) => {
    for (const kind of kindsOf(branch, context)) byKind.set(kind, [...(byKind.get(kind) ?? []), i]);
  });
  const byJsonType = JSON_TYPE_ORDER.flatMap((type) => {
    const indexes = byKind.get(type);
    return indexes === undefined ? [] : [[type, indexes] as const];
  });
  const union: UnionShape = { kind: 'union', branches, byJsonType, discriminator: undefined, source };
  if (byKind.has('any')) return undefined;
  for (const [kind, indexes] of byKind) {
    if (indexes.length < 2 || kind === 'object') continue;
    if (indexes.every((i) => literalsOf(branches[i], context) !== undefined)) {
      const values = indexes.flatMap((i) => literalsOf(branches[i], context) ?? []);
      if (new Set(values).size === values.length) continue;
    }
    return undefined;
  }
  const objectBranches = byKind.get('object') ?? [];
  if (objectBranches.length < 2) return union;
  const discriminator = discriminate(branches, objectBranches, source, context);
  // Object branches no discriminator tells apart are tried one by one (a choice).
  return discriminator === undefined ? undefined : { ...union, discriminator };
}

function kindsOf(shape: Shape, context: BuildContext, seen = new Set<string>()): JsonKind[] {
  switch (shape.kind) {
    case 'string':
    case 'boolean':
    case 'null':
    case 'array':
    case 'object':
      return [shape.kind];
    case 'number':
      return ['number'];
    case 'literal':
      return [literalJsonType(shape.value)];
    case 'enum':
      return [...new Set(shape.values.map(literalJsonType))];
    case 'union':
      return [...new Set(shape.branches.flatMap((b) => kindsOf(b, context, seen)))];
    case 'ref': {
      // Read from the named type's node, not its shape: building the shape here would recurse
      // down every chain of unions (a long enough one overflows the stack), and a type still
      // being built (a union inside the type it refers to) has no shape yet.
      const kinds = kindsOfNode(context.nodeOfNamed(shape.target), context);
      return kinds.length === JSON_TYPE_ORDER.length ? ['any'] : [...kinds];
    }
    case 'values':
      return [...new Set(shape.values.map((v) => (Array.isArray(v) ? 'array' : v !== null && typeof v === 'object' ? 'object' : literalJsonType(v as Literal))))];
    case 'choice':
      return [...new Set(shape.branches.flatMap((b) => kindsOf(b, context, seen)))];
    case 'all': {
      // The kinds every part allows; a part that allows anything does not narrow.
      const narrowing = shape.parts.map((p) => kindsOf(p, context, seen)).filter((kinds) => !kinds.includes('any'));
      const [first, ...rest] = narrowing;
      return first === undefined ? ['any'] : first.filter((k) => rest.every((kinds) => kinds.includes(k)));
    }
    case 'not':
    case 'conditional':
    case 'unknown':
      return ['any'];
    case 'never':
      return [];
  }
}

/** The JSON type of a literal value. */
export function literalJsonType(value: Literal): JsonType {
  if (value === null) return 'null';
  return typeof value as 'string' | 'number' | 'boolean';
}

/** The values a shape lists, following references; undefined for other shapes and for a type defined only by itself (aliases.ts refuses it). */
function literalsOf(shape: Shape | undefined, context: BuildContext, seen = new Set<string>()): readonly Literal[] | undefined {
  if (shape?.kind === 'literal') return [shape.value];
  if (shape?.kind === 'enum') return shape.values;
  if (shape?.kind === 'ref' && !seen.has(shape.target)) {
    seen.add(shape.target);
    const target = context.shapeOfNamed(shape.target);
    return target === undefined ? undefined : literalsOf(target, context, seen);
  }
  return undefined;
}

/** What one object branch says about each candidate property: its tag values and whether it may be absent. */
interface Tags {
  readonly byProperty: ReadonlyMap<string, { readonly values: readonly string[]; readonly optional: boolean }>;
}

function tagsOf(shape: Shape | undefined, context: BuildContext): Tags {
  const byProperty = new Map<string, { values: string[]; optional: boolean }>();
  const object = shape === undefined ? undefined : asObject(shape, context);
  if (object !== undefined) {
    for (const property of object.properties) {
      const values = literalsOf(property.shape, context);
      // One value, or several (an OpenAPI mapping may give one schema more than one).
      if (values !== undefined && values.length > 0 && values.every((v) => typeof v === 'string')) {
        byProperty.set(property.name, { values: values as string[], optional: !property.required });
      }
    }
    return { byProperty };
  }
  const union = shape?.kind === 'ref' ? context.shapeOfNamed(shape.target) : shape;
  if (union?.kind === 'union' && union.discriminator !== undefined) {
    const { property, values, defaultBranch } = union.discriminator;
    byProperty.set(property, { values: values.map(([v]) => v), optional: defaultBranch !== undefined });
  }
  return { byProperty };
}

function discriminate(branches: readonly Shape[], objectBranches: readonly number[], source: Source, context: BuildContext): Discriminator | undefined {
  const tags = objectBranches.map((i) => tagsOf(branches[i], context));
  const candidates = [...(tags[0]?.byProperty.keys() ?? [])]
    .filter((name) => tags.every((t) => t.byProperty.has(name)))
    .sort(byCodeUnit);
  // A tag of one value per branch first; a property of several values per branch only where they tell the branches apart.
  const single = (name: string): boolean => tags.every((t) => t.byProperty.get(name)?.values.length === 1);
  const property = candidates.find((name) => single(name) && distinctValues(tags, name)) ?? candidates.find((name) => distinctValues(tags, name)) ?? candidates.find(single);
  if (property === undefined) {
    context.problems.push(
      problemAt(source, 'the object branches of this union share no property with a fixed ("const") string value, so they cannot be told apart; add a discriminator such as "@odata.type" with "const" to each'),
    );
    return undefined;
  }
  const values: [string, number][] = [];
  const seen = new Map<string, number>();
  const defaults: number[] = [];
  let sharedTag = false;
  let clash = false;
  objectBranches.forEach((branch, k) => {
    const tag = tags[k]?.byProperty.get(property);
    if (tag?.optional === true) defaults.push(branch);
    for (const value of tag?.values ?? []) {
      const earlier = seen.get(value);
      if (earlier !== undefined && requiredNames(branches[earlier], context) === requiredNames(branches[branch], context)) {
        context.problems.push({
          ...problemAt(source, `two branches of this union (${earlier + 1} and ${branch + 1}) use "${property}": "${value}"; each discriminator value must name one type`),
          otherwise: `two branches of this union (${earlier + 1} and ${branch + 1}) use "${property}": "${value}", so it is no tag: each value is checked against every branch, as JSON Schema reads a union`,
        });
        clash = true;
      } else if (earlier !== undefined) sharedTag = true;
      seen.set(value, branch);
      values.push([value, branch]);
    }
  });
  // Two kinds of one event (GitHub's review_requested, for a reviewer or for a team) share a tag and
  // differ in what they require: no discriminator, so the union is checked by trying each branch.
  // Branches alike in what they require are a guard for a schema folder's author (reported there);
  // a document written for other tools gets JSON Schema's reading, each branch tried, and a note.
  if (sharedTag || clash) return undefined;
  if (defaults.length > 1) {
    // A value without the tag cannot be sent to one branch, so it is tried against each (a choice),
    // as JSON Schema reads the union; the dialect asks its authors for one default branch instead.
    context.problems.push({
      ...problemAt(source, `${defaults.length} branches of this union may leave out "${property}", so a value without it cannot be told which branch it is; make "${property}" required in every branch, or in all but one (which then takes a value without it)`),
      otherwise: `${defaults.length} branches of this union may leave out "${property}", so it is no tag: each value is checked against every branch, as JSON Schema reads a union`,
    });
    return undefined;
  }
  return { property, values: values.sort(([a], [b]) => byCodeUnit(a, b)), defaultBranch: defaults[0] };
}

/** The names an object branch requires, as one comparable key: two branches with one tag and the same key cannot be told apart by trying them either. */
function requiredNames(shape: Shape | undefined, context: BuildContext): string {
  const object = shape === undefined ? undefined : asObject(shape, context);
  return (object?.properties ?? [])
    .filter((p) => p.required)
    .map((p) => p.name)
    .sort(byCodeUnit)
    .join('\u0000');
}

function distinctValues(tags: readonly Tags[], name: string): boolean {
  const values = tags.flatMap((t) => t.byProperty.get(name)?.values ?? []);
  return new Set(values).size === values.length;
}
