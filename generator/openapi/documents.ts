import path from 'node:path';
import { parseDocument, visit, type Document } from 'yaml';
import type { Problem } from '../diagnostics.js';
import { whyUnreadable } from '../fileErrors.js';
import { MAX_NESTING, parseJson, tooDeep } from '../schema/read.js';
import { isJsonObject } from '../schema/walk.js';
import { readUtf8Sync } from '../utf8.js';

/** OpenAPI 3.0 and 3.1 differ in their schemas (3.0's `nullable`, 3.1's full JSON Schema). */
export type OpenApiVersion = '3.0' | '3.1';

/** One parsed file: the OpenAPI document itself or a file one of its `$ref`s names. */
export interface LoadedDocument {
  readonly absolutePath: string;
  /** Relative to the folder of the main document, with `/` separators: how problems name it. */
  readonly file: string;
  readonly root: unknown;
  /** The OpenAPI version for an OpenAPI document; undefined for a plain schema file. */
  readonly version: OpenApiVersion | undefined;
}

/** How V8 words a stack overflow (a RangeError), which the YAML library passes on as its error. */
const STACK_OVERFLOW = 'Maximum call stack size exceeded';

/** At most this many YAML aliases per file: a few "billion laughs" lines must not fill the memory. */
const MAX_ALIASES = 1000;

/**
 * Parses YAML (1.2 core schema, so JSON is read as JSON) with duplicate keys and unknown tags
 * refused: both would change what the document means without a word. Merge keys (`<<: *base`,
 * YAML 1.1's, which js-yaml and so most OpenAPI tools read) are merged, the node's own keys first.
 */
export function parseYaml(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true, schema: 'core', merge: true });
  const first = [...document.errors, ...document.warnings][0];
  if (first !== undefined) return { ok: false, message: (first.message.split('\n')[0] ?? '').replace(/:$/, '') };
  const endless = recursiveAlias(document, text);
  if (endless !== undefined) return { ok: false, message: endless };
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** An alias inside the node its anchor names (`a: &x { b: *x }`): as a value it never ends. */
function recursiveAlias(document: Document, text: string): string | undefined {
  let found: string | undefined;
  visit(document, {
    Alias(_key, alias, ancestors) {
      const target = alias.resolve(document);
      if (target === undefined || !ancestors.includes(target)) return undefined;
      const before = text.slice(0, alias.range?.[0] ?? 0).split('\n');
      found = `the alias *${alias.source} at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1} stands inside the node its anchor names, so the value never ends; use a "$ref" instead`;
      return visit.BREAK;
    },
  });
  return found;
}

/** The files of one OpenAPI reading, each parsed once; failures become problems at the file. */
export class DocumentSet {
  private readonly byPath = new Map<string, LoadedDocument | undefined>();
  /** Why a file named by a `$ref` could not be read: reported at that `$ref`, where the mistake is. */
  readonly unreadable = new Map<string, string>();

  constructor(
    readonly folder: string,
    private readonly problems: Problem[],
  ) {}

  /** Loads a file (cached); undefined, with the problem reported, when it cannot be read or parsed. */
  load(absolutePath: string, main = false): LoadedDocument | undefined {
    if (this.byPath.has(absolutePath)) return this.byPath.get(absolutePath);
    const file = path.relative(this.folder, absolutePath).split(path.sep).join('/');
    const loaded = this.parse(absolutePath, file, main);
    this.byPath.set(absolutePath, loaded);
    return loaded;
  }

  private parse(absolutePath: string, file: string, main: boolean): LoadedDocument | undefined {
    let text: string;
    try {
      text = readUtf8Sync(absolutePath);
    } catch (error) {
      // In words, as the schema folder's reader says it (fileErrors.ts), not Node's text with the absolute path.
      const message = whyUnreadable(error, 'file');
      if (main) this.problems.push({ file, pointer: '', message: `cannot read the file: ${message}` });
      else this.unreadable.set(absolutePath, message);
      return undefined;
    }
    // A .json file is read as the folder reader reads schema files (JSON.parse is ten times faster than a YAML parser).
    const json = absolutePath.toLowerCase().endsWith('.json');
    const parsed = json ? parseJson(text) : parseYaml(text.replace(/^\uFEFF/, ''));
    if (!parsed.ok) {
      // The YAML library parses by recursion: nesting deep enough overflows its stack, which it reports as a syntax error.
      const tooDeepToParse = parsed.message.startsWith(STACK_OVERFLOW);
      const message = tooDeepToParse
        ? `nests deeper than the YAML reader can follow${parsed.message.slice(STACK_OVERFLOW.length)}; callgen reads at most ${MAX_NESTING} levels: move inner schemas to "components/schemas" and refer to them with "$ref"`
        : `not valid ${json ? 'JSON' : 'YAML or JSON'}: ${parsed.message}${parsed.message.includes(' at line ') ? '; fix the syntax there' : ''}`;
      this.problems.push({ file, pointer: '', message });
      return undefined;
    }
    // As for a schema folder: translation and code generation walk schemas by recursion.
    const deepest = tooDeep(parsed.value);
    if (deepest !== undefined) {
      this.problems.push({ file, pointer: deepest, message: `nests more than ${MAX_NESTING} levels deep; callgen reads at most ${MAX_NESTING}: move inner schemas to "components/schemas" and refer to them with "$ref"` });
      return undefined;
    }
    const version = versionOf(parsed.value, file, main, this.problems);
    if (version === null) return undefined;
    return { absolutePath, file, root: parsed.value, version };
  }
}

/** 3.0 or 3.1 for an OpenAPI document, undefined for a plain file, null (reported) when refused. */
function versionOf(root: unknown, file: string, main: boolean, problems: Problem[]): OpenApiVersion | undefined | null {
  const declared = isJsonObject(root) ? root['openapi'] : undefined;
  if (declared === undefined && !main) return undefined;
  if (typeof declared === 'string' && /^3\.0\.\d+$/.test(declared)) return '3.0';
  if (typeof declared === 'string' && /^3\.1\.\d+$/.test(declared)) return '3.1';
  const swagger = isJsonObject(root) && root['swagger'] !== undefined;
  const message =
    declared === undefined
      ? swagger
        ? 'a Swagger 2.0 document; callgen reads OpenAPI 3.0 and 3.1: convert it first (for example with swagger2openapi)'
        : 'not an OpenAPI document: it has no "openapi" field (3.0.x or 3.1.x)'
      : `"openapi": ${JSON.stringify(declared)} is not a version callgen reads (3.0.x, 3.1.x)`;
  problems.push({ file, pointer: declared === undefined ? '' : '/openapi', message });
  return null;
}

/** RFC 6901 tokens of a JSON Pointer (`/a~1b/c` → `a/b`, `c`). */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The value at a JSON Pointer, or undefined; never the prototype chain. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(token)) node = node[Number(token)];
    else if (isJsonObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}
