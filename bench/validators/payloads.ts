import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateCall, validateCommsNotifications, validateCreateCallRequest } from '../../generated/validators.js';
import type { ValidationResult } from '../../generated/runtime.js';
import { extractPage } from '../../generator/extract/index.js';

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

export const GENERATED: Readonly<Record<Kind, (value: unknown) => ValidationResult<unknown>>> = {
  request: validateCreateCallRequest,
  response: validateCall,
  notification: validateCommsNotifications,
};

/** The schema each kind is validated against, as a file name in schemas/. */
export const SCHEMA_FILE: Readonly<Record<Kind, string>> = {
  request: 'createCallRequest.json',
  response: 'call.json',
  notification: 'commsNotifications.json',
};

const CORPUS = fileURLToPath(new URL('../../test/corpus/graph-docs/', import.meta.url));

export interface Corpus {
  readonly payloads: readonly Payload[];
  /** Found but left out: kind `other`, or JSON that even the tolerant reader could not parse. */
  readonly skipped: number;
}

export function loadDocumentedPayloads(): Corpus {
  const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
  const extracted = pages.flatMap((file) => extractPage(file, readFileSync(path.join(CORPUS, file), 'utf8')));
  const payloads: Payload[] = [];
  for (const p of extracted) {
    if (p.kind === 'other' || !p.parsed.ok) continue;
    const value = p.parsed.value;
    payloads.push({ id: p.id, kind: p.kind, value, valid: GENERATED[p.kind](value).ok });
  }
  return { payloads, skipped: extracted.length - payloads.length };
}
