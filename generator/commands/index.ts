import type { CommandEntry } from './command.js';

/**
 * Every subcommand, in the order `callgen --help` lists them. A command's module (and what it
 * imports) loads only when that command runs, so no command pays for loading the others.
 */
export const commands: readonly CommandEntry[] = [
  { name: 'generate', summary: 'Generate types, builders and validators from a folder of JSON Schemas or an OpenAPI document.', load: async () => (await import('./generate.js')).generateCommand },
  { name: 'export', summary: 'Export a schema folder as an OpenAPI 3.1 document: components, and paths from x-operations.', load: async () => (await import('./export.js')).exportCommand },
  { name: 'validate', summary: 'Validate JSON payload files with the generated validators.', load: async () => (await import('./validate.js')).validateCommand },
  { name: 'extract', summary: 'List every JSON payload documented in Graph pages (Markdown or rendered text); a folder stands for every page below it.', load: async () => (await import('./extract.js')).extractCommand },
  { name: 'lint-docs', summary: 'Report every documented payload that does not conform to the schemas, with page lines and reasons.', load: async () => (await import('./lint-docs.js')).lintDocsCommand },
  { name: 'snippet', summary: 'Write TypeScript that builds a request payload with the generated builders.', load: async () => (await import('./snippet.js')).snippetCommand },
  { name: 'drift', summary: "Compare a schema folder with Graph's CSDL metadata: what is missing, extra, typed or marked differently.", load: async () => (await import('./drift.js')).driftCommand },
];
