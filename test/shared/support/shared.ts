import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The folder of public data fetched for the project: `$CALLGEN_SHARED`, or `../shared` beside the
 * clone. The suite fails at once, naming where it looked, when the folder is missing: a suite that
 * quietly finds no data would pass without testing anything.
 */
export const sharedFolder: string = process.env['CALLGEN_SHARED'] ?? path.resolve(repositoryRoot, '../shared');

/** A path inside the shared folder; throws, naming the full path and how to point elsewhere, when it is missing. */
export function sharedPath(...segments: string[]): string {
  const target = path.join(sharedFolder, ...segments);
  if (!existsSync(target)) {
    throw new Error(
      `The shared-data suite needs ${target}, which does not exist. ` +
        `Put the project's shared data beside the clone (../shared) or set CALLGEN_SHARED to its folder.`,
    );
  }
  return target;
}

export { repositoryRoot };
