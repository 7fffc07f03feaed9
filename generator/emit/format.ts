import path from 'node:path';
import type { Options } from 'prettier';
import type { EmittedFile } from './emit.js';
import { layout } from './layout.js';

/**
 * How the emitted text is laid out. By default callgen lays it out itself (`layout.ts`: indentation
 * and quotes, in milliseconds); `prettier` formats it with prettier and the user's own prettier
 * config (found from each file's place in the output folder, as prettier finds it), for a
 * repository that wants its generated code in its own style.
 */
export interface FormatOptions {
  readonly prettier?: boolean | undefined;
  /** The output folder, where prettier looks for the user's config. */
  readonly out?: string | undefined;
}

/** prettier's options for callgen's own formatting of snippets, fixed in code so output is the same everywhere. */
export const PRETTIER_OPTIONS: Options = {
  // Same output as the 'typescript' parser on everything callgen emits, in about 60% of the time.
  parser: 'babel-ts',
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  quoteProps: 'as-needed',
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
};

export async function formatFile(file: EmittedFile, options: FormatOptions = {}): Promise<EmittedFile> {
  if (options.prettier === true) return { path: file.path, text: await withPrettier(file, options.out ?? '.') };
  return file.laidOut === true ? file : { path: file.path, text: layout(file.text) };
}

async function withPrettier(file: EmittedFile, out: string): Promise<string> {
  const prettier = await import('prettier');
  const filepath = path.resolve(out, file.path);
  const config = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(file.text, { ...config, filepath });
}
