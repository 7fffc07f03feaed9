import { assertNever, pointerChild } from '../../diagnostics.js';
import { quote } from '../../model/names.js';
import type { ArrayShape, EnumShape, JsonType, Literal, NumberShape, ObjectShape, Property, Shape, StringShape, UnionShape } from '../../model/types.js';
import { literalText, type TypeIndex } from '../typeText.js';
import { allChecks, arrayRules, patternedKeys, choiceCheck, conditionalCheck, notCheck, objectRules, valuesCheck } from './applicators.js';

/** Run-time helpers a validators file may import; only the ones used are imported. */
export type RuntimeHelper =
  | 'canonical'
  | 'codePointLength'
  | 'duplicateItems'
  | 'fail'
  | 'hasOwn'
  | 'isDate'
  | 'isDateTime'
  | 'isMultipleOf'
  | 'isObject'
  | 'isUri'
  | 'isUuid'
  | 'missing'
  | 'notAMember'
  | 'nullInRequest'
  | 'readOnlyInRequest'
  | 'show'
  | 'slip'
  | 'trial'
  | 'writeOnlyInResponse'
  | 'typeError'
  | 'unknownProperty'
  | 'escapeToken';

/**
 * How each format is checked: a regular expression where the grammar is flat (linear by its
 * shape), a run-time function where it has parts and ranges (URIs, calendar dates).
 */
const FORMATS: Readonly<Record<NonNullable<StringShape['format']>, { readonly noun: string; readonly check: { readonly name: string; readonly regex: string } | { readonly helper: RuntimeHelper } }>> = {
  uuid: { noun: 'a UUID', check: { helper: 'isUuid' } },
  uri: { noun: 'an absolute URI', check: { helper: 'isUri' } },
  'date-time': { noun: 'an RFC 3339 date-time', check: { helper: 'isDateTime' } },
  date: { noun: 'an RFC 3339 date', check: { helper: 'isDate' } },
  email: { noun: 'an email address', check: { name: 'FORMAT_EMAIL', regex: '/^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$/' } },
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
 * Writes straight-line checks for shapes, one method per keyword. Each failure is one call of a
 * run-time helper, so the generated file stays small. One instance per validators file: it
 * collects the module-level constants (formats, patterns, member sets) and helpers the checks use.
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
  check(shape: Shape, value: string, path: string, known?: JsonType, nullOnlyInResponse = false): string[] {
    switch (shape.kind) {
      case 'unknown':
        return [];
      case 'never':
        return [this.fail(path, 'false', 'no value is allowed here')];
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
        return this.union(shape, value, path, nullOnlyInResponse);
      case 'values':
        return valuesCheck(this, shape, value, path);
      case 'all':
        return allChecks(this, shape, value, path);
      case 'not':
        return notCheck(this, shape, value, path);
      case 'conditional':
        return conditionalCheck(this, shape, value, path);
      case 'choice':
        return choiceCheck(this, shape, value, path);
      default:
        return assertNever(shape);
    }
  }

  local(prefix: string): string {
    this.#variables += 1;
    return `${prefix}${this.#variables}`;
  }

  use(helper: RuntimeHelper): string {
    this.helpers.add(helper);
    return helper;
  }

  /** `then` runs when the type test passes; when the type is already `established`, only `then` is written. */
  private typeGuard(failed: string, expected: string, value: string, path: string, then: string[], established = false): string[] {
    if (established) return then;
    const failure = `${this.use('typeError')}(context, ${path}, ${quote(expected)}, ${value});`;
    return then.length === 0 ? [`if (${failed}) ${failure}`] : [`if (${failed}) {`, failure, '} else {', ...then, '}'];
  }

  /** `messageExpression`, when given, computes the message at run time (a hint added to `message`). */
  fail(path: string, keyword: string, message: string, expected?: string, received?: string, messageExpression?: string): string {
    const extra = [expected === undefined ? (received === undefined ? [] : ['undefined']) : [quote(expected)], received === undefined ? [] : [received]].flat();
    return `${this.use('fail')}(context, ${[path, quote(keyword), messageExpression ?? quote(message), ...extra].join(', ')});`;
  }

  /** Module-level constants are shared by every check that needs the same one. */
  constant(name: string, initializer: string): string {
    for (const [existing, init] of this.constants) if (init === initializer) return existing;
    this.constants.set(name, initializer);
    return name;
  }

  private string(shape: StringShape, value: string, path: string, established: boolean): string[] {
    const then: string[] = [];
    if (shape.minLength !== undefined || shape.maxLength !== undefined) {
      const length = this.local('length');
      then.push(`const ${length} = ${this.use('codePointLength')}(${value});`);
      if (shape.minLength !== undefined) then.push(`if (${length} < ${shape.minLength}) ${this.fail(path, 'minLength', `must have at least ${count(shape.minLength, 'character')}`)}`);
      if (shape.maxLength !== undefined) then.push(`if (${length} > ${shape.maxLength}) ${this.fail(path, 'maxLength', `must have at most ${count(shape.maxLength, 'character')}`)}`);
    }
    if (shape.pattern !== undefined) {
      const name = this.constant(`PATTERN_${this.constants.size + 1}`, `new RegExp(${quote(shape.pattern)}, 'u')`);
      then.push(`if (!${name}.test(${value})) ${this.fail(path, 'pattern', `must match ${shape.pattern}`, shape.pattern, `${this.use('show')}(${value})`)}`);
    }
    if (shape.format !== undefined) {
      const { noun, check } = FORMATS[shape.format];
      const test = 'helper' in check ? `${this.use(check.helper)}(${value})` : `${this.constant(check.name, check.regex)}.test(${value})`;
      then.push(`if (!${test}) ${this.fail(path, 'format', `must be ${noun}`, shape.format, `${this.use('show')}(${value})`)}`);
    }
    return this.typeGuard(`typeof ${value} !== 'string'`, 'a string', value, path, then, established);
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
      if (typeof bound === 'number') then.push(`if (${value} ${operator} ${bound}) ${this.fail(path, keyword, `must be ${words} ${bound}`)}`);
    }
    if (shape.multipleOf !== undefined) {
      then.push(`if (!${this.use('isMultipleOf')}(${value}, ${shape.multipleOf})) ${this.fail(path, 'multipleOf', `must be a multiple of ${shape.multipleOf}`)}`);
    }
    // NaN and Infinity are numbers to JavaScript but not values JSON can carry.
    const failed = shape.integer ? `typeof ${value} !== 'number' || !Number.isInteger(${value})` : `typeof ${value} !== 'number' || !Number.isFinite(${value})`;
    return this.typeGuard(failed, shape.integer ? 'an integer' : 'a number', value, path, then);
  }

  private literal(expected: Literal, value: string, path: string): string[] {
    const text = JSON.stringify(expected);
    const message = typeof expected === 'string' ? this.withSlip(`must be ${text}`, value, [expected]) : undefined;
    return [`if (${value} !== ${literalText(expected)}) ${this.fail(path, 'const', `must be ${text}`, text, `${this.use('show')}(${value})`, message)}`];
  }

  /** A message expression that adds a hint when the value is one slip from an expected string. */
  private withSlip(message: string, value: string, expected: readonly string[]): string {
    const list = expected.length === 1 ? `[${quote(expected[0] ?? '')}]` : this.constant(`TAGS_${this.constants.size + 1}`, `[${expected.map(quote).join(', ')}]`);
    return `${quote(message)} + ${this.use('slip')}(${value}, ${list})`;
  }

  private enumeration(shape: EnumShape, value: string, path: string): string[] {
    const members = shape.values.map((v) => JSON.stringify(v)).join(', ');
    const message = `must be one of ${members.length > 200 ? `${members.slice(0, 197)}...` : members}`;
    const set = this.constant(`MEMBERS_${this.constants.size + 1}`, `new Set<unknown>([${shape.values.map(literalText).join(', ')}])`);
    return [`if (!${set}.has(${value})) ${this.use('notAMember')}(context, ${path}, ${value}, ${quote(message)}, ${String(shape.open)});`];
  }

  private array(shape: ArrayShape, value: string, path: string, established: boolean): string[] {
    const then: string[] = [];
    if (shape.minItems !== undefined) then.push(`if (${value}.length < ${shape.minItems}) ${this.fail(path, 'minItems', `must have at least ${count(shape.minItems, 'item')}`)}`);
    if (shape.maxItems !== undefined) then.push(`if (${value}.length > ${shape.maxItems}) ${this.fail(path, 'maxItems', `must have at most ${count(shape.maxItems, 'item')}`)}`);
    then.push(...arrayRules(this, shape, value, path));
    const i = this.local('i');
    const item = this.local('item');
    const itemChecks = this.check(shape.items, item, `${path} + '/' + ${i}`);
    const first = shape.prefixItems?.length ?? 0;
    const read = itemChecks.some((line) => new RegExp(`\\b${item}\\b`).test(line)) ? [`const ${item}: unknown = ${value}[${i}];`] : [];
    if (itemChecks.length > 0) then.push(`for (let ${i} = ${first}; ${i} < ${value}.length; ${i}++) {`, ...read, ...itemChecks, '}');
    return this.typeGuard(`!Array.isArray(${value})`, 'an array', value, path, then, established);
  }

  private object(shape: ObjectShape, value: string, path: string, established: boolean): string[] {
    const then = [...this.properties(shape, value, path), ...this.requiresOneOf(shape, value, path), ...objectRules(this, shape, value, path)];
    const test = established ? '' : `!${this.use('isObject')}(${value})`;
    return this.typeGuard(test, 'an object', value, path, then, established);
  }

  /**
   * One pass over the keys the object has, a `switch` to each property's checks, unknown keys in
   * the default branch; then the required properties that were absent. An object carries a few of
   * the many properties its type declares, so this beats asking for each declared one.
   */
  private properties(shape: ObjectShape, object: string, path: string): string[] {
    const key = this.local('key');
    const cases = [...shape.properties.flatMap((p) => this.propertyCase(p, object, path)), ...this.otherVersionCases(shape, key, path)];
    const unknown = this.unknownKey(shape, object, key, path);
    const body =
      (shape.patternProperties ?? []).length > 0
        ? [...(cases.length === 0 ? [] : [`switch (${key}) {`, ...cases, '}']), ...patternedKeys(this, shape, object, key, path, unknown)]
        : cases.length === 0
          ? unknown
          : [`switch (${key}) {`, ...cases, ...(unknown.length === 0 ? [] : ['default: {', ...unknown, '}']), '}'];
    const loop = body.length === 0 ? [] : [`for (const ${key} of Object.keys(${object})) {`, ...body, '}'];
    const required = shape.properties
      .filter((p) => p.required)
      // A required readOnly property is required of what the service sends: a request leaves it out (OpenAPI says so too).
      .map((p) => `if (${p.readOnly ? '!context.request && ' : ''}!${this.use('hasOwn')}.call(${object}, ${quote(p.name)})) ${this.use('missing')}(context, ${childPath(path, p.name)});`);
    return [...loop, ...required];
  }

  private propertyCase(property: Property, object: string, path: string): string[] {
    const key = quote(property.name);
    const value = this.local('v');
    const body = this.propertyBody(property, value, childPath(path, property.name));
    const uses = new RegExp(`\\b${value}\\b`);
    const read = body.some((line) => uses.test(line)) ? [`const ${value} = ${object}[${key}];`] : [];
    return [`case ${key}: {`, ...read, ...body, 'break;', '}'];
  }

  private propertyBody(property: Property, value: string, at: string): string[] {
    // The service ignores a readOnly property on a request, so there it is only worth a warning.
    if (property.readOnly) {
      const checks = this.check(property.shape, value, at);
      const warn = `${this.use('readOnlyInRequest')}(context, ${at});`;
      return checks.length === 0 ? [`if (context.request) ${warn}`] : [`if (context.request) ${warn}`, 'else {', ...checks, '}'];
    }
    if (property.writeOnly === true) {
      const checks = this.check(property.shape, value, at);
      const warn = `${this.use('writeOnlyInResponse')}(context, ${at});`;
      return checks.length === 0 ? [`if (!context.request) ${warn}`] : [`if (!context.request) ${warn}`, 'else {', ...checks, '}'];
    }
    if (property.nullableInRequest || !acceptsNull(property.shape)) return this.check(property.shape, value, at);
    const checks = this.check(property.shape, value, at, undefined, true);
    const refuse = `if (${value} === null && context.request) ${this.use('nullInRequest')}(context, ${at});`;
    return checks.length > 0 ? [refuse, 'else {', ...checks, '}'] : [refuse];
  }

  private requiresOneOf(shape: ObjectShape, object: string, path: string): string[] {
    return shape.requiresOneOf.map((group) => {
      const absent = group.map((name) => `!${this.use('hasOwn')}.call(${object}, ${quote(name)})`).join(' && ');
      return `if (${absent}) ${this.fail(path, 'required', `must have at least one of ${group.map((n) => JSON.stringify(n)).join(', ')}`)}`;
    });
  }

  /**
   * Properties of another API version (dropped by `selectVersion`): where an unknown key would be an
   * error, the error says which version has it.
   */
  private otherVersionCases(shape: ObjectShape, key: string, path: string): string[] {
    const when = shape.additional.kind === 'closed' ? '' : shape.additional.kind === 'mode-dependent' ? 'if (context.request) ' : undefined;
    if (when === undefined || shape.otherVersions === undefined || shape.otherVersions.length === 0) return [];
    const byVersions = new Map<string, string[]>();
    for (const { name, versions } of shape.otherVersions) {
      const where = versions.join(' and ');
      byVersions.set(where, [...(byVersions.get(where) ?? []), name]);
    }
    const at = `${path === "''" ? '' : `${path} + `}'/' + ${this.use('escapeToken')}(${key})`;
    return [...byVersions].flatMap(([where, names]) => [
      ...names.map((name) => `case ${quote(name)}:`),
      `${when}${this.fail(at, 'additionalProperties', `is only in the Graph ${where} API`)}`,
      'break;',
    ]);
  }

  /** The default branch for keys the type does not declare: errors in request mode unless `additionalProperties` says otherwise. */
  private unknownKey(shape: ObjectShape, object: string, key: string, path: string): string[] {
    const { additional } = shape;
    switch (additional.kind) {
      case 'open':
        return [];
      case 'closed':
        return [`${this.use('unknownProperty')}(context, ${path}, ${key});`];
      case 'mode-dependent':
        return [`if (context.request) ${this.use('unknownProperty')}(context, ${path}, ${key});`];
      case 'schema': {
        const extra = this.local('extra');
        const checks = this.check(additional.shape, extra, `${path} + '/' + ${this.use('escapeToken')}(${key})`);
        return checks.length === 0 ? [] : [`const ${extra}: unknown = ${object}[${key}];`, ...checks];
      }
      default:
        return assertNever(additional);
    }
  }

  /** `nullOnlyInResponse`: the message of a type error leaves null out in request mode, where it is refused. */
  private union(shape: UnionShape, value: string, path: string, nullOnlyInResponse = false): string[] {
    const lines: string[] = [];
    let keyword = 'if';
    for (const [type, branches] of shape.byJsonType) {
      const checks = this.branchesOf(shape, type, branches, value, path);
      lines.push(`${keyword} (${this.jsonTypeTest(type, value)}) {`, ...(checks.length > 0 ? checks : [`// Any ${type} is accepted here.`]));
      keyword = '} else if';
    }
    const expected = shape.byJsonType.map(([type, branches]) => this.noun(shape, type, branches)).join(' or ');
    const withoutNull = shape.byJsonType.filter(([type]) => type !== 'null').map(([type, branches]) => this.noun(shape, type, branches)).join(' or ');
    const message = nullOnlyInResponse && withoutNull !== expected ? `context.request ? ${quote(withoutNull)} : ${quote(expected)}` : quote(expected);
    lines.push('} else {', `${this.use('typeError')}(context, ${path}, ${message}, ${value});`, '}');
    return lines;
  }

  /** How a type error names what a union accepts of one JSON type: "an integer" where every number branch is one. */
  private noun(shape: UnionShape, type: JsonType, branches: readonly number[]): string {
    const integers = type === 'number' && branches.every((i) => {
      const branch = shape.branches[i];
      const resolved = branch === undefined ? undefined : this.index.resolve(branch);
      return resolved?.kind === 'number' && resolved.integer;
    });
    return integers ? 'an integer' : A_JSON_TYPE[type];
  }

  private jsonTypeTest(type: JsonType, value: string): string {
    switch (type) {
      case 'null':
        return `${value} === null`;
      case 'array':
        return `Array.isArray(${value})`;
      case 'object':
        return `${this.use('isObject')}(${value})`;
      case 'boolean':
      case 'number':
      case 'string':
        return `typeof ${value} === '${type}'`;
      default:
        return assertNever(type);
    }
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
    const tag = this.local('tag');
    const key = quote(discriminator.property);
    const at = childPath(path, discriminator.property);
    const expected = discriminator.values.map(([v]) => JSON.stringify(v)).join(', ');
    const unknownTag = `names no type that may stand here; expected one of ${expected}`;
    const cases = discriminator.values.flatMap(([tagValue, branch]) => {
      const branchShape = shape.branches[branch];
      return [`case ${quote(tagValue)}:`, ...(branchShape === undefined ? [] : this.check(branchShape, value, path, 'object')), 'break;'];
    });
    const fallback = shape.branches[discriminator.defaultBranch ?? -1];
    const absent = fallback !== undefined ? this.check(fallback, value, path, 'object') : [this.fail(at, 'discriminator', `is required to tell which type this is: one of ${expected}`, expected)];
    return [
      `const ${tag} = ${this.use('hasOwn')}.call(${value}, ${key}) ? ${value}[${key}] : undefined;`,
      `switch (${tag}) {`,
      ...cases,
      'case undefined:',
      ...absent,
      'break;',
      'default:',
      this.fail(at, 'discriminator', unknownTag, expected, `${this.use('show')}(${tag})`, this.withSlip(unknownTag, tag, discriminator.values.map(([v]) => v))),
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
