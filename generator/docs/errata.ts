import type { ValidationIssue as Issue } from '../../generated/runtime.js';
import type { ExtractedPayload, Positions } from '../extract/types.js';
import { judgedAs, type Judge } from './judge.js';

/** Chooses the validator of a payload (`judgeOf` in judges.ts); `undefined` when none applies. */
export type JudgeOf = (payload: ExtractedPayload) => Judge | undefined;

/** One finding, placed on the page. */
export interface Finding {
  readonly severity: 'error' | 'repaired' | 'notice';
  /** 1-based line in the page. */
  readonly line: number;
  readonly text: string;
}

export interface PayloadErrata {
  readonly payload: ExtractedPayload;
  /** Undefined when no validator applies: no operation matches the request line, no schema has the type. */
  readonly judge: Judge | undefined;
  readonly findings: readonly Finding[];
}

/**
 * Validates every payload of the pages with the validator for its kind and places each finding on
 * the page line where the offending value starts (payloads extracted with `positions`; without
 * them a finding stands on the payload's first line). Blob samples (kind other) are not payloads.
 */
export function findErrata(payloads: readonly ExtractedPayload[], judgeOf: JudgeOf): PayloadErrata[] {
  return payloads.flatMap((payload) => {
    if (payload.kind === 'other') return [];
    const judge = judgeOf(payload);
    const pageLine = (line: number): number => payload.lines.start + line - 1;
    const findings: Finding[] = payload.parsed.repairs.map((r) => ({ severity: 'repaired', line: pageLine(r.line), text: `${r.what} (column ${r.column})` }));
    if (!payload.parsed.ok) {
      findings.push({ severity: 'error', line: pageLine(payload.parsed.error.line), text: `not JSON: ${payload.parsed.error.message} (column ${payload.parsed.error.column})` });
      return [{ payload, judge, findings }];
    }
    if (judge === undefined) return [{ payload, judge, findings }];
    const result = judge.validate(payload.parsed.value);
    const positions = payload.parsed.positions;
    const place = (issue: Issue, severity: Finding['severity']): Finding => ({ severity, line: pageLine(lineOf(issue.path, positions)), text: describeIssue(issue, (t) => `\`${t}\``) });
    findings.push(...(result.ok ? [] : result.errors).map((e) => place(e, 'error')), ...result.warnings.map((w) => place(w, 'notice')));
    return [{ payload, judge, findings }];
  });
}

/** The line of the value at `pointer`, or of its nearest ancestor (a missing property has no line of its own). */
function lineOf(pointer: string, positions: Positions | undefined): number {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const found = positions?.get(p);
    if (found !== undefined) return found.line;
    if (p === '') return 1;
  }
}

/**
 * An issue in one line: pointer, message, keyword, and the expected and received values unless the
 * message already says them. `code` marks up the pointer (backticks in Markdown).
 */
export function describeIssue(issue: Issue, code: (text: string) => string = (text) => text): string {
  const pointer = issue.path === '' ? '(root)' : issue.path;
  const expected = issue.expected === undefined || issue.message.includes(issue.expected) ? '' : `expected ${issue.expected}`;
  const received = issue.received === undefined ? '' : `received ${issue.received}`;
  const detail = [expected, received].filter((d) => d !== '');
  return `${code(pointer)} ${issue.message} [${issue.keyword}]${detail.length > 0 ? ` (${detail.join(', ')})` : ''}`;
}

/** The errata as a Markdown document: per page, every payload that has a finding, in page order. */
export function errataMarkdown(pages: readonly string[], errata: readonly PayloadErrata[]): string {
  const out: string[] = [
    '# Errata of documented payloads',
    '',
    'Written by `callgen lint-docs`. Every payload is validated with the generated validator its rule',
    'chooses (`generator/docs/judges.ts`): a request with the body of the operation its request line',
    'calls, in request mode; a response with the type of that operation\'s response, else the type its',
    'metadata or its `@odata.type` names; a call-back notification with `CommsNotifications`; a',
    'resource representation with the type it represents; all but requests in response mode. A',
    'request is held to the API version its request line names (v1.0 or beta); everything else is',
    'validated against both versions\' schemas, which check every property either declares. Errors',
    'break the schemas; repaired are JSON errata the tolerant reader fixed; notices are warnings',
    '(a read-only property in a request, a member of an evolvable enum that callgen does not know).',
    'Lines are the page\'s.',
  ];
  for (const page of pages) {
    const onPage = errata.filter((e) => e.payload.file === page);
    const flagged = onPage.filter((e) => e.findings.length > 0 || e.judge === undefined);
    const count = (severity: Finding['severity']) => onPage.filter((e) => e.findings.some((f) => f.severity === severity)).length;
    out.push('', `## ${page}`, '');
    const unjudged = onPage.filter((e) => e.judge === undefined).length;
    out.push(`${onPage.length} payloads: ${onPage.length - flagged.length} without findings, ${count('error')} with errors, ${count('repaired')} repaired, ${count('notice')} with notices${unjudged === 0 ? '' : `, ${unjudged} not validated`}.`);
    for (const { payload, judge, findings } of flagged) {
      const how = judge === undefined ? 'not validated: no rule finds its type' : `validated as ${judgedAs(judge)}: ${judge.why}`;
      out.push('', `### ${payload.id}`, '', `Lines ${payload.lines.start}-${payload.lines.end}, ${payload.kind}${payload.label === null ? '' : ` "${payload.label}"`}, ${how}.`, '');
      const order: Finding['severity'][] = ['error', 'repaired', 'notice'];
      const sorted = [...findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || a.line - b.line);
      for (const f of sorted) out.push(`- line ${f.line}, ${f.severity}: ${f.text}`);
    }
  }
  return `${out.join('\n')}\n`;
}
