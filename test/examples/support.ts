import { extractBundledPages } from '../../generator/commands/extract.js';
import { JUDGES } from '../../generator/docs/judges.js';
import type { ExtractedPayload } from '../../generator/extract/index.js';

// The documented payloads of the bundled pages, and the generated validator that judges each kind.

export const PAYLOADS: readonly ExtractedPayload[] = extractBundledPages().filter((p) => p.kind !== 'other');

/** The same judges as `callgen lint-docs`. */
export const JUDGE = JUDGES;

/** The parsed value of a payload; every documented payload parses (after repairs), as the extractor tests show. */
export function valueOf(payload: ExtractedPayload): unknown {
  if (!payload.parsed.ok) throw new Error(`${payload.id} does not parse`);
  return payload.parsed.value;
}
