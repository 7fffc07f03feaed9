import { canonicalJson } from '../../json/canonical.js';
import { quote } from '../../model/names.js';
import type { AllShape, ArrayShape, ChoiceShape, ConditionalShape, JsonType, NotShape, ObjectShape, Shape, ValuesShape } from '../../model/types.js';
import type { Code, ExplainedBranch } from './code.js';
import { count } from './scalars.js';
import { mayWarn } from './warnings.js';
import type { Pointer } from './path.js';
import type { Writer } from './writer.js';

// Checks of the keywords that test a value against a subschema without reporting its errors
// (`not`, `if`, `oneOf`/`anyOf` tried branch by branch, `contains`, `propertyNames`), and of deep
// equality (`const`/`enum` of objects and arrays, `uniqueItems`). A trial is the boolean path of
// the subschema's checks (`trial` in code.ts): nothing is reported, the first error ends it.

/** The name of a local that is true when `shape` accepts `value`, and the code that sets it. */
export function tryShape(w: Writer, shape: Shape, value: string, path: Pointer, known?: JsonType): { code: Code[]; passed: string } {
  const checks = w.check(shape, value, path, known);
  if (checks.length === 0) return { code: [], passed: 'true' };
  const attempt = w.local('attempt');
  return { code: [{ kind: 'trial', name: attempt, code: checks }], passed: attempt };
}

export function allChecks(w: Writer, shape: AllShape, value: string, path: Pointer, known?: JsonType): Code[] {
  const parts = shape.parts.map((part, i): Code[] => {
    if (i === 0) return w.check(part, value, path, known);
    // The boolean path returns at a failed type test, so TypeScript takes the value to have the
    // type an earlier part tested for; this part's own tests of other JSON types (an untyped
    // member beside { type: array }) would then narrow it to never, which for...in refuses. A
    // local of type unknown gives the part the value without that narrowing.
    const whole = w.local('whole');
    const checks = w.check(part, whole, path);
    return checks.length === 0 ? [] : [{ kind: 'const', name: whole, type: 'unknown', init: value } as const, ...checks];
  });
  // The parts check one value, so two may report one issue: the `type` of an object and of the
  // branch a union beside it explains, a name the object and its `then` both require. The result keeps each once.
  const repeats: Code[] = parts.filter((code) => code.length > 0).length > 1 ? [{ kind: 'reporting', text: `${w.use('mayRepeat')}();` }] : [];
  return [...repeats, ...parts.flat()];
}

/** `known`, as for `Writer.check`: the JSON type the value is already known to have, which the subschemas are told too. */
export function notCheck(w: Writer, shape: NotShape, value: string, path: Pointer, known?: JsonType): Code[] {
  const { code, passed } = tryShape(w, shape.shape, value, path, known);
  return [...code, { kind: 'check', failed: passed, report: w.error(path, 'not', 'must not match the schema in "not"') }];
}

export function conditionalCheck(w: Writer, shape: ConditionalShape, value: string, path: Pointer, known?: JsonType): Code[] {
  const then = shape.then === undefined ? [] : w.check(shape.then, value, path, known);
  const otherwise = shape.else === undefined ? [] : w.check(shape.else, value, path, known);
  if (then.length === 0 && otherwise.length === 0) return [];
  const { code, passed } = tryShape(w, shape.if, value, path, known);
  return [...code, { kind: 'if', test: passed, then, otherwise }];
}

/** Past this many branches a union's are tried in groups of this many, each group in a function of its own (`count` in code.ts). */
const GROUP = 32;

/** `oneOf`/`anyOf` that nothing tells apart: each branch is tried; the count of matches decides. */
export function choiceCheck(w: Writer, shape: ChoiceShape, value: string, path: Pointer, known?: JsonType): Code[] {
  const matches = w.local('matches');
  const code: Code[] = [{ kind: 'let', name: matches, init: '0' }];
  const explained: ExplainedBranch[] = [];
  if (shape.branches.length <= GROUP) code.push(...tryBranches(w, shape.branches, shape.one, matches, value, path, known, explained));
  for (let start = 0; shape.branches.length > GROUP && start < shape.branches.length; start += GROUP) {
    const [group, counted] = [w.local('matches'), w.local('group')];
    const tried: Code[] = [{ kind: 'let', name: group, init: '0' }, ...tryBranches(w, shape.branches.slice(start, start + GROUP), shape.one, group, value, path, known, explained)];
    const body: Code[] = [{ kind: 'count', name: counted, code: tried, result: group }, { kind: 'statement', text: `${matches} += ${counted};` }];
    code.push(shape.one ? { kind: 'if', test: 'true', then: body, otherwise: [] } : { kind: 'if', test: `${matches} === 0`, then: body, otherwise: [] });
  }
  const n = shape.branches.length;
  const keyword = shape.one ? 'oneOf' : 'anyOf';
  if (IDENTIFIER.test(value)) {
    code.push({ kind: 'unmatched', failed: `${matches} === 0`, head: `${w.use('noBranchMatched')}(${path.text()}, ${quote(keyword)}, ${value}`, branches: explained });
  } else {
    code.push({ kind: 'check', failed: `${matches} === 0`, report: w.error(path, keyword, shape.one ? `must match one of the ${n} schemas in "oneOf"` : `must match at least one of the ${n} schemas in "anyOf"`) });
  }
  if (shape.one) {
    const messageExpression = `'matches ' + ${matches} + ${quote(` of the ${n} schemas in "oneOf"; exactly one must match`)}`;
    code.push({ kind: 'check', failed: `${matches} > 1`, report: w.error(path, 'oneOf', '', { messageExpression }) });
  }
  return code;
}

/** A value the checks name directly: a branch's explanation takes it as its parameter of the same name. */
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Each branch tried in turn, counting matches into `matches`; the checks of each go into
 * `explained` too, for the full path to run when none matched.
 */
function tryBranches(w: Writer, branches: readonly Shape[], one: boolean, matches: string, value: string, path: Pointer, known: JsonType | undefined, explained: ExplainedBranch[]): Code[] {
  return branches.map((branch) => {
    // Where the caller established a JSON type (a union's number branch), TypeScript has narrowed the
    // value; a branch's tests of other JSON types would narrow it to never, which for...in refuses.
    // Each branch then gets the value as unknown, as allChecks' later parts do.
    const whole = known === undefined ? value : w.local('whole');
    const checks = w.check(branch, whole, path);
    explained.push({ name: w.local('explain'), parameter: whole, code: checks });
    const attempt = w.local('attempt');
    const tried: Code[] = checks.length === 0 ? [] : [{ kind: 'trial', name: attempt, code: checks }];
    const passed = checks.length === 0 ? 'true' : attempt;
    const bound: Code[] = tried.length === 0 || whole === value ? tried : [{ kind: 'const', name: whole, type: 'unknown', init: value }, ...tried];
    // The trial reports nothing: where the branch matched, the full path runs its checks for their warnings.
    const matched: Code[] = [{ kind: 'statement', text: `${matches}++;` }, ...(mayWarn(w, checks) ? [{ kind: 'warnings', code: checks } as const] : [])];
    const body: Code[] = [...bound, { kind: 'if', test: passed, then: matched, otherwise: [] }];
    // anyOf stops at the first match; oneOf needs to know whether a second one matches.
    return one ? { kind: 'if', test: 'true', then: body, otherwise: [] } : { kind: 'if', test: `${matches} === 0`, then: body, otherwise: [] };
  });
}

/** `const`/`enum` holding objects or arrays: compared by their canonical JSON text. */
export function valuesCheck(w: Writer, shape: ValuesShape, value: string, path: Pointer): Code[] {
  const texts = shape.values.map(canonicalJson);
  const set = w.constant('VALUES', `/*#__PURE__*/ new Set<string>([${texts.map(quote).join(', ')}])`);
  const shown = shape.values.map((v) => JSON.stringify(v)).join(', ');
  const message = shape.values.length === 1 ? `must be ${shown}` : `must be one of ${shown}`;
  const keyword = shape.values.length === 1 ? 'const' : 'enum';
  return [{ kind: 'check', failed: `!${set}.has(${w.use('canonical')}(${value}))`, report: w.error(path, keyword, message.length > 200 ? `${message.slice(0, 197)}...` : message) }];
}

/** `prefixItems`, `uniqueItems` and `contains`, after the type test of an array. */
export function arrayRules(w: Writer, shape: ArrayShape, value: string, path: Pointer): Code[] {
  const code: Code[] = [];
  (shape.prefixItems ?? []).forEach((itemShape, k) => {
    const item = w.local('item');
    const checks = w.check(itemShape, item, path.index(k));
    if (checks.length > 0) code.push({ kind: 'if', test: `${value}.length > ${k}`, then: [{ kind: 'const', name: item, type: 'unknown', init: `${value}[${k}]` }, ...checks], otherwise: [] });
  });
  if (shape.uniqueItems === true) {
    const duplicate = w.local('duplicate');
    const messageExpression = `'must not hold equal items; items ' + ${duplicate}[0] + ' and ' + ${duplicate}[1] + ' are equal'`;
    code.push({ kind: 'const', name: duplicate, init: `${w.use('duplicateItems')}(${value})` }, { kind: 'check', failed: `${duplicate} !== undefined`, report: w.error(path, 'uniqueItems', '', { messageExpression }) });
  }
  if (shape.contains !== undefined) code.push(...containsCheck(w, shape.contains, value, path));
  return code;
}

function containsCheck(w: Writer, contains: NonNullable<ArrayShape['contains']>, value: string, path: Pointer): Code[] {
  const { shape, min, max } = contains;
  if (min === 0 && max === undefined) return [];
  const found = w.local('found');
  const i = w.local('i');
  const item = w.local('item');
  const { code, passed } = tryShape(w, shape, item, path.dynamic(i));
  const body: Code[] = [{ kind: 'const', name: item, type: 'unknown', init: `${value}[${i}]` }, ...code, { kind: 'if', test: passed, then: [{ kind: 'statement', text: `${found}++;` }], otherwise: [] }];
  const out: Code[] = [{ kind: 'let', name: found, init: '0' }, { kind: 'for', head: `let ${i} = 0; ${i} < ${value}.length; ${i}++`, body }];
  if (min > 0) out.push({ kind: 'check', failed: `${found} < ${min}`, report: w.error(path, min === 1 ? 'contains' : 'minContains', `must hold at least ${count(min, 'item')} matching "contains"`) });
  if (max !== undefined) out.push({ kind: 'check', failed: `${found} > ${max}`, report: w.error(path, 'maxContains', `must hold at most ${count(max, 'item')} matching "contains"`) });
  return out;
}

/** `minProperties`, `maxProperties`, `propertyNames`, `dependentRequired` and `dependentSchemas`, after the type test of an object. */
export function objectRules(w: Writer, shape: ObjectShape, object: string, path: Pointer): Code[] {
  const code: Code[] = [];
  const properties = (n: number): string => `${n} propert${n === 1 ? 'y' : 'ies'}`;
  if (shape.minProperties !== undefined || shape.maxProperties !== undefined) {
    const size = w.local('size');
    code.push({ kind: 'const', name: size, init: `Object.keys(${object}).length` });
    if (shape.minProperties !== undefined) code.push({ kind: 'check', failed: `${size} < ${shape.minProperties}`, report: w.error(path, 'minProperties', `must have at least ${properties(shape.minProperties)}`) });
    if (shape.maxProperties !== undefined) code.push({ kind: 'check', failed: `${size} > ${shape.maxProperties}`, report: w.error(path, 'maxProperties', `must have at most ${properties(shape.maxProperties)}`) });
  }
  if (shape.propertyNames !== undefined) {
    const key = w.local('name');
    const at = path.dynamic(`${w.use('escapeToken')}(${key})`);
    const { code: attempt, passed } = tryShape(w, shape.propertyNames, key, at, 'string');
    if (attempt.length > 0) code.push({ kind: 'for', head: `const ${key} of Object.keys(${object})`, body: [...attempt, { kind: 'check', failed: `!${passed}`, report: w.error(at, 'propertyNames', 'is not a name "propertyNames" allows') }] });
  }
  for (const [name, required] of shape.dependentRequired ?? []) {
    const absent: Code[] = required.map((r) => ({ kind: 'check', failed: `!${w.use('hasOwn')}(${object}, ${quote(r)})`, report: w.error(path.property(r), 'dependentRequired', `is required when ${JSON.stringify(name)} is present`) }));
    if (absent.length > 0) code.push({ kind: 'if', test: `${w.use('hasOwn')}(${object}, ${quote(name)})`, then: absent, otherwise: [] });
  }
  for (const [name, dependent] of shape.dependentSchemas ?? []) {
    const checks = w.check(dependent, object, path, 'object');
    // The subschema checks the object itself, so it may report what the object reports (a name both
    // require), or, for a rule unevaluatedProperties makes (a name some union branches declare), what
    // the union beside it explains. The result keeps each issue once.
    const repeats: Code[] = [{ kind: 'reporting', text: `${w.use('mayRepeat')}();` }];
    if (checks.length > 0) code.push({ kind: 'if', test: `${w.use('hasOwn')}(${object}, ${quote(name)})`, then: [...repeats, ...checks], otherwise: [] });
  }
  return code;
}

/**
 * The keys a request may hold beyond the object's own properties, where no `additionalProperties`
 * rules them: those the subschemas at this value declare, those the schemas around it declare
 * (each checked where it is declared), and those its `propertyNames` lists by `enum` or `const`,
 * which name the keys the object may hold (Copilot's manifests close objects so, `"$schema"` among
 * them): none of these is a typo.
 */
export function namesElsewhere(shape: ObjectShape): string[] {
  return shape.additional.kind === 'mode-dependent' ? [...(shape.conditional ?? []), ...(shape.surrounding ?? []), ...listedNames(shape.propertyNames)] : [];
}

/** The names a `propertyNames` schema lists: the string members of its `enum`, or its `const`. */
function listedNames(shape: Shape | undefined): string[] {
  if (shape?.kind === 'literal') return typeof shape.value === 'string' ? [shape.value] : [];
  if (shape?.kind === 'enum') return shape.values.filter((value): value is string => typeof value === 'string');
  return [];
}

/**
 * With `patternProperties`, a key may match a declared property and patterns at once; the rule
 * for other keys (`unknown`) applies to those that match neither.
 */
export function patternedKeys(w: Writer, shape: ObjectShape, object: string, key: string, path: Pointer, unknown: Code[]): Code[] {
  const patterns = shape.patternProperties ?? [];
  if (patterns.length === 0) return unknown;
  const matched = w.local('matched');
  const known = [...new Set([...shape.properties.map((p) => p.name), ...namesElsewhere(shape)])];
  // Constants only where a check reads them: an unread one fails a consumer's noUnusedLocals.
  const declared = (): string => w.constant('DECLARED', `/*#__PURE__*/ new Set<string>([${known.map(quote).join(', ')}])`);
  const code: Code[] = unknown.length === 0 ? [] : [{ kind: 'let', name: matched, init: `${declared()}.has(${key})` }];
  for (const { pattern, shape: patternShape } of patterns) {
    const extra = w.local('extra');
    const checks = w.check(patternShape, extra, path.dynamic(`${w.use('escapeToken')}(${key})`));
    const body: Code[] = [...(unknown.length === 0 ? [] : [{ kind: 'statement', text: `${matched} = true;` } as const]), ...(checks.length === 0 ? [] : [{ kind: 'const', name: extra, type: 'unknown', init: `${object}[${key}]` } as const, ...checks])];
    if (body.length === 0) continue;
    const regex = w.constant('PATTERN', `/*#__PURE__*/ new RegExp(${quote(pattern)}, 'u')`);
    code.push({ kind: 'if', test: `${regex}.test(${key})`, then: body, otherwise: [] });
  }
  return unknown.length === 0 ? code : [...code, { kind: 'if', test: `!${matched}`, then: unknown, otherwise: [] }];
}
