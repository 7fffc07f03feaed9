import type { Io } from './command.js';

/**
 * Imports a module that reads callgen's own `generated/` output (the curated validators `validate`
 * and `lint-docs` judge with). In a clone whose `generated/` was deleted, or never built after a
 * checkout, the import fails; the user gets the command that builds it instead of a stack trace,
 * and undefined tells the caller to exit 2. Any other failure is a bug and is thrown as it is.
 */
export async function importGenerated<T>(load: () => Promise<T>, io: Io, command: string): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    const missing = missingGeneratedFile(error);
    if (missing === undefined) throw error;
    io.err(`callgen ${command}: callgen's generated validators are missing (${missing} cannot be loaded): run \`npm run generate\` in the callgen folder, which builds generated/ from schemas/, then run this again\n`);
    return undefined;
  }
}

/** The generated/ file named by a failed module resolution, or undefined for any other error. */
function missingGeneratedFile(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || error.code !== 'ERR_MODULE_NOT_FOUND') return undefined;
  const url = 'url' in error && typeof error.url === 'string' ? error.url : undefined;
  const at = url?.lastIndexOf('/generated/') ?? -1;
  return url === undefined || at < 0 ? undefined : url.slice(at + 1);
}
