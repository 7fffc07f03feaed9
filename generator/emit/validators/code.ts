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
  /** A local both paths may read; left out of a rendering where nothing after it uses it. */
  | { readonly kind: 'const'; readonly name: string; readonly type?: string; readonly init: string }
  | { readonly kind: 'if'; readonly test: string; readonly then: readonly Code[]; readonly otherwise: readonly Code[] }
  /** `first` opens the body (an own-key test) when the rest of it is written at all. */
  | { readonly kind: 'for'; readonly head: string; readonly body: readonly Code[]; readonly first?: string }
  | { readonly kind: 'switch'; readonly on: string; readonly cases: readonly SwitchCase[]; readonly otherwise: readonly Code[] }
  /** The checks of a named type: `checkX(value)` with `path` entered on the run-time's trail, or `testX(value)`. */
  | { readonly kind: 'call'; readonly target: string; readonly value: string; readonly path: Pointer }
  | { readonly kind: 'comment'; readonly text: string }
  /** A mutable local (a count) and a plain statement on it, alike in both paths. */
  | { readonly kind: 'let'; readonly name: string; readonly init: string }
  | { readonly kind: 'statement'; readonly text: string }
  /**
   * `const name` is whether `code` accepts the value, without reporting anything (`not`, `if`,
   * a `oneOf` branch): the boolean path of `code`, in both paths.
   */
  | { readonly kind: 'trial'; readonly name: string; readonly code: readonly Code[] };

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
}

/** The full path: every issue is reported through the run-time helpers; nothing returns early. */
export function renderFull(code: readonly Code[], names: Names): string[] {
  return block(code, (node) => full(node, names));
}

/** The boolean path: `failure` (`return false;`, or a form that also leaves a recursion guard) at the first error. */
export function renderBoolean(code: readonly Code[], names: Names, failure: string): string[] {
  return block(code, (node) => boolean(node, names, failure));
}

function full(node: Code, names: Names): string[] {
  const render = (code: readonly Code[]): string[] => renderFull(code, names);
  switch (node.kind) {
    case 'check': {
      const report = reportLines(node.report);
      const then = render(node.then ?? []);
      if (then.length === 0) return report.length === 1 ? [`if (${node.failed}) ${report[0] ?? ''}`] : [`if (${node.failed}) {`, ...report, '}'];
      return [`if (${node.failed}) {`, ...report, '} else {', ...then, '}'];
    }
    case 'report':
      return reportLines(node.report);
    case 'call': {
      // The callee reports relative to its own value; the steps to it go on the trail only for the call.
      const call = `${names.checkName(node.target)}(${node.value});`;
      const steps = node.path.steps();
      if (steps.length === 0) return [call];
      const downs = steps.flatMap((step, i) => (i % 2 === 0 ? [`down(${steps.slice(i, i + 2).join(', ')});`] : []));
      return [...downs, call, `up(${steps.length});`];
    }
    default:
      return shared(node, render, names);
  }
}

function boolean(node: Code, names: Names, failure: string): string[] {
  const render = (code: readonly Code[]): string[] => renderBoolean(code, names, failure);
  switch (node.kind) {
    case 'check': {
      const then = render(node.then ?? []);
      if (node.report.severity === 'error') return [`if (${node.failed}) ${failure}`, ...then];
      return then.length === 0 ? [] : [`if (!(${node.failed})) {`, ...then, '}'];
    }
    case 'report':
      return node.report.severity === 'error' ? [failure] : [];
    case 'call':
      return [`if (!${names.testName(node.target)}(${node.value})) ${failure}`];
    default:
      return shared(node, render, names);
  }
}

/** The nodes both paths write alike, their children rendered by `render`. */
function shared(node: Exclude<Code, { kind: 'check' | 'report' | 'call' }>, render: (code: readonly Code[]) => string[], names: Names): string[] {
  switch (node.kind) {
    case 'let':
      return [`let ${node.name} = ${node.init};`];
    case 'statement':
      return [node.text];
    case 'trial':
      return [`const ${node.name} = ((): boolean => {`, ...renderBoolean(node.code, names, 'return false;'), 'return true;', '})();'];
    case 'const':
      return [`const ${node.name}${node.type === undefined ? '' : `: ${node.type}`} = ${node.init};`];
    case 'comment':
      return [`// ${node.text}`];
    case 'if': {
      const then = render(node.then);
      const otherwise = render(node.otherwise);
      if (then.length === 0 && otherwise.length === 0) return [];
      if (node.test === 'true') return ['{', ...then, '}'];
      if (otherwise.length === 0) return [`if (${node.test}) {`, ...then, '}'];
      if (then.length === 0) return [`if (!(${node.test})) {`, ...otherwise, '}'];
      // An `if` that is all of the `else` becomes `else if`, as a person would write it.
      const [first, ...rest] = otherwise;
      if (node.otherwise.length === 1 && node.otherwise[0]?.kind === 'if' && first?.startsWith('if (') === true) {
        return [`if (${node.test}) {`, ...then, `} else ${first}`, ...rest];
      }
      return [`if (${node.test}) {`, ...then, '} else {', ...otherwise, '}'];
    }
    case 'for': {
      const body = render(node.body);
      if (body.length === 0) return [];
      // A loop over keys whose body never reads the key (the boolean path of a closed object) names it `_key`.
      const variable = /^const (\w+) of /.exec(node.head)?.[1];
      const unread = variable !== undefined && !body.some((line) => new RegExp(`\\b${variable}\\b`).test(line));
      return [`for (${unread ? node.head.replace(variable, `_${variable}`) : node.head}) {`, ...(node.first === undefined ? [] : [node.first]), ...body, '}'];
    }
    case 'switch':
      return renderSwitch(node, render);
    default:
      return assertNever(node);
  }
}

function renderSwitch(node: Extract<Code, { kind: 'switch' }>, render: (code: readonly Code[]) => string[]): string[] {
  // Cases with the same body share it, where the first of them stands (labels are distinct, so order does not matter).
  const byBody = new Map<string, { labels: string[]; body: string[] }>();
  for (const c of node.cases) {
    const body = render(c.body);
    const text = body.join('\n');
    const same = byBody.get(text);
    if (same === undefined) byBody.set(text, { labels: [...c.labels], body });
    else same.labels.push(...c.labels);
  }
  const cases = [...byBody.values()];
  const otherwise = render(node.otherwise);
  if (otherwise.length === 0 && cases.every((c) => c.body.length === 0)) return [];
  return [
    `switch (${node.on}) {`,
    // Each case in braces: its locals are its own.
    ...cases.flatMap((c) => [...c.labels.slice(0, -1).map((label) => `case ${label}:`), `case ${c.labels.at(-1) ?? ''}: {`, ...c.body, ...(c.body.at(-1)?.startsWith('return ') === true ? [] : ['break;']), '}']),
    ...(otherwise.length === 0 ? [] : ['default:', ...otherwise]),
    '}',
  ];
}

function reportLines(report: Report): string[] {
  return report.exit === undefined ? [report.call] : [report.call, report.exit];
}

/**
 * Renders a block, leaving out each `const` that nothing after it in the block reads, so a value
 * only a warning would have shown is not read in the boolean path.
 */
function block(code: readonly Code[], render: (node: Code) => string[]): string[] {
  const rendered = code.map((node) => ({ node, lines: render(node) }));
  const out: string[] = [];
  rendered.forEach(({ node, lines }, i) => {
    if (node.kind === 'const') {
      const uses = new RegExp(`\\b${node.name}\\b`);
      if (!rendered.slice(i + 1).some((later) => later.lines.some((line) => uses.test(line)))) return;
    }
    out.push(...lines);
  });
  return out;
}
