import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../diagnostics.js';
import { display, EXIT_FOUND_WANTING, EXIT_OK, EXIT_USAGE, UsageError, type Command } from './command.js';

/** The curated schemas that ship with callgen: the default when no --schemas is given. */
export const BUNDLED_SCHEMAS = fileURLToPath(new URL('../../schemas', import.meta.url));

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Generate types, builders and validators from a folder of JSON Schemas.',
  usage: 'callgen generate [--schemas <dir>] [--out <dir>] [--check] [--timings]',
  optionHelp: [
    ['--schemas <dir>', "folder of JSON Schemas (default: callgen's curated Graph call schemas)"],
    ['--out <dir>', 'output folder (default: generated)'],
    ['--check', 'write nothing; exit 1 and show what differs when the output folder is stale'],
    ['--timings', 'print the time of each stage on stderr'],
  ],
  options: {
    schemas: { type: 'string' },
    out: { type: 'string' },
    check: { type: 'boolean' },
    timings: { type: 'boolean' },
  },
  allowPositionals: false,
  run: async ({ values }, io) => {
    const schemas = typeof values['schemas'] === 'string' ? path.resolve(io.cwd, values['schemas']) : BUNDLED_SCHEMAS;
    const out = path.resolve(io.cwd, typeof values['out'] === 'string' ? values['out'] : 'generated');
    refuseOverlap(schemas, out);
    // Loaded here, so that the other commands start without ts-morph and prettier.
    const [{ generate }, { compareOutput, writeOutput }] = await Promise.all([import('../pipeline.js'), import('../output/write.js')]);
    const result = await generate({ schemas, out });
    if (values['timings'] === true) {
      io.err(`${Object.entries(result.timings).map(([stage, ms]) => `${stage} ${ms.toFixed(1)} ms`).join(', ')}\n`);
    }
    if (!result.ok) {
      const folder = display(io.cwd, schemas);
      const located = result.problems.map((p) => ({ ...p, file: p.file === '.' ? folder : path.posix.join(folder, p.file) }));
      io.err(`${located.map(formatProblem).join('\n')}\n\n${result.problems.length} problem(s) in ${folder}; nothing was written.\n`);
      return EXIT_USAGE;
    }
    const where = display(io.cwd, out);
    if (values['check'] === true) {
      const differences = await compareOutput(out, result.files);
      if (differences.length === 0) {
        io.out(`${where} is up to date (${result.files.length} files).\n`);
        return EXIT_OK;
      }
      const details = differences.map((d) => `${d.change} ${path.posix.join(where, d.path)}${d.diff === '' ? '' : `\n${indent(d.diff)}`}`);
      io.err(`${where} is stale: run \`callgen generate\` to update it.\n${details.join('\n')}\n`);
      return EXIT_FOUND_WANTING;
    }
    try {
      await writeOutput(out, result.files);
    } catch (error) {
      io.err(`cannot write ${where}: ${error instanceof Error ? error.message : String(error)}; the files there were left as they were.\n`);
      return EXIT_USAGE;
    }
    io.out(`Wrote ${result.files.length} files to ${where} from ${result.model.types.length} types.\n`);
    return EXIT_OK;
  },
};

/** Writing into the schema folder (or around it) would mix output with input, or delete it. */
function refuseOverlap(schemas: string, out: string): void {
  const inside = (child: string, parent: string): boolean => {
    const relative = path.relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  if (inside(schemas, out) || inside(out, schemas)) {
    throw new UsageError(`--out ${out} overlaps the schema folder ${schemas}; choose an output folder outside it`);
  }
}


function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
