import path from 'node:path';
import { validatorsBySchemaName } from '../../../generated/validators.js';
import { judgeOf, type Judge } from '../../../generator/docs/judges.js';
import { extractPages, listPages } from '../../../generator/extract/pages.js';
import type { ExtractedPayload } from '../../../generator/extract/types.js';
import { BUNDLED_SCHEMAS } from '../../../generator/commands/generate.js';
import { loadModel } from '../../../generator/pipeline.js';
import { sharedPath } from '../support/shared.js';
import { EXPECTATIONS } from './expectations.js';

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

/** Every property name some curated schema declares. */
const DECLARED_NAMES: ReadonlySet<string> = await (async () => {
  const loaded = await loadModel({ schemas: BUNDLED_SCHEMAS, out: 'generated' });
  if (!loaded.ok) throw new Error('the curated schemas have problems');
  const names = new Set<string>();
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    const record = node as Record<string, unknown>;
    if (typeof record['name'] === 'string' && 'shape' in record && 'required' in record) names.add(record['name']);
    for (const child of Object.values(record)) visit(child);
  };
  visit(loaded.model);
  return names;
})();

/**
 * The pointers of properties the judged type does not declare, which response mode lets through
 * unchecked: what its validator reports as unknown in request mode, and every property whose name
 * no schema declares (below read-only properties request mode does not look: `subCode`, `@odata.etag`).
 */
export function undeclared(judge: Judge, value: unknown): string[] {
  return [...unknownInRequestMode(judge, value), ...undeclaredNames(value, '')];
}

function undeclaredNames(value: unknown, pointer: string): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => undeclaredNames(item, `${pointer}/${i}`));
  return Object.entries(value).flatMap(([key, child]) => {
    const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    return DECLARED_NAMES.has(key) ? undeclaredNames(child, at) : [at];
  });
}

function unknownInRequestMode(judge: Judge, value: unknown): string[] {
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

/** Keywords whose findings a TypeScript type also rejects. */
const TYPE_VISIBLE = new Set(['const', 'discriminator', 'enum', 'additionalProperties', 'required', 'type']);

/**
 * The defects of a payload, as the expectations name them, that its TypeScript type can see: a
 * wrong tag or enum member, a missing or unknown property, a wrong JSON type; and in a request a
 * read-only property (only a warning to the validator, but request types leave it out). Formats
 * and patterns (GUIDs, https) are run-time checks only.
 */
export function typeVisibleDefects(payload: ExtractedPayload, judge: Judge): string[] {
  const expected = EXPECTATIONS[payload.id];
  const errors = (expected?.errors ?? []).filter((e) => TYPE_VISIBLE.has(e.split(' ')[1] ?? ''));
  const readOnly = judge.mode === 'request' ? (expected?.warnings ?? []).filter((w) => w.endsWith(' readOnly')) : [];
  return [...errors, ...readOnly];
}
