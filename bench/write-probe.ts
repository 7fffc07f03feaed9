import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inputHash } from '../generator/output/inputs.js';
import { compareOutput, writeOutput } from '../generator/output/write.js';
import { BUNDLED_SCHEMAS } from '../generator/commands/generate.js';
import { generate } from '../generator/pipeline.js';

// The two steps after the pipeline that `callgen generate --timings` does not time: writing the
// files (generate) and comparing them with the folder (--check). Generates the curated schemas
// once, then times a write into a new folder and a compare with it. Prints one JSON line of ms.

const root = await mkdtemp(path.join(os.tmpdir(), 'callgen-write-'));
try {
  const out = path.join(root, 'generated');
  const result = await generate({ schemas: BUNDLED_SCHEMAS, out });
  if (!result.ok) throw new Error('the curated schemas have problems');
  const inputs = await inputHash(BUNDLED_SCHEMAS, {});
  await mkdir(out);
  let start = performance.now();
  await writeOutput(out, result.files, { inputs });
  const write = performance.now() - start;
  start = performance.now();
  const differences = await compareOutput(out, result.files, inputs);
  const compare = performance.now() - start;
  if (differences.length > 0) throw new Error('a folder just written differs from what was written');
  console.log(JSON.stringify({ write, compare }));
} finally {
  await rm(root, { recursive: true, force: true });
}
