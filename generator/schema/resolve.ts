import $RefParser from '@apidevtools/json-schema-ref-parser';
import path from 'node:path';
import { problemAt, type Problem, type Source } from '../diagnostics.js';
import type { SchemaDocument } from './read.js';
import { isJsonObject, walkSchemas, type JsonObject } from './walk.js';

/** Every schema node of the folder, by identity, with where it stands; and each `$ref`'s target. */
export interface ResolvedSchemas {
  readonly documents: readonly SchemaDocument[];
  /** The object a `$ref` node points at (after following chains of `$ref`s). */
  readonly targetOf: ReadonlyMap<JsonObject, unknown>;
  /** Where each schema object stands; targets of `$ref`s are found here by identity. */
  readonly sourceOf: ReadonlyMap<unknown, Source>;
}

const ROOT_NAME = '__callgen_folder__.json';

/**
 * Resolves every `$ref` with json-schema-ref-parser, reading only the documents already in memory:
 * nothing outside the schema folder is read and nothing is fetched over the network. Targets stay
 * shared objects, so recursive schemas are safe and named types keep their identity.
 */
export async function resolveRefs(folder: string, documents: readonly SchemaDocument[]): Promise<{ resolved: ResolvedSchemas; problems: Problem[] }> {
  const byPath = new Map(documents.map((d) => [d.absolutePath, d]));
  const sourceOf = new Map<unknown, Source>();
  for (const document of documents) {
    walkSchemas(document.root, { file: document.file, pointer: '' }, (node, source) => {
      if (typeof node === 'object' && node !== null && !sourceOf.has(node)) sourceOf.set(node, source);
    });
  }
  const rootPath = path.join(path.resolve(folder), ROOT_NAME);
  const root = { $defs: Object.fromEntries(documents.map((d, i) => [String(i), { $ref: encodeURI(d.file) }])) };
  const parser = new $RefParser();
  await parser
    .resolve(rootPath, root, {
      continueOnError: true,
      resolve: {
        file: false,
        http: false,
        memory: {
          order: 1,
          canRead: true,
          read: (file: { url: string }) => {
            if (!byPath.has(decodeURI(file.url))) throw new Error(`not in the schema folder: ${file.url}`);
            return '';
          },
        },
      },
      parse: {
        json: false,
        yaml: false,
        text: false,
        binary: false,
        memory: { order: 1, canParse: true, parse: (file: { url: string }) => byPath.get(decodeURI(file.url))?.root },
      },
    } as never)
    // Unreadable targets are reported below, precisely, at each `$ref` that names them.
    .catch(() => undefined);

  const targetOf = new Map<JsonObject, unknown>();
  const problems: Problem[] = [];
  for (const document of documents) {
    walkSchemas(document.root, { file: document.file, pointer: '' }, (node, source) => {
      if (!isJsonObject(node) || !('$ref' in node)) return;
      const ref = node['$ref'];
      if (typeof ref !== 'string') {
        problems.push(problemAt(source, '"$ref" must be a string'));
        return;
      }
      const target = lookUp(parser, document, ref, byPath, folder);
      if (target.ok) targetOf.set(node, target.value);
      else problems.push(problemAt(source, target.message));
    });
  }
  return { resolved: { documents, targetOf, sourceOf }, problems };
}

type LookUp = { ok: true; value: unknown } | { ok: false; message: string };

function lookUp(parser: $RefParser, document: SchemaDocument, ref: string, byPath: ReadonlyMap<string, SchemaDocument>, folder: string): LookUp {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
    return { ok: false, message: `"$ref": "${ref}" is an absolute URI; callgen does not fetch schemas, so use a path relative to this file` };
  }
  const [filePart = '', fragment] = ref.split('#', 2);
  const targetPath = filePart === '' ? document.absolutePath : path.resolve(path.dirname(document.absolutePath), decodeURI(filePart));
  if (!byPath.has(targetPath)) {
    const inside = !path.relative(path.resolve(folder), targetPath).startsWith('..');
    return {
      ok: false,
      message: inside
        ? `"$ref": "${ref}" names a file that is not in the schema folder (or is not a readable *.json schema); check the path`
        : `"$ref": "${ref}" points outside the schema folder; copy that schema into the folder and refer to it there`,
    };
  }
  if (fragment !== undefined && fragment !== '' && !fragment.startsWith('/')) {
    return { ok: false, message: `"$ref": "${ref}" uses a plain-name fragment; use a JSON Pointer fragment such as #/$defs/name` };
  }
  try {
    const value = parser.$refs.get(`${encodeURI(targetPath)}#${fragment ?? ''}`);
    return value === undefined ? { ok: false, message: `"$ref": "${ref}" points at nothing` } : { ok: true, value };
  } catch (error) {
    return { ok: false, message: `"$ref": "${ref}" cannot be resolved: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}
