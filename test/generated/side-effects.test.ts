import path from 'node:path';
import { build } from 'esbuild';
import { expect, test } from 'vitest';

// Issue 13.3: the generated modules have no module-level side effects, so a bundler keeps only what
// an import reaches. The plainest proof: a module imported for nothing (`import './runtime.js'`)
// bundles to nothing at all. A table built at load by an expression the bundler cannot prove free
// of effects (an array's join(), a template of other constants) would stay in every bundle.

const REPO = path.resolve(import.meta.dirname, '../..');
const MODULES = ['runtime', 'validators', 'builders', 'operations', 'index'].flatMap((name) => ['', 'v1.0/', 'beta/'].map((version) => `generated/${version}${name}.ts`));

test.each(MODULES)('%s imported for nothing bundles to nothing', async (module) => {
  const result = await build({
    stdin: { contents: `import ${JSON.stringify(path.join(REPO, module))};`, resolveDir: REPO, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  expect(result.outputFiles.map((file) => file.text)).toEqual(['']);
});
