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

/** The curated model: which properties each type declares. */
const MODEL = await (async () => {
  const loaded = await loadModel({ schemas: BUNDLED_SCHEMAS, out: 'generated' });
  if (!loaded.ok) throw new Error('the curated schemas have problems');
  return loaded.model;
})();

/** The property names each object type declares, by schema name (what an `@odata.type` tag names). */
const PROPERTIES_OF: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  MODEL.types.flatMap((t) => (t.shape.kind === 'object' ? [[t.schemaName, new Set(t.shape.properties.map((p) => p.name))] as const] : [])),
);

/** Every property name some curated schema declares: what an untagged object is read against. */
const DECLARED_NAMES: ReadonlySet<string> = new Set([...PROPERTIES_OF.values()].flatMap((names) => [...names]));

/**
 * The pointers of properties the judged type does not declare, which response mode lets through
 * unchecked: what its validator reports as unknown in request mode; in an object tagged with a
 * type's @odata.type, every property that type does not declare; in an untagged one, every
 * property no schema declares (`subCode`, `@odata.etag`).
 */
export function undeclared(judge: Judge, value: unknown): string[] {
  return [...unknownInRequestMode(judge, value), ...undeclaredNames(value, '')];
}

function undeclaredNames(value: unknown, pointer: string): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => undeclaredNames(item, `${pointer}/${i}`));
  const record = value as Record<string, unknown>;
  const tag = record['@odata.type'];
  const tagged = typeof tag === 'string' ? PROPERTIES_OF.get(tag.replace(/^#?microsoft\.graph\./, '')) : undefined;
  const declared = tagged ?? DECLARED_NAMES;
  return Object.entries(record).flatMap(([key, child]) => {
    const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    return declared.has(key) ? undeclaredNames(child, at) : [at];
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
