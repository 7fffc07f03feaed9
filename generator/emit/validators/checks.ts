import { assertNever, pointerChild } from '../../diagnostics.js';
import { quote } from '../../model/names.js';
import type { ArrayShape, EnumShape, JsonType, Literal, NumberShape, ObjectShape, Property, Shape, StringShape, UnionShape } from '../../model/types.js';
import { literalText, type TypeIndex } from '../typeText.js';

/** Run-time helpers a validators file may import; only the ones used are imported. */
export type RuntimeHelper = 'hasOwn' | 'isObject' | 'typeError' | 'escapeToken' | 'codePointLength' | 'show' | 'jsonType';

const FORMATS: Readonly<Record<NonNullable<StringShape['format']>, { readonly name: string; readonly regex: string; readonly noun: string }>> = {
  uuid: { name: 'FORMAT_UUID', regex: '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i', noun: 'a UUID' },
  uri: { name: 'FORMAT_URI', regex: '/^[a-z][a-z0-9+.-]*:[^\\s]*$/i', noun: 'an absolute URI' },
  'date-time': {
    name: 'FORMAT_DATE_TIME',
    regex: '/^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2})$/',
    noun: 'an RFC 3339 date-time',
  },
  date: { name: 'FORMAT_DATE', regex: '/^\\d{4}-\\d{2}-\\d{2}$/', noun: 'an RFC 3339 date' },
  email: { name: 'FORMAT_EMAIL', regex: '/^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$/', noun: 'an email address' },
};

const A_JSON_TYPE: Readonly<Record<JsonType, string>> = {
  null: 'null',
  boolean: 'a boolean',
  number: 'a number',
  string: 'a string',
  array: 'an array',
  object: 'an object',
};

/**
 * A path is carried as a JavaScript expression and only evaluated when an issue is reported or a
 * named check is called, so valid input builds no path strings it does not need.
 */
function childPath(path: string, token: string): string {
  const tail = quote(pointerChild('', token));
  return path === "''" ? tail : `${path} + ${tail}`;
}

/**
 * Writes straight-line checks for shapes. One instance per validators file: it collects the
 * module-level constants (formats, patterns) and run-time helpers the checks use.
 */
export class CheckWriter {
  readonly helpers = new Set<RuntimeHelper>();
  readonly constants = new Map<string, string>();
  #variables = 0;

  constructor(private readonly index: TypeIndex) {}

  /** Starts a new function: local names restart, so output does not depend on emission history. */
  resetLocals(): void {
    this.#variables = 0;
  }

  /**
   * Checks `value` against `shape`. `known` is a JSON type the caller has already established (a
   * union branch), so the shape's own type test would be dead code and is left out.
   */
  check(shape: Shape, value: string, path: string, known?: JsonType): string[] {
    switch (shape.kind) {
      case 'unknown':
        return [];
      case 'never':
        return [`context.errors.push({ path: ${path}, keyword: 'false', message: 'no value is allowed here' });`];
      case 'string':
        return this.string(shape, value, path, known === 'string');
      case 'number':
        return this.number(shape, value, path);
      case 'boolean':
        return this.typeGuard(`typeof ${value} !== 'boolean'`, 'a boolean', value, path, [], known === 'boolean');
      case 'null':
        return this.typeGuard(`${value} !== null`, 'null', value, path, [], known === 'null');
      case 'literal':
        return this.literal(shape.value, value, path);
      case 'enum':
        return this.enumeration(shape, value, path);
      case 'ref':
        return [`check${shape.target}(${value}, ${path}, context);`];
      case 'array':
        return this.array(shape, value, path, known === 'array');
      case 'object':
        return this.object(shape, value, path, known === 'object');
      case 'union':
        return this.union(shape, value, path);
      default:
        return assertNever(shape);
    }
  }

  private local(prefix: string): string {
    this.#variables += 1;
    return `${prefix}${this.#variables}`;
  }

  /** `then` runs when the type test passes; when the type is already `established`, only `then` is written. */
  private typeGuard(failed: string, expected: string, value: string, path: string, then: string[], established = false): string[] {
    if (established) return then;
    this.helpers.add('typeError');
    const failure = `if (${failed}) typeError(context, ${path}, ${quote(expected)}, ${value});`;
    return then.length === 0 ? [failure] : [`if (${failed}) {`, `typeError(context, ${path}, ${quote(expected)}, ${value});`, '} else {', ...then, '}'];
  }

  private issue(path: string, keyword: string, message: string, extra = ''): string {
    return `context.errors.push({ path: ${path}, keyword: ${quote(keyword)}, message: ${message}${extra} });`;
  }

  private string(shape: StringShape, value: string, path: string, established: boolean): string[] {
    const then: string[] = [];
    if (shape.minLength !== undefined || shape.maxLength !== undefined) {
      this.helpers.add('codePointLength');
      const length = this.local('length');
      then.push(`const ${length} = codePointLength(${value});`);
      if (shape.minLength !== undefined) {
        then.push(`if (${length} < ${shape.minLength}) ${this.issue(path, 'minLength', quote(`must have at least ${count(shape.minLength, 'character')}`))}`);
      }
      if (shape.maxLength !== undefined) {
        then.push(`if (${length} > ${shape.maxLength}) ${this.issue(path, 'maxLength', quote(`must have at most ${count(shape.maxLength, 'character')}`))}`);
      }
    }
    if (shape.pattern !== undefined) {
      const name = this.constant(`PATTERN_${this.constants.size + 1}`, `new RegExp(${quote(shape.pattern)}, 'u')`);
      this.helpers.add('show');
      then.push(`if (!${name}.test(${value})) ${this.issue(path, 'pattern', quote(`must match ${shape.pattern}`), `, expected: ${quote(shape.pattern)}, received: show(${value})`)}`);
    }
    if (shape.format !== undefined) {
      const format = FORMATS[shape.format];
      const name = this.constant(format.name, format.regex);
      this.helpers.add('show');
      then.push(`if (!${name}.test(${value})) ${this.issue(path, 'format', quote(`must be ${format.noun}`), `, expected: ${quote(shape.format)}, received: show(${value})`)}`);
    }
    return this.typeGuard(`typeof ${value} !== 'string'`, 'a string', value, path, then, established);
  }

  /** Module-level constants are shared by every check that needs the same one. */
  private constant(name: string, initializer: string): string {
    for (const [existing, init] of this.constants) if (init === initializer) return existing;
    this.constants.set(name, initializer);
    return name;
  }

  private number(shape: NumberShape, value: string, path: string): string[] {
    const then: string[] = [];
    const bounds: [keyof NumberShape, string, string][] = [
      ['minimum', '<', 'at least'],
      ['maximum', '>', 'at most'],
      ['exclusiveMinimum', '<=', 'greater than'],
      ['exclusiveMaximum', '>=', 'less than'],
    ];
    for (const [keyword, operator, words] of bounds) {
      const bound = shape[keyword];
      if (typeof bound === 'number') then.push(`if (${value} ${operator} ${bound}) ${this.issue(path, keyword, quote(`must be ${words} ${bound}`))}`);
    }
    const failed = shape.integer ? `typeof ${value} !== 'number' || !Number.isInteger(${value})` : `typeof ${value} !== 'number' || !Number.isFinite(${value})`;
    return this.typeGuard(failed, shape.integer ? 'an integer' : 'a number', value, path, then);
  }

  private literal(expected: Literal, value: string, path: string): string[] {
    const text = literalText(expected);
    this.helpers.add('show');
    return [`if (${value} !== ${text}) ${this.issue(path, 'const', quote(`must be ${JSON.stringify(expected)}`), `, expected: ${quote(JSON.stringify(expected))}, received: show(${value})`)}`];
  }

  private enumeration(shape: EnumShape, value: string, path: string): string[] {
    this.helpers.add('show');
    const members = shape.values.map((v) => JSON.stringify(v)).join(', ');
    const message = `${quote(`must be one of ${members.length > 200 ? `${members.slice(0, 197)}...` : members}`)}`;
    const unknownMember = this.issue(path, 'enum', message, `, received: show(${value})`);
    const failure = shape.open
      ? [
          `if (!context.request && typeof ${value} === 'string') {`,
          `context.warnings.push({ path: ${path}, keyword: 'enum', message: 'is not a member known to this version of the types; accepted, since the service adds members', received: show(${value}) });`,
          `} else ${unknownMember}`,
        ]
      : [unknownMember];
    return [`switch (${value}) {`, ...shape.values.map((v) => `case ${literalText(v)}:`), 'break;', 'default:', ...failure, '}'];
  }

  private array(shape: ArrayShape, value: string, path: string, established: boolean): string[] {
    const then: string[] = [];
    if (shape.minItems !== undefined) then.push(`if (${value}.length < ${shape.minItems}) ${this.issue(path, 'minItems', quote(`must have at least ${count(shape.minItems, 'item')}`))}`);
    if (shape.maxItems !== undefined) then.push(`if (${value}.length > ${shape.maxItems}) ${this.issue(path, 'maxItems', quote(`must have at most ${count(shape.maxItems, 'item')}`))}`);
    const i = this.local('i');
    const item = this.local('item');
    const itemChecks = this.check(shape.items, item, `${path} + '/' + ${i}`);
    if (itemChecks.length > 0) then.push(`for (let ${i} = 0; ${i} < ${value}.length; ${i}++) {`, `const ${item}: unknown = ${value}[${i}];`, ...itemChecks, '}');
    return this.typeGuard(`!Array.isArray(${value})`, 'an array', value, path, then, established);
  }

  private object(shape: ObjectShape, value: string, path: string, established: boolean): string[] {
    const then = [...shape.properties.flatMap((p) => this.property(p, value, path)), ...this.requiresOneOf(shape, value, path), ...this.additional(shape, value, path)];
    if (!established) this.helpers.add('isObject');
    return this.typeGuard(`!isObject(${value})`, 'an object', value, path, then, established);
  }

  private property(property: Property, object: string, path: string): string[] {
    this.helpers.add('hasOwn');
    const key = quote(property.name);
    const at = childPath(path, property.name);
    const missing = property.required ? this.issue(at, 'required', "'is required'") : undefined;
    const value = this.local('v');
    const body: string[] = [];
    if (property.readOnly) {
      body.push(`if (context.request) context.warnings.push({ path: ${at}, keyword: 'readOnly', message: 'is set by the service and ignored in a request' });`);
    }
    const checks = this.check(property.shape, value, at);
    // A readOnly property is not part of a request at all; the warning above says so once.
    if (!property.nullableInRequest && !property.readOnly && acceptsNull(property.shape)) {
      body.push(
        `if (${value} === null && context.request) {`,
        this.issue(at, 'type', "'must not be null in a request; leave the property out instead'", ", expected: 'a value', received: 'null'"),
        ...(checks.length > 0 ? ['} else {', ...checks] : []),
        '}',
      );
    } else body.push(...checks);
    if (body.length === 0) return missing === undefined ? [] : [`if (!hasOwn.call(${object}, ${key})) ${missing}`];
    const uses = new RegExp(`\\b${value}\\b`);
    const read = body.some((line) => uses.test(line)) ? [`const ${value} = ${object}[${key}];`] : [];
    return [`if (hasOwn.call(${object}, ${key})) {`, ...read, ...body, missing === undefined ? '}' : `} else ${missing}`];
  }

  private requiresOneOf(shape: ObjectShape, object: string, path: string): string[] {
    return shape.requiresOneOf.map((group) => {
      const absent = group.map((name) => `!hasOwn.call(${object}, ${quote(name)})`).join(' && ');
      return `if (${absent}) ${this.issue(path, 'required', quote(`must have at least one of ${group.map((n) => JSON.stringify(n)).join(', ')}`))}`;
    });
  }

  /** Unknown properties: errors in request mode by default; `additionalProperties` decides otherwise. */
  private additional(shape: ObjectShape, object: string, path: string): string[] {
    const { additional } = shape;
    if (additional.kind === 'open') return [];
    this.helpers.add('escapeToken');
    const key = this.local('key');
    const at = `${path} + '/' + escapeToken(${key})`;
    const known = shape.properties.map((p) => `case ${quote(p.name)}:`);
    const extra = this.local('extra');
    const schemaChecks = additional.kind === 'schema' ? this.check(additional.shape, extra, at) : [];
    const onUnknown =
      additional.kind === 'schema'
        ? schemaChecks.length === 0
          ? []
          : [`const ${extra}: unknown = ${object}[${key}];`, ...schemaChecks]
        : [this.issue(at, 'additionalProperties', "'is not a known property'")];
    if (onUnknown.length === 0) return [];
    const loop = [`for (const ${key} of Object.keys(${object})) {`, ...(known.length > 0 ? [`switch (${key}) {`, ...known, 'break;', 'default: {', ...onUnknown, '}', '}'] : onUnknown), '}'];
    return additional.kind === 'mode-dependent' ? ['if (context.request) {', ...loop, '}'] : loop;
  }

  private union(shape: UnionShape, value: string, path: string): string[] {
    const lines: string[] = [];
    let keyword = 'if';
    for (const [type, branches] of shape.byJsonType) {
      const checks = this.branchesOf(shape, type, branches, value, path);
      lines.push(`${keyword} (${jsonTypeTest(type, value, this.helpers)}) {`, ...(checks.length > 0 ? checks : [`// Any ${type} is accepted here.`]));
      keyword = '} else if';
    }
    this.helpers.add('typeError');
    const expected = shape.byJsonType.map(([type]) => A_JSON_TYPE[type]).join(' or ');
    lines.push('} else {', `typeError(context, ${path}, ${quote(expected)}, ${value});`, '}');
    return lines;
  }

  private branchesOf(shape: UnionShape, type: JsonType, branches: readonly number[], value: string, path: string): string[] {
    const only = branches.length === 1 ? shape.branches[branches[0] ?? 0] : undefined;
    if (only !== undefined) return this.check(only, value, path, type);
    if (type === 'object' && shape.discriminator !== undefined) return this.discriminated(shape, value, path);
    // Several literal or enum branches of one JSON type: one closed set of values.
    const values = branches.flatMap((i) => {
      const branch = shape.branches[i];
      const resolved = branch === undefined ? undefined : this.index.resolve(branch);
      return resolved?.kind === 'literal' ? [resolved.value] : resolved?.kind === 'enum' ? resolved.values : [];
    });
    return this.enumeration({ kind: 'enum', values, open: false, memberVersions: new Map(), source: shape.source }, value, path);
  }

  private discriminated(shape: UnionShape, value: string, path: string): string[] {
    const discriminator = shape.discriminator;
    if (discriminator === undefined) return [];
    this.helpers.add('hasOwn');
    this.helpers.add('show');
    const tag = this.local('tag');
    const key = quote(discriminator.property);
    const at = childPath(path, discriminator.property);
    const expected = discriminator.values.map(([v]) => JSON.stringify(v)).join(', ');
    const cases = discriminator.values.flatMap(([tagValue, branch]) => {
      const branchShape = shape.branches[branch];
      return [`case ${quote(tagValue)}:`, ...(branchShape === undefined ? [] : this.check(branchShape, value, path, 'object')), 'break;'];
    });
    const fallback = shape.branches[discriminator.defaultBranch ?? -1];
    const absent =
      fallback !== undefined
        ? this.check(fallback, value, path, 'object')
        : [this.issue(at, 'discriminator', quote(`is required to tell which type this is: one of ${expected}`), `, expected: ${quote(expected)}`)];
    return [
      `const ${tag} = hasOwn.call(${value}, ${key}) ? ${value}[${key}] : undefined;`,
      `switch (${tag}) {`,
      ...cases,
      'case undefined:',
      ...absent,
      'break;',
      'default:',
      this.issue(at, 'discriminator', quote(`names no type that may stand here; expected one of ${expected}`), `, expected: ${quote(expected)}, received: show(${tag})`),
      '}',
    ];
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function acceptsNull(shape: Shape): boolean {
  return shape.kind === 'null' || (shape.kind === 'union' && shape.branches.some((b) => b.kind === 'null'));
}

function jsonTypeTest(type: JsonType, value: string, helpers: Set<RuntimeHelper>): string {
  switch (type) {
    case 'null':
      return `${value} === null`;
    case 'array':
      return `Array.isArray(${value})`;
    case 'object':
      helpers.add('isObject');
      return `isObject(${value})`;
    case 'boolean':
    case 'number':
    case 'string':
      return `typeof ${value} === '${type}'`;
    default:
      return assertNever(type);
  }
}
