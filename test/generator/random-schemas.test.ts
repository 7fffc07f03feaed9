import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { importGenerated } from '../../generator/load.js';
import { generate } from '../../generator/pipeline.js';
import { addFormats } from '../schemas/support.js';
import { Random, randomSchema, randomValue } from '../support/random-schemas.js';
import { typecheck } from '../support/typecheck.js';

// "No input crashes it or makes it write code that does not compile": random schemas of the
// dialect's keywords, each generated on its own. The generator never throws; a refusal names a
// place that exists in the file; every output compiles under the strictest flags; and on random
// values the response validator gives JSON Schema's verdict (Ajv's), and `isX` the same as
// `validateX`. CALLGEN_RANDOM_SCHEMAS sets how many (100 here; 2,000 were run when this was written),
// and CALLGEN_RANDOM_SEED the first seed (1 here), so a long run can explore seeds no run has tried.

const COUNT = Number(process.env['CALLGEN_RANDOM_SCHEMAS'] ?? 100);
const FIRST_SEED = Number(process.env['CALLGEN_RANDOM_SEED'] ?? 1);
const VALUES_PER_SCHEMA = 20;

type Verdict = (value: unknown) => { readonly ok: boolean };

let scratch: string | undefined;
afterAll(async () => {
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
});

/** The node a JSON Pointer names, or undefined where it names nothing. */
function at(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node = document;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

test(`${COUNT} random schemas: no crash, refusals at real places, outputs that compile, Ajv's verdicts`, async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'callgen-random-'));
  await writeFile(path.join(scratch, 'package.json'), '{ "type": "module" }\n');
  const failures: string[] = [];
  const outputs: string[] = [];
  let compared = 0;
  for (let seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
    const random = new Random(seed);
    const document = randomSchema(random);
    const folder = path.join(scratch, String(seed));
    await mkdir(path.join(folder, 'schemas'), { recursive: true });
    await writeFile(path.join(folder, 'schemas', 'root.json'), JSON.stringify(document));
    let result: Awaited<ReturnType<typeof generate>>;
    try {
      result = await generate({ schemas: path.join(folder, 'schemas'), out: path.join(folder, 'out') });
    } catch (error) {
      failures.push(`seed ${seed}: generate threw ${String(error)}`);
      continue;
    }
    if (!result.ok) {
      const misplaced = result.problems.filter((p) => p.file !== 'root.json' || at(document, p.pointer) === undefined);
      failures.push(...misplaced.map((p) => `seed ${seed}: a problem at no place of the file: ${formatProblem(p)}`));
      continue;
    }
    for (const file of result.files) await writeFile(path.join(folder, file.path), file.text);
    outputs.push(path.join(folder, 'index.ts'));
    const exports = await importGenerated(result.files);
    const validate = exports['validateRoot'] as Verdict;
    const is = exports['isRoot'] as (value: unknown) => boolean;
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const oracle = ajv.compile(document as object);
    for (let i = 0; i < VALUES_PER_SCHEMA; i++) {
      const value = randomValue(random);
      const [ours, tested] = [validate(value).ok, is(value)];
      if (tested !== ours) failures.push(`seed ${seed}: ${JSON.stringify(value)}: isRoot ${tested}, validateRoot ${ours}`);
      let theirs: boolean;
      try {
        theirs = oracle(value) as boolean;
      } catch {
        // A $ref loop that never steps into the value overflows Ajv's stack; JSON Schema gives no verdict there.
        continue;
      }
      if (ours !== theirs) failures.push(`seed ${seed}: ${JSON.stringify(value)} is ${ours ? 'valid' : 'invalid'} to callgen, ${theirs ? 'valid' : 'invalid'} to Ajv`);
      compared++;
    }
  }
  failures.push(...typecheck(outputs, 'NodeNext'));
  expect(failures).toEqual([]);
  // The grammar is the dialect's: most schemas generate (the rest meet its guards for authors, such as a required name nothing declares).
  expect(outputs.length).toBeGreaterThan(COUNT * 0.7);
  expect(compared).toBeGreaterThan(outputs.length * VALUES_PER_SCHEMA * 0.9);
}, 600_000);
