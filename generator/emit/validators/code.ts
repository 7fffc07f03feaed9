import { assertNever } from '../../diagnostics.js';
import type { Pointer } from './path.js';

/**
 * The checks of one type as a small tree, written once by the keyword emitters and rendered
 * twice: as the full path (`checkX`: every issue, with its message; `validateX` runs it alone)
 * and as the boolean path (`testX`: no issue, no message, `return false` at the first error;
 * `isX` runs it). A keyword says what fails and what it reports; the two renderings follow from
 * that, so a new keyword is written once.
 */
export type Code =
  /** `if (failed) report`; `then` runs when the check passes (a type test guarding the value's other checks). */
  | { readonly kind: 'check'; readonly failed: string; readonly report: Report; readonly then?: readonly Code[] }
  /** A report with no condition of its own (the default branch of a switch, a union's type error). */
  | { readonly kind: 'report'; readonly report: Report }
  /** A statement of the full path alone, about how to report (`mayRepeat()`); the boolean path reports nothing. */
  | { readonly kind: 'reporting'; readonly text: string }
  /** A local both paths may read; left out of a rendering where nothing after it uses it. */
  | { readonly kind: 'const'; readonly name: string; readonly type?: string; readonly init: string }
  | { readonly kind: 'if'; readonly test: string; readonly then: readonly Code[]; readonly otherwise: readonly Code[] }
  /** `first` opens the body (an own-key test) when the rest of it is written at all. */
  | { readonly kind: 'for'; readonly head: string; readonly body: readonly Code[]; readonly first?: string }
  | { readonly kind: 'switch'; readonly on: string; readonly cases: readonly SwitchCase[]; readonly otherwise: readonly Code[] }
  /**
   * The checks of a named type: `checkX(value)`, after which the issues it reported get the steps
   * of `path` before theirs (`count`, a local, holds the run-time's count of issues before the
   * call); or `testX(value)`. `around`: the constant set of names the schemas around an in-place
   * reference declare, which the target's request functions take (around.ts).
   */
  | { readonly kind: 'call'; readonly target: string; readonly value: string; readonly path: Pointer; readonly count: string; readonly around?: string }
  | { readonly kind: 'comment'; readonly text: string }
  /** A mutable local (a count) and a plain statement on it, alike in both paths. */
  | { readonly kind: 'let'; readonly name: string; readonly init: string }
  | { readonly kind: 'statement'; readonly text: string }
  /**
   * `const name` is whether `code` accepts the value, without reporting anything (`not`, `if`,
   * a `oneOf` branch): the boolean path of `code`, in both paths.
   */
  | { readonly kind: 'trial'; readonly name: string; readonly code: readonly Code[] }
  /**
   * The full path of `code` where its trial passed (a union's branch that matched), for the
   * warnings it reports: the trial, a boolean path, reports none, and having passed, `code`
   * reports no error. The boolean path leaves it out.
   */
  | { readonly kind: 'warnings'; readonly code: readonly Code[] }
  /**
   * `const name` is the number `code` counts into its local `result`, in a function of its own
   * (`nameOf`): a long union tries its branches in groups so, keeping each function's control
   * flow small enough for TypeScript to analyse (past 2,000 steps it refuses the function, TS2563).
   */
  | { readonly kind: 'count'; readonly name: string; readonly code: readonly Code[]; readonly result: string }
  /**
   * A union that no branch matched (`failed`): the boolean path ends there, as at any error. The
   * full path writes each branch's full checks as a function of its value (`explain`) and hands
   * them to the run-time call `head` begins (`noBranchMatched(path, keyword, value`), which reports
   * the union's error and the errors of the branch that came nearest.
   */
  | { readonly kind: 'unmatched'; readonly failed: string; readonly head: string; readonly branches: readonly ExplainedBranch[] };

/** One branch of an unmatched union, as the full path writes it: `const name = (parameter: unknown): void => { code };`. */
export interface ExplainedBranch {
  readonly name: string;
  readonly parameter: string;
  readonly code: readonly Code[];
}

export interface SwitchCase {
  readonly labels: readonly string[];
  readonly body: readonly Code[];
}

/**
 * What a failed check reports, as the full path's statement(s). An error ends the boolean path
 * with `false`; a warning does not change the verdict, so the boolean path leaves it out.
 * `exit` is written after the report in the full path only (a `break` that stops a loop).
 */
export interface Report {
  readonly severity: 'error' | 'warning';
  readonly call: string;
  readonly exit?: string;
}

/** How the full path names a named type's check function; `testName` the same for the boolean path. */
export interface Names {
  readonly checkName: (target: string) => string;
  readonly testName: (target: string) => string;
  /** Whether the target's functions guard against cycles (`enter`): a call at the caller's own value then says so. */
  readonly guarded: (target: string) => boolean;
}

/** The arguments of a call: a guarded callee checking the caller's own value is told it is no descent; one that takes the names around is given them. */
function callArguments(node: Extract<Code, { kind: 'call' }>, names: Names): string {
  const guarded = names.guarded(node.target);
  const here = node.path.steps().length === 0 && guarded;
  if (node.around === undefined) return here ? `${node.value}, true` : node.value;
  return guarded ? `${node.value}, ${here}, ${node.around}` : `${node.value}, ${node.around}`;
}

/** The full path: every issue is reported through the run-time helpers; nothing returns early. */
export function renderFull(code: readonly Code[], names: Names): string[] {
  const out: string[] = [];
  block(code, { names, failure: undefined }, out);
  return out;
}

/**
 * The boolean path: `failure` (`return false;`, or a form that also leaves a recursion guard) at
 * the first error; `fails`: whether it ends failing, so that a `return true` after it could not be reached.
 */
export function renderBoolean(code: readonly Code[], names: Names, failure: string): { readonly lines: string[]; readonly fails: boolean } {
  const lines: string[] = [];
  const fails = block(code, { names, failure }, lines);
  return { lines, fails };
}

// Each node is rendered onto the end of one array of lines (`out`), and a node whose shape depends
// on what its children wrote (an empty `else`, a loop with no body) fixes up its own lines
// afterwards. Children rendered into arrays of their own, spread into their parents', copied each
// line once per level and made most of the garbage of generating validators for thousands of types.

/** The path being rendered: the full one (`failure` undefined) or the boolean one. */
interface Path {
  readonly names: Names;
  readonly failure: string | undefined;
}

function render(node: Code, path: Path, out: string[]): void {
  if (path.failure === undefined) full(node, path, out);
  else boolean(node, path, path.failure, out);
}

function full(node: Code, path: Path, out: string[]): void {
  switch (node.kind) {
    case 'check': {
      const head = out.length;
      out.push(`if (${node.failed}) {`);
      pushReport(node.report, out);
      const otherwise = out.length;
      out.push('} else {');
      block(node.then ?? [], path, out);
      if (out.length > otherwise + 1) out.push('}');
      else if (otherwise === head + 2) {
        out[head] = `if (${node.failed}) ${out[head + 1] ?? ''}`;
        out.length = head + 1;
      } else out[otherwise] = '}';
      return;
    }
    case 'report':
      return pushReport(node.report, out);
    case 'reporting':
      out.push(node.text);
      return;
    case 'warnings':
      block(node.code, path, out);
      return;
    case 'unmatched':
      return explainUnmatched(node, path, out);
    case 'call': {
      // The callee reports relative to its own value; the steps to it are put before those paths only when it reported any.
      const call = `${path.names.checkName(node.target)}(${callArguments(node, path.names)});`;
      const steps = node.path.steps();
      if (steps.length === 0) {
        out.push(call);
        return;
      }
      out.push(`const ${node.count} = reported;`, call, `if (reported !== ${node.count}) under(${[node.count, ...steps].join(', ')});`);
      return;
    }
    default:
      return shared(node, path, out);
  }
}

function boolean(node: Code, path: Path, failure: string, out: string[]): void {
  switch (node.kind) {
    case 'check': {
      if (node.report.severity === 'error') {
        // A check no value passes (a schema nothing meets) ends the path: what it guards could never run.
        if (node.failed === 'true') {
          out.push(failure);
          return;
        }
        out.push(`if (${node.failed}) ${failure}`);
        block(node.then ?? [], path, out);
        return;
      }
      return wrapped(`if (!(${node.failed})) {`, node.then ?? [], path, out);
    }
    case 'report':
      if (node.report.severity === 'error') out.push(failure);
      return;
    case 'reporting':
    case 'warnings':
      return;
    case 'unmatched':
      out.push(`if (${node.failed}) ${failure}`);
      return;
    case 'call':
      out.push(`if (!${path.names.testName(node.target)}(${callArguments(node, path.names)})) ${failure}`);
      return;
    default:
      return shared(node, path, out);
  }
}

/**
 * The full path of a union nothing matched: each branch's checks in a function of their own (so
 * TypeScript analyses each apart, and they run only when the union failed), then the run-time call.
 * A branch whose checks never read the value names its parameter `_…`, as unread locals are.
 */
function explainUnmatched(node: Extract<Code, { kind: 'unmatched' }>, path: Path, out: string[]): void {
  out.push(`if (${node.failed}) {`);
  for (const branch of node.branches) {
    const head = out.length;
    out.push('');
    block(branch.code, path, out);
    const read = namedIn(out, head + 1, branch.parameter);
    out[head] = `const ${branch.name} = (${read ? '' : '_'}${branch.parameter}: unknown): void => {`;
    out.push('};');
  }
  out.push(`${node.head}, [${node.branches.map((b) => b.name).join(', ')}]);`, '}');
}

/** `head`, the lines of `code` and `}`; nothing when `code` writes no line. */
function wrapped(head: string, code: readonly Code[], path: Path, out: string[]): void {
  const start = out.length;
  out.push(head);
  block(code, path, out);
  if (out.length === start + 1) out.length = start;
  else out.push('}');
}

/** The nodes both paths write alike, their children rendered in the same path. */
function shared(node: Exclude<Code, { kind: 'check' | 'report' | 'reporting' | 'warnings' | 'call' | 'unmatched' }>, path: Path, out: string[]): void {
  switch (node.kind) {
    case 'let':
      out.push(`let ${node.name} = ${node.init};`);
      return;
    case 'statement':
      out.push(node.text);
      return;
    case 'trial':
      out.push(`const ${node.name} = ((): boolean => {`);
      if (!block(node.code, { names: path.names, failure: 'return false;' }, out)) out.push('return true;');
      out.push('})();');
      return;
    case 'count':
      // Declared, then called: TypeScript analyses an immediately invoked function as part of the
      // function around it, which is what must stay small.
      out.push(`const ${node.name}Of = (): number => {`);
      block(node.code, path, out);
      out.push(`return ${node.result};`, '};', `const ${node.name} = ${node.name}Of();`);
      return;
    case 'const':
      out.push(`const ${node.name}${node.type === undefined ? '' : `: ${node.type}`} = ${node.init};`);
      return;
    case 'comment':
      out.push(`// ${node.text}`);
      return;
    case 'if':
      return renderIf(node, path, out);
    case 'for':
      return renderFor(node, path, out);
    case 'switch':
      return renderSwitch(node, path, out);
    default:
      return assertNever(node);
  }
}

function renderIf(node: Extract<Code, { kind: 'if' }>, path: Path, out: string[]): void {
  const head = out.length;
  out.push(`if (${node.test}) {`);
  block(node.then, path, out);
  const otherwise = out.length;
  out.push('} else {');
  block(node.otherwise, path, out);
  const [then, rest] = [otherwise - head - 1, out.length - otherwise - 1];
  if (then === 0 && rest === 0) {
    out.length = head;
  } else if (node.test === 'true') {
    out[head] = '{';
    out[otherwise] = '}';
    out.length = otherwise + 1;
  } else if (rest === 0) {
    out[otherwise] = '}';
  } else if (then === 0) {
    out.splice(head, 2, `if (!(${node.test})) {`);
    out.push('}');
  } else if (node.otherwise.length === 1 && node.otherwise[0]?.kind === 'if' && out[otherwise + 1]?.startsWith('if (') === true) {
    // An `if` that is all of the `else` becomes `else if`, as a person would write it.
    out.splice(otherwise, 2, `} else ${out[otherwise + 1] ?? ''}`);
  } else {
    out.push('}');
  }
}

function renderFor(node: Extract<Code, { kind: 'for' }>, path: Path, out: string[]): void {
  const head = out.length;
  out.push(node.head);
  if (node.first !== undefined) out.push(node.first);
  const body = out.length;
  block(node.body, path, out);
  if (out.length === body) {
    out.length = head;
    return;
  }
  // A loop over keys whose body never reads the key (the boolean path of a closed object) names it `_key`.
  const variable = /^const (\w+) of /.exec(node.head)?.[1];
  const unread = variable !== undefined && !namedIn(out, body, variable);
  out[head] = `for (${unread ? node.head.replace(variable, `_${variable}`) : node.head}) {`;
  out.push('}');
}

function renderSwitch(node: Extract<Code, { kind: 'switch' }>, path: Path, out: string[]): void {
  // Cases with the same body share it, where the first of them stands (labels are distinct, so order does not matter).
  // Bodies are compared as text only when their lengths agree: hashing every body's text as a key
  // took a tenth of the time of rendering the validators of thousands of types.
  const cases: SharedCase[] = [];
  const byLength = new Map<number, SharedCase[]>();
  for (const c of node.cases) {
    const body: string[] = [];
    const fails = block(c.body, path, body);
    const length = body.reduce((sum, line) => sum + line.length + 1, 0);
    const candidate: SharedCase = { labels: [...c.labels], body, fails, text: undefined };
    const alike = byLength.get(length);
    const same = alike?.find((other) => caseText(other) === caseText(candidate));
    if (same !== undefined) same.labels.push(...c.labels);
    else {
      cases.push(candidate);
      if (alike === undefined) byLength.set(length, [candidate]);
      else alike.push(candidate);
    }
  }
  const head = out.length;
  out.push(`switch (${node.on}) {`);
  let written = false;
  for (const { labels, body, fails } of cases) {
    // Each case in braces: its locals are its own.
    for (let i = 0; i < labels.length - 1; i++) out.push(`case ${labels[i] ?? ''}:`);
    out.push(`case ${labels.at(-1) ?? ''}: {`);
    for (const line of body) out.push(line);
    // A body that ends in a return, or in the boolean path's failure (inside a bare block too), is never left by a `break`.
    if (!fails && body.at(-1)?.startsWith('return ') !== true) out.push('break;');
    out.push('}');
    written ||= body.length > 0;
  }
  const otherwise = out.length;
  out.push('default:');
  block(node.otherwise, path, out);
  if (out.length === otherwise + 1) {
    out.length = written ? otherwise : head;
    if (written) out.push('}');
    return;
  }
  out.push('}');
}

interface SharedCase {
  readonly labels: string[];
  readonly body: readonly string[];
  /** Whether the body ends in the boolean path's failure, so that no line after it is reached. */
  readonly fails: boolean;
  /** The body's lines joined, once asked for. */
  text: string | undefined;
}

function caseText(c: SharedCase): string {
  return (c.text ??= c.body.join('\n'));
}

function pushReport(report: Report, out: string[]): void {
  out.push(report.call);
  if (report.exit !== undefined) out.push(report.exit);
}

/**
 * Whether a line of `out` from `from` on has `name` as a whole word outside its string literals
 * (`'no value is allowed here'` reads no `value`); a plain search first: most lines lack it.
 */
function namedIn(out: readonly string[], from: number, name: string): boolean {
  let pattern: RegExp | undefined;
  for (let i = from; i < out.length; i++) {
    const line = out[i] ?? '';
    if (line.includes(name) && (pattern ??= new RegExp(`\\b${name}\\b`)).test(line.replace(QUOTED, "''"))) return true;
  }
  return false;
}

/** A single-quoted string literal, as `quote` writes one. */
const QUOTED = /'(?:[^'\\]|\\.)*'/g;

/**
 * Renders a block, leaving out each `const` that nothing after it in the block reads, so a value
 * only a warning would have shown is not read in the boolean path. Returns whether it ends in the
 * boolean path's failure, so that nothing after it is reached.
 */
function block(code: readonly Code[], path: Path, out: string[]): boolean {
  let failed = false;
  const consts: { name: string; from: number; to: number }[] = [];
  for (const node of code) {
    const from = out.length;
    render(node, path, out);
    if (node.kind === 'const') consts.push({ name: node.name, from, to: out.length });
    // The boolean path's failure, unconditional, ends the block: a line after it could not be reached.
    if (endsInFailure(out, from, path.failure)) {
      failed = true;
      break;
    }
  }
  // Judged from the last one back, each against the block's later lines as they are by then, so a
  // const only an unread const read (`const whole = v2;`) goes too; removing a later one moves no earlier one.
  for (const { name, from, to } of consts.reverse()) {
    if (!namedIn(out, to, name)) out.splice(from, to - from);
  }
  return failed;
}

/**
 * Whether the lines one node rendered from `from` end in the failure unconditionally: the failure
 * itself, or a bare block (an `if` whose test is `true`: `{ … return false; }`) that ends in it.
 */
function endsInFailure(out: readonly string[], from: number, failure: string | undefined): boolean {
  if (failure === undefined || out.length <= from) return false;
  return out[out.length - 1] === failure || (out[from] === '{' && out[out.length - 1] === '}' && out[out.length - 2] === failure);
}
