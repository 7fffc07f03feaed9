import { requestName } from '../../model/reach.js';
import { recursiveTypes } from '../../model/recursion.js';
import { literalKey, quote } from '../../model/names.js';
import type { Model, NamedType } from '../../model/types.js';
import { printed, type Statement } from '../print.js';
import { refName, TypeIndex } from '../typeText.js';
import { renderBoolean, renderFull, type Names } from './code.js';
import { Plan, type Root, type Variant } from './plan.js';
import { Writer, type Mode } from './writer.js';
import { aroundTargets, AROUND } from './around.js';

/**
 * `validators.ts`: for each type and mode, a full check function (`checkX`: every issue, what
 * `validateX` runs) and a boolean one (`testX`: stops at the first error, builds nothing, what
 * `isX` and trials run), each only where some validator reaches it; for each type the exported
 * `validateX`, `isX` and `assertX` (plus the `…Input` ones in request mode). Nothing runs when
 * the module loads but pure constant definitions, so a bundler keeps only what an import reaches.
 */
export function validatorStatements(model: Model, settle: Settle = printed): Statement[] {
  const recursive = recursiveTypes(model);
  const writer = new Writer(new TypeIndex(model), validatorNames(model), aroundTargets(model), recursive);
  const plan = new Plan(model, writer, roots(model));
  const objects = new Set(model.types.filter((type) => writer.assumedType(type.name) !== undefined).map((type) => type.name));
  if (objects.size > 0) writer.use('isObject');
  // Only the helpers the written code calls (a trial renders only the boolean path of its checks),
  // found in each function's text as it is settled.
  const used = new Used([...writer.helpers, ...GUARDS, 'PlainObject'], (name) => writer.written(name));
  // Module constants are made as checks are built, some for a path no function renders (the
  // message of a union inside a `not`, which only tests): only those a function reads are written.
  const constantsRead = new Set<string>();
  const settled = (statement: Statement): Statement => {
    const kept = settle(statement);
    const text = kept.kind === 'printed' ? kept.text : printed(statement).text;
    used.scan(text);
    for (const [name] of text.replace(/'(?:[^'\\]|\\.)*'/g, "''").matchAll(CONSTANT_NAME)) constantsRead.add(name);
    return kept;
  };
  const functions: Statement[] = [];
  for (const variant of plan.take()) {
    const around = variant.mode === 'request' && writer.aroundTargets.has(variant.type.name);
    for (const statement of variantFunctions(variant, plan, recursive, objects.has(variant.type.name), around)) functions.push(settled(statement));
  }
  const exported = model.types.flatMap((type) => validatorsOf(type, plan, writer, recursive.size > 0, objects.has(type.name)).map(settled));
  // A recursive type whose test always fails never passes: only the guards the code calls are imported.
  const guards = recursive.size > 0 ? GUARDS.filter((guard) => used.has(guard)) : [];
  const helpers = [...writer.helpers].filter((helper) => used.has(helper));
  // A model with no types (an OpenAPI document of operations without bodies) makes only the empty registry.
  const typed = model.types.length > 0;
  const valueImports = [...new Set([...(typed ? ['assertValid', 'createValidator'] : []), ...guards, ...helpers])]
    .sort()
    .map((name) => (writer.written(name) === name ? name : `${name} as ${writer.written(name)}`));
  const head: Statement[] = [
    {
      kind: 'import',
      moduleSpecifier: './runtime.js',
      namedImports: [...valueImports, ...(used.has('PlainObject') ? ['type PlainObject'] : []), 'type Validator'],
    },
    ...(typed ? [{ kind: 'import', moduleSpecifier: './types.js', isTypeOnly: true, namespaceImport: 'T' } as const] : []),
    ...[...writer.constants].filter(([name]) => constantsRead.has(name)).map(([name, initializer]): Statement => ({
      kind: 'const',
      declarations: [{ name, initializer }],
    })),
  ];
  return [...head.map(settle), ...functions, ...exported, settle(registry(model, plan, objects))];
}

/** The run-time helpers of recursive types' check and test functions (`guardFull`, `guardBoolean`) and their validators. */
const GUARDS = ['enter', 'leave', 'mark', 'passed', 'refuse', 'unwind'];

/** A module constant's name as `Writer.constant` makes it (`TAGS_3`), outside string literals. */
const CONSTANT_NAME = /\b[A-Z][A-Z0-9_]*_\d+\b/g;

/**
 * What becomes of each statement once built: by default it is printed at once (`printed`), so the
 * lines of one function are garbage before the next is built; `emitAll` also lays each out
 * (`laidOut`); the print oracle test keeps the structures (`(statement) => statement`) to print
 * them with ts-morph too.
 */
export type Settle = (statement: Statement) => Statement;

/** Which of some names occur, as the code writes them (`written`), as whole identifiers in the texts scanned so far. */
class Used {
  readonly #found = new Set<string>();
  readonly #pending: Map<string, RegExp>;

  constructor(names: readonly string[], written: (name: string) => string) {
    this.#pending = new Map(names.map((name) => [name, new RegExp(`(?<![\\w$])${written(name).replace('$', '\\$')}(?![\\w$])`)]));
  }

  scan(text: string): void {
    for (const [name, pattern] of this.#pending) {
      if (!pattern.test(text)) continue;
      this.#found.add(name);
      this.#pending.delete(name);
    }
  }

  has(name: string): boolean {
    return this.#found.has(name);
  }
}

/** Every validator the file offers: the exported ones (`validateX` and `isX`) and the registry's (a `validateX` each). */
function roots(model: Model): Root[] {
  return model.types.flatMap((type): Root[] => [
    ...(type.requestBody ? [] : [{ type, mode: 'response' as const, full: true, boolean: true }]),
    // The registry offers every type in request mode too (callgen validate --mode request, tools).
    { type, mode: 'request', full: true, boolean: type.hasRequestShape },
  ]);
}

/**
 * `object`: the checks assume an object, which every caller has tested (`Writer.assumedType`).
 * `around`: the functions take the names around an in-place reference to the type (around.ts).
 */
function variantFunctions(variant: Variant, plan: Plan, guarded: ReadonlySet<string>, object: boolean, around: boolean): Statement[] {
  const recursive = guarded.has(variant.type.name);
  // Callers of a recursive type pass `here`; a body with nothing to check has no guard to read it (`_here`, as unread parameters are named).
  const parametersOf = (body: string[]) => [
    { name: 'value', type: object ? 'PlainObject' : 'unknown' },
    ...(recursive ? [{ name: body.length === 0 ? '_here' : 'here', type: 'boolean', hasQuestionToken: true }] : []),
    ...(around ? [{ name: (recursive && body.length > 0) || reads(body, AROUND) ? AROUND : `_${AROUND}`, type: 'ReadonlySet<string>', hasQuestionToken: true }] : []),
  ];
  const mode = variant.mode ?? 'response';
  const names: Names = { checkName: (t) => plan.name('check', t, mode), testName: (t) => plan.name('test', t, mode), guarded: (t) => guarded.has(t) };
  const full = renderFull(variant.code, names);
  const failure = recursive ? 'return leave(tracked);' : 'return false;';
  const { lines: boolean, fails: alwaysFails } = renderBoolean(variant.code, names, failure);
  const anything = ['// Any value is accepted here.', 'void value;'];
  // The check and the test of one type in one mode enter a value under one token, so that a loop of
  // references that never steps down (`not: { $ref: '#' }`) ends at the same point on both paths
  // and validateX and isX give the same verdict.
  // The names around an in-place reference key the verdicts a recursive type keeps apart from those of a plain call:
  // checked with them, a value may pass where without them it fails (the constant is the type's own, writer.ts).
  const loopToken = around ? `${AROUND} ?? ${quote(`${mode} ${variant.type.name}`)}` : quote(`${mode} ${variant.type.name}`);
  // A check that needs no look at the value (`false`) still takes it, like every check function.
  const withValue = (body: string[]): string[] => (recursive || reads(body, 'value') ? body : ['void value;', ...body]);
  const check: Statement = {
    kind: 'function',
    name: names.checkName(variant.type.name),
    parameters: parametersOf(full),
    returnType: 'void',
    statements: full.length === 0 ? anything : recursive ? guardFull(full, loopToken) : withValue(full),
  };
  // A body that ends failing (a type no value can be, `false`, or a part of it) has no `return true` after it, which could not be reached.
  const test: Statement = {
    kind: 'function',
    name: names.testName(variant.type.name),
    parameters: parametersOf(boolean),
    returnType: 'boolean',
    statements: boolean.length === 0 ? [...anything, 'return true;'] : recursive ? guardBoolean(boolean, loopToken, alwaysFails) : withValue(alwaysFails ? boolean : [...boolean, 'return true;']),
  };
  return [...(variant.full ? [check] : []), ...(variant.boolean ? [test] : [])];
}

/** Whether a function body reads a name, outside its string literals. */
function reads(body: readonly string[], name: string): boolean {
  const pattern = new RegExp(`\\b${name}\\b`);
  return body.some((line) => pattern.test(line.replace(/'(?:[^'\\]|\\.)*'/g, "''")));
}

/** Recursive types can meet cyclic or absurdly deep values; stop with an issue instead of overflowing. `token`: the type and mode, as a string literal (or the names around an in-place reference, where given). */
function guardFull(body: string[], token: string): string[] {
  return [`const tracked = enter(value, here, ${token});`, "if (tracked < 0) return refuse('', tracked);", ...body, 'leave(tracked);'];
}

/** A test also asks whether this value's verdict for this type is known (`enter`'s 3), and has `passed` keep a new one. */
function guardBoolean(body: string[], token: string, fails: boolean): string[] {
  return [`const tracked = enter(value, here, ${token}, true);`, 'if (tracked < 0) return false;', 'if (tracked === 3) return true;', ...body, ...(fails ? [] : ['return passed(tracked);'])];
}

/** The names of the exported validators (`validateX`, `isX`, `assertX`, and of `XInput`), which run-time helpers must not take. */
function validatorNames(model: Model): Set<string> {
  return new Set(model.types.flatMap((type) => [type.name, requestName(type)].flatMap((name) => ['validate', 'is', 'assert'].map((prefix) => `${prefix}${name}`))));
}

function validatorsOf(type: NamedType, plan: Plan, writer: Writer, recursion: boolean, object: boolean): Statement[] {
  // An object type's checks take an object: the root tests it, as a caller would.
  const test = (mode: Mode): string => `${object ? `${writer.written('isObject')}(value) && ` : ''}${plan.name('test', type.name, mode)}(value)`;
  const views = [
    ...(type.requestBody ? [] : [{ mode: 'response' as const, name: type.name, typeRef: `T.${refName(type, 'response')}` }]),
    ...(type.hasRequestShape ? [{ mode: 'request' as const, name: requestName(type), typeRef: `T.${refName(type, 'request')}` }] : []),
  ];
  return views.flatMap(({ mode, name, typeRef }): Statement[] => [
    {
      kind: 'const',
      isExported: true,
      docs: [`Validates a ${mode} value as {@link T.${name}}, reporting every issue; never throws.`],
      declarations: [{ name: `validate${name}`, type: `Validator<${typeRef}>`, initializer: `/*#__PURE__*/ createValidator<${typeRef}>(${plan.name('check', type.name, mode)}, '${mode}'${object ? ', true' : ''})` }],
    },
    {
      kind: 'function',
      isExported: true,
      name: `is${name}`,
      docs: [`Whether a ${mode} value is a {@link T.${name}}: stops at the first error and builds no issue; never throws.`],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${typeRef}`,
      statements: recursion
        ? ['const at = mark();', 'try {', `return ${test(mode)};`, '} catch {', 'return unwind(at);', '}']
        : ['try {', `return ${test(mode)};`, '} catch {', '// Only hostile values get here: a Proxy trap or a getter that throws.', 'return false;', '}'],
    },
    {
      kind: 'function',
      isExported: true,
      name: `assert${name}`,
      docs: ['Throws a `ValidationError` listing every issue when the value is not valid.'],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `asserts value is ${typeRef}`,
      statements: [`${writer.written('assertValid')}(validate${name}(value), ${quote(name)});`],
    },
  ]);
}

/**
 * Every validator by schema name, for tools (the CLI) that pick a type at run time. It only
 * refers to exported validators or creates pure ones, so a bundle that does not use it drops it.
 */
function registry(model: Model, plan: Plan, objects: ReadonlySet<string>): Statement {
  const entries = model.types.map((type) => {
    const response = type.requestBody ? 'undefined' : `validate${type.name}`;
    const request = type.hasRequestShape ? `validate${requestName(type)}` : `/*#__PURE__*/ createValidator(${plan.name('check', type.name, 'request')}, 'request'${objects.has(type.name) ? ', true' : ''})`;
    return `${literalKey(type.schemaName, true)}: { typeName: ${quote(type.name)}, response: ${response}, request: ${request} },`;
  });
  return {
    kind: 'const',
    isExported: true,
    docs: ['Every validator by schema name, in both modes; `response` is undefined for request bodies.'],
    declarations: [
      {
        name: 'validatorsBySchemaName',
        type: '{ readonly [schemaName: string]: { readonly typeName: string; readonly response: Validator<unknown> | undefined; readonly request: Validator<unknown> | undefined } }',
        initializer: `{\n${entries.join('\n')}\n}`,
      },
    ],
  };
}
