import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { typecheck } from '../support/typecheck.js';

const REPO = path.resolve(import.meta.dirname, '../..');

// The README's usage example is what a new user copies first: it must compile, as written, against
// generated/ under the strictest consumer flags. Names it leaves to the reader are declared here.
test("the README's TypeScript example compiles against generated/", async () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  expect(examples.length).toBeGreaterThan(0);
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-readme-'));
  await cp(path.join(REPO, 'generated'), path.join(dir, 'generated'), { recursive: true });
  const files = await Promise.all(
    examples.map(async (example, i) => {
      const file = path.join(dir, `example-${i}.ts`);
      const givens = 'declare const userId: string;\ndeclare const requestBody: string;\ndeclare const console: { warn(message: string): void };\n';
      await writeFile(file, `${givens}${example}\nexport { body };\n`);
      return file;
    }),
  );
  await writeFile(path.join(dir, 'package.json'), '{"type": "module"}');
  expect(typecheck(files, 'NodeNext', { noUnusedLocals: false })).toEqual([]);
});
