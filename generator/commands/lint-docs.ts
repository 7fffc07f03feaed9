import path from 'node:path';
import { errataMarkdown, findErrata } from '../docs/errata.js';
import type { ExtractedPayload } from '../extract/index.js';
import { extractPages, type Page } from '../extract/pages.js';
import { namedPages } from './extract.js';
import { display, EXIT_FOUND_WANTING, EXIT_OK, EXIT_USAGE, type Command } from './command.js';
import { importGenerated } from './generated.js';

export const lintDocsCommand: Command = {
  name: 'lint-docs',
  usage: 'callgen lint-docs [page or folder...]',
  optionHelp: [],
  options: {},
  exits: '0 every documented payload conforms; 1 a payload breaks the schemas; 2 a usage error or a page that cannot be read',
  allowPositionals: true,
  run: async ({ positionals }, io) => {
    let pages: Page[];
    let payloads: ExtractedPayload[];
    try {
      pages = await namedPages(positionals, io.cwd);
      payloads = await extractPages(pages, { positions: true });
    } catch (error) {
      io.err(`${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_USAGE;
    }
    const shown = pages.map((p) => p.shown);
    // Loaded here, not at start-up: `generate` must run even when generated/ is stale or missing.
    const judges = await importGenerated(() => import('../docs/judges.js'), io, 'lint-docs');
    if (judges === undefined) return EXIT_USAGE;
    const { judgeOf } = judges;
    const errata = findErrata(payloads, (payload) => judgeOf(payload));
    io.out(errataMarkdown(shown, errata));
    return errata.some((e) => e.findings.some((f) => f.severity === 'error')) ? EXIT_FOUND_WANTING : EXIT_OK;
  },
};
