import path from 'node:path';
import { pointerChild, type Problem } from '../diagnostics.js';
import type { ReadResult } from '../schema/read.js';
import { isReadDraft } from '../schema/drafts.js';
import { isJsonObject } from '../schema/walk.js';
import { DocumentSet, valueAt, type LoadedDocument } from './documents.js';
import { operationsFile, TABLE_METHODS } from './operations.js';
import { OPERATIONS_MODULE_TYPES } from '../model/operations.js';
import { Roots, sourceOf, type Root } from './roots.js';
import { OPENAPI_DIALECTS, translateSchema } from './schema.js';
import { setOwn } from '../json/own.js';

/** What reading an OpenAPI document yields: the schema documents a folder would, and the way back to the file. */
export interface OpenApiRead extends ReadResult {
  /** The folder the generated documents (and every problem's file) are relative to: the document's own. */
  readonly folder: string;
  /** Extensions of other tools and OpenAPI annotations left out, each where it stood. */
  readonly notes: readonly Problem[];
  /** A problem found in a generated document, placed where it stands in the files read. */
  readonly locate: (problem: Problem) => Problem;
}

const COMPONENT_KEY = /^[A-Za-z0-9._-]+$/;
/**
 * A key OpenAPI does not allow but callgen reads, with a note: letters of other scripts (`顧客`,
 * `Café`), which type names keep, or the brackets and commas generic types leave in generated
 * names (springdoc's `Result«Page«User»»`, `Map«string,object»`). Not whitespace, nor a character
 * a `$ref`'s URI gives a meaning (`/`, `#`, `?`, `%`, `\`).
 */
const READ_COMPONENT_KEY = /^[^\s/#?%\\]+$/u;

/**
 * Reads an OpenAPI 3.0 or 3.1 document (YAML or JSON) and the files its `$ref`s name, and yields one
 * schema document per component schema and per inline body, plus the operations file, in callgen's
 * dialect: the same resolved schemas a schema folder gives. Nothing after this knows where they came from.
 */
export function readOpenApi(file: string): OpenApiRead {
  const absolute = path.resolve(file);
  const folder = path.dirname(absolute);
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const documents = new DocumentSet(folder, problems);
  const roots = new Roots(documents, problems);
  const result = (schemaDocuments: ReadResult['documents']): OpenApiRead => ({ documents: schemaDocuments, problems, notes, folder, locate: (p) => roots.locate(p) });
  const main = documents.load(absolute, true);
  if (main === undefined) return result([]);
  checkDialect(main, problems);
  // Components are named before the operations file is read, so the names it exports are kept from the start.
  if (hasOperations(main)) roots.reserve(OPERATIONS_MODULE_TYPES, 'which the operations table exports');
  addComponents(main, roots, problems, notes);
  const operations = operationsFile({ document: main, pointer: '' }, { roots, problems, notes });
  // Translating a root refers to others; the roots those references need are made and translated in turn.
  do {
    for (let i = 0; i < roots.all.length; i++) {
      const root = roots.all[i] as Root;
      if (root !== operations && root.translated === undefined) translateRoot(root, roots, problems, notes);
    }
  } while (roots.settle());
  roots.finish();
  notes.push(...roots.renamed);
  const schemaDocuments = roots.schemaDocuments().filter((d) => d.root !== undefined);
  if (schemaDocuments.length === 0 && problems.length === 0) {
    problems.push({ file: main.file, pointer: '', message: 'describes no JSON bodies: no "components.schemas", and no operation with a JSON request or response body' });
  }
  return result(schemaDocuments);
}

/** Whether any path item has an operation the table holds (a `$ref`ed item is counted as one that may). */
function hasOperations(main: LoadedDocument): boolean {
  const paths = valueAt(main.root, '/paths');
  if (!isJsonObject(paths)) return false;
  return Object.values(paths).some((item) => isJsonObject(item) && ('$ref' in item || TABLE_METHODS.some((method) => isJsonObject(item[method]))));
}

function checkDialect(main: LoadedDocument, problems: Problem[]): void {
  const dialect = isJsonObject(main.root) ? main.root['jsonSchemaDialect'] : undefined;
  // OpenAPI 3.1's own default dialect is 2020-12 with its vocabulary (discriminator, xml, example), which the reader translates.
  // An older draft callgen reads (draft-04 to 2019-09) is read as a schema file declaring it is (schema.ts, asDeclared).
  if (dialect !== undefined && (typeof dialect !== 'string' || !(OPENAPI_DIALECTS.includes(dialect.replace(/#$/, '')) || isReadDraft(dialect)))) {
    problems.push({ file: main.file, pointer: '/jsonSchemaDialect', message: `"jsonSchemaDialect" must be ${OPENAPI_DIALECTS.join(' or ')}, or a draft callgen reads (draft-04 to 2019-09), or be left out` });
  }
}

/** Every component schema of the main document is a named type, as every file of a schema folder is. */
function addComponents(main: LoadedDocument, roots: Roots, problems: Problem[], notes: Problem[]): void {
  const schemas = valueAt(main.root, '/components/schemas');
  if (schemas === undefined) return;
  if (!isJsonObject(schemas)) {
    problems.push({ file: main.file, pointer: '/components/schemas', message: '"schemas" must map names to schemas' });
    return;
  }
  for (const key of Object.keys(schemas)) {
    const pointer = pointerChild('/components/schemas', key);
    if (!COMPONENT_KEY.test(key) && READ_COMPONENT_KEY.test(key)) {
      notes.push({ file: main.file, pointer, message: `"${key}" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"); it is read all the same` });
    } else if (!COMPONENT_KEY.test(key)) {
      const message = `"${key}" is not a component name OpenAPI allows (ASCII letters, digits, ".", "-", "_"), nor one callgen reads: whitespace, "/", "#", "?", "%" and "\\" have a meaning in a "$ref"`;
      problems.push({ file: main.file, pointer, message });
      continue;
    }
    roots.add({ document: main, pointer }, `components/schemas/${key}`, key);
  }
}

function translateRoot(root: Root, roots: Roots, problems: Problem[], notes: Problem[]): void {
  const node = valueAt(root.origin.document.root, root.origin.pointer);
  const anchor = root.anchors[0];
  if (anchor === undefined) return;
  const context = { roots, version: root.origin.document.version ?? '3.1', file: root.file, anchor, problems, notes } as const;
  const given = translateSchema(node, root.origin, '', context);
  // A boolean schema (3.1: a component or a body `true` or `false`) is a named type like any other: any value, or none.
  const translated = given === true ? {} : given === false ? { not: {} } : given;
  if (!isJsonObject(translated)) {
    problems.push({ ...sourceOf(root.origin), message: 'a schema must be an object or true/false' });
    root.translated = translated;
    return;
  }
  if (root.title !== undefined) entitle(translated, root.title, root.extra);
  root.translated = translated;
}

/**
 * Puts the type's name (and callgen's extensions for it) first in its translated root, in place: a
 * root that is only a `$ref` (`Base: { $ref: Compact }`) is the very object whose `$ref` text
 * `Roots.finish` writes later, so a copy would keep it empty, a reference to itself.
 */
function entitle(translated: Record<string, unknown>, title: string, extra: Record<string, unknown>): void {
  const rest = Object.keys(translated)
    .filter((key) => key !== 'title')
    .map((key) => [key, translated[key]] as const);
  for (const key of Object.keys(translated)) delete translated[key];
  for (const [key, value] of [['title', title] as const, ...Object.entries(extra), ...rest]) setOwn(translated, key, value);
}
