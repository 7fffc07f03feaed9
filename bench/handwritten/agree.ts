import type { ValidationIssue, ValidationResult } from '../../generated/runtime.js';
import { validateCreateCallRequest } from '../../generated/validators.js';
import { validateCreateCallRequestByHand } from './createCallRequest.js';

// The hand-written validator is only a fair floor if it does the generated validator's work. This
// holds it to that: on every payload given, and on one-field corruptions of each (a property
// removed, replaced by a value of each JSON type or by a near miss, an unknown property added),
// both must report the same errors and warnings. Order may differ (the hand-written one follows
// the keys of the value, the generated one the schema), so findings are compared as sorted lists.

export interface Agreement {
  readonly checked: number;
  readonly disagreements: readonly string[];
}

const REPLACEMENTS: readonly unknown[] = [null, true, 42, 1.5, -1e12, 'text', [], ['audio'], {}, { '@odata.type': '#microsoft.graph.nothing' }];
/** Strings on both sides of the format and pattern rules (uri, https, uuid). */
const FORMAT_EDGES: readonly string[] = [
  'https://example.com/x',
  'http://example.com/x',
  'https://exa mple.com/',
  'https://example.com/%zz',
  'https://[::1]:8443/cb',
  'https://[::1/cb',
  'https://example.com:80a/',
  'https:',
  'mailto:bot@example.com',
  '00000000-0000-0000-0000-000000000000',
  '0000000-00000-0000-0000-000000000000',
  'G0000000-0000-0000-0000-000000000000',
];

export function checkAgreement(requests: readonly unknown[]): Agreement {
  const disagreements: string[] = [];
  let checked = 0;
  for (const request of requests) {
    for (const variant of [request, ...corruptions(request)]) {
      checked++;
      const generated = findings(validateCreateCallRequest(variant));
      const byHand = findings(validateCreateCallRequestByHand(variant));
      if (generated !== byHand) disagreements.push(`${JSON.stringify(variant)}\n  generated:   ${generated}\n  hand-written: ${byHand}`);
    }
  }
  return { checked, disagreements };
}

function findings(result: ValidationResult<unknown>): string {
  const line = (i: ValidationIssue): string => JSON.stringify([i.path, i.keyword, i.message, i.expected, i.received]);
  const errors = result.ok ? [] : result.errors.map(line).sort();
  return JSON.stringify({ ok: result.ok, errors, warnings: result.warnings.map(line).sort() });
}

/** The near misses the messages give hints for: a type tag without its "#", another letter case. */
function slips(value: string): string[] {
  return [value.replace(/^#/, ''), value.toUpperCase()];
}

/** Every one-field change of `value`, at any depth. */
function* corruptions(value: unknown): Generator<unknown> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      for (const changed of [...REPLACEMENTS, ...corruptions(value[i])]) yield value.map((item, j) => (j === i ? changed : item));
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const entries = Object.entries(value);
  yield { ...value, 'unknown/~key': 1 };
  for (const [key, child] of entries) {
    yield Object.fromEntries(entries.filter(([k]) => k !== key));
    const strings = typeof child === 'string' ? [...FORMAT_EDGES, ...slips(child)] : [];
    for (const changed of [...REPLACEMENTS, ...strings, ...corruptions(child)]) yield { ...value, [key]: changed };
  }
}
