import { byCodeUnit } from '../diagnostics.js';
import { SUPPORTED_FORMATS, SUPPORTED_KEYWORDS } from './keywords.js';
import { remember } from './drafts.js';
import { refusedAsAnnotation } from './refusals.js';
import { isJsonObject, walkSchemas } from './walk.js';

// Keys a team declares as annotations of other tools ("annotations" in callgen.config.json,
// `--annotation <key>`): callgen ignores them wherever a keyword may stand, as it does `examples`.
// Any other key outside the dialect is still refused, so a misspelt keyword is never lost.
// `format:<name>` declares a format other tools check (`format:path`) an annotation: a `"format"`
// of that name is then left unchecked, as JSON Schema reads a format it does not assert.

/** The prefix that declares a format, rather than a key, an annotation. */
export const FORMAT_ANNOTATION = 'format:';

/**
 * Formats callgen refused until it checked them, when declaring them was the way to leave them
 * unchecked: a folder that still does is told what changed and how to accept names outside the standard.
 */
const HOST_NAMES_NOW = ' (callgen once refused it, so declaring it was the way to leave it unchecked; it now checks host names by RFC 1123 and IDNA2008: for names outside the standard, such as "_sip._tcp.example.com", write a "pattern" instead of the "format")';
const CHECKED_NOW: ReadonlyMap<string, string> = new Map([
  ['hostname', HOST_NAMES_NOW],
  ['idn-hostname', HOST_NAMES_NOW],
]);

/** Why `key` cannot be declared an annotation of another tool; undefined when it can. */
export function annotationRefusal(key: unknown): string | undefined {
  if (typeof key !== 'string' || key === '') return 'an annotation must be a non-empty string: the key another tool reads, such as "markdownDescription"';
  if (key.startsWith(FORMAT_ANNOTATION)) {
    const format = key.slice(FORMAT_ANNOTATION.length);
    if (format === '') return `"${key}" names no format: write the format another tool checks after "${FORMAT_ANNOTATION}", such as "${FORMAT_ANNOTATION}path"`;
    if (SUPPORTED_FORMATS.has(format)) return `"${format}" is a format callgen checks, not an annotation of another tool: declaring it would drop its check without a word${CHECKED_NOW.get(format) ?? ''}`;
    return undefined;
  }
  if (SUPPORTED_KEYWORDS.includes(key)) return `"${key}" is a keyword callgen reads, not an annotation of another tool: ignoring it would drop what it says without a word`;
  return refusedAsAnnotation(key);
}

/** Why some of `keys` cannot be declared, each said once; undefined when each can. */
export function annotationsRefusal(keys: readonly unknown[] | undefined): string | undefined {
  const refusals = (keys ?? []).flatMap((key) => annotationRefusal(key) ?? []);
  return refusals.length === 0 ? undefined : refusals.join('; ');
}

/** The declared keys as one list: sorted, each once, so the order they were given in decides nothing (the input hash). */
export function annotationList(...lists: readonly (readonly string[] | undefined)[]): readonly string[] {
  return [...new Set(lists.flatMap((list) => list ?? []))].sort(byCodeUnit);
}

/**
 * Removes the declared keys from every schema position of a parsed document (never from data: a
 * property named like one under "properties", or a value inside "enum", stays). In place: the
 * reader has just parsed the document, and nothing else holds it.
 */
export function dropAnnotations(root: unknown, annotations: ReadonlySet<string>): void {
  if (annotations.size === 0) return;
  walkSchemas(root, { file: '', pointer: '' }, (node) => {
    if (!isJsonObject(node)) return;
    // No declared key is a keyword that holds subschemas (those are refused), so the walk below is unchanged.
    const removed: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      const declared = annotations.has(key) || (key === 'format' && typeof node[key] === 'string' && annotations.has(`${FORMAT_ANNOTATION}${node[key]}`));
      if (!declared) continue;
      removed[key] = node[key];
      delete (node as Record<string, unknown>)[key];
    }
    // A `$ref` into a declared key then gets "not a schema", naming the key, rather than "points at nothing".
    if (Object.keys(removed).length > 0) remember(node, removed);
  });
}
