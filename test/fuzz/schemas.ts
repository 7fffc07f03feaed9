import { isObject, loadSchemas, type Json, type JsonObject, type SchemaFile } from '../schemas/support.js';

// The curated schemas as the fuzzer reads them: indexed by `$id`, with `$ref` resolution. Nothing
// here goes through callgen's generator; the schemas are read as JSON, as Ajv reads them.

export type { Json, JsonObject, SchemaFile };
export { isObject };

export type Mode = 'request' | 'response';

/** Keywords that only annotate: they never change whether a value is valid. */
export const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'deprecated',
  'readOnly',
  'x-graph-versions',
  'x-enum-versions',
  'x-open-enum',
  'x-nullable-in-request',
  'x-request-body',
  'x-drift-decisions',
]);

/** A schema node together with the `$id` of the file it sits in, against which its `$ref`s resolve. */
export interface Located {
  readonly node: Json;
  readonly base: string;
}

export class SchemaSet {
  readonly files: readonly SchemaFile[];
  readonly #byId = new Map<string, SchemaFile>();

  constructor(files: readonly SchemaFile[] = loadSchemas()) {
    this.files = files;
    for (const file of files) this.#byId.set(idOf(file), file);
  }

  /** The file with this title (the Graph type name), such as `call`. */
  byTitle(title: string): SchemaFile {
    const file = this.files.find((f) => f.schema['title'] === title);
    if (file === undefined) throw new Error(`no curated schema has the title ${title}`);
    return file;
  }

  root(file: SchemaFile): Located {
    return { node: file.schema, base: idOf(file) };
  }

  /** The file that holds a located node's `$id` base. */
  fileOf(base: string): SchemaFile {
    const file = this.#byId.get(base);
    if (file === undefined) throw new Error(`no curated schema has the $id ${base}`);
    return file;
  }

  /** Resolves a `$ref` (a relative file, optionally with a JSON Pointer fragment). */
  resolve(ref: string, base: string): Located {
    const url = new URL(ref, base);
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    const id = url.href;
    const file = this.fileOf(id);
    return { node: pointerGet(file.schema, fragment, ref), base: id };
  }

  /** Follows `$ref`s until a node without one; the node's own siblings must be annotations only. */
  deref(located: Located): Located {
    let current = located;
    for (let hops = 0; hops < 64; hops++) {
      const { node } = current;
      if (!isObject(node) || typeof node['$ref'] !== 'string') return current;
      const siblings = Object.keys(node).filter((k) => k !== '$ref' && !ANNOTATIONS.has(k));
      if (siblings.length > 0) throw new Error(`$ref with constraining siblings (${siblings.join(', ')}) is not supported by the fuzzer`);
      current = this.resolve(node['$ref'], current.base);
    }
    throw new Error('$ref chain longer than 64 hops');
  }
}

export function idOf(file: SchemaFile): string {
  const id = file.schema['$id'];
  if (typeof id !== 'string') throw new Error(`${file.file}: no $id`);
  return id;
}

function pointerGet(root: Json, pointer: string, ref: string): Json {
  if (pointer === '') return root;
  let node: Json | undefined = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) ? node[token] : Array.isArray(node) ? node[Number(token)] : undefined;
    if (node === undefined) throw new Error(`$ref ${ref}: nothing at the pointer`);
  }
  return node;
}

/** The TypeScript name of a schema title, as the generated exports spell it: `callState` → `CallState`. */
export function pascal(title: string): string {
  return title
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** The JSON types a node's `type` keyword names (none when it has no `type`). */
export function jsonTypes(node: JsonObject): string[] {
  const type = node['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}
