import { pointerChild, type Problem } from '../diagnostics.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { pointerTokens, valueAt, type LoadedDocument } from './documents.js';
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
 *   becomes the `anyOf` of the schemas extending it (`referenceTo`).
 */
export function tagFixes(node: JsonObject, origin: Origin, at: string, out: Record<string, unknown>, context: SchemaContext): void {
  const keyword = 'oneOf' in node ? 'oneOf' : 'anyOf' in node ? 'anyOf' : undefined;
  const discriminator = readDiscriminator(node, origin, context.roots, context.problems);
  if (discriminator !== undefined && keyword !== undefined) tagBranches(node, keyword, discriminator, { origin, at }, out, context);
  if (Array.isArray(node['allOf'])) tagChild(node['allOf'], origin, out, context.roots, context.notes);
}

interface Discriminator {
  readonly property: string;
  /** The schema that declares it. */
  readonly declaredBy: Origin;
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
  return { property: value['propertyName'], declaredBy: origin, mapping: entries };
}

export interface Place {
  readonly origin: Origin;
  /** The node's pointer in the translated document, relative to the anchor. */
  readonly at: string;
}

function tagBranches(node: JsonObject, keyword: 'oneOf' | 'anyOf', discriminator: Discriminator, { origin, at }: Place, out: Record<string, unknown>, context: SchemaContext): void {
  const raw = Array.isArray(node[keyword]) ? (node[keyword] as unknown[]) : [];
  const translated = out[keyword];
  if (!Array.isArray(translated)) return;
  const mapped = new Set<string>();
  // A property no branch requires may be missing from what the service sends (GitHub's
  // `user_view_type`): the tag is required of a request alone, and a response without it is any branch it matches.
  const optionalInResponse = !raw.some((branch) => requires(branch, origin.document, discriminator.property, context.roots));
  raw.forEach((branch, i) => {
    const branchOrigin = { document: origin.document, pointer: pointerChild(pointerChild(origin.pointer, keyword), i) };
    if (!isJsonObject(branch) || typeof branch['$ref'] !== 'string') return; // an inline branch fixes its own value
    const target = context.roots.resolve(branch['$ref'], origin.document, undefined);
    if (target === undefined) return;
    const values = valuesFor(target, discriminator);
    discriminator.mapping.forEach(([key, t]) => t !== undefined && same(t, target) && mapped.add(key));
    if (!mayBeObject(target, context.roots)) {
      // Only an object has a property to tell it by (GitHub's contents: a directory is an array):
      // a tag would leave the branch no value at all, so its own type tells it apart.
      context.notes.push({ ...sourceOf(branchOrigin), message: `is not an object schema, so it has no "${discriminator.property}" property to be told apart by; it was given no tag, and a value of its type is matched against it` });
    } else if (values.length === 0) {
      context.problems.push({ ...sourceOf(branchOrigin), message: `cannot tell which "${discriminator.property}" value selects this branch; name it in the discriminator's "mapping"` });
    } else if (values.length > 1 || fixedValue(target, discriminator.property, context.roots) !== values[0]) {
      const original = branchOrigin.pointer.slice(context.anchor.origin.pointer.length);
      context.anchor.wraps.push({ original, content: pointerChild(pointerChild(pointerChild(pointerChild(at, keyword), i), 'allOf'), 0) });
      translated[i] = { allOf: [translated[i], constMember(discriminator.property, values, optionalInResponse)] };
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
 * becomes the `anyOf` of those children (each fixes its value, see `tagChild`) and of the schemas
 * the mapping names, the base itself among them where the mapping names it. `anyOf`, not `oneOf`:
 * a value is one of them where it is any of them (two children a document gives one value, or
 * untagged ones a value fits both of, are each one the reference means). A child's own `allOf`
 * member stays the base (the child extends it), as does a base nothing extends or maps to.
 */
export function referenceTo(target: Origin, { origin, at }: Place, context: SchemaContext): Record<string, unknown> {
  const branches = extendsBase(origin) ? [] : possibleValues(target, context.roots);
  if (!standsForOthers(target, branches)) return refer(target, context);
  const [only, ...more] = branches;
  if (only !== undefined && more.length === 0 && only.values === undefined) return refer(only.origin, context);
  // A problem of the union is placed at the `$ref` it stands for.
  context.anchor.wraps.push({ original: origin.pointer.slice(context.anchor.origin.pointer.length), content: pointerChild(at, 'anyOf') });
  return { anyOf: branches.map((b) => (b.values === undefined ? refer(b.origin, context) : { allOf: [refer(b.origin, context), constMember(b.property, b.values)] })) };
}

/** Whether a reference to `base` means other schemas (see `referenceTo`). */
export function meansOthers(base: Origin, roots: Roots): boolean {
  return standsForOthers(base, possibleValues(base, roots));
}

function standsForOthers(base: Origin, branches: readonly Possible[]): boolean {
  return branches.some((b) => !same(b.origin, base));
}

function refer(target: Origin, context: SchemaContext): Record<string, unknown> {
  return context.roots.reference(target, context.file);
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

/** What one reading has found out about its hierarchies: a document refers to one base from many places. */
interface Hierarchies {
  /** Per document: a schema's pointer → the component schemas that extend it through `allOf`. */
  readonly children: Map<LoadedDocument, Map<string, readonly Origin[]>>;
  readonly possible: Map<string, readonly Possible[]>;
}

const hierarchies = new WeakMap<Roots, Hierarchies>();

function hierarchiesOf(roots: Roots): Hierarchies {
  const known = hierarchies.get(roots) ?? { children: new Map(), possible: new Map() };
  hierarchies.set(roots, known);
  return known;
}

function possibleValues(base: Origin, roots: Roots): readonly Possible[] {
  const { possible } = hierarchiesOf(roots);
  const key = `${base.document.file}#${base.pointer}`;
  const found = possible.get(key) ?? findPossible(base, roots);
  possible.set(key, found);
  return found;
}

/**
 * The schemas a discriminated base (one without `oneOf`/`anyOf` of its own) may stand for, in
 * order: the schemas its mapping names, itself where it extends a discriminated base in turn, and
 * every schema extending it, children's children too. None for any other schema.
 */
function findPossible(base: Origin, roots: Roots): readonly Possible[] {
  const node = valueAt(base.document.root, base.pointer);
  if (!isJsonObject(node) || 'oneOf' in node || 'anyOf' in node) return [];
  const own = readDiscriminator(node, base, roots, undefined);
  const discriminator = own ?? discriminatorOf(base, roots);
  if (discriminator === undefined) return [];
  const descendants = descendantsOf(base, roots);
  const targets: Origin[] = [];
  for (const t of [...(own === undefined ? [base] : own.mapping.map(([, t]) => t)), ...descendants]) {
    if (t !== undefined && !targets.some((seen) => same(seen, t))) targets.push(t);
  }
  // A schema none of whose values the base's property allows is none of them: no value could select it
  // (tagChild notes it). One with several values goes by those the property allows: a mapping key the
  // enum leaves out selects nothing. A schema with no name to go by has no value to forbid.
  const allowed = allowedValues(discriminator, roots);
  const admitted = targets.filter((t) => valuesFor(t, discriminator).length === 0 || usableValues(t, discriminator, allowed).length > 0);
  return admitted.map((t) => {
    // A descendant fixes its own values and its descendants' (tagChild): those of its own are added.
    // Another schema the mapping names may need its value added as well.
    const values = usableValues(t, discriminator, allowed);
    const fixed = descendants.some((d) => same(d, t)) ? descendantsOf(t, roots).length === 0 : !same(t, base) && values.length === 1 && fixedValue(t, discriminator.property, roots) === values[0];
    return { origin: t, property: discriminator.property, values: fixed ? undefined : values };
  });
}

/** The schemas a schema's `allOf` extends (its `$ref` members). */
function basesOf(node: unknown, origin: Origin, roots: Roots): readonly Origin[] {
  const members = isJsonObject(node) && Array.isArray(node['allOf']) ? node['allOf'] : [];
  return members.flatMap((m) => {
    const base = isJsonObject(m) && typeof m['$ref'] === 'string' ? roots.resolve(m['$ref'], origin.document, undefined) : undefined;
    return base === undefined ? [] : [base];
  });
}

/** A schema's discriminator: its own, else the first its bases have (OpenAPI's inheritance passes it down). */
function discriminatorOf(target: Origin, roots: Roots, seen = new Set<string>()): Discriminator | undefined {
  const key = `${target.document.file}#${target.pointer}`;
  const node = valueAt(target.document.root, target.pointer);
  if (seen.has(key) || !isJsonObject(node) || 'oneOf' in node || 'anyOf' in node) return undefined;
  seen.add(key);
  const own = readDiscriminator(node, target, roots, undefined);
  if (own !== undefined) return own;
  for (const base of basesOf(node, target, roots)) {
    const inherited = discriminatorOf(base, roots, seen);
    if (inherited !== undefined) return inherited;
  }
  return undefined;
}

/** The component schemas of the base's document that extend it through `allOf`, and theirs, and so on. */
function descendantsOf(base: Origin, roots: Roots): readonly Origin[] {
  const { children } = hierarchiesOf(roots);
  const index = children.get(base.document) ?? childIndex(base.document, roots);
  children.set(base.document, index);
  const found: Origin[] = [];
  const queue = [base.pointer];
  for (let pointer = queue.shift(); pointer !== undefined; pointer = queue.shift()) {
    for (const child of index.get(pointer) ?? []) {
      if (child.pointer === base.pointer || found.some((f) => same(f, child))) continue;
      found.push(child);
      queue.push(child.pointer);
    }
  }
  return found;
}

function childIndex(document: LoadedDocument, roots: Roots): Map<string, readonly Origin[]> {
  const index = new Map<string, readonly Origin[]>();
  const schemas = valueAt(document.root, '/components/schemas');
  if (!isJsonObject(schemas)) return index;
  for (const key of Object.keys(schemas)) {
    const child = { document, pointer: pointerChild('/components/schemas', key) };
    for (const base of basesOf(schemas[key], child, roots)) {
      const siblings = index.get(base.pointer) ?? [];
      if (base.document === document && !siblings.some((s) => same(s, child))) index.set(base.pointer, [...siblings, child]);
    }
  }
  return index;
}

/**
 * A schema that extends a discriminated base through `allOf` fixes the base's property: to its own
 * value, or any of its descendants' (which extend it, so must pass its check too).
 */
function tagChild(members: readonly unknown[], origin: Origin, out: Record<string, unknown>, roots: Roots, notes?: Problem[]): void {
  for (const base of basesOf({ allOf: members }, origin, roots)) {
    const discriminator = discriminatorOf(base, roots);
    if (discriminator === undefined) continue;
    const own = valuesFor(origin, discriminator);
    if (own.length === 0 || !Array.isArray(out['allOf'])) continue;
    const allowed = allowedValues(discriminator, roots);
    const usable = usableValues(origin, discriminator, allowed);
    if (allowed !== undefined && usable.length === 0) {
      notes?.push({ ...sourceOf(origin), message: `its discriminator ${own.length === 1 ? 'value' : 'values'} ${quoted(own)} ${own.length === 1 ? 'is' : 'are'} not among the values "${discriminator.property}" allows (${quoted(allowed)}), so no value could be of it; it was given no tag ("${discriminator.property}" keeps the base's values) and is none of the schemas a "$ref" to its base may mean` });
      continue;
    }
    // Several mapping keys may name one schema, some of them values the property forbids (an alias
    // the enum never listed): those select nothing, and the schema goes by the others.
    for (const value of own.filter((v) => !usable.includes(v))) {
      notes?.push({ ...sourceOf(discriminator.declaredBy, 'discriminator', 'mapping', value), message: `"${value}" is not among the values "${discriminator.property}" allows (${quoted(allowed ?? [])}), so no value can select by it; the schema it maps to goes by ${quoted(usable)}` });
    }
    const descendants = descendantsOf(origin, roots).flatMap((d) => valuesFor(d, discriminator));
    const values = [...new Set([...usable, ...descendants.filter((v) => allowed === undefined || allowed.includes(v))])];
    out['allOf'] = [...out['allOf'], constMember(discriminator.property, values)];
  }
}

/** The values a discriminator's property may take where it is declared (an `enum` or `const`, through `$ref`s); undefined for any string. */
function allowedValues(discriminator: Discriminator, roots: Roots): readonly unknown[] | undefined {
  const { declaredBy } = discriminator;
  const node = valueAt(declaredBy.document.root, declaredBy.pointer);
  const declared = isJsonObject(node) && isJsonObject(node['properties']) ? node['properties'][discriminator.property] : undefined;
  // Through `$ref`s, quietly: their problems are reported where they stand.
  const { node: schema } = roots.behind(declared, declaredBy.document);
  if (!isJsonObject(schema)) return undefined;
  if (Array.isArray(schema['enum'])) return schema['enum'];
  return 'const' in schema ? [schema['const']] : undefined;
}

/**
 * The discriminator values of a schema: its mapping keys (several may name one schema), else its
 * `x-discriminator-value` (or `x-ms-discriminator-value`), else its component name; none when it has no name to go by.
 */
function valuesFor(target: Origin, discriminator: Discriminator): readonly string[] {
  const mapped = discriminator.mapping.filter(([, t]) => t !== undefined && same(t, target)).map(([key]) => key);
  if (mapped.length > 0) return mapped;
  const node = valueAt(target.document.root, target.pointer);
  // Azure's documents spell the extension `x-ms-discriminator-value`.
  const named = isJsonObject(node) ? (node['x-discriminator-value'] ?? node['x-ms-discriminator-value']) : undefined;
  if (typeof named === 'string') return [named];
  const tokens = pointerTokens(target.pointer);
  return tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas' && tokens[2] !== undefined ? [tokens[2]] : [];
}

/** A schema's discriminator values its base's property allows (`allowed`, undefined for any string): only those can select it. */
function usableValues(target: Origin, discriminator: Discriminator, allowed: readonly unknown[] | undefined): readonly string[] {
  const values = valuesFor(target, discriminator);
  return allowed === undefined ? values : values.filter((v) => allowed.includes(v));
}

function quoted(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/**
 * The value a schema already fixes its discriminator to and requires, as the tag member would: what
 * extending a discriminated base gives it, or a `const` (or an `enum` of one value) on a required
 * property, in the schema or its `allOf` members (Figma's nodes fix `type` in an inline member
 * beside their traits). Such a branch is left as it is, so it keeps its name.
 */
function fixedValue(target: Origin, property: string, roots: Roots): string | undefined {
  const node = valueAt(target.document.root, target.pointer);
  if (!isJsonObject(node)) return undefined;
  const out: Record<string, unknown> = { allOf: [] };
  if (Array.isArray(node['allOf'])) tagChild(node['allOf'], target, out, roots);
  const fromBase = (out['allOf'] as { properties: Record<string, { const: string }> }[])[0];
  if (fromBase !== undefined) return Object.values(fromBase.properties)[0]?.const;
  const found = { value: undefined as string | undefined, required: false };
  declarationsOf(node, target.document, property, roots, found, 0);
  return found.required ? found.value : undefined;
}

/** Whether a schema requires `property`, itself or in an `allOf` member (through `$ref`s). */
function requires(node: unknown, document: LoadedDocument, property: string, roots: Roots): boolean {
  const found = { value: undefined as string | undefined, required: false };
  declarationsOf(node, document, property, roots, found, 0);
  return found.required;
}

/** Looks through a schema and its `allOf` members (through `$ref`s) for a fixed value of `property` and for `required` naming it. */
function declarationsOf(node: unknown, document: LoadedDocument, property: string, roots: Roots, found: { value: string | undefined; required: boolean }, depth: number): void {
  const behind = roots.behind(node, document);
  if (!isJsonObject(behind.node) || depth > 16) return;
  const schema = behind.node;
  if (Array.isArray(schema['required']) && schema['required'].includes(property)) found.required = true;
  const declared = isJsonObject(schema['properties']) ? roots.behind(schema['properties'][property], behind.document).node : undefined;
  if (isJsonObject(declared) && found.value === undefined) {
    const members = declared['enum'];
    if (typeof declared['const'] === 'string') found.value = declared['const'];
    else if (Array.isArray(members) && members.length === 1 && typeof members[0] === 'string') found.value = members[0];
  }
  if (Array.isArray(schema['allOf'])) for (const member of schema['allOf']) declarationsOf(member, behind.document, property, roots, found, depth + 1);
}

/** Whether a schema admits objects by its `type` (through `$ref`s): one that names only other types cannot carry a tag. */
function mayBeObject(target: Origin, roots: Roots): boolean {
  const { node } = roots.behind(valueAt(target.document.root, target.pointer), target.document);
  const type = isJsonObject(node) ? node['type'] : undefined;
  if (typeof type === 'string') return type === 'object';
  return !Array.isArray(type) || type.includes('object');
}

/**
 * The tag member: a `const` for one value, an `enum` for several values mapped to one schema;
 * `optionalInResponse` where a response may leave the tag out (no branch requires it).
 */
function constMember(property: string, values: readonly string[], optionalInResponse = false): Record<string, unknown> {
  const tag = values.length === 1 ? { const: values[0] } : { enum: values };
  return { type: 'object', properties: { [property]: optionalInResponse ? { ...tag, 'x-optional-in-response': true } : tag }, required: [property] };
}

function same(a: Origin, b: Origin): boolean {
  return a.document === b.document && a.pointer === b.pointer;
}
