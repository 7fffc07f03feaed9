import { extractBundledPages } from '../../generator/commands/extract.js';
import type { ValidationResult } from '../../generated/runtime.js';
import { validateCall, validateCommsNotifications, validateCreateCallRequest } from '../../generated/validators.js';

// The documented payloads of the "Create call" pages, found by callgen's extractor, each paired
// with the generated validator for its kind. Whether a payload counts as valid or invalid is what
// that validator says, decided once here, before anything is timed.

export type Kind = 'request' | 'response' | 'notification';

export interface Payload {
  readonly id: string;
  readonly kind: Kind;
  readonly value: unknown;
  readonly valid: boolean;
}

/** The schema each kind is validated against, as a file name in schemas/. */
export const SCHEMA_FILE: Readonly<Record<Kind, string>> = {
  request: 'createCallRequest.json',
  response: 'call.json',
  notification: 'commsNotifications.json',
};

/** The generated validator of each kind's schema: the validator `callgen lint-docs` judges these pages with. */
export const GENERATED: Readonly<Record<Kind, (value: unknown) => ValidationResult<unknown>>> = {
  request: validateCreateCallRequest,
  response: validateCall,
  notification: validateCommsNotifications,
};

export interface Corpus {
  readonly payloads: readonly Payload[];
  /** Found but left out: kind `other`, or JSON that even the tolerant reader could not parse. */
  readonly skipped: number;
}

export function loadDocumentedPayloads(): Corpus {
  const extracted = extractBundledPages();
  const payloads: Payload[] = [];
  for (const p of extracted) {
    if (p.kind === 'other' || p.kind === 'resource' || !p.parsed.ok) continue;
    const value = p.parsed.value;
    payloads.push({ id: p.id, kind: p.kind, value, valid: GENERATED[p.kind](value).ok });
  }
  return { payloads, skipped: extracted.length - payloads.length };
}
