import { assertNever } from '../../diagnostics.js';
import { quote } from '../../model/names.js';
import type { JsonType, Shape } from '../../model/types.js';
import type { TypeIndex } from '../typeText.js';
import { AROUND } from './around.js';
import { allChecks, choiceCheck, conditionalCheck, notCheck, valuesCheck } from './applicators.js';
import { arrayChecks } from './arrays.js';
import type { Code, Report } from './code.js';
import type { Pointer } from './path.js';
import { objectChecks } from './objects.js';
import { booleanChecks, enumChecks, literalChecks, nullChecks, numberChecks, stringChecks } from './scalars.js';
import { unionChecks } from './unions.js';

/** A validator's mode, decided when it is generated: each mode gets checks of its own where they differ. */
export type Mode = 'request' | 'response';

/** Run-time helpers a validators file may import; only the ones used are imported. */
export type RuntimeHelper =
  | 'canonical'
  | 'codePointLength'
  | 'duplicateItems'
  | 'isMultipleOf'
  | 'writeOnlyInResponse'
  | 'escapeToken'
  | 'fail'
  | 'hasOwn'
  | 'hole'
  | 'isDate'
  | 'isDateTime'
  | 'isHostname'
  | 'isIdnHostname'
  | 'isObject'
  | 'isRegex'
  | 'isUri'
  | 'isUuid'
  | 'mayRepeat'
  | 'missing'
  | 'missingTag'
  | 'noBranchMatched'
  | 'notConst'
  | 'notAMember'
  | 'nullInRequest'
  | 'readOnlyInRequest'
  | 'show'
  | 'typeError'
  | 'typeErrorInRequest'
  | 'unknownMember'
  | 'unknownProperty'
  | 'unknownPropertyInPlace'
  | 'unknownTag'
  | 'under'
  | 'reported';

/** Optional parts of an issue, beside its path, keyword and message. */
export interface IssueParts {
  readonly expected?: string;
  /** A run-time expression (such as `show(value)`), evaluated only when the issue is reported. */
  readonly received?: string;
  /** Computes the message at run time instead of the fixed `message` (a hint added to it). */
  readonly messageExpression?: string;
}

/**
 * What the keyword emitters share while they write the checks of one type in one mode: the
 * run-time helpers and module-level constants they use, fresh local names, and whether the
 * checks asked for the mode (if not, one function serves both modes).
 */
export class Writer {
  readonly helpers = new Set<RuntimeHelper>();
  readonly constants = new Map<string, string>();
  /** Each initializer's constant, so asking for one is a lookup, not a scan of every constant. */
  readonly #byInitializer = new Map<string, string>();
  #variables = 0;
  #mode: Mode = 'response';
  #modeAsked = false;
  /** The type whose checks are being written. */
  #type = '';

  /** Run-time values whose names a generated validator takes (a type `Date` has its own `isDate`): imported as `$name`. */
  readonly #aliases: ReadonlyMap<string, string>;

  constructor(
    readonly index: TypeIndex,
    taken: ReadonlySet<string> = new Set(),
    /** The types whose request functions take the names around an in-place reference, with the names each declares itself (around.ts). */
    readonly aroundTargets: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
    /** The recursive types (model/recursion.ts), whose test functions keep verdicts. */
    readonly recursive: ReadonlySet<string> = new Set(),
  ) {
    this.#aliases = new Map([...taken].map((name) => [name, `$${name}`]));
  }

  /** The name the code calls a run-time value by: its own, or `$name` where a generated validator has that name. */
  written(name: string): string {
    return this.#aliases.get(name) ?? name;
  }

  /** Starts the checks of one type in one mode. */
  begin(mode: Mode, type: string): void {
    this.#variables = 0;
    this.#mode = mode;
    this.#modeAsked = false;
    this.#type = type;
  }

  /** The parameter holding the names around an in-place reference, where the type's request functions take one (around.ts). */
  get around(): string | undefined {
    return this.#mode === 'request' && this.aroundTargets.has(this.#type) ? AROUND : undefined;
  }

  /** Whether the checks are for a request; asking makes the type's checks mode-dependent. */
  get request(): boolean {
    this.#modeAsked = true;
    return this.#mode === 'request';
  }

  get modeAsked(): boolean {
    return this.#modeAsked;
  }

  /**
   * Checks `value` against `shape`. `known` is a JSON type the caller has already established (a
   * union branch), so the shape's own type test would be dead code and is left out.
   * `nullOnlyInResponse`: a union's type error leaves null out of what it expects in a request.
   */
  check(shape: Shape, value: string, path: Pointer, known?: JsonType, nullOnlyInResponse = false): Code[] {
    switch (shape.kind) {
      case 'unknown':
        return [];
      case 'never':
        return [{ kind: 'report', report: this.error(path, 'false', 'no value is allowed here') }];
      case 'string':
        return stringChecks(this, shape, value, path, known === 'string');
      case 'number':
        return numberChecks(this, shape, value, path, known === 'number');
      case 'boolean':
        return booleanChecks(this, value, path, known === 'boolean');
      case 'null':
        return nullChecks(this, value, path, known === 'null');
      case 'literal':
        return literalChecks(this, shape.value, value, path, known);
      case 'enum':
        return enumChecks(this, shape, value, path);
      case 'ref':
        return this.#call(shape.target, value, path, known, shape.surrounding);
      case 'array':
        return arrayChecks(this, shape, value, path, known === 'array');
      case 'object':
        return objectChecks(this, shape, value, path, known === 'object');
      case 'union':
        return unionChecks(this, shape, value, path, nullOnlyInResponse, known);
      case 'values':
        return valuesCheck(this, shape, value, path);
      case 'all':
        return allChecks(this, shape, value, path, known);
      case 'not':
        return notCheck(this, shape, value, path, known);
      case 'conditional':
        return conditionalCheck(this, shape, value, path, known);
      case 'choice':
        return choiceCheck(this, shape, value, path, known);
      default:
        return assertNever(shape);
    }
  }

  /**
   * The JSON type a named type's checks begin by testing, when it is an object: its check
   * functions take an object, and each caller tests it, unless the caller has established it
   * (a union branch), so no value is tested twice on its way down.
   */
  assumedType(name: string): 'object' | undefined {
    const shape = this.index.resolve(this.index.get(name).shape);
    const objects = shape.kind === 'object' || (shape.kind === 'union' && shape.byJsonType.length === 1 && shape.byJsonType[0]?.[0] === 'object');
    return objects ? 'object' : undefined;
  }

  #call(target: string, value: string, path: Pointer, known: JsonType | undefined, surrounding: readonly string[] | undefined): Code[] {
    const down = path.steps().length > 0;
    if (down) {
      this.use('reported');
      this.use('under');
    }
    const around = this.#aroundOf(target, surrounding);
    const call: Code[] = [{ kind: 'call', target, value, path, count: down ? this.local('count') : '', ...(around === undefined ? {} : { around }) }];
    if (this.assumedType(target) === undefined) return call;
    // The same type error the callee's own test would report ("an object" for an object, and for a union of objects).
    return this.typeTest(`!${this.use('isObject')}(${value})`, 'an object', value, path, call, known === 'object');
  }

  /**
   * The constant set of names an in-place reference's target is told of in a request, where it
   * takes them (around.ts). A recursive target gets one of its own: it keys the verdicts it keeps
   * by it, which must not be another type's.
   */
  #aroundOf(target: string, surrounding: readonly string[] | undefined): string | undefined {
    const own = this.aroundTargets.get(target);
    const names = (surrounding ?? []).filter((name) => own !== undefined && !own.has(name));
    if (names.length === 0 || !this.request) return undefined;
    const initializer = `/*#__PURE__*/ new Set<string>([${names.map(quote).join(', ')}])`;
    return this.constant('AROUND', initializer, this.recursive.has(target) ? `around ${target}: ${initializer}` : initializer);
  }

  /** How many locals the type's checks have named so far; set back where blocks of their own may reuse the same names. */
  get locals(): number {
    return this.#variables;
  }

  set locals(n: number) {
    this.#variables = n;
  }

  local(prefix: string): string {
    this.#variables += 1;
    return `${prefix}${this.#variables}`;
  }

  use(helper: RuntimeHelper): string {
    this.helpers.add(helper);
    return this.written(helper);
  }

  /** Module-level constants are shared by every check that needs the same one (the same `key`: by default the same initializer). */
  constant(prefix: string, initializer: string, key = initializer): string {
    // index.ts finds the constants a function reads by this form of name (CONSTANT_NAME).
    if (!/^[A-Z][A-Z0-9_]*$/.test(prefix)) throw new Error(`callgen bug: constant prefix ${prefix} is not in upper snake case`);
    const existing = this.#byInitializer.get(key);
    if (existing !== undefined) return existing;
    const name = `${prefix}_${this.constants.size + 1}`;
    this.constants.set(name, initializer);
    this.#byInitializer.set(key, name);
    return name;
  }

  /** An error reported with the general helper `fail`. */
  error(path: Pointer, keyword: string, message: string, parts: IssueParts = {}): Report {
    const { expected, received, messageExpression } = parts;
    const extra = [expected === undefined ? (received === undefined ? [] : ['undefined']) : [quote(expected)], received === undefined ? [] : [received]].flat();
    const args = [path.text(), quote(keyword), messageExpression ?? quote(message), ...extra];
    return { severity: 'error', call: `${this.use('fail')}(${args.join(', ')});` };
  }

  /** An error reported by a run-time helper of its own (`typeError`, `missing`, ...), which builds the message. */
  errorCall(helper: RuntimeHelper, path: Pointer, ...args: string[]): Report {
    return { severity: 'error', call: `${this.use(helper)}(${[path.text(), ...args].join(', ')});` };
  }

  warningCall(helper: RuntimeHelper, path: Pointer, ...args: string[]): Report {
    return { severity: 'warning', call: `${this.use(helper)}(${[path.text(), ...args].join(', ')});` };
  }

  /** A type test: `then` holds the checks that need the type; when the type is `established` only they are written. */
  typeTest(failed: string, expected: string, value: string, path: Pointer, then: Code[], established = false): Code[] {
    if (established) return then;
    return [{ kind: 'check', failed, report: this.errorCall('typeError', path, quote(expected), value), then }];
  }
}
