import { assertNever, pointerChild } from '../../diagnostics.js';
import { quote } from '../../model/names.js';
import type { ObjectShape, Property, Shape } from '../../model/types.js';
import { namesElsewhere, objectRules, patternedKeys } from './applicators.js';
import type { Code, SwitchCase } from './code.js';
import type { Pointer } from './path.js';
import type { RuntimeHelper, Writer } from './writer.js';

// Checks of objects: one function per keyword, its message beside its check.

export function objectChecks(w: Writer, shape: ObjectShape, value: string, path: Pointer, established: boolean): Code[] {
  const { code: walk, seen } = propertiesCheck(w, shape, value, path);
  const then = [...walk, ...requiredChecks(w, shape, value, path, seen), ...requiresOneOfChecks(w, shape, value, path, seen), ...objectRules(w, shape, value, path)];
  return w.typeTest(`!${w.use('isObject')}(${value})`, 'an object', value, path, then, established);
}

/**
 * A walk that is written anyway records in the bits of one local which of the properties
 * `required` and `requiresOneOf` name it met, so the checks after it ask no lookup (at most 30
 * names; any other is asked with `hasOwn`).
 */
interface Presence {
  readonly local: string;
  readonly bits: ReadonlyMap<string, number>;
}

const NO_PRESENCE: Presence = { local: '', bits: new Map() };

function presence(w: Writer, shape: ObjectShape): Presence {
  const declared = new Set(shape.properties.map((p) => p.name));
  const named = [...requiredOf(w, shape).map((p) => p.name), ...shape.requiresOneOf.flat()].filter((name) => declared.has(name));
  const bits = new Map([...new Set(named)].slice(0, 30).map((name, i) => [name, 2 ** i]));
  return { local: bits.size === 0 ? '' : w.local('seen'), bits };
}

/** The test that an object lacks an own property `name`, after the walk. */
function absent(w: Writer, seen: Presence, object: string, name: string): string {
  const bit = seen.bits.get(name);
  return bit === undefined ? `!${w.use('hasOwn')}(${object}, ${quote(name)})` : `(${seen.local} & ${bit}) === 0`;
}

/**
 * One pass over the keys the object has, a `switch` to each property's checks, unknown keys in
 * the default branch. An object carries a few of the many properties its type declares, so this
 * beats asking for each declared one. `for...in` with an own-key test: V8 walks its enum cache
 * (no array of keys) and proves the test true for plain objects; a key inherited from a polluted
 * prototype is skipped, as `Object.keys` would skip it, in the same order.
 */
function propertiesCheck(w: Writer, shape: ObjectShape, object: string, path: Pointer): { code: Code[]; seen: Presence } {
  const key = w.local('key');
  // Each case numbers its locals from the same point (its block holds them), so equal cases are equal text and share one body.
  const start = w.locals;
  let end = start;
  const declared = shape.properties.map((p) => {
    w.locals = start;
    const c = propertyCase(w, p, object, path, key);
    end = Math.max(end, w.locals);
    return c;
  });
  w.locals = end;
  declared.push(...otherVersionCases(w, shape, key, path));
  const unknown = unknownKeyChecks(w, shape, object, key, path);
  // A name a subschema at this value declares (then, dependentSchemas, a oneOf branch), or the object around this one
  // where it is such a subschema, is theirs to check, not a request's typo; an explicit additionalProperties sees only
  // the object's own properties, as JSON Schema says.
  const own = new Set(shape.properties.map((p) => p.name));
  const elsewhere = [...new Set(namesElsewhere(shape))].filter((name) => !own.has(name));
  if (elsewhere.length > 0 && unknown.length > 0) declared.push({ labels: elsewhere.map(quote), body: [] });
  const patterned = (shape.patternProperties ?? []).length > 0;
  // Nothing to check per key (a case holds no more than its unread `const`): no walk, and `hasOwn` answers `required`.
  if (!patterned && unknown.length === 0 && declared.every((c) => c.body.every((node) => node.kind === 'const'))) return { code: [], seen: NO_PRESENCE };
  const seen = presence(w, shape);
  const cases = declared.map((c, i) => {
    const bit = seen.bits.get(shape.properties[i]?.name ?? '');
    return bit === undefined ? c : { ...c, body: [{ kind: 'statement', text: `${seen.local} |= ${bit};` } as const, ...c.body] };
  });
  const walk: Code[] = patterned
    ? [...(cases.length === 0 ? [] : [{ kind: 'switch', on: key, cases, otherwise: [] } as const]), ...patternedKeys(w, shape, object, key, path, unknown)]
    : cases.length === 0
      ? unknown
      : [{ kind: 'switch', on: key, cases, otherwise: unknown }];
  const ownKey = `if (!${w.use('hasOwn')}(${object}, ${key})) continue;`;
  const code: Code[] = [...(seen.local === '' ? [] : [{ kind: 'let', name: seen.local, init: '0' } as const]), { kind: 'for', head: `const ${key} in ${object}`, body: walk, first: ownKey }];
  return { code, seen };
}

/**
 * Inside its case the walk's key equals the property's name, so the case reads the value and
 * names the property with the key (unless the name needs escaping in a pointer): properties
 * checked alike then have equal cases, which share one body.
 */
function propertyCase(w: Writer, property: Property, object: string, path: Pointer, key: string): SwitchCase {
  const name = quote(property.name);
  const plain = pointerChild('', property.name) === `/${property.name}`;
  const value = w.local('v');
  const body = propertyBody(w, property, value, plain ? path.dynamic(key) : path.property(property.name));
  return { labels: [name], body: [{ kind: 'const', name: value, init: `${object}[${plain ? key : name}]` }, ...body] };
}

/** `at` is the property's pointer, by the walk's key where it can be (`propertyCase`). */
function propertyBody(w: Writer, property: Property, value: string, at: Pointer): Code[] {
  // The service ignores a readOnly property on a request, so there it is only worth a warning.
  if (property.readOnly) return w.request ? [{ kind: 'report', report: w.warningCall('readOnlyInRequest', at) }] : w.check(property.shape, value, at);
  // A client sets a writeOnly property; in a response it is only worth a warning.
  if (property.writeOnly === true) return w.request ? w.check(property.shape, value, at) : [{ kind: 'report', report: w.warningCall('writeOnlyInResponse', at) }];
  if (property.nullableInRequest || !acceptsNull(property.shape)) return w.check(property.shape, value, at);
  // A union refuses null in a request in its type error, on the failure path only (`unionChecks`).
  const checks = w.check(property.shape, value, at, undefined, true);
  if (property.shape.kind === 'union' || !w.request) return checks;
  return [{ kind: 'check', failed: `${value} === null`, report: w.errorCall('nullInRequest', at), then: checks }];
}

function requiredOf(w: Writer, shape: ObjectShape): Property[] {
  return shape.properties
    .filter((p) => p.required)
    // A required readOnly property is required of what the service sends: a request leaves it out (OpenAPI says so too);
    // a required writeOnly one is required of what a client sends, and a response leaves it out, as it
    // may one optional in a response (`x-optional-in-response`: a discriminator property no branch requires).
    // (The mode is asked only of such a property: asking makes the type's checks mode-dependent.)
    .filter((p) => (!p.readOnly && p.writeOnly !== true && p.optionalInResponse !== true) || (w.request ? !p.readOnly : p.writeOnly !== true && p.optionalInResponse !== true));
}

function requiredChecks(w: Writer, shape: ObjectShape, object: string, path: Pointer, seen: Presence): Code[] {
  return requiredOf(w, shape).map((p) => ({ kind: 'check', failed: absent(w, seen, object, p.name), report: w.errorCall('missing', path.property(p.name)) }));
}

function requiresOneOfChecks(w: Writer, shape: ObjectShape, object: string, path: Pointer, seen: Presence): Code[] {
  return shape.requiresOneOf.map((group) => {
    const none = group.map((name) => absent(w, seen, object, name)).join(' && ');
    return { kind: 'check', failed: none, report: w.error(path, 'required', `must have at least one of ${group.map((n) => JSON.stringify(n)).join(', ')}`) };
  });
}

/**
 * Properties of another API version (dropped by `selectVersion`): where an unknown key would be an
 * error, the error says which version has it.
 */
function otherVersionCases(w: Writer, shape: ObjectShape, key: string, path: Pointer): SwitchCase[] {
  const refused = shape.additional.kind === 'closed' || (shape.additional.kind === 'mode-dependent' && refusesInRequest(w, shape));
  if (!refused || shape.otherVersions === undefined || shape.otherVersions.length === 0) return [];
  const byVersions = new Map<string, string[]>();
  for (const { name, versions } of shape.otherVersions) {
    const where = versions.join(' and ');
    byVersions.set(where, [...(byVersions.get(where) ?? []), name]);
  }
  const at = path.dynamic(`${w.use('escapeToken')}(${key})`);
  return [...byVersions].map(([where, names]) => ({
    labels: names.map(quote),
    body: [{ kind: 'report', report: w.error(at, refusingKeyword(shape), `is only in the Graph ${where} API`) }],
  }));
}

/** The default branch for keys the type does not declare: errors in request mode unless `additionalProperties` says otherwise. */
function unknownKeyChecks(w: Writer, shape: ObjectShape, object: string, key: string, path: Pointer): Code[] {
  const { additional } = shape;
  switch (additional.kind) {
    case 'open':
      return [];
    case 'closed':
      return [{ kind: 'report', report: w.errorCall('unknownProperty', path, key, ...(additional.keyword === 'additionalProperties' ? [] : [quote(additional.keyword)])) }];
    case 'mode-dependent':
      // An in-place object's unknown key may be the object around it's too: the runtime then reports it once.
      return refusesInRequest(w, shape) ? [unknownInRequest(w, shape, path, key)] : [];
    case 'schema': {
      const extra = w.local('extra');
      const checks = w.check(additional.shape, extra, path.dynamic(`${w.use('escapeToken')}(${key})`));
      return checks.length === 0 ? [] : [{ kind: 'const', name: extra, type: 'unknown', init: `${object}[${key}]` }, ...checks];
    }
    default:
      return assertNever(additional);
  }
}

/** The keyword an unknown key's error names: the one that closed the object, or request mode's `additionalProperties`. */
function refusingKeyword(shape: ObjectShape): string {
  return shape.additional.kind === 'closed' ? shape.additional.keyword : 'additionalProperties';
}

/**
 * The report of a request's unknown key. At the own value of a type an in-place reference checks
 * (around.ts), the names the schemas around that reference declare, passed as `around`, are
 * no typos: each other key is reported in place, since the object around may report it too.
 */
function unknownInRequest(w: Writer, shape: ObjectShape, path: Pointer, key: string): Code {
  const alone: RuntimeHelper = shape.surrounding === undefined ? 'unknownProperty' : 'unknownPropertyInPlace';
  const around = w.around;
  if (around === undefined || path.steps().length > 0) return { kind: 'report', report: w.errorCall(alone, path, key) };
  const helper = alone === 'unknownPropertyInPlace' ? w.use(alone) : `(${around} === undefined ? ${w.use(alone)} : ${w.use('unknownPropertyInPlace')})`;
  return { kind: 'check', failed: `${around} === undefined || !${around}.has(${key})`, report: { severity: 'error', call: `${helper}(${path.text()}, ${key});` } };
}

/** Whether a request's keys an object without `additionalProperties` does not declare are unknown: it says what it holds, and no union of its opens it. */
function refusesInRequest(w: Writer, shape: ObjectShape): boolean {
  return w.request && closedToRequests(shape);
}

/** `refusesInRequest` without asking the mode: whether the object refuses a request's keys it does not declare. */
export function closedToRequests(shape: ObjectShape): boolean {
  return listsProperties(shape) && shape.openedInPlace !== true;
}

/**
 * Whether the object says what it holds, so a request's other keys are typos. One that lists
 * nothing (`{ "type": "object" }`, OpenAPI's free-form object) holds any keys in a request too.
 */
function listsProperties(shape: ObjectShape): boolean {
  return shape.properties.length > 0 || (shape.patternProperties?.length ?? 0) > 0;
}

function acceptsNull(shape: Shape): boolean {
  return shape.kind === 'null' || (shape.kind === 'union' && shape.branches.some((b) => b.kind === 'null'));
}
