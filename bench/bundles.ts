import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { REPO, WORK } from './lib/child.js';
import { type Section, type Target } from './lib/report.js';
import { createStandaloneAjv } from './validators/ajv.js';
import { prepareTypia, TYPIA_ALL, TYPIA_THREE } from './validators/typia.js';

// Bundle sizes (issue 13): what a bundler (esbuild, minified, then gzipped) ships for one
// validator, for three, and for the whole validator module, beside Ajv standalone code and typia
// for the same schemas, and beside callgen's validators before they were made tree-shakeable
// (the commit named below, read with git show).

type StandaloneCode = (ajv: unknown, refsOrFunc: Record<string, string>) => string;
// Ajv's standalone module is CommonJS; under NodeNext its default export arrives as the module object.
const standaloneCode = ((standaloneModule as unknown as { default?: StandaloneCode }).default ?? standaloneModule) as unknown as StandaloneCode;

const BEFORE_COMMIT = '3acb568';
const DIR = path.join(WORK, 'bundles');
const THREE = ['CreateCallRequest', 'Call', 'CommsNotifications'] as const;

interface Size {
  readonly minified: number;
  readonly gzipped: number;
}

async function bundle(contents: string, resolveDir: string): Promise<Size> {
  const result = await build({ stdin: { contents, resolveDir, loader: 'ts', sourcefile: 'entry.ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent', mainFields: ['module', 'main'] });
  const text = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: text.length, gzipped: gzipSync(text, { level: 9 }).length };
}

/** callgen's validators as they were at BEFORE_COMMIT, copied into the work folder. */
function writeBefore(): string {
  const dir = path.join(DIR, 'before');
  mkdirSync(dir, { recursive: true });
  for (const file of ['validators.ts', 'runtime.ts', 'types.ts']) {
    writeFileSync(path.join(dir, file), execFileSync('git', ['show', `${BEFORE_COMMIT}:generated/${file}`], { cwd: REPO, maxBuffer: 1 << 26 }));
  }
  return dir;
}

/** Ajv standalone code (ESM) for the given schema files, allErrors on, as a module of its own. */
function writeAjv(name: string, files: readonly string[] | 'all'): string {
  const { ajv, ids } = createStandaloneAjv(true);
  const chosen = files === 'all' ? ids : ids.filter(([file]) => files.includes(file));
  const code = standaloneCode(ajv, Object.fromEntries(chosen.map(([file, id]) => [`validate_${file.replace(/\W/g, '_')}`, id])));
  const file = path.join(DIR, `${name}.js`);
  writeFileSync(file, code);
  return file;
}

export async function benchBundles(): Promise<Section> {
  mkdirSync(DIR, { recursive: true });
  const typiaNote = prepareTypia();
  const generated = path.join(REPO, 'generated', 'validators.ts');
  const before = path.join(writeBefore(), 'validators.ts');
  const exportsOf = (names: readonly string[], from: string): string => `export { ${names.join(', ')} } from ${JSON.stringify(from)};`;
  const ajvThree = writeAjv('ajv-three', ['createCallRequest.json', 'call.json', 'commsNotifications.json']);
  const ajvOne = writeAjv('ajv-one', ['createCallRequest.json']);
  const ajvAll = writeAjv('ajv-all', 'all');
  const rows: [string, string, Size][] = [];
  const add = async (what: string, who: string, contents: string): Promise<Size> => {
    const size = await bundle(contents, REPO);
    rows.push([what, who, size]);
    return size;
  };
  const beforeOne = await add('one validator (validateCreateCallRequest)', `callgen before (${BEFORE_COMMIT})`, exportsOf(['validateCreateCallRequest'], before));
  const oneNow = await add('', 'callgen validateX', exportsOf(['validateCreateCallRequest'], generated));
  await add('', 'callgen isX', exportsOf(['isCreateCallRequest'], generated));
  await add('', 'Ajv standalone, allErrors', `export * from ${JSON.stringify(ajvOne)};`);
  await add('', 'typia createValidate', exportsOf(['validateCreateCallRequest'], TYPIA_THREE));
  await add('three validators (request, call, notifications)', 'callgen validateX', exportsOf(THREE.map((t) => `validate${t}`), generated));
  await add('', 'callgen validateX + isX', exportsOf(THREE.flatMap((t) => [`validate${t}`, `is${t}`]), generated));
  await add('', 'Ajv standalone, allErrors', `export * from ${JSON.stringify(ajvThree)};`);
  await add('', 'typia createValidate + createIs', exportsOf(THREE.flatMap((t) => [`validate${t}`, `is${t}`]), TYPIA_THREE));
  await add('whole validator module', `callgen before (${BEFORE_COMMIT})`, `export * from ${JSON.stringify(before)};`);
  const wholeNow = await add('', 'callgen (validate, is, assert of every type)', `export * from ${JSON.stringify(generated)};`);
  const ajvWhole = await add('', 'Ajv standalone, allErrors (every schema)', `export * from ${JSON.stringify(ajvAll)};`);
  const typiaWhole = await add('', 'typia createValidate + createIs (every type)', `export * from ${JSON.stringify(TYPIA_ALL)};`);
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const targets: Target[] = [
    { name: 'bundles: one validator root with the runtime at most a third of the size before', figure: `${kb(oneNow.minified)} minified against ${kb(beforeOne.minified)} before (${(oneNow.minified / beforeOne.minified).toFixed(2)}x)`, met: oneNow.minified * 3 <= beforeOne.minified },
    { name: 'bundles: the whole validator module smaller than Ajv standalone and typia', figure: `${kb(wholeNow.minified)} minified (${kb(wholeNow.gzipped)} gzipped) against Ajv ${kb(ajvWhole.minified)} (${kb(ajvWhole.gzipped)}) and typia ${kb(typiaWhole.minified)} (${kb(typiaWhole.gzipped)})`, met: wholeNow.minified < ajvWhole.minified && wholeNow.minified < typiaWhole.minified },
  ];
  return {
    title: 'Bundle sizes (esbuild, minified; gzip level 9)',
    header: ['bundle', 'validators', 'minified', 'gzipped'],
    rows: rows.map(([what, who, size]) => [what, who, kb(size.minified), kb(size.gzipped)]),
    notes: [
      'Each entry re-exports the named validators and nothing else; esbuild bundles, tree-shakes and minifies (format esm, platform neutral). Every bundle includes what the validators import: callgen\'s runtime.ts, Ajv\'s runtime and ajv-formats, typia\'s internal helpers.',
      `Ajv: standalone code of Ajv2020 with allErrors and ajv-formats, for the same curated schemas. typia 12.2.1: ${typiaNote}.`,
    ],
    targets,
  };
}
