import path from 'node:path';
import type { Problem } from '../diagnostics.js';
import { realTarget, within } from '../output/destination.js';
import { display } from './command.js';

/**
 * An output that overlaps its input: a folder written into the schema folder (or around it) would
 * mix output with input, and removing stale output could delete schemas; an exported document
 * written into the schema folder would be read as a schema the next time. Both folders are
 * compared with every symbolic link resolved, so a link cannot hide the overlap.
 */
export interface Overlap {
  /** How the output stands to the input: `is the schema folder s`, `is inside the schema folder s`... */
  readonly relation: string;
  /** The output once links are followed, when that differs from what was given. */
  readonly through: string | undefined;
}

/** Paths as the message shows them: relative to `cwd` when below it (as the user typed them), else absolute. */
export type Shown = (target: string) => string;

export const shownFrom = (cwd: string): Shown => (target) => display(cwd, target);

/** How an output folder `out` overlaps the input of a target (its schema folder, or its OpenAPI document); undefined when it does not. */
export async function folderOverlap(input: { readonly schemas: string; readonly openapi?: string | undefined }, out: string, shown: Shown): Promise<Overlap | undefined> {
  const [realInput, realOut] = await Promise.all([realTarget(input.openapi ?? input.schemas), realTarget(out)]);
  const through = realOut === path.resolve(out) ? undefined : realOut;
  // An OpenAPI document may share its folder with the output; only the document itself must stay out of it.
  if (input.openapi !== undefined) return within(realInput, realOut) ? { relation: `holds the OpenAPI document ${shown(input.openapi)}`, through } : undefined;
  const schemas = shown(input.schemas);
  if (realOut === realInput) return { relation: `is the schema folder ${schemas}`, through };
  if (within(realOut, realInput)) return { relation: `is inside the schema folder ${schemas}`, through };
  if (within(realInput, realOut)) return { relation: `holds the schema folder ${schemas}`, through };
  return undefined;
}

/** How an exported document `file` overlaps the schema folder it is exported from; undefined when it does not. */
export async function fileOverlap(schemas: string, file: string, shown: Shown): Promise<Overlap | undefined> {
  const [realInput, realFile] = await Promise.all([realTarget(schemas), realTarget(file)]);
  const through = realFile === path.resolve(file) ? undefined : realFile;
  return within(realFile, realInput) ? { relation: `is inside the schema folder ${shown(schemas)}`, through } : undefined;
}

/** `s/out is inside the schema folder s (/real/s/out once links are followed); choose an output folder outside it`. */
export function overlapMessage(out: string, overlap: Overlap, what = 'an output folder'): string {
  const through = overlap.through === undefined ? '' : ` (${overlap.through} once links are followed)`;
  const fix = overlap.relation.startsWith('holds the OpenAPI') ? `choose ${what} that does not hold it` : `choose ${what} outside it`;
  return `${out}${through} ${overlap.relation}; ${fix}`;
}

/**
 * An output folder that overlaps the input, blamed where it was chosen: a config target's "out"
 * is a problem at its pointer (no flag was given); `--out`, or the default folder, is refused with
 * one message that names both paths (no usage text: the flags were well formed).
 */
export function overlapFailure(
  message: string,
  where: { readonly outFlag: boolean; readonly pointer: string | undefined; readonly config: string | undefined },
): { readonly ok: false; readonly problems: readonly Problem[] } | { readonly ok: false; readonly refused: string } {
  if (where.outFlag) return { ok: false, refused: `--out ${message}` };
  if (where.pointer !== undefined && where.config !== undefined) return { ok: false, problems: [{ file: where.config, pointer: `${where.pointer}/out`, message }] };
  return { ok: false, refused: `the default output folder ${message} (name one with --out)` };
}
