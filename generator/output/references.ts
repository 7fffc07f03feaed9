import { readFileSync } from 'node:fs';
import path from 'node:path';
import { byCodeUnit } from '../diagnostics.js';

// The files an OpenAPI document reads besides itself: `--check` and a run with nothing to do must
// notice a change to a schema that `common.yaml#/Tag` names, as the reader reads it.

/** A `$ref` whose value names another file (not only a `#` fragment), as a text search finds it. */
const EXTERNAL_REF = /\$ref["']?\s*:\s*["']?(?!#)[^\s"']/;

/**
 * Every file the document's `$ref`s name, and those theirs name in turn, relative to the
 * document's folder (with `/`; `../shared/x.yaml` where one lies outside it), sorted, the document
 * itself left out. A file that cannot be read or parsed is listed, and names nothing: the reader
 * reports it, and its bytes (or their absence) still count. A `$ref` in an example value is
 * listed too: hashing a file the reader did not need costs a needless generation at worst.
 */
export async function referencedFiles(document: string): Promise<string[]> {
  const main = path.resolve(document);
  const seen = new Set([main]);
  const pending = [main];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const target of await filesNamedIn(next)) {
      if (seen.has(target)) continue;
      seen.add(target);
      pending.push(target);
    }
  }
  seen.delete(main);
  const folder = path.dirname(main);
  return [...seen].map((file) => path.relative(folder, file).split(path.sep).join('/')).sort(byCodeUnit);
}

/** The absolute paths of the files the `$ref`s of one file name; none when it cannot be read or parsed. */
async function filesNamedIn(file: string): Promise<string[]> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  // Most documents refer to nothing outside themselves: those are not parsed.
  if (!EXTERNAL_REF.test(text)) return [];
  const root = await parsed(text);
  const found: string[] = [];
  const stack: unknown[] = [root];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (typeof value !== 'object' || value === null) continue;
    const ref = (value as { $ref?: unknown }).$ref;
    const target = typeof ref === 'string' ? fileOf(ref, file) : undefined;
    if (target !== undefined) found.push(target);
    stack.push(...Object.values(value));
  }
  return found;
}

/** JSON, else YAML (of which JSON is a subset); undefined when neither reads it. */
async function parsed(text: string): Promise<unknown> {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    const { parse } = await import('yaml');
    try {
      return parse(text) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** The file a `$ref` written in `from` names, as the reader resolves it; undefined for a fragment alone or a URI. */
function fileOf(ref: string, from: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return undefined;
  const [filePart = ''] = ref.split('#', 1);
  if (filePart === '') return undefined;
  try {
    return path.resolve(path.dirname(from), decodeURIComponent(filePart));
  } catch {
    return undefined;
  }
}
