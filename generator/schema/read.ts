import { lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { pointerChild, type Problem } from '../diagnostics.js';
import { whyUnreadable } from '../fileErrors.js';
import { readTolerantJson, tolerantRepairs } from '../json/tolerant.js';
import { annotationRefusal, dropAnnotations } from './annotations.js';
import { locateMoved, readAsDeclared, type Move } from './drafts.js';
import { listFolder, type ListingProblem } from './files.js';
import { readNumberFormats } from './numberFormats.js';
import { readUtf8Sync } from '../utf8.js';

/** One schema file, parsed. `file` is relative to the schema folder, with `/` separators. */
export interface SchemaDocument {
  readonly file: string;
  readonly absolutePath: string;
  readonly root: unknown;
}

export interface ReadResult {
  readonly documents: readonly SchemaDocument[];
  readonly problems: readonly Problem[];
  /** What a reader would like to know and need not act on: keywords a declared draft ignores. */
  readonly notes: readonly Problem[];
  /** Where a later stage's problem stands in the file as written (a draft's keyword read in its 2020-12 spelling moved). */
  readonly locate: (problem: Problem) => Problem;
}

/**
 * Reads every `*.json` file below `dir` (README and other files are left alone), in a fixed order,
 * leaving out the keys declared as annotations of other tools wherever a keyword may stand.
 * Synchronously: thousands of small files read with an `await` per listing, stat and read spent
 * most of their time waiting on the thread pool (3,000 files: 0.83 s, now 0.10 s), and generating
 * has nothing else to do meanwhile.
 */
export async function readSchemaFolder(dir: string, annotations: readonly string[] = []): Promise<ReadResult> {
  const problems: Problem[] = annotationProblems(annotations);
  if (problems.length > 0) return { documents: [], problems, notes: [], locate: (problem) => problem };
  const declared = new Set(annotations);
  const folder = path.resolve(dir);
  const listed = listFolder(folder, (name) => name.endsWith('.json'));
  problems.push(...listed.problems.map(listingProblem));
  const listing = listed.files;
  if (problems.length === 0 && listing.length === 0) {
    problems.push({ file: '.', pointer: '', message: 'no *.json schema files in this folder; point --schemas at a folder of JSON Schemas' });
  }
  const documents: SchemaDocument[] = [];
  const notes: Problem[] = [];
  const moves = new Map<string, readonly Move[]>();
  for (const file of listing) {
    const absolutePath = path.join(folder, ...file.split('/'));
    const text = attempt(
      () => readUtf8Sync(absolutePath),
      (error) => problems.push({ file, pointer: '', message: `cannot read the file: ${unreadableFile(absolutePath, error)}` }),
    );
    if (text === undefined) continue;
    const parsed = parseJson(text);
    if (!parsed.ok) {
      problems.push({ file, pointer: '', message: `not valid JSON: ${parsed.message}${parsed.message.includes(' at line ') ? '; fix the syntax at that position' : ''}` });
      continue;
    }
    const deepest = tooDeep(parsed.value);
    if (deepest !== undefined) {
      problems.push({ file, pointer: deepest, message: `nests more than ${MAX_NESTING} levels deep; callgen reads at most ${MAX_NESTING} (its output must stay within what compilers and formatters handle): move inner schemas to "$defs" and refer to them with "$ref"` });
      continue;
    }
    dropAnnotations(parsed.value, declared);
    const reading = readAsDeclared(parsed.value, file);
    readNumberFormats(parsed.value);
    if (reading.moves.length > 0) moves.set(file, reading.moves);
    notes.push(...reading.notes);
    documents.push({ file, absolutePath, root: parsed.value });
  }
  const locate = (problem: Problem): Problem => {
    const moved = moves.get(problem.file);
    return moved === undefined ? problem : { ...problem, pointer: locateMoved(moved, problem.pointer) };
  };
  return { documents, problems, notes, locate };
}

/** Declared annotations that are keywords callgen reads (or refuses): a caller of the API may pass any. */
function annotationProblems(annotations: readonly string[]): Problem[] {
  return annotations.flatMap((key) => {
    const refusal = annotationRefusal(key);
    return refusal === undefined ? [] : [{ file: '.', pointer: '', message: refusal }];
  });
}

/** How deep JSON values may nest in a schema file: about 60 levels of inline schemas. */
export const MAX_NESTING = 128;

/** The pointer of the first value nested deeper than `MAX_NESTING`, found without recursion; undefined when none is. */
export function tooDeep(root: unknown): string | undefined {
  const stack: [value: unknown, pointer: string, depth: number][] = [[root, '', 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [value, pointer, depth] = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_NESTING) return pointer;
    for (const [key, child] of Object.entries(value)) stack.push([child, pointerChild(pointer, key), depth + 1]);
  }
  return undefined;
}

/** What `read` returns, or undefined after `failed` has been told why it threw. */
function attempt<T>(read: () => T, failed: (error: unknown) => void): T | undefined {
  try {
    return read();
  } catch (error) {
    failed(error);
    return undefined;
  }
}

/** A folder the listing could not read, or a link it would not follow, as a problem naming it. */
function listingProblem({ entry, kind, error }: ListingProblem): Problem {
  if (kind === 'loop') {
    return { file: entry, pointer: '', message: 'is a link to a folder that holds it, so its files would be read without end; link to a folder outside the schema folder (and outside the folders it is in), or remove the link' };
  }
  return { file: entry, pointer: '', message: `cannot read the ${entry === '.' ? 'schema folder' : 'folder'}: ${whyUnreadable(error, 'folder')}` };
}

/** Why a listed file cannot be read; a link that leads nowhere says where it leads. */
function unreadableFile(file: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const link = code === 'ENOENT' && attempt(() => lstatSync(file).isSymbolicLink(), () => undefined) === true;
  const target = link ? attempt(() => readlinkSync(file), () => undefined) : undefined;
  return target === undefined ? whyUnreadable(error, 'file') : `it is a link to ${target}, which does not exist (ENOENT)`;
}

type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Strict JSON (schemas are authored, not scraped), with the error position as line and column. A
 * key repeated in one object is refused too: JSON.parse would keep the last value and drop the
 * other without a word (a second "properties" would hide the first), as the YAML reader refuses.
 */
export function parseJson(text: string): JsonParse {
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return { ok: false, message: `the file is ${json === '' ? 'empty' : 'blank'}: it holds no JSON value` };
  try {
    const value: unknown = JSON.parse(json);
    const repeated = repeatedKey(json);
    return repeated === undefined ? { ok: true, value } : { ok: false, message: repeated };
  } catch (error) {
    return { ok: false, message: syntaxError(reason(error), json) };
  }
}

/**
 * JSON.parse's message with its position said once, as line and column: Node 20 gives an offset
 * ("at position 7"), Node 22 adds "(line 1 column 8)". Text that ends too soon has neither, so it
 * is placed at the end; a message that quotes the text instead ("Unexpected token ']', "[1,]" is
 * not valid JSON") is replaced by what the tolerant reader finds there, with its position.
 */
function syntaxError(message: string, json: string): string {
  const position = /position (\d+)/.exec(message);
  const bare = message.replace(/ (?:in JSON )?at position \d+.*$/s, '');
  if (position?.[1] !== undefined) return `${bare} at ${lineAndColumn(json, Number(position[1]))}`;
  if (message.startsWith('Unexpected end of JSON input')) return `${bare} at ${lineAndColumn(json, json.trimEnd().length)} (the text ends before the value does)`;
  const read = readTolerantJson(json);
  if (!read.ok) return `${read.error.message} at line ${read.error.line}, column ${read.error.column}`;
  const [first] = read.repairs;
  return first === undefined ? message : `${first.what.replace(/^removed /, '')} at line ${first.line}, column ${first.column}, which strict JSON does not allow`;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** Where strict JSON repeats a key in one object, the first time; undefined when it does not. */
function repeatedKey(json: string): string | undefined {
  // Of the tolerant reader's repairs, only a repeated key can occur in text JSON.parse accepted.
  const [first] = tolerantRepairs(json);
  if (first === undefined) return undefined;
  const name = /^"(?:[^"\\]|\\.)*"/.exec(json.split('\n')[first.line - 1]?.slice(first.column - 1) ?? '')?.[0] ?? 'a key';
  return `${name} is repeated in one object at line ${first.line}, column ${first.column} (JSON.parse would keep only the last value)`;
}

/** The error's message, led by its code (`ENOENT: ...`); Node's file errors already begin with it. */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return code === undefined || error.message.startsWith(`${code}:`) ? error.message : `${code}: ${error.message}`;
}
