// The run-time support of the generated validators, copied verbatim into `generated/runtime.ts`.
// It must stay self-contained: no imports, no dependencies, nothing beyond ES2020.

/** `request`: closed enums, unknown properties are errors. `response`: open enums, unknown properties pass. */
export type ValidationMode = 'request' | 'response';

/** One finding. `path` is a JSON Pointer (RFC 6901) into the validated value; `''` is the value itself. */
export interface ValidationIssue {
  readonly path: string;
  readonly keyword: string;
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly errors: readonly ValidationIssue[]; readonly warnings: readonly ValidationIssue[] };

/** The Standard Schema v1 interface (standardschema.dev), declared here so no package is needed. */
export interface StandardSchemaV1Props<Input = unknown, Output = Input> {
  readonly version: 1;
  readonly vendor: string;
  readonly validate: (value: unknown) => StandardSchemaV1Result<Output> | Promise<StandardSchemaV1Result<Output>>;
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}
export type StandardSchemaV1Result<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly StandardSchemaV1Issue[] };
export interface StandardSchemaV1Issue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/** How much a validator reports. */
export interface ValidateOptions {
  /**
   * At most this many errors (and as many warnings) are kept; the rest are counted, and one last
   * issue says how many more there were, so a huge invalid value costs bounded memory.
   * Default 100; `Infinity` keeps every one.
   */
  readonly maxIssues?: number;
}

/** A generated validator: call it, or hand it to any library that accepts Standard Schema. */
export interface Validator<T> {
  (value: unknown, options?: ValidateOptions): ValidationResult<T>;
  readonly mode: ValidationMode;
  readonly '~standard': StandardSchemaV1Props<unknown, T>;
}

/** What one `validateX` call collects; only this module touches it. */
interface Context {
  /** Created at the first error, so a valid value allocates no list. */
  errors: ValidationIssue[] | undefined;
  warnings: ValidationIssue[] | undefined;
  /** Issues found beyond the cap, counted and not kept. */
  moreErrors: number;
  moreWarnings: number;
  maxIssues: number;
  /**
   * Every issue kept, in the order reported, until the call returns: `under` puts a call's
   * steps before the paths of those its callee reported.
   */
  log: { path: string }[];
  /** Whether an in-place object reported an unknown key, which the object around it may report too (`distinct`). */
  mayRepeat: boolean;
}

/** The full path of a type's checks: reports every issue of `value` into the current context. */
export type Check = (value: unknown) => void;

/** A JSON object, as `isObject` establishes it; the checks of an object type take one. */
export type PlainObject = { readonly [key: string]: unknown };

/** How deep recursive types may nest before validation stops with an error instead of overflowing the stack. */
export const MAX_DEPTH = 256;

export const DEFAULT_MAX_ISSUES = 100;

/**
 * Whether `key` is an own property of `object`. Small enough for V8 to inline, and inside a
 * `for (key in object)` loop over the same object it then proves the check true from the enum
 * cache, so a walk over own keys costs no lookup per key (measured: a third of the walk's time
 * against hasOwnProperty called through a module-level alias, which V8 cannot see through).
 */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

const NO_ISSUES: readonly ValidationIssue[] = /*#__PURE__*/ Object.freeze([]);

const newContext = (): Context => ({ errors: undefined, warnings: undefined, moreErrors: 0, moreWarnings: 0, maxIssues: DEFAULT_MAX_ISSUES, log: [], mayRepeat: false });

/** One context kept between calls, so a call allocates none; a re-entrant call (from a getter) makes its own. */
let spare: Context | undefined;
/** The context the running check reports into. */
let current: Context = /*#__PURE__*/ newContext();

/**
 * How many issues the running validation has kept. Each check function reports at pointers
 * relative to its own value; a caller reads this count before a call that goes down (a property,
 * an item) and, only when it has grown, hands the steps to `under`. A valid value builds no path
 * and writes nothing on its way down: one comparison per call.
 */
export let reported = 0;

/** Puts `steps` (escaped tokens, indices) before the path of every issue kept since the count was `from`. */
export function under(from: number, ...steps: (string | number)[]): void {
  let prefix = '';
  for (const step of steps) prefix += `/${step}`;
  const log = current.log;
  for (let i = from; i < log.length; i++) {
    const issue = log[i];
    if (issue !== undefined) issue.path = prefix + issue.path;
  }
}

/**
 * One walk: `check` reports every issue into a context kept between calls, so a valid value
 * allocates nothing but the result. A getter may call a validator while another runs: the outer
 * call's context and count are put back when the inner one returns. `object`: `check` takes an
 * object (the checks of an object type), so the value is tested here first, as a caller would.
 */
export function createValidator<T>(check: Check, mode: ValidationMode): Validator<T>;
export function createValidator<T>(check: (value: PlainObject) => void, mode: ValidationMode, object: true): Validator<T>;
export function createValidator<T>(check: (value: never) => void, mode: ValidationMode, object = false): Validator<T> {
  const run = check as (value: unknown) => void;
  const validate = (value: unknown, options?: ValidateOptions): ValidationResult<T> => {
    const outer = current;
    const outerReported = reported;
    const context = spare ?? newContext();
    spare = undefined;
    context.maxIssues = options?.maxIssues ?? DEFAULT_MAX_ISSUES;
    current = context;
    reported = 0;
    const at = mark();
    try {
      if (object && !isObject(value)) typeError('', 'an object', value);
      else run(value);
    } catch (error) {
      // Only hostile values get here: a Proxy trap or a getter that throws, or an exotic object.
      // What the unfinished calls reported lacks their steps, so the failure to read is all that is reported.
      unwind(at);
      context.errors = context.warnings = undefined;
      context.moreErrors = context.moreWarnings = 0;
      context.log = [];
      reported = 0;
      fail('', 'unreadable', `the value could not be read: ${describeError(error)}`);
    }
    current = outer;
    reported = outerReported;
    // A new array, not the length set to 0: setting an array's length is a call into the engine.
    if (context.log.length > 0) context.log = [];
    const errors = withMore(context.mayRepeat ? distinct(context.errors) : context.errors, context.moreErrors);
    const warnings = withMore(context.warnings, context.moreWarnings) ?? NO_ISSUES;
    context.mayRepeat = false;
    context.errors = context.warnings = undefined;
    context.moreErrors = context.moreWarnings = 0;
    spare = context;
    return errors === undefined ? { ok: true, value: value as T, warnings } : { ok: false, errors, warnings };
  };
  const standard: StandardSchemaV1Props<unknown, T> = {
    version: 1,
    vendor: 'callgen',
    validate: (value) => {
      const result = validate(value);
      return result.ok ? { value: result.value } : { issues: result.errors.map(toStandardIssue) };
    },
  };
  return Object.assign(validate, { mode, '~standard': standard });
}

/**
 * Each error once: a key unknown to an object and to a branch or `then` inside it (request mode
 * closes both) is the same error, reported by each. Compared when the paths are complete, and only
 * after `unknownPropertyInPlace` ran; each error only with the earlier ones at its own path.
 */
function distinct(issues: ValidationIssue[] | undefined): ValidationIssue[] | undefined {
  if (issues === undefined || issues.length < 2) return issues;
  const byPath = new Map<string, ValidationIssue[]>();
  const kept: ValidationIssue[] = [];
  for (const issue of issues) {
    const atPath = byPath.get(issue.path);
    if (atPath === undefined) byPath.set(issue.path, [issue]);
    else if (atPath.some((other) => sameIssue(other, issue))) continue;
    else atPath.push(issue);
    kept.push(issue);
  }
  return kept;
}

function sameIssue(a: ValidationIssue, b: ValidationIssue): boolean {
  return a.keyword === b.keyword && a.message === b.message && a.expected === b.expected && a.received === b.received;
}

function withMore(issues: ValidationIssue[] | undefined, more: number): ValidationIssue[] | undefined {
  if (more > 0) issues?.push({ path: '', keyword: 'maxIssues', message: `and ${more} more` });
  return issues;
}

function addError(issue: ValidationIssue): void {
  const context = current;
  const errors = (context.errors ??= []);
  if (errors.length < context.maxIssues) keep(errors, issue);
  else context.moreErrors += 1;
}

function addWarning(issue: ValidationIssue): void {
  const context = current;
  const warnings = (context.warnings ??= []);
  if (warnings.length < context.maxIssues) keep(warnings, issue);
  else context.moreWarnings += 1;
}

function keep(issues: ValidationIssue[], issue: ValidationIssue): void {
  issues.push(issue);
  // The issue is the runtime's own until the validator returns it: `under` completes its path.
  current.log.push(issue as { path: string });
  reported = current.log.length;
}

// Recursive types: the values on the current path, to stop at cycles and at absurd depth. One
// stack for every validator (validation is synchronous); a throw unwinds it to where it was.
const ancestors: unknown[] = [];
/** Beside each value on `ancestors`, the check function that entered it, and whether it stepped down to it. */
const checkers: unknown[] = [];
const descended: boolean[] = [];
/** How many entries of `ancestors` stepped down: the depth `MAX_DEPTH` bounds. */
let levels = 0;

/**
 * The verdicts of recursive types' test functions, by value and then by type and mode (the
 * `checker` token), kept while the outermost tracked call runs. A union tries a value branch by
 * branch, and branches that step into the same property test it again, at every level of a
 * recursive union: without this the work doubled with each level of nesting (a value 20 levels
 * deep took 1.5 s, 30 would take half an hour). With it a value is tested once per type, and the
 * work stays linear in the value's size. A JSON value is a tree, so a value's verdict does not
 * depend on the way to it; only a call at the caller's own value (`here`), whose loop check reads
 * the types on the way, is neither recalled nor kept.
 */
let verdicts: Map<unknown, Map<unknown, boolean>> | undefined;

/** `enter`'s answer to a test function (`test`) whose verdict is kept: `passed` or `leave` records it. */
const TESTED = 5;
/** `enter`'s answers for a value whose verdict for this type is known. */
const KNOWN_VALID = 3;
const KNOWN_INVALID = -3;

/**
 * The values each recursive type's check function (by `checker` token) has already checked in the
 * running validation, outside an explanation (`noBranchMatched`, which takes its issues back). A
 * check reached again at the same value (an `allOf` whose members both step into one property)
 * reported its issues the first time, at the same place, since a JSON value is a tree: it is not
 * run again (`enter` answers `CHECKED`), so the work stays linear and no issue is reported twice.
 */
let checked: Map<unknown, Set<unknown>> | undefined;
const CHECKED = -4;

/**
 * 1, 2 or 5 (`TESTED`): the value is tracked (call `leave`, or `passed`); 0: not an object, nothing
 * to track; -1: a cycle; -2: too deep; 3 or -3: a test (`test`) whose verdict for this value is
 * known; -4 (`CHECKED`): a check that has checked this value already. `here`: the caller checks
 * this same value against another type (a union branch, a reference), so finding it on the path is
 * no cycle, the caller's own descent was checked, nor a level deeper; but the same check function
 * (`checker`) entering it again here is a loop of references that never steps down
 * (`if: { $ref: '#' }`), of any value, strings too.
 */
export function enter(value: unknown, here?: boolean, checker?: unknown, test?: boolean): number {
  if (here === true) {
    for (let i = ancestors.length - 1; i >= 0 && ancestors[i] === value; i--) if (checkers[i] === checker) return -1;
  } else {
    if (typeof value !== 'object' || value === null) return 0;
    if (test === true) {
      const known = verdicts?.get(value)?.get(checker);
      if (known !== undefined) return known ? KNOWN_VALID : KNOWN_INVALID;
    } else if (!explaining && checked?.get(value)?.has(checker) === true) {
      return CHECKED;
    }
    if (ancestors.indexOf(value) !== -1) return -1;
    if (levels >= MAX_DEPTH) return -2;
    levels += 1;
  }
  ancestors.push(value);
  checkers.push(checker);
  descended.push(here !== true);
  return here === true ? 2 : test === true ? TESTED : 1;
}

export function leave(tracked: number): false {
  if (tracked === TESTED) remember(false);
  pop(tracked);
  return false;
}

/** The end of a test function that passed: as `leave`, keeping the verdict true. */
export function passed(tracked: number): true {
  if (tracked === TESTED) remember(true);
  pop(tracked);
  return true;
}

function pop(tracked: number): void {
  if (tracked <= 0) return;
  // A check function that stepped down to its value (1) has checked it.
  if (tracked === 1 && !explaining) {
    const value = ancestors[ancestors.length - 1];
    checked ??= new Map();
    let byType = checked.get(value);
    if (byType === undefined) checked.set(value, (byType = new Set()));
    byType.add(checkers[checkers.length - 1]);
  }
  ancestors.pop();
  checkers.pop();
  descended.pop();
  if (tracked !== 2) levels -= 1;
  if (ancestors.length === 0) verdicts = checked = undefined;
}

/** Keeps the verdict of the test function on top of the stack for its value. */
function remember(verdict: boolean): void {
  const value = ancestors[ancestors.length - 1];
  verdicts ??= new Map();
  let byType = verdicts.get(value);
  if (byType === undefined) verdicts.set(value, (byType = new Map()));
  byType.set(checkers[checkers.length - 1], verdict);
}

/** Reports why `enter` refused a value. */
export function refuse(path: string, tracked: number): void {
  if (tracked === -1) fail(path, 'cycle', 'refers back to a value that contains it');
  else if (tracked === -2) fail(path, 'maxDepth', `nests deeper than ${MAX_DEPTH} levels`);
  // CHECKED: its issues are reported already.
}

export function mark(): number {
  return ancestors.length;
}

export function unwind(at: number): false {
  ancestors.length = at;
  checkers.length = at;
  descended.length = at;
  if (at === 0) verdicts = checked = undefined;
  levels = descended.filter(Boolean).length;
  return false;
}

/** Thrown by the generated `assert…` functions; carries every issue. */
export class ValidationError extends Error {
  readonly issues: readonly ValidationIssue[];
  constructor(typeName: string, issues: readonly ValidationIssue[]) {
    const first = issues[0];
    const summary = first === undefined ? '' : `: ${first.path === '' ? '(root)' : first.path} ${first.message}`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`not a valid ${typeName}${summary}${more}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

export function assertValid<T>(result: ValidationResult<T>, typeName: string): void {
  if (!result.ok) throw new ValidationError(typeName, result.errors);
}

/** The JSON type of a value, as error messages name it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'object' && !isObject(value)) return 'non-plain object';
  return typeof value;
}

/**
 * A plain object, as JSON.parse makes them: its prototype is Object.prototype (of any realm) or
 * null. A Date, Map, Set, typed array or class instance is not one: each serialises to something
 * else. Only the prototype itself is looked at, never a property along the chain.
 */
export function isObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** Records an error at `path`, relative to the running check's value. Generated checks call this one line at a time, which keeps them short. */
export function fail(path: string, keyword: string, message: string, expected?: string, received?: string): void {
  addError(issue(path, keyword, message, expected, received));
}

/** Whether a union's branches are being run to explain it (`noBranchMatched`): a union inside them reports without an explanation. */
let explaining = false;
/** Whether a union inside the branch being tried reported without an explanation, which running that branch again would give. */
let unexplained = false;

/**
 * A `oneOf` or `anyOf` whose branches nothing tells apart (no tag, no JSON type of their own) and
 * none of which the value matched. Its error alone would only say so; a reader mending the value
 * needs what is wrong with it for the branch it was meant to be. Each branch's full checks are run
 * (`branches`, in the schema's order) and their issues taken back out; the error names the nearest
 * branch, whose errors follow it. The nearest: no type error at the union's own place (`path`),
 * then the fewest `const` errors there or in a property of it (a tag of another branch), then the
 * fewest errors there (an unknown property), then the fewest in all, the first on a tie.
 * While the branches are tried, a union inside them reports its error alone; where the nearest
 * branch has such a union, that branch alone runs once more, so the inner union explains itself
 * the same way. Each level tries its branches and then runs one of them again: the work grows with
 * the depth of the unions, never with the product of their branch counts.
 */
export function noBranchMatched(path: string, keyword: 'oneOf' | 'anyOf', value: unknown, branches: readonly ((value: unknown) => void)[]): void {
  const summary = keyword === 'oneOf' ? `must match one of the ${branches.length} schemas in "oneOf"` : `must match at least one of the ${branches.length} schemas in "anyOf"`;
  if (explaining) {
    unexplained = true;
    return fail(path, keyword, summary);
  }
  explaining = true;
  let nearest: BranchErrors | undefined;
  let index = 0;
  let rerun = false;
  try {
    for (let i = 0; i < branches.length; i++) {
      const branch = branches[i];
      if (branch === undefined) continue;
      unexplained = false;
      const tried = branchErrors(branch, value, path);
      if (nearest === undefined || nearer(tried, nearest)) [nearest, index, rerun] = [tried, i, unexplained];
    }
  } finally {
    explaining = unexplained = false;
  }
  const branch = branches[index];
  if (nearest === undefined || branch === undefined) return fail(path, keyword, summary);
  fail(path, keyword, `${summary}; the errors of the nearest, ${keyword}/${index}, follow`);
  if (!rerun) {
    for (const issue of nearest.errors) addError(issue);
    current.moreErrors += nearest.more;
    return;
  }
  // The same errors, with each inner union's nearest branch explained; its warnings are dropped, as those of a tried branch are.
  const context = current;
  const [warnings, moreWarnings] = [context.warnings?.length ?? 0, context.moreWarnings];
  branch(value);
  if (warnings === 0) context.warnings = undefined;
  else if (context.warnings !== undefined) context.warnings.length = warnings;
  context.moreWarnings = moreWarnings;
}

/** What one branch of an unmatched union reported, taken back out of the context. */
interface BranchErrors {
  readonly errors: readonly ValidationIssue[];
  /** Errors beyond the cap, counted and not kept. */
  readonly more: number;
  readonly typeHere: boolean;
  /** `const` errors at the union's place or one step below it: the value names another branch. */
  readonly tags: number;
  readonly here: number;
}

function branchErrors(check: (value: unknown) => void, value: unknown, path: string): BranchErrors {
  const context = current;
  const [errors, warnings, logged, moreErrors, moreWarnings] = [context.errors?.length ?? 0, context.warnings?.length ?? 0, context.log.length, context.moreErrors, context.moreWarnings];
  check(value);
  const taken = context.errors?.splice(errors) ?? [];
  if (errors === 0) context.errors = undefined;
  if (warnings === 0) context.warnings = undefined;
  else if (context.warnings !== undefined) context.warnings.length = warnings;
  context.log.length = logged;
  reported = logged;
  const more = context.moreErrors - moreErrors;
  context.moreErrors = moreErrors;
  context.moreWarnings = moreWarnings;
  let [typeHere, tags, here] = [false, 0, 0];
  for (const issue of taken) {
    // One step below: the union's path, a '/', and one token (`/a/b` is below `/a`, `/ab` is not).
    const below = issue.path.startsWith(path) && issue.path.charCodeAt(path.length) === 0x2f && issue.path.indexOf('/', path.length + 1) < 0;
    if (issue.keyword === 'const' && (below || issue.path === path)) tags++;
    if (issue.path !== path) continue;
    here++;
    if (issue.keyword === 'type') typeHere = true;
  }
  return { errors: taken, more, typeHere, tags, here };
}

function nearer(a: BranchErrors, b: BranchErrors): boolean {
  if (a.typeHere !== b.typeHere) return b.typeHere;
  if (a.tags !== b.tags) return a.tags < b.tags;
  if (a.here !== b.here) return a.here < b.here;
  return a.errors.length + a.more < b.errors.length + b.more;
}

export function typeError(path: string, expected: string, value: unknown): void {
  addError({ path, keyword: 'type', message: `must be ${expected}`, expected, received: jsonType(value) });
}

export function missing(path: string): void {
  addError({ path, keyword: 'required', message: 'is required' });
}

/** A key the object does not declare, where `keyword` (`additionalProperties: false`, `unevaluatedProperties: false`, or request mode) refuses it. */
export function unknownProperty(path: string, key: string, keyword = 'additionalProperties'): void {
  addError({ path: `${path}/${escapeToken(key)}`, keyword, message: 'is not a known property' });
}

/**
 * Says that the checks after it may report an issue another check reports too: a rule for a name that
 * `unevaluatedProperties` leaves to the union's branches that declare it, where the union beside it
 * explains the same branch. The result keeps each issue once.
 */
export function mayRepeat(): void {
  current.mayRepeat = true;
}

/** `unknownProperty` for an object that a request closes inside another (a branch, `then`), which may report the key too. */
export function unknownPropertyInPlace(path: string, key: string): void {
  current.mayRepeat = true;
  unknownProperty(path, key);
}

/** A hole in a sparse array: no JSON array has one, and walking the rest could take four billion steps. */
export function hole(path: string, index: number): void {
  addError({ path: `${path}/${index}`, keyword: 'type', message: 'is a hole in a sparse array, which JSON cannot carry', expected: 'a value', received: 'a hole' });
}

/** The service sets this property and ignores it on a request; sending it is harmless but pointless. */
export function readOnlyInRequest(path: string): void {
  addWarning({ path, keyword: 'readOnly', message: 'is set by the service and ignored in a request' });
}

export function nullInRequest(path: string): void {
  addError({ path, keyword: 'type', message: 'must not be null in a request; leave the property out instead', expected: 'a value', received: 'null' });
}

/** The type error of a property that may be null in a response only: a request's null gets the message of `nullInRequest`. */
export function typeErrorInRequest(path: string, expected: string, value: unknown): void {
  if (value === null) nullInRequest(path);
  else typeError(path, expected, value);
}

/**
 * A value outside an enum; the message lists the members (up to 200 characters). `sentOnly`: the
 * members left out of a request's list because the service sends them but refuses them in a request.
 */
export function notAMember(path: string, value: unknown, members: ReadonlySet<unknown>, sentOnly?: ReadonlySet<unknown>): void {
  const list = listed(members);
  const why = sentOnly?.has(value) === true ? `; ${show(value)} is a member the service sends, and refuses in a request` : '';
  addError({ path, keyword: 'enum', message: `must be one of ${list.length > 200 ? `${list.slice(0, 197)}...` : list}${why}`, received: show(value) });
}

/** The lists of tags and members already written out: each is written once, at its first issue. */
const lists: WeakMap<object, string> = /*#__PURE__*/ new WeakMap();

/** Values as JSON texts, comma-separated. */
function listed(values: Iterable<unknown> & object): string {
  let text = lists.get(values);
  if (text === undefined) {
    text = Array.from(values, (v) => JSON.stringify(v)).join(', ');
    lists.set(values, text);
  }
  return text;
}

/** A value other than the one string a `const` allows (an OData type name, mostly), with a hint when it is one slip away. */
export function notConst(path: string, value: unknown, expected: string): void {
  const text = quoted(expected);
  addError({ path, keyword: 'const', message: `must be ${text}${slip(value, [expected])}`, expected: text, received: show(value) });
}

/** A discriminator value that names no branch of the union. */
export function unknownTag(path: string, tag: unknown, tags: readonly string[]): void {
  const expected = listed(tags);
  addError({ path, keyword: 'discriminator', message: `names no type that may stand here; expected one of ${expected}${slip(tag, tags)}`, expected, received: show(tag) });
}

/** No discriminator, where the union has no default branch to take. */
export function missingTag(path: string, tags: readonly string[]): void {
  const expected = listed(tags);
  addError({ path, keyword: 'discriminator', message: `is required to tell which type this is: one of ${expected}`, expected });
}

/** A string outside an open enum in a response: accepted, since the service adds members. */
export function unknownMember(path: string, value: string): void {
  addWarning({ path, keyword: 'enum', message: 'is not a member known to this version of the types; accepted, since the service adds members', received: show(value) });
}

function issue(path: string, keyword: string, message: string, expected?: string, received?: string): ValidationIssue {
  if (expected === undefined && received === undefined) return { path, keyword, message };
  if (received === undefined) return { path, keyword, message, expected: expected ?? '' };
  return expected === undefined ? { path, keyword, message, received } : { path, keyword, message, expected, received };
}

/** RFC 6901 escaping of one reference token, for keys only known at run time. */
export function escapeToken(key: string): string {
  // Most keys hold neither character: no scan by a RegExp, no new string.
  if (key.indexOf('~') === -1 && key.indexOf('/') === -1) return key;
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Length in Unicode code points, as JSON Schema counts it. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

// Formats. Each is checked by its RFC grammar and ranges, by a scan or a fixed-shape regular
// expression that takes one pass over the text (nothing that backtracks, so no input can make it slow).

/** A lookup table of the ASCII characters in `chars`: 1 where a character is allowed. */
function charTable(...chars: string[]): Uint8Array {
  const table = new Uint8Array(128);
  for (const set of chars) for (let i = 0; i < set.length; i++) table[set.charCodeAt(i)] = 1;
  return table;
}

const HEX_DIGITS = '0123456789abcdefABCDEF';
const UNRESERVED = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~';
const SUB_DELIMS = "!$&'()*+,;=";
const HEX = /*#__PURE__*/ charTable(HEX_DIGITS);
const SCHEME = /*#__PURE__*/ charTable('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-');
const PATH = /*#__PURE__*/ charTable(UNRESERVED, SUB_DELIMS, ':@/');
const QUERY = /*#__PURE__*/ charTable(UNRESERVED, SUB_DELIMS, ':@/?');
const USER_INFO = /*#__PURE__*/ charTable(UNRESERVED, SUB_DELIMS, ':');
const REG_NAME = /*#__PURE__*/ charTable(UNRESERVED, SUB_DELIMS);
const IP_LITERAL = /*#__PURE__*/ charTable(UNRESERVED, SUB_DELIMS, ':');

/** Whether `text[from, to)` holds only characters of `allowed` and `%` escapes of two hex digits. */
function onlyChars(text: string, from: number, to: number, allowed: Uint8Array): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 37 /* % */) {
      if (i + 2 >= to || HEX[text.charCodeAt(i + 1)] !== 1 || HEX[text.charCodeAt(i + 2)] !== 1) return false;
      i += 2;
    } else if (allowed[code] !== 1) return false;
  }
  return true;
}

/**
 * The common case, a plain http(s) URL with a host name, port and path and nothing to decode: a
 * strict subset of what the full scan accepts, a third of its cost, and linear (no two parts of it
 * can match the same characters).
 */
const PLAIN_HTTP_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::[0-9]+)?(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?$/;

/** An RFC 3986 URI (not a relative reference): scheme ":" hier-part ["?" query] ["#" fragment]. */
export function isUri(text: string): boolean {
  if (PLAIN_HTTP_URL.test(text)) return true;
  const colon = text.indexOf(':');
  if (colon < 1) return false;
  const first = text.charCodeAt(0) | 0x20; // lower case, for the letter test
  if (first < 97 || first > 122) return false;
  for (let i = 1; i < colon; i++) if (SCHEME[text.charCodeAt(i)] !== 1) return false;
  const hash = text.indexOf('#', colon);
  const end = hash === -1 ? text.length : hash;
  const question = text.indexOf('?', colon);
  const pathEnd = question === -1 || question > end ? end : question;
  if (hash !== -1 && !onlyChars(text, hash + 1, text.length, QUERY)) return false;
  if (pathEnd < end && !onlyChars(text, pathEnd + 1, end, QUERY)) return false;
  let pathStart = colon + 1;
  if (text.startsWith('//', pathStart)) {
    const slash = text.indexOf('/', pathStart + 2);
    const authorityEnd = slash === -1 || slash > pathEnd ? pathEnd : slash;
    if (!isAuthority(text, pathStart + 2, authorityEnd)) return false;
    pathStart = authorityEnd;
  }
  return onlyChars(text, pathStart, pathEnd, PATH);
}

/** [userinfo "@"] host [":" port], the host a registered name or a bracketed IP literal. */
function isAuthority(text: string, from: number, to: number): boolean {
  let at = -1;
  for (let i = to - 1; i >= from; i--) {
    if (text.charCodeAt(i) === 64 /* @ */) {
      at = i;
      break;
    }
  }
  const hostStart = at === -1 ? from : at + 1;
  if (at !== -1 && !onlyChars(text, from, at, USER_INFO)) return false;
  let hostEnd: number;
  if (text.charCodeAt(hostStart) === 91 /* [ */) {
    const close = text.indexOf(']', hostStart);
    if (close === -1 || close >= to || !onlyChars(text, hostStart + 1, close, IP_LITERAL)) return false;
    hostEnd = close + 1;
  } else {
    const colon = text.indexOf(':', hostStart);
    hostEnd = colon === -1 || colon >= to ? to : colon;
    if (!onlyChars(text, hostStart, hostEnd, REG_NAME)) return false;
  }
  if (hostEnd === to) return true;
  if (text.charCodeAt(hostEnd) !== 58 /* : */) return false;
  for (let i = hostEnd + 1; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * 8-4-4-4-12 hex digits. A fixed-length pattern (no alternative, no open repetition), so V8's
 * compiled match takes one pass: the UUIDs are a quarter of a valid response's time, and this
 * took 3-6% less of it than a `charCodeAt` scan with a lookup table (902 against 934 ns).
 */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** An RFC 4122 UUID: 32 hex digits in groups of 8-4-4-4-12, either case. */
export function isUuid(text: string): boolean {
  return text.length === 36 && UUID.test(text);
}

/**
 * A regular expression as JSON Schema's `pattern` is one: ECMA-262, in unicode mode (where an
 * escape such as `\a` that names no character is an error, as the official suite says), as this
 * engine reads it. Its parser takes time linear in the text (a tenth of a microsecond a character
 * at worst here) and matches nothing; a text nested deeper than it parses (100,000 open groups)
 * is not one.
 */
export function isRegex(text: string): boolean {
  try {
    new RegExp(text, 'u');
    return true;
  } catch {
    return false;
  }
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Whether a day exists: months 01-12, 29 February in leap years only. */
function isDay(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** An RFC 3339 full-date that exists on the calendar. */
export function isDate(text: string): boolean {
  const parts = FULL_DATE.exec(text);
  return parts !== null && isDay(Number(parts[1]), Number(parts[2]), Number(parts[3]));
}

/**
 * An RFC 3339 date-time within its ranges (section 5.7): a real day, hours to 23, minutes to 59,
 * an offset of at most 23:59, and second 60 only for a leap second, which falls at 23:59 UTC.
 */
export function isDateTime(text: string): boolean {
  const parts = DATE_TIME.exec(text);
  if (parts === null || !isDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))) return false;
  const [hour, minute, second] = [Number(parts[4]), Number(parts[5]), Number(parts[6])];
  const offsetHours = parts[7] === undefined ? 0 : Number(parts[8]);
  const offsetMinutes = parts[7] === undefined ? 0 : Number(parts[9]);
  if (hour > 23 || minute > 59 || second > 60 || offsetHours > 23 || offsetMinutes > 59) return false;
  if (second < 60) return true;
  const offset = (parts[7] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return (((hour * 60 + minute - offset) % 1440) + 1440) % 1440 === 23 * 60 + 59;
}

// Host names. Format "hostname" is RFC 1123's: labels of letters, digits and inner hyphens, 63
// octets each and 253 in all; a label with "--" in its third and fourth places is reserved, but an
// A-label ("xn--"), which must be IDNA2008's (RFC 5890-5893): Punycode (RFC 3492) that decodes to
// a U-label and encodes back to itself. Format "idn-hostname" takes U-labels as they stand too,
// and the ideographic full stops as separators. IDNA2008's derived property (RFC 5892 section 3)
// is said with Unicode property escapes, exactly IANA's table for the engine's Unicode version; the
// context rules' code points (viramas, joining types) are Unicode 17's. Work is bounded: a text
// longer than any name of 253 octets is refused before it is split, a label of more than 63
// octets before it is decoded.

const MAX_NAME = 253;
const MAX_LABEL = 63;
const LDH_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const NON_ASCII = /[^\x00-\x7F]/;
/** RFC 3490 section 3.1's label separators, which IDNA2008 keeps for names that hold U-labels. */
const IDN_SEPARATORS = /[.\u3002\uFF0E\uFF61]/;

/** An RFC 1123 host name, its "xn--" labels IDNA2008 A-labels. */
export function isHostname(text: string): boolean {
  return isHostName(text, false);
}

/** An IDNA2008 internationalized host name: LDH labels, A-labels and U-labels, separated by any of the four full stops. */
export function isIdnHostname(text: string): boolean {
  return isHostName(text, true);
}

function isHostName(text: string, idn: boolean): boolean {
  // Each code point of a U-label takes an octet of its A-label at least, and two UTF-16 units at most.
  if (text.length === 0 || text.length > (idn ? 2 * MAX_NAME : MAX_NAME)) return false;
  const labels = text.split(idn ? IDN_SEPARATORS : '.');
  let octets = labels.length - 1;
  let bidi = false;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as string;
    let uLabel: string | undefined = label;
    if (!NON_ASCII.test(label)) {
      if (!LDH_LABEL.test(label)) return false;
      if (label.charCodeAt(2) === 45 && label.charCodeAt(3) === 45) uLabel = decodedALabel(label);
      octets += label.length;
    } else {
      // An A-label is "xn--" and at least one octet a code point, so a longer U-label has none of 63 octets.
      if (!idn || label.length > 2 * (MAX_LABEL - 4) || !isULabel(label)) return false;
      const length = 4 + punycode(label).length;
      if (length > MAX_LABEL) return false;
      octets += length;
    }
    if (uLabel === undefined) return false;
    labels[i] = uLabel;
    if (!bidi) bidi = rightToLeft().test(uLabel);
  }
  // RFC 5893: in a name with a right-to-left label, every label keeps the Bidi rule.
  return octets <= MAX_NAME && (!bidi || labels.every(keepsBidiRule));
}

/** The U-label of an A-label ("xn--", in either case), or undefined when it is none (an "ab--" label is reserved). */
function decodedALabel(label: string): string | undefined {
  if ((label.charCodeAt(0) | 0x20) !== 120 /* x */ || (label.charCodeAt(1) | 0x20) !== 110 /* n */) return undefined;
  const code = label.slice(4).toLowerCase();
  const uLabel = unpunycode(code);
  // Only ASCII is no U-label; Punycode that is not what the encoder writes is no A-label (RFC 5891 section 5.4).
  return uLabel !== undefined && NON_ASCII.test(uLabel) && isULabel(uLabel) && punycode(uLabel) === code ? uLabel : undefined;
}

/** A leading or trailing hyphen, "--" in the third and fourth places, a leading combining mark (RFC 5891 section 5.4). */
const MISPLACED = /^-|-$|^[^][^]--|^\p{M}/u;

/**
 * A code point IDNA2008 does not allow (RFC 5892 section 3, in its order): not an exception that is
 * PVALID or CONTEXTO, not LDH or a joiner; then an exception that is DISALLOWED, an old Hangul jamo
 * or a code point of the ignorable blocks, or one that NFKC case folding changes, a default
 * ignorable, white space or a noncharacter, or none of the letters, digits and marks (unassigned
 * code points and lone surrogates among them).
 */
const DISALLOWED = /(?![\u00B7\u00DF\u0375\u03C2\u05F3\u05F4\u0660-\u0669\u06F0-\u06F9\u06FD\u06FE\u0F0B\u200C\u200D\u3007\u30FB0-9a-z-])(?:[\u0640\u07FA\u302E\u302F\u3031-\u3035\u303B\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u20D0-\u20FF\u{1D100}-\u{1D24F}]|[\p{Changes_When_NFKC_Casefolded}\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Noncharacter_Code_Point}]|[^\p{Ll}\p{Lu}\p{Lo}\p{Nd}\p{Lm}\p{Mn}\p{Mc}])/u;

/** Canonical_Combining_Class Virama (9), which may precede a zero width joiner or non-joiner. */
const VIRAMA = '[\\u094D\\u09CD\\u0A4D\\u0ACD\\u0B4D\\u0BCD\\u0C4D\\u0CCD\\u0D3B\\u0D3C\\u0D4D\\u0DCA\\u0E3A\\u0EBA\\u0F84\\u1039\\u103A\\u1714\\u1715\\u1734\\u17D2\\u1A60\\u1B44\\u1BAA\\u1BAB\\u1BF2\\u1BF3\\u2D7F\\uA806\\uA82C\\uA8C4\\uA953\\uA9C0\\uAAF6\\uABED\\u{10A3F}\\u{11046}\\u{11070}\\u{1107F}\\u{110B9}\\u{11133}\\u{11134}\\u{111C0}\\u{11235}\\u{112EA}\\u{1134D}\\u{113CE}-\\u{113D0}\\u{11442}\\u{114C2}\\u{115BF}\\u{1163F}\\u{116B6}\\u{1172B}\\u{11839}\\u{1193D}\\u{1193E}\\u{119E0}\\u{11A34}\\u{11A47}\\u{11A99}\\u{11C3F}\\u{11D44}\\u{11D45}\\u{11D97}\\u{11F41}\\u{11F42}\\u{1612F}]';
/** Joining_Type Dual_Joining, Right_Joining, Left_Joining (ArabicShaping.txt), and Transparent among the allowed code points. */
const DUAL_JOINING = '\\u0620\\u0626\\u0628\\u062A-\\u062E\\u0633-\\u063F\\u0641-\\u0647\\u0649\\u064A\\u066E\\u066F\\u0678-\\u0687\\u069A-\\u06BF\\u06C1\\u06C2\\u06CC\\u06CE\\u06D0\\u06D1\\u06FA-\\u06FC\\u06FF\\u0712-\\u0714\\u071A-\\u071D\\u071F-\\u0727\\u0729\\u072B\\u072D\\u072E\\u074E-\\u0758\\u075C-\\u076A\\u076D-\\u0770\\u0772\\u0775-\\u0777\\u077A-\\u077F\\u07CA-\\u07EA\\u0841-\\u0845\\u0848\\u084A-\\u0853\\u0855\\u0860\\u0862-\\u0865\\u0868\\u0886\\u0889-\\u088D\\u088F\\u08A0-\\u08A9\\u08AF\\u08B0\\u08B3-\\u08B8\\u08BA-\\u08C8\\u1807\\u1820-\\u1878\\u1887-\\u18A8\\u18AA\\uA840-\\uA871\\u{10AC0}-\\u{10AC4}\\u{10AD3}-\\u{10AD6}\\u{10AD8}-\\u{10ADC}\\u{10ADE}-\\u{10AE0}\\u{10AEB}-\\u{10AEE}\\u{10B80}\\u{10B82}\\u{10B86}-\\u{10B88}\\u{10B8A}\\u{10B8B}\\u{10B8D}\\u{10B90}\\u{10BAD}\\u{10BAE}\\u{10D01}-\\u{10D21}\\u{10D23}\\u{10EC3}\\u{10EC4}\\u{10EC6}\\u{10EC7}\\u{10F30}-\\u{10F32}\\u{10F34}-\\u{10F44}\\u{10F51}-\\u{10F53}\\u{10F70}-\\u{10F73}\\u{10F76}-\\u{10F81}\\u{10FB0}\\u{10FB2}\\u{10FB3}\\u{10FB8}\\u{10FBB}\\u{10FBC}\\u{10FBE}\\u{10FBF}\\u{10FC1}\\u{10FC4}\\u{10FCA}\\u{1E900}-\\u{1E943}';
const RIGHT_JOINING = '\\u0622-\\u0625\\u0627\\u0629\\u062F-\\u0632\\u0648\\u0671-\\u0673\\u0675-\\u0677\\u0688-\\u0699\\u06C0\\u06C3-\\u06CB\\u06CD\\u06CF\\u06D2\\u06D3\\u06D5\\u06EE\\u06EF\\u0710\\u0715-\\u0719\\u071E\\u0728\\u072A\\u072C\\u072F\\u074D\\u0759-\\u075B\\u076B\\u076C\\u0771\\u0773\\u0774\\u0778\\u0779\\u0840\\u0846\\u0847\\u0849\\u0854\\u0856-\\u0858\\u0867\\u0869\\u086A\\u0870-\\u0882\\u088E\\u08AA-\\u08AC\\u08AE\\u08B1\\u08B2\\u08B9\\u{10AC5}\\u{10AC7}\\u{10AC9}\\u{10ACA}\\u{10ACE}-\\u{10AD2}\\u{10ADD}\\u{10AE1}\\u{10AE4}\\u{10AEF}\\u{10B81}\\u{10B83}-\\u{10B85}\\u{10B89}\\u{10B8C}\\u{10B8E}\\u{10B8F}\\u{10B91}\\u{10BA9}-\\u{10BAC}\\u{10D22}\\u{10EC2}\\u{10F33}\\u{10F54}\\u{10F74}\\u{10F75}\\u{10FB4}-\\u{10FB6}\\u{10FB9}\\u{10FBA}\\u{10FBD}\\u{10FC2}\\u{10FC3}\\u{10FC9}';
const LEFT_JOINING = '\\uA872\\u{10ACD}\\u{10AD7}\\u{10D00}\\u{10FCB}';
const TRANSPARENT = '[\\p{Mn}\\p{Me}\\u{1E94B}]';

/**
 * Where a context rule of RFC 5892 Appendix A fails: a middle dot not between two "l"s (A.3), a
 * keraia not before Greek (A.4), a geresh or gershayim not after Hebrew (A.5, A.6), a zero width
 * joiner not after a virama (A.2), a non-joiner neither after a virama nor between letters that join
 * across it (A.1), Arabic-Indic digits beside extended ones (A.8, A.9). A.7 is `KANA_OR_HAN`.
 */
function contextFails(): RegExp {
  return (HOST_PATTERNS.contextFails ??= new RegExp(
    '(?<!l)\\u00B7|\\u00B7(?!l)' +
      '|\\u0375(?!\\p{Script=Greek})' +
      '|(?<!\\p{Script=Hebrew})[\\u05F3\\u05F4]' +
      `|(?<!${VIRAMA})\\u200D` +
      `|(?<!${VIRAMA})(?<![${DUAL_JOINING}${LEFT_JOINING}]${TRANSPARENT}*)\\u200C` +
      `|(?<!${VIRAMA})\\u200C(?!${TRANSPARENT}*[${DUAL_JOINING}${RIGHT_JOINING}])` +
      '|[\\u0660-\\u0669][^]*[\\u06F0-\\u06F9]|[\\u06F0-\\u06F9][^]*[\\u0660-\\u0669]',
    'u',
  ));
}

/**
 * The patterns assembled from the tables, compiled at their first use: a bundler keeps an
 * expression that builds a string from other constants (it cannot tell that reading them runs no
 * code), so built at load they would stay in every bundle of the run-time, host names or not.
 */
const HOST_PATTERNS: { contextFails?: RegExp; neutral?: RegExp; rtlBlock?: RegExp; rightToLeft?: RegExp } = {};

const KANA_OR_HAN = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** An IDNA2008 U-label, but for its length and the Bidi rule, which take the whole name. */
function isULabel(label: string): boolean {
  if (label.normalize('NFC') !== label || MISPLACED.test(label) || DISALLOWED.test(label) || contextFails().test(label)) return false;
  // A.7: a katakana middle dot needs a kana or Han character in its label.
  return label.indexOf('\u30FB') === -1 || KANA_OR_HAN.test(label);
}

// The Bidi rule (RFC 5893 section 2). Bidi_Class has no property escape: among the code points a
// label may hold, R and AL are the letters of the blocks of right-to-left scripts, AN and EN the
// digits below, NSM the nonspacing marks, and the few neutrals (ES, ON, BN) are listed.
const RTL_BLOCKS = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF\\u{10800}-\\u{10FFF}\\u{1E800}-\\u{1EFFF}';
const EUROPEAN_DIGIT = /^[0-9\u06F0-\u06F9]$/u;
const ARABIC_DIGIT = /^[\u0660-\u0669\u{10D30}-\u{10D39}]$/u;
const NONSPACING = /^[\p{Mn}\p{Me}]$/u;
const NEUTRALS = '\\-\\u00B7\\u02B9\\u02BA\\u02C6-\\u02CF\\u02EC\\u0375\\u200C\\u200D\\u2E2F\\u30FB\\uA67F\\uA717-\\uA71F\\uA788';
const neutral = (): RegExp => (HOST_PATTERNS.neutral ??= new RegExp(`^[${NEUTRALS}]$`, 'u'));
const rtlBlock = (): RegExp => (HOST_PATTERNS.rtlBlock ??= new RegExp(`^[${RTL_BLOCKS}]$`, 'u'));
/** A code point of class R, AL or AN: one makes the name a Bidi domain name. */
const rightToLeft = (): RegExp => (HOST_PATTERNS.rightToLeft ??= new RegExp(`(?![0-9\\u06F0-\\u06F9\\p{Mn}\\p{Me}${NEUTRALS}])[${RTL_BLOCKS}]`, 'u'));

type BidiClass = 'L' | 'R' | 'AN' | 'EN' | 'NSM' | 'neutral';

function bidiClass(char: string): BidiClass {
  if (EUROPEAN_DIGIT.test(char)) return 'EN';
  if (ARABIC_DIGIT.test(char)) return 'AN';
  if (NONSPACING.test(char)) return 'NSM';
  if (neutral().test(char)) return 'neutral';
  return rtlBlock().test(char) ? 'R' : 'L';
}

function keepsBidiRule(label: string): boolean {
  const classes = Array.from(label, bidiClass);
  const first = classes[0];
  let last = classes.length - 1;
  while (last > 0 && classes[last] === 'NSM') last--;
  const end = classes[last];
  // 1: an L, R or AL first; 2-4: a right-to-left label holds no L, ends in R, AL, EN or AN, and has EN or AN, not both.
  if (first === 'R') return !classes.includes('L') && (end === 'R' || end === 'EN' || end === 'AN') && !(classes.includes('EN') && classes.includes('AN'));
  // 5-6: a left-to-right label holds no R, AL or AN, and ends in L or EN.
  return first === 'L' && !classes.includes('R') && !classes.includes('AN') && (end === 'L' || end === 'EN');
}

// Punycode (RFC 3492 section 6), with its parameters for IDNA.
const BASE = 36;
const T_MAX = 26;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
/** Beyond any code point a label of 63 octets can decode to: larger values are refused, not computed. */
const PUNYCODE_LIMIT = 0x7fffffff;

function threshold(k: number, bias: number): number {
  return k <= bias ? 1 : k >= bias + T_MAX ? T_MAX : k - bias;
}

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - 1) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - 1));
  return k + Math.floor((BASE * d) / (d + 38));
}

/** `text` (code points, not UTF-16 units) as Punycode, lower case. */
function punycode(text: string): string {
  const points = Array.from(text, (char) => char.codePointAt(0) as number);
  let output = '';
  for (const point of points) if (point < INITIAL_N) output += String.fromCharCode(point);
  const basic = output.length;
  if (basic > 0) output += '-';
  let handled = basic;
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    let next = 0x110000;
    for (const point of points) if (point >= n && point < next) next = point;
    delta += (next - n) * (handled + 1);
    n = next;
    for (const point of points) {
      if (point < n) delta++;
      if (point !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        output += digitChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitChar(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

/** Lower-case Punycode decoded, or undefined when it is none. */
function unpunycode(code: string): string | undefined {
  const delimiter = code.lastIndexOf('-');
  const points: number[] = [];
  for (let j = 0; j < delimiter; j++) points.push(code.charCodeAt(j));
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  for (let at = delimiter + 1; at < code.length; ) {
    const old = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      const digit = at < code.length ? digitValue(code.charCodeAt(at++)) : BASE;
      if (digit >= BASE) return undefined;
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      w *= BASE - t;
      if (i > PUNYCODE_LIMIT || w > PUNYCODE_LIMIT) return undefined;
    }
    bias = adapt(i - old, points.length + 1, old === 0);
    n += Math.floor(i / (points.length + 1));
    i %= points.length + 1;
    if (n > 0x10ffff) return undefined;
    points.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...points);
}

/** A Punycode digit: "a"-"z" 0-25, "0"-"9" 26-35. */
function digitChar(digit: number): string {
  return String.fromCharCode(digit < 26 ? 97 + digit : 22 + digit);
}

/** The value of a lower-case Punycode digit; `BASE` for any other character. */
function digitValue(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  return code >= 48 && code <= 57 ? code - 22 : BASE;
}

/**
 * A hint for a string one slip away from what was expected: the leading "#" of an OData type name
 * left out (as the skeleton pages do), or another letter case. Empty when there is nothing to say.
 */
export function slip(value: unknown, expected: readonly string[]): string {
  if (typeof value !== 'string') return '';
  let lower: string | undefined;
  for (let i = 0; i < expected.length; i++) {
    const candidate = expected[i] ?? '';
    // Lengths first: most wrong values are no slip at all, and this spares a lower-casing each.
    // The "#" test builds no string: half the time of comparing with `#${value}`.
    if (candidate.length === value.length + 1) {
      if (candidate.charCodeAt(0) === 35 /* # */ && candidate.endsWith(value)) return `; it lacks the leading "#" of ${quoted(candidate)}`;
      continue;
    }
    if (candidate.length !== value.length || candidate === value) continue;
    if (lower === undefined) lower = value.toLowerCase();
    if (candidate.toLowerCase() === lower) return `; only the letter case differs from ${quoted(candidate)}`;
  }
  return '';
}

/** No quote, backslash, control character or surrogate (a lone one JSON.stringify escapes; a pair is left to it too). */
const NOTHING_TO_ESCAPE = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

/** A string as JSON text; text JSON.stringify would not escape is quoted as it is, in half its time. */
function quoted(text: string): string {
  return NOTHING_TO_ESCAPE.test(text) ? `"${text}"` : JSON.stringify(text);
}

/** Quotes a value for a message without ever throwing, however odd the value. */
export function show(value: unknown): string {
  if (typeof value === 'string') return quoted(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return jsonType(value);
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : typeof error === 'string' ? error : jsonType(error);
  } catch {
    return 'an exception';
  }
}

function toStandardIssue(issue: ValidationIssue): StandardSchemaV1Issue {
  const path = issue.path === '' ? [] : issue.path.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  return { message: issue.message, path };
}

/** The client sets this property; a response carrying it is odd but harmless. */
export function writeOnlyInResponse(path: string): void {
  addWarning({ path, keyword: 'writeOnly', message: 'is sent by clients only and not expected in a response' });
}

/**
 * A JSON value as text with object keys sorted, so equal values (in the sense of JSON Schema:
 * 1 and 1.0 alike, key order aside) give equal text. Only own enumerable keys count.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += `${i === 0 ? '' : ','}${canonical(value[i])}`;
    return `${text}]`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    let text = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      text += `${i === 0 ? '' : ','}${JSON.stringify(key)}:${canonical(value[key])}`;
    }
    return `${text}}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  return `<${typeof value}>`;
}

/** The first two equal items of an array (by `canonical`), in linear time, or undefined. */
export function duplicateItems(items: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const key = canonical(items[i]);
    const earlier = seen.get(key);
    if (earlier !== undefined) return [earlier, i];
    seen.set(key, i);
  }
  return undefined;
}

/** Whether `value` is a multiple of `divisor`, allowing for the rounding of binary fractions (0.0075 of 0.0001). */
export function isMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  if (!Number.isFinite(quotient)) return false;
  return Math.abs(quotient - Math.round(quotient)) <= 1e-9 * Math.max(1, Math.abs(quotient));
}
