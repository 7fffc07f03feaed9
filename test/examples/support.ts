import { extractBundledPages } from '../../generator/commands/extract.js';
import { judgeOf, type Judge } from '../../generator/docs/judges.js';
import type { ExtractedPayload } from '../../generator/extract/index.js';

// The documented payloads of the bundled pages, and the generated validator that judges each kind.

export const PAYLOADS: readonly ExtractedPayload[] = extractBundledPages().filter((p) => p.kind !== 'other');

/** The validator `callgen lint-docs` judges a payload with; every bundled payload has one. */
export function judgeFor(payload: ExtractedPayload): Judge {
  const judge = judgeOf(payload);
  if (judge === undefined) throw new Error(`${payload.id}: no rule finds its validator`);
  return judge;
}

/** The parsed value of a payload; every documented payload parses (after repairs), as the extractor tests show. */
export function valueOf(payload: ExtractedPayload): unknown {
  if (!payload.parsed.ok) throw new Error(`${payload.id} does not parse`);
  return payload.parsed.value;
}
