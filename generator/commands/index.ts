import type { Command } from './command.js';
import { generateCommand } from './generate.js';

/** Every subcommand, in the order `callgen --help` lists them. */
export const commands: readonly Command[] = [generateCommand];
