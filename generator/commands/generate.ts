import { planTargets, type TargetRequest } from '../config/targets.js';
import type { ApiVersion } from '../model/types.js';
import { API_VERSIONS } from '../model/versions.js';
import { buildTargets } from './build.js';
import { annotationHelp, ANNOTATION_OPTION, annotationsOf, EXIT_USAGE, UsageError, type Command, type Io, type ParsedArgs } from './command.js';
import { planFailure, report } from './report.js';
import { upToDateSkipper } from './skip.js';

export { BUNDLED_SCHEMAS } from '../config/targets.js';

export const generateCommand: Command = {
  name: 'generate',
  usage: 'callgen generate [--config <file>] [--target <name>]... [--schemas <dir> | --openapi <file>] [--out <dir>] [--api-version v1.0|beta] [--annotation <key>]... [--check | --watch] [--force] [--prettier] [--timings]',
  optionHelp: [
    ['--config <file>', 'config file with the targets to build (default: callgen.config.json in this folder or the nearest above)'],
    ['--target <name>', 'build only this target of the config file (repeatable; default: every target)'],
    ['--schemas <dir>', "folder of JSON Schemas (default: callgen's curated Graph call schemas); without --config, no config file is read"],
    ['--openapi <file>', 'an OpenAPI 3.0 or 3.1 document (YAML or JSON) to read instead of a schema folder; without --config, no config file is read'],
    ['--out <dir>', "output folder, in place of the config target's out (with several targets, name one with --target); default: each target's out, or generated when there is no config file"],
    ['--api-version <v>', "only what this Graph API version has: v1.0 or beta (default: the target's apiVersion, else both)"],
    annotationHelp(true),
    ['--check', 'write nothing; exit 1 and show what differs when an output folder is stale (a folder that generate would skip as up to date is not generated again)'],
    ['--watch', 'generate again on every change to the schemas or the config file, until Ctrl-C; schema problems are printed and the last good output kept'],
    ['--force', 'overwrite files in an output folder that callgen did not write'],
    ['--prettier', "format with prettier and your prettier config (default: callgen's own layout, no prettier)"],
    ['--timings', 'print the time of each stage on stderr'],
  ],
  options: {
    config: { type: 'string' },
    target: { type: 'string', multiple: true },
    schemas: { type: 'string' },
    openapi: { type: 'string' },
    out: { type: 'string' },
    'api-version': { type: 'string' },
    ...ANNOTATION_OPTION,
    check: { type: 'boolean' },
    watch: { type: 'boolean' },
    force: { type: 'boolean' },
    prettier: { type: 'boolean' },
    timings: { type: 'boolean' },
  },
  exits: '0 written, or nothing to write (with --check: every output folder up to date); 1 with --check, an output folder stale or a file callgen did not write in the way; 2 a usage error, a schema or config problem, or an output folder that cannot be written (nothing is written)',
  allowPositionals: false,
  run: async (parsed, io) => {
    const prettier = parsed.values['prettier'] === true;
    const request = { ...requestOf(parsed, io), ...(prettier ? { prettier } : {}) };
    if (parsed.values['watch'] !== true) return buildAndReport(request, parsed, io);
    if (parsed.values['check'] === true) throw new UsageError('--watch writes on every change; it cannot be combined with --check');
    // Flags that cannot work as given (--target with no config file) are refused before watching: no change to a watched file would fix them.
    const plan = await planTargets(request);
    if (!plan.ok && 'usage' in plan) throw new UsageError(plan.usage);
    const { watchTargets } = await import('../watch.js');
    const once = async (): Promise<number> => {
      try {
        return await buildAndReport(request, parsed, io);
      } catch (error) {
        // A usage error (an unknown --target after the config changed) is reported, and watching goes on.
        if (!(error instanceof UsageError)) throw error;
        io.err(`callgen generate: ${error.message}\n`);
        return EXIT_USAGE;
      }
    };
    return watchTargets(request, io, once, interrupted());
  },
};

/** Aborts on Ctrl-C (SIGINT) or SIGTERM, so that --watch stops cleanly. */
function interrupted(): AbortSignal {
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => controller.abort());
  return controller.signal;
}

/**
 * One run of `callgen generate`: targets whose folder already holds their generation are skipped
 * before the pipeline loads; the others are generated, then checked or written.
 */
async function buildAndReport(request: TargetRequest & { readonly prettier?: boolean | undefined }, parsed: ParsedArgs, io: Io): Promise<number> {
  const check = parsed.values['check'] === true;
  const skipper = upToDateSkipper({ check, timings: parsed.values['timings'] === true, prettier: request.prettier === true }, io);
  const build = await buildTargets(request, skipper.skip);
  if (!build.ok) return planFailure(build, io);
  if (skipper.unwritable()) return EXIT_USAGE;
  return report(build, parsed, io);
}

/** What the flags ask for. */
function requestOf({ values }: ParsedArgs, io: Io): TargetRequest {
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined);
  const names = values['target'];
  return {
    cwd: io.cwd,
    config: text('config'),
    targets: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : undefined,
    schemas: text('schemas'),
    openapi: text('openapi'),
    apiVersion: apiVersionOption(values['api-version']),
    out: text('out'),
    annotations: annotationsOf(values),
  };
}

/** `--api-version`: one of the versions the `x-graph-versions` marks name, or absent for all of them. */
export function apiVersionOption(value: unknown): ApiVersion | undefined {
  if (value === undefined) return undefined;
  const version = API_VERSIONS.find((v) => v === value);
  if (version === undefined) throw new UsageError(`--api-version must be one of ${API_VERSIONS.join(', ')}, not "${String(value)}"`);
  return version;
}
