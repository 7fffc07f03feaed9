import { pointerChild, type Problem } from '../diagnostics.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { pointerTokens, valueAt } from './documents.js';
import { sourceOf, type Origin, type Roots } from './roots.js';
import type { SchemaContext } from './schema.js';

/**
 * OpenAPI's `discriminator` names the property whose value tells the branches of a `oneOf`/`anyOf`
 * apart, and maps values to schemas (`mapping`; a branch not mapped goes by its component name).
 * callgen's dialect says the same with a `const` on that property in each branch, so:
 * - a `oneOf`/`anyOf` branch that does not fix the value already becomes
 *   `allOf: [<branch>, { properties: { <p>: { const: <value> } }, required: [<p>] }]`;
 * - a schema that extends a base carrying a `discriminator` through `allOf` (the inheritance form)
 *   gets that same `const` member appended to its `allOf`, and a `$ref` to that base elsewhere
 *   becomes the `oneOf` of the schemas extending it (`referenceTo`).
 */
export function tagFixes(node: JsonObject, origin: Origin, at: string, out: Record<string, unknown>, context: SchemaContext): void {
  const keyword = 'oneOf' in node ? 'oneOf' : 'anyOf' in node ? 'anyOf' : undefined;
  const discriminator = readDiscriminator(node, origin, context.roots, context.problems);
  if (discriminator !== undefined && keyword !== undefined) tagBranches(node, keyword, discriminator, { origin, at }, out, context);
  if (Array.isArray(node['allOf'])) tagChild(node['allOf'], origin, out, context.roots);
}

interface Discriminator {
  readonly property: string;
  /** Mapping values resolved: value → the place of the schema it names. */
  readonly mapping: readonly (readonly [value: string, target: Origin | undefined])[];
}

function readDiscriminator(node: JsonObject, origin: Origin, roots: Roots, problems: Problem[] | undefined): Discriminator | undefined {
  const value = node['discriminator'];
  if (value === undefined) return undefined;
  const at = sourceOf(origin, 'discriminator');
  if (!isJsonObject(value) || typeof value['propertyName'] !== 'string') {
    problems?.push({ ...at, message: '"discriminator" must be an object with a "propertyName" string' });
    return undefined;
  }
  const mapping = isJsonObject(value['mapping']) ? value['mapping'] : {};
  const entries = Object.keys(mapping).map((key) => {
    const target = mapping[key];
    const ref = typeof target !== 'string' ? undefined : target.includes('#') || target.includes('/') || target.includes('.') ? target : `#/components/schemas/${target}`;
    const resolved = ref === undefined ? undefined : roots.resolve(ref, origin.document, problems === undefined ? undefined : { ...at, pointer: pointerChild(pointerChild(at.pointer, 'mapping'), key) });
    return [key, resolved] as const;
  });
  return { property: value['propertyName'], mapping: entries };
}

interface Place {
  readonly origin: Origin;
  /** The node's pointer in the translated document, relative to the anchor. */
  readonly at: string;
}

function tagBranches(node: JsonObject, keyword: 'oneOf' | 'anyOf', discriminator: Discriminator, { origin, at }: Place, out: Record<string, unknown>, context: SchemaContext): void {
  const raw = Array.isArray(node[keyword]) ? (node[keyword] as unknown[]) : [];
  const translated = out[keyword];
  if (!Array.isArray(translated)) return;
  const mapped = new Set<string>();
  raw.forEach((branch, i) => {
    const branchOrigin = { document: origin.document, pointer: pointerChild(pointerChild(origin.pointer, keyword), i) };
    if (!isJsonObject(branch) || typeof branch['$ref'] !== 'string') return; // an inline branch fixes its own value
    const target = context.roots.resolve(branch['$ref'], origin.document, undefined);
    if (target === undefined) return;
    const values = valuesFor(target, discriminator);
    discriminator.mapping.forEach(([key, t]) => t !== undefined && same(t, target) && mapped.add(key));
    if (values.length === 0) {
      context.problems.push({ ...sourceOf(branchOrigin), message: `cannot tell which "${discriminator.property}" value selects this branch; name it in the discriminator's "mapping"` });
    } else if (values.length > 1 || fixedValue(target, discriminator.property, context.roots) !== values[0]) {
      const original = branchOrigin.pointer.slice(context.anchor.origin.pointer.length);
      context.anchor.wraps.push({ original, content: pointerChild(pointerChild(pointerChild(pointerChild(at, keyword), i), 'allOf'), 0) });
      translated[i] = { allOf: [translated[i], constMember(discriminator.property, values)] };
    }
  });
  for (const [key] of discriminator.mapping) {
    if (!mapped.has(key)) {
      context.problems.push({ ...sourceOf(origin, 'discriminator', 'mapping', key), message: `"${key}" maps to a schema that is not a branch of "${keyword}"; callgen only picks among the branches` });
    }
  }
}

/**
 * What a `$ref` at `origin` to `target` becomes. OpenAPI reads a reference to a discriminated base
 * that schemas extend through `allOf` as one of them, chosen by the discriminator's value: so it
 * becomes the `oneOf` of those children (each fixes its value, see `tagChild`) and of the schemas
 * the mapping names, the base itself among them where the mapping names it. A child's own `allOf`
 * member stays the base (the child extends it), as does a base nothing extends or maps to.
 */
export function referenceTo(target: Origin, origin: Origin, context: SchemaContext): Record<string, unknown> {
  const branches = extendsBase(origin) ? [] : possibleValues(target, context.roots);
  if (!standsForOthers(target, branches)) return refer(target, context);
  return { oneOf: branches.map((b) => (b.values === undefined ? refer(b.origin, context) : { allOf: [refer(b.origin, context), constMember(b.property, b.values)] })) };
}

/** Whether a reference to `base` means other schemas (see `referenceTo`). */
export function meansOthers(base: Origin, roots: Roots): boolean {
  return standsForOthers(base, possibleValues(base, roots));
}

function standsForOthers(base: Origin, branches: readonly Possible[]): boolean {
  return branches.some((b) => !same(b.origin, base));
}

function refer(target: Origin, context: SchemaContext): Record<string, unknown> {
  const node: Record<string, unknown> = { $ref: '' };
  context.roots.refer(node, target, context.file);
  return node;
}

/** Whether a `$ref` is a member of a component's `allOf`: how a child extends its base. */
function extendsBase(origin: Origin): boolean {
  const tokens = pointerTokens(origin.pointer);
  return tokens.length === 5 && tokens[0] === 'components' && tokens[1] === 'schemas' && tokens[3] === 'allOf';
}

/** A schema a discriminated base may stand for; `values` is the tag to add where it does not fix it itself. */
interface Possible {
  readonly origin: Origin;
  readonly property: string;
  readonly values: readonly string[] | undefined;
}

/** Per reading, what each base stands for: a document refers to one base from many places, and finding its children reads every component. */
const possibleCache = new WeakMap<Roots, Map<string, readonly Possible[]>>();

function possibleValues(base: Origin, roots: Roots): readonly Possible[] {
  const cache = possibleCache.get(roots) ?? new Map<string, readonly Possible[]>();
  possibleCache.set(roots, cache);
  const key = `${base.document.file}#${base.pointer}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = findPossible(base, roots);
  cache.set(key, found);
  return found;
}

/** The schemas a base with a `discriminator` (and no `oneOf`/`anyOf` of its own) may stand for, its children and mapping targets in order; none for any other schema. */
function findPossible(base: Origin, roots: Roots): readonly Possible[] {
  const node = valueAt(base.document.root, base.pointer);
  if (!isJsonObject(node) || 'oneOf' in node || 'anyOf' in node) return [];
  const discriminator = readDiscriminator(node, base, roots, undefined);
  if (discriminator === undefined) return [];
  const children = childrenOf(base, roots);
  const targets: Origin[] = [];
  for (const t of [...discriminator.mapping.map(([, t]) => t), ...children]) {
    if (t !== undefined && !targets.some((seen) => same(seen, t))) targets.push(t);
  }
  return targets.map((t) => {
    // A child fixes its own values (tagChild); another schema the mapping names may need the tag added.
    const values = valuesFor(t, discriminator);
    const fixed = children.some((c) => same(c, t)) || (values.length === 1 && fixedValue(t, discriminator.property, roots) === values[0]);
    return { origin: t, property: discriminator.property, values: fixed ? undefined : values };
  });
}

/** The component schemas of the base's document that extend it through `allOf`. */
function childrenOf(base: Origin, roots: Roots): readonly Origin[] {
  const schemas = valueAt(base.document.root, '/components/schemas');
  if (!isJsonObject(schemas)) return [];
  return Object.keys(schemas).flatMap((key) => {
    const child = schemas[key];
    const members = isJsonObject(child) && Array.isArray(child['allOf']) ? child['allOf'] : [];
    const extendsIt = members.some((m) => {
      const ref = isJsonObject(m) && typeof m['$ref'] === 'string' ? roots.resolve(m['$ref'], base.document, undefined) : undefined;
      return ref !== undefined && same(ref, base);
    });
    return extendsIt ? [{ document: base.document, pointer: pointerChild('/components/schemas', key) }] : [];
  });
}

/** A schema that extends a discriminated base through `allOf` fixes the base's property to its own value. */
function tagChild(members: readonly unknown[], origin: Origin, out: Record<string, unknown>, roots: Roots): void {
  for (const member of members) {
    if (!isJsonObject(member) || typeof member['$ref'] !== 'string') continue;
    const base = roots.resolve(member['$ref'], origin.document, undefined);
    const baseNode = base === undefined ? undefined : valueAt(base.document.root, base.pointer);
    if (base === undefined || !isJsonObject(baseNode) || 'oneOf' in baseNode || 'anyOf' in baseNode) continue;
    const discriminator = readDiscriminator(baseNode, base, roots, undefined);
    if (discriminator === undefined) continue;
    const values = valuesFor(origin, discriminator);
    if (values.length > 0 && Array.isArray(out['allOf'])) out['allOf'] = [...out['allOf'], constMember(discriminator.property, values)];
  }
}

/**
 * The discriminator values of a schema: its mapping keys (several may name one schema), else its
 * `x-discriminator-value`, else its component name; none when it has no name to go by.
 */
function valuesFor(target: Origin, discriminator: Discriminator): readonly string[] {
  const mapped = discriminator.mapping.filter(([, t]) => t !== undefined && same(t, target)).map(([key]) => key);
  if (mapped.length > 0) return mapped;
  const node = valueAt(target.document.root, target.pointer);
  if (isJsonObject(node) && typeof node['x-discriminator-value'] === 'string') return [node['x-discriminator-value']];
  const tokens = pointerTokens(target.pointer);
  return tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas' && tokens[2] !== undefined ? [tokens[2]] : [];
}

/** The value a schema already fixes its discriminator to: a `const`, or what extending a discriminated base gives it. */
function fixedValue(target: Origin, property: string, roots: Roots): string | undefined {
  const node = valueAt(target.document.root, target.pointer);
  if (!isJsonObject(node)) return undefined;
  const out: Record<string, unknown> = { allOf: [] };
  if (Array.isArray(node['allOf'])) tagChild(node['allOf'], target, out, roots);
  const fromBase = (out['allOf'] as { properties: Record<string, { const: string }> }[])[0];
  if (fromBase !== undefined) return Object.values(fromBase.properties)[0]?.const;
  const declared = isJsonObject(node['properties']) ? node['properties'][property] : undefined;
  return isJsonObject(declared) && typeof declared['const'] === 'string' ? declared['const'] : undefined;
}

/** The tag member: a `const` for one value, an `enum` for several values mapped to one schema. */
function constMember(property: string, values: readonly string[]): Record<string, unknown> {
  return { properties: { [property]: values.length === 1 ? { const: values[0] } : { enum: values } }, required: [property] };
}

function same(a: Origin, b: Origin): boolean {
  return a.document === b.document && a.pointer === b.pointer;
}
