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

export async function formatFiles(files: readonly EmittedFile[], options: FormatOptions = {}): Promise<EmittedFile[]> {
  if (options.prettier !== true) return files.map((file) => (file.laidOut === true ? file : { path: file.path, text: layout(file.text) }));
  // prettier caches each folder's config for the process: a run in watch mode must see an edited one.
  const prettier = await import('prettier');
  await prettier.clearConfigCache();
  return Promise.all(files.map(async (file) => ({ path: file.path, text: await withPrettier(prettier, file, options.out ?? '.') })));
}

/**
 * prettier could not load the user's config (a syntax error, a plugin that is not installed) or
 * format with it: the user's to fix, so the pipeline reports it as a problem at the config file,
 * not as a crash.
 */
export class PrettierConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'PrettierConfigError';
  }
}

async function withPrettier(prettier: typeof import('prettier'), file: EmittedFile, out: string): Promise<string> {
  const filepath = path.resolve(out, file.path);
  try {
    const config = (await prettier.resolveConfig(filepath)) ?? {};
    return await prettier.format(file.text, { ...config, filepath });
  } catch (error) {
    const configFile = await prettier.resolveConfigFile(filepath).catch(() => null);
    // prettier's messages put the reason on the line after the file's name (YAML errors) or on the first.
    const lines = (error instanceof Error ? error.message : String(error)).split('\n').filter((line) => line.trim() !== '');
    const reason = lines.slice(0, 2).join(' ');
    throw new PrettierConfigError(configFile ?? filepath, `prettier (--prettier) cannot format ${file.path} with this config: ${reason}`);
  }
}
