import path from 'node:path';
import { errataMarkdown, findErrata } from '../docs/errata.js';
import { extractFile, type ExtractedPayload } from '../extract/index.js';
import { bundledPages } from './extract.js';
import { display, EXIT_FOUND_WANTING, EXIT_OK, EXIT_USAGE, type Command } from './command.js';

export const lintDocsCommand: Command = {
  name: 'lint-docs',
  summary: 'Report every documented payload that does not conform to the schemas, with page lines and reasons.',
  usage: 'callgen lint-docs [page...]',
  optionHelp: [],
  options: {},
  allowPositionals: true,
  run: async ({ positionals }, io) => {
    const pages = positionals.length > 0 ? positionals.map((p) => path.resolve(io.cwd, p)) : bundledPages();
    const shown = pages.map((p) => display(io.cwd, p));
    const payloads: ExtractedPayload[] = [];
    for (const [i, page] of pages.entries()) {
      try {
        payloads.push(...(await extractFile(page, shown[i], { positions: true })));
      } catch (error) {
        io.err(`${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_USAGE;
      }
    }
    // Loaded here, not at start-up: `generate` must run even when generated/ is stale or missing.
    const { JUDGES } = await import('../docs/judges.js');
    const errata = findErrata(payloads, JUDGES);
    io.out(errataMarkdown(shown, errata));
    return errata.some((e) => e.findings.some((f) => f.severity === 'error')) ? EXIT_FOUND_WANTING : EXIT_OK;
  },
};
