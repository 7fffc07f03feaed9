import { BUNDLED_SCHEMAS } from '../config/targets.js';
import { formatProblem } from '../diagnostics.js';
import type { DriftItem, DriftReport } from '../drift/index.js';
import { unknownKeysSummary } from '../schema/refusals.js';
import { annotationHelp, ANNOTATION_OPTION, checkedAnnotations, display, EXIT_FOUND_WANTING, EXIT_OK, EXIT_USAGE, inFolder, pathOption, UsageError, type Command } from './command.js';
import { apiVersionOption } from './generate.js';

export const driftCommand: Command = {
  name: 'drift',
  usage: 'callgen drift --metadata <csdl.xml> --api-version v1.0|beta [--schemas <dir>] [--annotation <key>]... [--json]',
  optionHelp: [
    ['--metadata <file>', "Graph's CSDL metadata (the $metadata XML of one API version, or a slice of it)"],
    ['--api-version <v>', 'the API version the metadata describes: v1.0 or beta'],
    ['--schemas <dir>', "folder of JSON Schemas (default: callgen's curated Graph call schemas)"],
    annotationHelp(false),
    ['--json', 'print the report as one JSON object'],
  ],
  options: {
    metadata: { type: 'string' },
    'api-version': { type: 'string' },
    schemas: { type: 'string' },
    ...ANNOTATION_OPTION,
    json: { type: 'boolean' },
  },
  exits: '0 nothing undecided; 1 a difference not decided in x-drift-decisions; 2 a usage error or unreadable input (malformed XML: line and column)',
  allowPositionals: false,
  run: async ({ values }, io) => {
    const metadata = pathOption(values, 'metadata', io.cwd);
    if (metadata === undefined) throw new UsageError('--metadata <csdl.xml> is required');
    const apiVersion = apiVersionOption(values['api-version']);
    if (apiVersion === undefined) throw new UsageError('--api-version is required: the version the metadata describes (v1.0 or beta)');
    const schemas = pathOption(values, 'schemas', io.cwd) ?? BUNDLED_SCHEMAS;
    const annotations = checkedAnnotations(values);
    // Loaded here, so that the other commands start without the XML parser and the model.
    const { drift } = await import('../drift/index.js');
    const result = await drift({ schemas, metadata, apiVersion, annotations });
    if (!result.ok) {
      const located = result.problems.map((p) => (p.file === metadata ? `${display(io.cwd, metadata)}: ${p.message}` : formatProblem(inFolder(io.cwd, schemas)(p))));
      io.err(`${located.join('\n')}\n\n${located.length} problem(s); nothing was compared.\n${unknownKeysSummary(result.problems)}`);
      return EXIT_USAGE;
    }
    const { report } = result;
    io.out(values['json'] === true ? `${JSON.stringify(jsonReport(report, display(io.cwd, metadata)), null, 2)}\n` : textReport(report, display(io.cwd, metadata)));
    return report.items.some((i) => i.decision === undefined) ? EXIT_FOUND_WANTING : EXIT_OK;
  },
};

function jsonReport(report: DriftReport, metadata: string): object {
  const undecided = report.items.filter((i) => i.decision === undefined).length;
  return { metadata, apiVersion: report.version, undecided, decided: report.items.length - undecided, ...report };
}

/** Grouped by type, undecided items first within each; a summary line at the end. */
export function textReport(report: DriftReport, metadata: string): string {
  const byType = new Map<string, DriftItem[]>();
  for (const item of report.items) byType.set(item.type, [...(byType.get(item.type) ?? []), item]);
  const lines: string[] = [];
  for (const [type, items] of byType) {
    lines.push(`${type} (${items[0]?.file ?? ''})`);
    for (const item of [...items].sort((a, b) => Number(a.decision !== undefined) - Number(b.decision !== undefined))) {
      lines.push(item.decision === undefined ? `  DRIFT    ${item.key}: ${type} ${item.message}` : `  decided  ${item.key}: ${type} ${item.message}\n           because: ${item.decision}`);
    }
  }
  if (report.notCompared.length > 0) lines.push(`not compared (the metadata names them without defining them, or no type it defines leads to them): ${report.notCompared.join(', ')}`);
  if (report.unusedDecisions.length > 0) lines.push(`decisions that match nothing in this metadata: ${report.unusedDecisions.join('; ')}`);
  const undecided = report.items.filter((i) => i.decision === undefined).length;
  lines.push(`${undecided} undecided, ${report.items.length - undecided} decided against ${metadata} (${report.version}).`);
  return `${lines.join('\n')}\n`;
}
