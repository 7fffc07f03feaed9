import { expect, test } from 'vitest';
import { monorepoSnippets } from '../support/readme.js';

// The README's monorepo snippets, checked for what they must name. npm run test:package builds a
// monorepo from the two package.json snippets and checks these paths against the folders it made.

test('the workspace builds with callgen generate before tsc, and the root builds it before its consumer', () => {
  expect(monorepoSnippets.root().workspaces).toEqual(['packages/*']);
  // npm runs workspace scripts in the order named, so the generating workspace comes first.
  expect(monorepoSnippets.root().scripts['build']).toBe('npm run build -w @acme/tickets && npm run build -w @acme/bot');
  expect(monorepoSnippets.workspace().scripts['build']).toMatch(/^callgen generate && tsc /);
  expect(Object.keys(monorepoSnippets.workspace().devDependencies)).toEqual(['callgen']);
});

test('Turborepo: the schemas and config are inputs, the generated folder an output and not an input', () => {
  const { inputs, outputs } = monorepoSnippets.turbo().tasks.build;
  expect(inputs).toEqual(expect.arrayContaining(['schemas/**', 'callgen.config.json', '!src/generated/**']));
  expect(outputs).toEqual(expect.arrayContaining(['src/generated/**', 'dist/**']));
});

test("Nx: the same, and callgen's version through its external dependency", () => {
  const { inputs, outputs } = monorepoSnippets.nx().targetDefaults.build;
  expect(inputs).toEqual(
    expect.arrayContaining([
      '{projectRoot}/schemas/**/*',
      '{projectRoot}/callgen.config.json',
      '!{projectRoot}/src/generated/**/*',
      { externalDependencies: ['callgen', 'typescript'] },
    ]),
  );
  expect(outputs).toEqual(['{projectRoot}/src/generated', '{projectRoot}/dist']);
});
