import { readFileSync } from 'node:fs';
import { bundledPages } from '../../generator/commands/extract.js';
import { extractPage, type ExtractedPayload } from '../../generator/extract/index.js';
import { validateCall, validateCommsNotifications, validateCreateCallRequest } from '../../generated/validators.js';

// The documented payloads of the bundled pages, and the generated validator that judges each kind.

export const PAYLOADS: readonly ExtractedPayload[] = bundledPages()
  .flatMap((file) => extractPage(file, readFileSync(file, 'utf8')))
  .filter((p) => p.kind !== 'other');

export const JUDGE = {
  request: { typeName: 'CreateCallRequest', mode: 'request', validate: validateCreateCallRequest },
  response: { typeName: 'Call', mode: 'response', validate: validateCall },
  notification: { typeName: 'CommsNotifications', mode: 'response', validate: validateCommsNotifications },
} as const;

/** The parsed value of a payload; every documented payload parses (after repairs), as the extractor tests show. */
export function valueOf(payload: ExtractedPayload): unknown {
  if (!payload.parsed.ok) throw new Error(`${payload.id} does not parse`);
  return payload.parsed.value;
}
