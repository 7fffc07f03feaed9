import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds callgen's package.json: the clone (sources run through tsx) or the
 * installed package (compiled code in dist/). Found by walking up from this module, so both
 * layouts find the files that ship beside the code: the curated schemas, the run-time source the
 * validators are emitted with, the dialect documentation.
 */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`callgen bug: no package.json above ${from}`);
  }
}

/** A file or folder of the package, by its path from the package root with `/`. */
export function packagePath(relative: string): string {
  return path.join(PACKAGE_ROOT, ...relative.split('/'));
}

/** callgen's version, as its package.json says. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
