import type { Problem } from '../diagnostics.js';
import { whyUnreadable } from '../fileErrors.js';
import type { ApiVersion } from '../model/types.js';
import { loadModel } from '../pipeline.js';
import { readUtf8 } from '../utf8.js';
import { compareWithMetadata, type DriftReport } from './compare.js';
import { readCsdl } from './csdl.js';

export type { DriftItem, DriftReport } from './compare.js';

export interface DriftOptions {
  readonly schemas: string;
  /** A Graph CSDL document (`$metadata`, or a slice of it). */
  readonly metadata: string;
  readonly apiVersion: ApiVersion;
  /** Keys of other tools to ignore in the schema folder, as `generate` ignores them. */
  readonly annotations?: readonly string[] | undefined;
}

export type DriftResult =
  | { readonly ok: true; readonly report: DriftReport }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * `callgen drift` as data: the schema folder through the generator's stages up to the model (so
 * it must be a folder callgen generates from), the metadata through a strict XML parser, then
 * the comparison. Problems (unreadable or malformed input) come back as data, with the metadata's
 * as `file#line:column`.
 */
export async function drift(options: DriftOptions): Promise<DriftResult> {
  let text: string;
  try {
    text = await readUtf8(options.metadata);
  } catch (error) {
    return { ok: false, problems: [{ file: options.metadata, pointer: '', message: `cannot read the metadata: ${whyUnreadable(error, 'file')}` }] };
  }
  const csdl = readCsdl(text);
  if (!csdl.ok) return { ok: false, problems: [{ file: options.metadata, pointer: '', message: `line ${csdl.line}, column ${csdl.column}: ${csdl.message}` }] };
  const loaded = await loadModel({ schemas: options.schemas, out: options.schemas, annotations: options.annotations });
  if (!loaded.ok) return loaded;
  return { ok: true, report: compareWithMetadata(loaded.model, csdl.csdl, options.apiVersion) };
}
