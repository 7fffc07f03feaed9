// Runs json-schema-to-typescript over every schema of a folder in one go, as a peer for callgen.
//   node --import tsx bench/jstt-run.ts <schema dir> <out file> [format|raw]
// It parses by recursion along $refs, and the synthetic sets chain every object type to the next,
// so the larger sets overflow the default stack. The work runs in a worker with a large stack,
// which only lifts that limit; it changes nothing about how json-schema-to-typescript works.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { compile } from 'json-schema-to-typescript';

interface Job {
  readonly dir: string;
  readonly out: string;
  readonly format: boolean;
}

const STACK_MB = 512;

async function generateTypes({ dir, out, format }: Job): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const root = { title: 'All', type: 'object', $defs: Object.fromEntries(files.map((f) => [path.basename(f, '.json'), { $ref: `./${f}` }])) };
  const ts = await compile(root as never, 'All', { cwd: dir, bannerComment: '', additionalProperties: false, unreachableDefinitions: true, format });
  await writeFile(out, ts);
}

if (isMainThread) {
  const [dir = '', out = '', formatFlag = 'format'] = process.argv.slice(2);
  const job: Job = { dir, out, format: formatFlag === 'format' };
  // A worker does not inherit tsx's loader hooks, so it registers them before loading this file.
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: job, resourceLimits: { stackSizeMb: STACK_MB } });
  worker.on('error', (error) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  await generateTypes(workerData as Job);
}
