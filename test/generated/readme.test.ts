import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { typecheck } from '../support/typecheck.js';

const REPO = path.resolve(import.meta.dirname, '../..');

// The README's TypeScript examples are what a new user copies first: each must compile, as written,
// against generated/ under the strictest consumer flags. Names they leave to the reader are declared here.
test("the README's TypeScript examples compile against generated/", async () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  // The programmatic API's example (from 'callgen') is compiled and run against the installed package by npm run test:package.
  const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').filter((example) => !example.includes("from 'callgen';"));
  expect(examples.length).toBeGreaterThan(0);
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-readme-'));
  await cp(path.join(REPO, 'generated'), path.join(dir, 'generated'), { recursive: true });
  const files = await Promise.all(
    examples.map(async (example, i) => {
      const file = path.join(dir, `example-${i}.ts`);
      const givens = [
        'declare const userId: string;',
        'declare const requestBody: string;',
        'declare const console: { warn(message: string): void };',
        'declare const callId: string;',
        'declare const token: string;',
        'declare function fetch(url: string, init: { method: string; headers: Record<string, string>; body: string }): Promise<{ json(): Promise<unknown> }>;',
      ]
        .filter((given) => !new RegExp(`const ${/(?:const|function) (\w+)/.exec(given)?.[1] ?? ''}\\b`).test(example))
        .join('\n');
      // `callgen/graph` is generated/ compiled; the packed-install test (npm run test:package) resolves the real one.
      await writeFile(file, `${givens}\n${example.replaceAll("from 'callgen/graph'", "from './generated/index.js'")}\nexport {};\n`);
      return file;
    }),
  );
  await writeFile(path.join(dir, 'package.json'), '{"type": "module"}');
  // isolatedDeclarations too: the README says generated code compiles under it, and the snippet it shows is generated.
  expect(typecheck(files, 'NodeNext', { noUnusedLocals: false, declaration: true, isolatedDeclarations: true })).toEqual([]);
});

test("the README's snippet is what `callgen snippet` prints for that example", () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const shown = /npx callgen snippet (\S+)\n```\n\n```ts\n([\s\S]*?)```/.exec(readme);
  expect(shown).not.toBeNull();
  const [, id = '', code = ''] = shown ?? [];
  expect(code).toBe(readFileSync(path.join(REPO, 'test', 'snippet', '__snapshots__', `${id}.mts`), 'utf8'));
});

test("the README's bot plays a prompt through the operations table and handles its notification", () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## A bot that plays a prompt'), readme.indexOf('## Commands'));
  // The compile test above checks these lines type-check; this one that they stay in the README.
  expect(section).toContain('operations.callPlayPrompt');
  expect(section).toContain('playPrompt.validateRequest(body)');
  expect(section).toContain("data['@odata.type'] === '#microsoft.graph.playPromptOperation'");
});
