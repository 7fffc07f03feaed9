// Runs openapi-typescript over a folder of JSON Schemas wrapped as one OpenAPI 3.1 document (each
// file a component schema, its $refs pointed at the components), as a peer for callgen.
//   node --import tsx bench/openapi-ts-run.ts <schema dir> <out file>
// Like json-schema-to-typescript (jstt-run.ts), its walker recurses along the chain of references
// the synthetic sets contain and overflows the default stack from 1,000 types on, so the work runs
// in a worker with a large stack; that lifts the limit and changes nothing else.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import openapiTS, { astToString } from 'openapi-typescript';

const STACK_MB = 512;

/** A folder of schema files as one OpenAPI 3.1 document. */
export async function wrapAsOpenApi(dir: string): Promise<Record<string, unknown>> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json')).sort();
  const schemas: Record<string, unknown> = {};
  for (const file of files) {
    const name = componentName(file);
    schemas[name] = retarget(JSON.parse(await readFile(path.join(dir, file), 'utf8')) as unknown, file);
  }
  return { openapi: '3.1.0', info: { title: 'callgen benchmark', version: '1' }, paths: {}, components: { schemas } };
}

function componentName(file: string): string {
  return file.replace(/\.json$/, '').replace(/[^A-Za-z0-9_.-]/g, '_');
}

/** `other.json#/x` → `#/components/schemas/other/x`; `#/x` → the same inside this file's component. */
function retarget(node: unknown, file: string): unknown {
  if (Array.isArray(node)) return node.map((n) => retarget(n, file));
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$id') continue;
    if (key === '$ref' && typeof value === 'string') {
      const [target = '', pointer = ''] = value.split('#');
      const base = target === '' ? file : path.posix.join(path.posix.dirname(file), target);
      copy[key] = `#/components/schemas/${componentName(base)}${pointer}`;
    } else copy[key] = retarget(value, file);
  }
  return copy;
}

if (isMainThread && import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '', out = ''] = process.argv.slice(2);
  // A worker does not inherit tsx's loader hooks, so it registers them before loading this file.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { dir, out }, resourceLimits: { stackSizeMb: STACK_MB } });
  worker.on('error', (error) => {
    console.error(error);
    process.exitCode = 1;
  });
} else if (!isMainThread) {
  const { dir, out } = workerData as { dir: string; out: string };
  const ast = await openapiTS((await wrapAsOpenApi(dir)) as never);
  await writeFile(out, astToString(ast));
}
