import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { repositoryRoot, sharedPath } from './support/shared.js';

// The project keeps its own copy of the mission's five "Create call" pages (test/corpus/graph-docs/);
// this pins that copy to the source material, byte for byte.
test('the bundled Create call pages are byte-identical copies of ../shared/seeds', () => {
  const seeds = sharedPath('seeds');
  const pages = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort();
  expect(pages).toHaveLength(5);
  for (const page of pages) {
    const bundled = readFileSync(path.join(repositoryRoot, 'test/corpus/graph-docs', page));
    expect(bundled.equals(readFileSync(path.join(seeds, page))), page).toBe(true);
  }
});
