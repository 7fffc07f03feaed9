import { canonicalJson } from '../../json/canonical.js';
import { quote } from '../../model/names.js';
import type { AllShape, ArrayShape, ChoiceShape, ConditionalShape, NotShape, ObjectShape, Shape, ValuesShape } from '../../model/types.js';
import type { CheckWriter } from './checks.js';

// Checks of the keywords that test a value against a subschema without reporting its errors
// (`not`, `if`, `oneOf`/`anyOf` tried branch by branch, `contains`, `propertyNames`), and of deep
// equality (`const`/`enum` of objects and arrays, `uniqueItems`). A trial runs the subschema's
// checks against a context of its own (`trial(context)`), in a block where `context` names it.

/** Lines that check `shape` into a trial context, and the expression that is true when it passed. */
export function tryShape(writer: CheckWriter, shape: Shape, value: string, path: string): { lines: string[]; passed: string } {
  const checks = writer.check(shape, value, path);
  if (checks.length === 0) return { lines: [], passed: 'true' };
  const attempt = writer.local('attempt');
  return {
    lines: [`const ${attempt} = ${writer.use('trial')}(context);`, '{', `const context = ${attempt};`, ...checks, '}'],
    passed: `${attempt}.errors.length === 0`,
  };
}

export function allChecks(writer: CheckWriter, shape: AllShape, value: string, path: string): string[] {
  return shape.parts.flatMap((part) => writer.check(part, value, path));
}

export function notCheck(writer: CheckWriter, shape: NotShape, value: string, path: string): string[] {
  const { lines, passed } = tryShape(writer, shape.shape, value, path);
  return [...lines, `if (${passed}) ${writer.fail(path, 'not', 'must not match the schema in "not"')}`];
}

export function conditionalCheck(writer: CheckWriter, shape: ConditionalShape, value: string, path: string): string[] {
  const { lines, passed } = tryShape(writer, shape.if, value, path);
  const then = shape.then === undefined ? [] : writer.check(shape.then, value, path);
  const otherwise = shape.else === undefined ? [] : writer.check(shape.else, value, path);
  if (then.length === 0 && otherwise.length === 0) return [];
  if (otherwise.length === 0) return [...lines, `if (${passed}) {`, ...then, '}'];
  if (then.length === 0) return [...lines, `if (!(${passed})) {`, ...otherwise, '}'];
  return [...lines, `if (${passed}) {`, ...then, '} else {', ...otherwise, '}'];
}

/** `oneOf`/`anyOf` that nothing tells apart: each branch is tried; the count of matches decides. */
export function choiceCheck(writer: CheckWriter, shape: ChoiceShape, value: string, path: string): string[] {
  const matches = writer.local('matches');
  const lines = [`let ${matches} = 0;`];
  for (const branch of shape.branches) {
    const { lines: attempt, passed } = tryShape(writer, branch, value, path);
    // anyOf stops at the first match; oneOf needs to know whether a second one matches.
    const body = [...attempt, `if (${passed}) ${matches}++;`];
    lines.push(...(shape.one ? ['{', ...body, '}'] : [`if (${matches} === 0) {`, ...body, '}']));
  }
  const n = shape.branches.length;
  if (shape.one) {
    lines.push(`if (${matches} !== 1) ${writer.fail(path, 'oneOf', '', undefined, undefined, `${matches} === 0 ? ${quote(`must match one of the ${n} schemas in "oneOf"`)} : 'matches ' + ${matches} + ${quote(` of the ${n} schemas in "oneOf"; exactly one must match`)}`)}`);
  } else {
    lines.push(`if (${matches} === 0) ${writer.fail(path, 'anyOf', `must match at least one of the ${n} schemas in "anyOf"`)}`);
  }
  return lines;
}

/** `const`/`enum` holding objects or arrays: compared by their canonical JSON text. */
export function valuesCheck(writer: CheckWriter, shape: ValuesShape, value: string, path: string): string[] {
  const texts = shape.values.map(canonicalJson);
  const set = writer.constant(`VALUES_${writer.constants.size + 1}`, `new Set<string>([${texts.map(quote).join(', ')}])`);
  const shown = shape.values.map((v) => JSON.stringify(v)).join(', ');
  const message = shape.values.length === 1 ? `must be ${shown}` : `must be one of ${shown}`;
  const keyword = shape.values.length === 1 ? 'const' : 'enum';
  return [`if (!${set}.has(${writer.use('canonical')}(${value}))) ${writer.fail(path, keyword, message.length > 200 ? `${message.slice(0, 197)}...` : message)}`];
}

/** `prefixItems`, `uniqueItems` and `contains`, after the type test of an array. */
export function arrayRules(writer: CheckWriter, shape: ArrayShape, value: string, path: string): string[] {
  const lines: string[] = [];
  (shape.prefixItems ?? []).forEach((itemShape, k) => {
    const item = writer.local('item');
    const checks = writer.check(itemShape, item, `${path} + '/${k}'`);
    const read = checks.some((line) => new RegExp(`\\b${item}\\b`).test(line)) ? [`const ${item}: unknown = ${value}[${k}];`] : [];
    if (checks.length > 0) lines.push(`if (${value}.length > ${k}) {`, ...read, ...checks, '}');
  });
  if (shape.uniqueItems === true) {
    const duplicate = writer.local('duplicate');
    lines.push(
      `const ${duplicate} = ${writer.use('duplicateItems')}(${value});`,
      `if (${duplicate} !== undefined) ${writer.fail(path, 'uniqueItems', '', undefined, undefined, `'must not hold equal items; items ' + ${duplicate}[0] + ' and ' + ${duplicate}[1] + ' are equal'`)}`,
    );
  }
  if (shape.contains !== undefined) lines.push(...containsCheck(writer, shape.contains, value, path));
  return lines;
}

function containsCheck(writer: CheckWriter, contains: NonNullable<ArrayShape['contains']>, value: string, path: string): string[] {
  const { shape, min, max } = contains;
  if (min === 0 && max === undefined) return [];
  const found = writer.local('found');
  const i = writer.local('i');
  const item = writer.local('item');
  const { lines, passed } = tryShape(writer, shape, item, `${path} + '/' + ${i}`);
  const out = [`let ${found} = 0;`, `for (let ${i} = 0; ${i} < ${value}.length; ${i}++) {`, `const ${item}: unknown = ${value}[${i}];`, ...lines, `if (${passed}) ${found}++;`, '}'];
  if (min > 0) out.push(`if (${found} < ${min}) ${writer.fail(path, min === 1 ? 'contains' : 'minContains', `must hold at least ${min} item${min === 1 ? '' : 's'} matching "contains"`)}`);
  if (max !== undefined) out.push(`if (${found} > ${max}) ${writer.fail(path, 'maxContains', `must hold at most ${max} item${max === 1 ? '' : 's'} matching "contains"`)}`);
  return out;
}

/** `minProperties`, `maxProperties`, `propertyNames`, `dependentRequired` and `dependentSchemas`, after the type test of an object. */
export function objectRules(writer: CheckWriter, shape: ObjectShape, object: string, path: string): string[] {
  const lines: string[] = [];
  if (shape.minProperties !== undefined || shape.maxProperties !== undefined) {
    const size = writer.local('size');
    lines.push(`const ${size} = Object.keys(${object}).length;`);
    if (shape.minProperties !== undefined) lines.push(`if (${size} < ${shape.minProperties}) ${writer.fail(path, 'minProperties', `must have at least ${shape.minProperties} propert${shape.minProperties === 1 ? 'y' : 'ies'}`)}`);
    if (shape.maxProperties !== undefined) lines.push(`if (${size} > ${shape.maxProperties}) ${writer.fail(path, 'maxProperties', `must have at most ${shape.maxProperties} propert${shape.maxProperties === 1 ? 'y' : 'ies'}`)}`);
  }
  if (shape.propertyNames !== undefined) {
    const key = writer.local('name');
    const at = `${path} + '/' + ${writer.use('escapeToken')}(${key})`;
    const { lines: attempt, passed } = tryShape(writer, shape.propertyNames, key, at);
    if (attempt.length > 0) {
      lines.push(`for (const ${key} of Object.keys(${object})) {`, ...attempt, `if (!(${passed})) ${writer.fail(at, 'propertyNames', 'is not a name "propertyNames" allows')}`, '}');
    }
  }
  for (const [name, required] of shape.dependentRequired ?? []) {
    const absent = required.map((r) => `if (!${writer.use('hasOwn')}.call(${object}, ${quote(r)})) ${writer.fail(`${path} + ${quote(`/${r.replaceAll('~', '~0').replaceAll('/', '~1')}`)}`, 'dependentRequired', `is required when ${JSON.stringify(name)} is present`)}`);
    if (absent.length > 0) lines.push(`if (${writer.use('hasOwn')}.call(${object}, ${quote(name)})) {`, ...absent, '}');
  }
  for (const [name, dependent] of shape.dependentSchemas ?? []) {
    const checks = writer.check(dependent, object, path, 'object');
    if (checks.length > 0) lines.push(`if (${writer.use('hasOwn')}.call(${object}, ${quote(name)})) {`, ...checks, '}');
  }
  return lines;
}

/**
 * With `patternProperties`, a key may match a declared property and patterns at once; the rule
 * for other keys (`unknown`) applies to those that match neither.
 */
export function patternedKeys(writer: CheckWriter, shape: ObjectShape, object: string, key: string, path: string, unknown: string[]): string[] {
  const patterns = shape.patternProperties ?? [];
  if (patterns.length === 0) return unknown;
  const matched = writer.local('matched');
  const names = writer.constant(`DECLARED_${writer.constants.size + 1}`, `new Set<string>([${shape.properties.map((p) => quote(p.name)).join(', ')}])`);
  const lines = unknown.length === 0 ? [] : [`let ${matched} = ${names}.has(${key});`];
  for (const { pattern, shape: patternShape } of patterns) {
    const regex = writer.constant(`PATTERN_${writer.constants.size + 1}`, `new RegExp(${quote(pattern)}, 'u')`);
    const extra = writer.local('extra');
    const checks = writer.check(patternShape, extra, `${path} + '/' + ${writer.use('escapeToken')}(${key})`);
    const body = [...(unknown.length === 0 ? [] : [`${matched} = true;`]), ...(checks.length === 0 ? [] : [`const ${extra}: unknown = ${object}[${key}];`, ...checks])];
    if (body.length > 0) lines.push(`if (${regex}.test(${key})) {`, ...body, '}');
  }
  return unknown.length === 0 ? lines : [...lines, `if (!${matched}) {`, ...unknown, '}'];
}
