import path from 'node:path';
import { validatorsBySchemaName } from '../../../generated/validators.js';
import { judgeOf, type Judge } from '../../../generator/docs/judges.js';
import { extractPages, listPages } from '../../../generator/extract/pages.js';
import type { ExtractedPayload } from '../../../generator/extract/types.js';
import { sharedPath } from '../support/shared.js';

// The pages of the whole calling API (../shared/graph-docs, public data: read here, never
// committed), every payload callgen extract finds on them, and the validator that judges each.

export const PAGES_DIR = sharedPath('graph-docs');

/** Pages as `callgen lint-docs ../shared/graph-docs` finds them, named by their path below the folder. */
export const PAGES = await listPages([PAGES_DIR], (file) => path.relative(PAGES_DIR, file).split(path.sep).join('/'));

export const EXTRACTED: readonly ExtractedPayload[] = await extractPages(PAGES);

/** Everything but samples (a media-session blob, a binary body, a Teams link). */
export const PAYLOADS: readonly ExtractedPayload[] = EXTRACTED.filter((p) => p.kind !== 'other');

/** The payloads a rule finds a validator for, with it. */
export const JUDGED: readonly { readonly payload: ExtractedPayload; readonly judge: Judge }[] = PAYLOADS.flatMap((payload) => {
  const judge = judgeOf(payload);
  return judge === undefined ? [] : [{ payload, judge }];
});

export function valueOf(payload: ExtractedPayload): unknown {
  if (!payload.parsed.ok) throw new Error(`${payload.id} does not parse`);
  return payload.parsed.value;
}

/**
 * The pointers of properties the judged type does not declare: what its validator reports as
 * unknown in request mode (response mode lets them through, so their values are not checked).
 */
export function undeclared(judge: Judge, value: unknown): string[] {
  const strict = validatorsBySchemaName[judge.schemaName]?.request;
  if (strict === undefined) return [];
  const check = (item: unknown, prefix: string): string[] => {
    const result = strict(item);
    return (result.ok ? [] : result.errors).filter((e) => e.keyword === 'additionalProperties').map((e) => `${prefix}${e.path}`);
  };
  if (!judge.collection) return check(value, '');
  const items = (value as { value?: unknown }).value;
  return Array.isArray(items) ? items.flatMap((item, i) => check(item, `/value/${i}`)) : [];
}
