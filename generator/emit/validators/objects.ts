import { assertNever } from '../../diagnostics.js';
import { quote } from '../../model/names.js';
import type { ObjectShape, Property, Shape } from '../../model/types.js';
import { objectRules, patternedKeys } from './applicators.js';
import type { Code, SwitchCase } from './code.js';
import type { Pointer } from './path.js';
import type { Writer } from './writer.js';

// Checks of objects: one function per keyword, its message beside its check.

export function objectChecks(w: Writer, shape: ObjectShape, value: string, path: Pointer, established: boolean): Code[] {
  const then = [...propertiesCheck(w, shape, value, path), ...requiredChecks(w, shape, value, path), ...requiresOneOfChecks(w, shape, value, path), ...objectRules(w, shape, value, path)];
  return w.typeTest(`!${w.use('isObject')}(${value})`, 'an object', value, path, then, established);
}

/**
 * One pass over the keys the object has, a `switch` to each property's checks, unknown keys in
 * the default branch. An object carries a few of the many properties its type declares, so this
 * beats asking for each declared one.
 */
function propertiesCheck(w: Writer, shape: ObjectShape, object: string, path: Pointer): Code[] {
  const key = w.local('key');
  const cases = [...shape.properties.map((p) => propertyCase(w, p, object, path)), ...otherVersionCases(w, shape, key, path)];
  const unknown = unknownKeyChecks(w, shape, object, key, path);
  const patterned = (shape.patternProperties ?? []).length > 0;
  const body: Code[] = patterned
    ? [...(cases.length === 0 ? [] : [{ kind: 'switch', on: key, cases, otherwise: [] } as const]), ...patternedKeys(w, shape, object, key, path, unknown)]
    : cases.length === 0
      ? unknown
      : [{ kind: 'switch', on: key, cases, otherwise: unknown }];
  return [{ kind: 'for', head: `const ${key} of Object.keys(${object})`, body }];
}

function propertyCase(w: Writer, property: Property, object: string, path: Pointer): SwitchCase {
  const key = quote(property.name);
  const value = w.local('v');
  const body = propertyBody(w, property, value, path.property(property.name));
  return { labels: [key], body: [{ kind: 'const', name: value, init: `${object}[${key}]` }, ...body] };
}

function propertyBody(w: Writer, property: Property, value: string, at: Pointer): Code[] {
  // The service ignores a readOnly property on a request, so there it is only worth a warning.
  if (property.readOnly) return w.request ? [{ kind: 'report', report: w.warningCall('readOnlyInRequest', at) }] : w.check(property.shape, value, at);
  // A client sets a writeOnly property; in a response it is only worth a warning.
  if (property.writeOnly === true) return w.request ? w.check(property.shape, value, at) : [{ kind: 'report', report: w.warningCall('writeOnlyInResponse', at) }];
  if (property.nullableInRequest || !acceptsNull(property.shape)) return w.check(property.shape, value, at);
  const checks = w.check(property.shape, value, at, undefined, true);
  if (!w.request) return checks;
  return [{ kind: 'check', failed: `${value} === null`, report: w.errorCall('nullInRequest', at), then: checks }];
}

function requiredChecks(w: Writer, shape: ObjectShape, object: string, path: Pointer): Code[] {
  return shape.properties
    .filter((p) => p.required)
    // A required readOnly property is required of what the service sends: a request leaves it out (OpenAPI says so too).
    .filter((p) => !p.readOnly || !w.request)
    .map((p) => ({ kind: 'check', failed: `!${w.use('hasOwn')}.call(${object}, ${quote(p.name)})`, report: w.errorCall('missing', path.property(p.name)) }));
}

function requiresOneOfChecks(w: Writer, shape: ObjectShape, object: string, path: Pointer): Code[] {
  return shape.requiresOneOf.map((group) => {
    const absent = group.map((name) => `!${w.use('hasOwn')}.call(${object}, ${quote(name)})`).join(' && ');
    return { kind: 'check', failed: absent, report: w.error(path, 'required', `must have at least one of ${group.map((n) => JSON.stringify(n)).join(', ')}`) };
  });
}

/**
 * Properties of another API version (dropped by `selectVersion`): where an unknown key would be an
 * error, the error says which version has it.
 */
function otherVersionCases(w: Writer, shape: ObjectShape, key: string, path: Pointer): SwitchCase[] {
  const refused = shape.additional.kind === 'closed' || (shape.additional.kind === 'mode-dependent' && w.request);
  if (!refused || shape.otherVersions === undefined || shape.otherVersions.length === 0) return [];
  const byVersions = new Map<string, string[]>();
  for (const { name, versions } of shape.otherVersions) {
    const where = versions.join(' and ');
    byVersions.set(where, [...(byVersions.get(where) ?? []), name]);
  }
  const at = path.dynamic(`${w.use('escapeToken')}(${key})`);
  return [...byVersions].map(([where, names]) => ({
    labels: names.map(quote),
    body: [{ kind: 'report', report: w.error(at, 'additionalProperties', `is only in the Graph ${where} API`) }],
  }));
}

/** The default branch for keys the type does not declare: errors in request mode unless `additionalProperties` says otherwise. */
function unknownKeyChecks(w: Writer, shape: ObjectShape, object: string, key: string, path: Pointer): Code[] {
  const { additional } = shape;
  switch (additional.kind) {
    case 'open':
      return [];
    case 'closed':
      return [{ kind: 'report', report: w.errorCall('unknownProperty', path, key) }];
    case 'mode-dependent':
      return w.request ? [{ kind: 'report', report: w.errorCall('unknownProperty', path, key) }] : [];
    case 'schema': {
      const extra = w.local('extra');
      const checks = w.check(additional.shape, extra, path.dynamic(`${w.use('escapeToken')}(${key})`));
      return checks.length === 0 ? [] : [{ kind: 'const', name: extra, type: 'unknown', init: `${object}[${key}]` }, ...checks];
    }
    default:
      return assertNever(additional);
  }
}

function acceptsNull(shape: Shape): boolean {
  return shape.kind === 'null' || (shape.kind === 'union' && shape.branches.some((b) => b.kind === 'null'));
}
