import { format } from 'prettier';
import { pointerChild } from '../diagnostics.js';
import { PRETTIER_OPTIONS } from '../emit/format.js';
import { TypeIndex } from '../emit/typeText.js';
import { requestName } from '../model/reach.js';
import type { Model, NamedType } from '../model/types.js';
import { printSnippet } from './print.js';
import { SnippetWalker, type Note } from './walk.js';

export type { Note } from './walk.js';

export interface SnippetOptions {
  /** The request type the payload is, as `requestTypeNamed` found it. */
  readonly type: NamedType;
  /** Module specifier the snippet imports the builders from. */
  readonly importFrom: string;
}

export type Snippet =
  | {
      readonly ok: true;
      /** A formatted TypeScript module whose `requestBody` export deep-equals the payload. */
      readonly text: string;
      /** Where the payload does not fit the request types, in document order. */
      readonly notes: readonly Note[];
    }
  /** The payload cannot be written as a snippet; `pointer` says where. */
  | { readonly ok: false; readonly pointer: string; readonly message: string };

/**
 * Request bodies are a handful of levels deep. Far deeper nesting would overflow the formatter's
 * stack (it fails somewhere above 200 levels), so it is refused with a message instead.
 */
export const MAX_DEPTH = 64;

export { DEFAULT_IMPORT } from './defaults.js';

/**
 * TypeScript that builds `payload` (a parsed JSON value) with the generated builders, the way the
 * Graph documentation shows SDK snippets. The model is walked alongside the payload, so a builder
 * is used exactly where the validators would take that type; everything else is written as given.
 */
export async function snippet(model: Model, payload: unknown, options: SnippetOptions): Promise<Snippet> {
  const tooDeep = firstTooDeep(payload);
  if (tooDeep !== undefined) {
    return { ok: false, pointer: tooDeep, message: `is nested more than ${MAX_DEPTH} levels deep; callgen snippet writes payloads up to that depth` };
  }
  const walker = new SnippetWalker(new TypeIndex(model));
  const root = walker.node(payload, { kind: 'ref', target: options.type.name, source: options.type.source }, '');
  const text = printSnippet(root, { importFrom: options.importFrom, rootType: requestName(options.type) });
  return { ok: true, text: await format(text, PRETTIER_OPTIONS), notes: walker.notes };
}

/**
 * A type a snippet can build, by schema name or TypeScript name (exact first, then ignoring case).
 * Only types with a request shape have builders and request types to check against.
 */
export function requestTypeNamed(model: Model, name: string): NamedType | undefined {
  const candidates = model.types.filter((t) => t.hasRequestShape);
  const names = (t: NamedType): string[] => [t.schemaName, t.name, requestName(t)];
  return candidates.find((t) => names(t).includes(name)) ?? candidates.find((t) => names(t).some((n) => n.toLowerCase() === name.toLowerCase()));
}

/** The schema names of every type `requestTypeNamed` accepts, for an error message. */
export function requestTypeNames(model: Model): string[] {
  return model.types.filter((t) => t.hasRequestShape).map((t) => t.schemaName);
}

/** The pointer of the first value nested deeper than `MAX_DEPTH`, found without recursion. */
function firstTooDeep(payload: unknown): string | undefined {
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value: payload, pointer: '', depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, pointer, depth } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return pointer;
    const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
    // Pushed in reverse, so the pointer reported is the first in document order.
    for (const [key, child] of [...entries].reverse()) stack.push({ value: child, pointer: pointerChild(pointer, key), depth: depth + 1 });
  }
  return undefined;
}
