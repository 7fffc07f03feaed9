/**
 * Why the output folder cannot be written, as data the CLI prints and the API returns. All of them
 * are the user's situation (exit 2), never a bug in callgen.
 * - `foreign`: files callgen did not write stand where it would write (`paths` names them);
 * - `locked`: another run kept the folder's lock past the wait;
 * - `unwritable`: the destination cannot take files (read-only mount, permissions, a special
 *   file system such as /proc, a file where a folder must be);
 * - `unfinished`: writing failed after the new generation was committed; the next run completes it.
 */
export type OutputErrorCode = 'foreign' | 'locked' | 'unwritable' | 'unfinished';

export class OutputError extends Error {
  constructor(
    readonly code: OutputErrorCode,
    message: string,
    readonly paths: readonly string[] = [],
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

/** The code of a Node system error (`EROFS`, `EACCES`...), or undefined. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
