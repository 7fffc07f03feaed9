import type { Command } from './command.js';
import { exportCommand } from './export.js';
import { driftCommand } from './drift.js';
import { extractCommand } from './extract.js';
import { generateCommand } from './generate.js';
import { lintDocsCommand } from './lint-docs.js';
import { snippetCommand } from './snippet.js';
import { validateCommand } from './validate.js';

/** Every subcommand, in the order `callgen --help` lists them. */
export const commands: readonly Command[] = [generateCommand, exportCommand, validateCommand, extractCommand, lintDocsCommand, snippetCommand, driftCommand];
