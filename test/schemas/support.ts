import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// Helpers shared by the tests of the curated schemas. They read schemas/ directly and use Ajv as an
// independent validator: nothing here goes through callgen's own generator.

export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));
export const REFERENCE_FILE = fileURLToPath(new URL('../reference/graph-types.json', import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL('../corpus/graph-docs/', import.meta.url));
export const BASE_URI = 'https://schemas.callgen.dev/graph/';
export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The `x-` keywords of schemas/README.md: annotations to a standard validator. */
export const X_KEYWORDS = ['x-graph-versions', 'x-enum-versions', 'x-open-enum', 'x-response-only-members', 'x-nullable-in-request', 'x-request-body', 'x-drift-decisions'] as const;

export type Json = null | boolean | number | string | readonly Json[] | JsonObject;
export type JsonObject = { readonly [key: string]: Json };

export interface SchemaFile {
  /** File name, such as `call.json`. */
  readonly file: string;
  /** File name without `.json`: the Graph type name. */
  readonly name: string;
  readonly path: string;
  readonly schema: JsonObject;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every schema file (a type) of schemas/. Operations files (`x-operations` and annotations only)
 * define no type and are left out; `loadOperationsFiles` reads them.
 */
export function loadSchemas(): SchemaFile[] {
  return loadJsonFiles().filter((file) => !isOperationsFile(file.schema));
}

/** The files of schemas/ that declare operations and no type. */
export function loadOperationsFiles(): SchemaFile[] {
  return loadJsonFiles().filter((file) => isOperationsFile(file.schema));
}

const OPERATIONS_FILE_KEYS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'x-operations']);

function isOperationsFile(schema: JsonObject): boolean {
  return 'x-operations' in schema && Object.keys(schema).every((key) => OPERATIONS_FILE_KEYS.has(key));
}

function loadJsonFiles(): SchemaFile[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const full = path.join(SCHEMA_DIR, file);
      const schema: unknown = JSON.parse(readFileSync(full, 'utf8'));
      if (!isObject(schema)) throw new Error(`${file}: not a JSON object`);
      return { file, name: file.slice(0, -'.json'.length), path: full, schema };
    });
}

const SINGLE = ['items', 'additionalProperties'] as const;
const LISTS = ['oneOf', 'anyOf', 'allOf'] as const;
const MAPS = ['properties', '$defs'] as const;

/** Every schema node below `node` with its JSON pointer, parents first. */
export function walk(node: Json, pointer = ''): { node: Json; pointer: string }[] {
  const found = [{ node, pointer }];
  if (!isObject(node)) return found;
  for (const keyword of SINGLE) {
    const child = node[keyword];
    if (child !== undefined) found.push(...walk(child, `${pointer}/${keyword}`));
  }
  for (const keyword of LISTS) {
    const list = node[keyword];
    if (Array.isArray(list)) list.forEach((child: Json, i: number) => found.push(...walk(child, `${pointer}/${keyword}/${i}`)));
  }
  for (const keyword of MAPS) {
    const map = node[keyword];
    if (isObject(map)) for (const [key, child] of Object.entries(map)) found.push(...walk(child, `${pointer}/${keyword}/${escape(key)}`));
  }
  return found;
}

function escape(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

type AddFormats = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
export const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

/**
 * Ajv 2020-12 in strict mode, the x- keywords registered as annotations, formats on, all errors,
 * every curated schema added under its `$id`. `strictRequired` stays off: "at least one of" is
 * written as `anyOf` branches that list a property declared by the enclosing object.
 */
export function createAjv(schemas: readonly SchemaFile[] = loadSchemas()): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  ajv.addVocabulary([...X_KEYWORDS]);
  for (const { schema } of schemas) ajv.addSchema(schema);
  return ajv;
}

/** Ajv's errors as unique `instancePath keyword` pairs, sorted: what the expectation tables list. */
export function errorPairs(errors: readonly { instancePath: string; keyword: string }[] | null | undefined): string[] {
  return [...new Set((errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`))].sort();
}
