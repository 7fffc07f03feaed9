import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLED_SCHEMAS } from '../config/targets.js';
import { formatProblem, sortProblems, type Problem } from '../diagnostics.js';
import { prepareFolder } from '../output/destination.js';
import { readSchemaFolder } from '../schema/read.js';
import { resolveRefs } from '../schema/resolve.js';
import { unknownKeysSummary } from '../schema/refusals.js';
import { fileOverlap, overlapMessage, shownFrom } from './overlap.js';
import { annotationHelp, ANNOTATION_OPTION, checkedAnnotations, display, EXIT_OK, EXIT_USAGE, inFolder, pathOption, UsageError, type Command } from './command.js';

export type ExportResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * A schema folder as an OpenAPI 3.1 document (YAML when `file` ends in .yaml or .yml, else JSON).
 * The folder is checked as `generate` checks it first, so only a folder that generates is exported.
 * Keys declared as annotations of other tools are left out of the document, as they are of the code.
 */
export async function exportFolder(schemas: string, file?: string, annotations: readonly string[] = []): Promise<ExportResult> {
  // Loaded here, not with the CLI: the exporter and its YAML writer serve this command alone.
  const [{ loadModel }, { documentText, exportOpenApi }] = await Promise.all([import('../pipeline.js'), import('../openapi/export.js')]);
  const loaded = await loadModel({ schemas, out: path.join(schemas, '..', 'generated'), annotations });
  if (!loaded.ok) return loaded;
  const { documents } = await readSchemaFolder(schemas, annotations);
  // `$ref`s are written as pointers to what they resolve to: some answer only to the folder's `$id`s.
  const { resolved } = await resolveRefs(schemas, documents);
  const { document, problems } = exportOpenApi(documents, path.basename(path.resolve(schemas)), resolved);
  return problems.length > 0 ? { ok: false, problems: sortProblems(problems) } : { ok: true, text: documentText(document, file) };
}

export const exportCommand: Command = {
  name: 'export',
  usage: 'callgen export --openapi [--schemas <dir>] [--annotation <key>]... [--out <file.json|file.yaml>]',
  optionHelp: [
    ['--openapi', 'the format to export (the only one)'],
    ['--schemas <dir>', "folder of JSON Schemas (default: callgen's curated Graph call schemas)"],
    annotationHelp(false),
    ['--out <file>', 'write the document here (YAML for .yaml/.yml, else JSON); default: standard output, JSON'],
  ],
  options: { openapi: { type: 'boolean' }, schemas: { type: 'string' }, out: { type: 'string' }, ...ANNOTATION_OPTION },
  exits: '0 exported; 2 a usage error, a schema folder that does not generate, or a file that cannot be written (nothing is exported)',
  allowPositionals: false,
  run: async ({ values }, io) => {
    if (values['openapi'] !== true) throw new UsageError('say which format to export: --openapi');
    const schemas = pathOption(values, 'schemas', io.cwd) ?? BUNDLED_SCHEMAS;
    const out = typeof values['out'] === 'string' ? path.resolve(io.cwd, values['out']) : undefined;
    const annotations = checkedAnnotations(values);
    const overlap = out === undefined ? undefined : await fileOverlap(schemas, out, shownFrom(io.cwd));
    if (out !== undefined && overlap !== undefined) {
      // Inside the folder it would be read as a schema the next time, or overwrite one.
      io.err(`callgen export: --out ${overlapMessage(display(io.cwd, out), overlap, 'a file')}; nothing was exported.\n`);
      return EXIT_USAGE;
    }
    const result = await exportFolder(schemas, out, annotations);
    if (!result.ok) {
      const folder = display(io.cwd, schemas);
      const located = result.problems.map(inFolder(io.cwd, schemas));
      io.err(`${located.map(formatProblem).join('\n')}\n\n${located.length} problem(s) in ${folder}; nothing was exported.\n${unknownKeysSummary(result.problems)}`);
      return EXIT_USAGE;
    }
    if (out === undefined) {
      io.out(result.text);
      return EXIT_OK;
    }
    const unwritable = await writeDocument(out, result.text);
    if (unwritable !== undefined) {
      io.err(`cannot write ${display(io.cwd, out)}: ${unwritable}; nothing was exported.\n`);
      return EXIT_USAGE;
    }
    io.err(`Wrote ${display(io.cwd, out)}.\n`);
    return EXIT_OK;
  },
};

/**
 * Writes the document whole or not at all: missing folders are created as `generate` creates its
 * output folder, and the text goes to a temporary file beside the document that is renamed into
 * place. Why it cannot be written (a folder where the file goes, a file where a folder must be, a
 * read-only mount, permissions) is the user's situation, returned as text.
 */
async function writeDocument(file: string, text: string): Promise<string | undefined> {
  if ((await stat(file).catch(() => undefined))?.isDirectory() === true) return 'it is a folder; name the file to write (.json, .yaml or .yml)';
  const staged = `${file}.${process.pid}.tmp`;
  try {
    await prepareFolder(path.dirname(file));
    await writeFile(staged, text);
    await rename(staged, file);
    return undefined;
  } catch (error) {
    await rm(staged, { force: true }).catch(() => undefined);
    return error instanceof Error ? error.message : String(error);
  }
}
