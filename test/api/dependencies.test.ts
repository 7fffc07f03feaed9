import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// Every package a user installs with callgen must earn its place: the runtime dependencies are
// exactly the packages the shipped code (generator/, compiled to dist/) imports, and nothing the
// shipped code imports is left to a devDependency (it would be missing in an installed package).

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.(ts|js)$/.test(entry.name) ? [full] : [];
  });
}

/** The package a bare specifier names: `ts-morph`, `@scope/name` (subpaths dropped). */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function importedPackages(): Set<string> {
  const packages = new Set<string>();
  for (const file of sourceFiles(path.join(root, 'generator'))) {
    const text = readFileSync(file, 'utf8');
    // Static imports and re-exports, type-only ones excepted (erased, so not needed at run time),
    // and dynamic imports of a literal.
    for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+'([^']+)'|import\('([^']+)'\)/gm)) {
      const name = packageOf(match[1] ?? match[2] ?? '');
      if (name !== undefined) packages.add(name);
    }
  }
  return packages;
}

test('the runtime dependencies are exactly the packages the shipped generator imports', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  // tsx is imported by the bin only inside the clone (the installed package runs dist/ instead).
  const imported = [...importedPackages()].filter((name) => name !== 'tsx').sort();
  expect(imported).toEqual(Object.keys(manifest.dependencies).sort());
});

test('packageOf reads scoped and plain specifiers and skips relative and node: ones', () => {
  expect(packageOf('@apidevtools/json-schema-ref-parser')).toBe('@apidevtools/json-schema-ref-parser');
  expect(packageOf('tsx/esm/api')).toBe('tsx');
  expect(packageOf('./runtime.js')).toBeUndefined();
  expect(packageOf('node:fs')).toBeUndefined();
});
