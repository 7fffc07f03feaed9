import path from 'node:path';
import { errataMarkdown, findErrata, type Judges } from '../docs/errata.js';
import { extractFile, type ExtractedPayload } from '../extract/index.js';
import { readTolerantJson } from '../json/tolerant.js';
import { bundledPages, relativeTo } from './extract.js';
import { EXIT_FOUND_WANTING, EXIT_OK, EXIT_USAGE, type Command } from './command.js';

export const lintDocsCommand: Command = {
  name: 'lint-docs',
  summary: 'Report every documented payload that does not conform to the schemas, with page lines and reasons.',
  usage: 'callgen lint-docs [page...]',
  optionHelp: [],
  options: {},
  allowPositionals: true,
  run: async ({ positionals }, io) => {
    const pages = positionals.length > 0 ? positionals.map((p) => path.resolve(io.cwd, p)) : bundledPages();
    const shown = pages.map((p) => relativeTo(io.cwd, p));
    const payloads: ExtractedPayload[] = [];
    for (const [i, page] of pages.entries()) {
      try {
        payloads.push(...(await extractFile(page, shown[i])));
      } catch (error) {
        io.err(`${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_USAGE;
      }
    }
    // Loaded here, not at start-up: `generate` must run even when generated/ is stale or missing.
    const { validateCreateCallRequest, validateCall, validateCommsNotifications } = await import('../../generated/validators.js');
    const judges: Judges = {
      request: { typeName: 'CreateCallRequest', mode: 'request', validate: validateCreateCallRequest },
      response: { typeName: 'Call', mode: 'response', validate: validateCall },
      notification: { typeName: 'CommsNotifications', mode: 'response', validate: validateCommsNotifications },
    };
    const positionsOf = (p: ExtractedPayload) => {
      const reread = readTolerantJson(p.text, { positions: true });
      return reread.ok ? reread.positions : undefined;
    };
    const errata = findErrata(payloads, judges, positionsOf);
    io.out(errataMarkdown(shown, errata));
    return errata.some((e) => e.findings.some((f) => f.severity === 'error')) ? EXIT_FOUND_WANTING : EXIT_OK;
  },
};
