import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { formatProblem } from '../../generator/diagnostics.js';
import { importGenerated } from '../../generator/load.js';
import { generate } from '../../generator/pipeline.js';
import { addFormats } from '../schemas/support.js';
import { oracleSchema, PROPERTY_NAMES, randomOpenApi, type RandomDocument, type Variants } from '../support/random-openapi.js';
import { Random, randomValue, type Json } from '../support/random-schemas.js';
import { typecheck } from '../support/typecheck.js';

// "No input crashes it or makes it write code that does not compile", for OpenAPI documents nobody
// has seen: random 3.0 and 3.1 documents (test/support/random-openapi.ts), each generated on its
// own. The generator never throws; a refusal names a place that exists in the document; every
// output compiles under the strictest flags (one program for all); and on random values each
// operation's request validator and response validators give OpenAPI's verdict, as Ajv reads
// the body schema (`oracleSchema`). CALLGEN_RANDOM_OPENAPI sets how many (20 here; 2,000 were run
// when this was written, in parts of 500: CALLGEN_RANDOM_OPENAPI_SEED=501 and so on).

const COUNT = Number(process.env['CALLGEN_RANDOM_OPENAPI'] ?? 20);
// Imported validators stay in memory (ES modules are never unloaded): a large run goes in parts, each from its first seed.
const FIRST = Number(process.env['CALLGEN_RANDOM_OPENAPI_SEED'] ?? 1);
/** Outputs type-checked in one program: all of them at the default count, and memory stays bounded at any count. */
const PER_PROGRAM = 250;
const VALUES_PER_BODY = 12;

type Verdict = (value: unknown) => { readonly ok: boolean };
interface TableEntry {
  readonly method: string;
  readonly path: string;
  readonly validateRequest: Verdict | undefined;
  readonly responses: Record<string, Verdict | undefined>;
}
type JsonObject = { [key: string]: Json };

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

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An OpenAPI object, through a `$ref` to components (parameters, responses, request bodies). */
function follow(document: JsonObject, node: Json | undefined): JsonObject | undefined {
  if (isObject(node) && typeof node['$ref'] === 'string') return follow(document, at(document, node['$ref'].slice(1)) as Json | undefined);
  return isObject(node) ? node : undefined;
}

/** The schema of the first JSON media type of a body, as callgen types it (true: JSON with no schema); undefined: none. */
function bodySchema(body: JsonObject | undefined): Json | undefined {
  const content = body?.['content'];
  if (!isObject(content)) return undefined;
  const first = Object.keys(content)[0];
  const media = first === undefined ? undefined : content[first];
  if (first === undefined || !/json/.test(first) || !isObject(media)) return undefined;
  return media['schema'] ?? true;
}

/** Ajv's verdict on a body schema read as OpenAPI means it, in a mode; component schemas come from one bundle per mode. */
class Oracle {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false });
  private readonly schemas: JsonObject;
  /** The copies of components that in-place references of a request name (`Variants`), and how many of them Ajv has. */
  private readonly variants: Variants = { ids: new Map(), schemas: new Map() };
  private added = 0;

  constructor(private readonly random: RandomDocument) {
    addFormats(this.ajv);
    const schemas = (random.document['components'] as JsonObject)['schemas'] as JsonObject;
    this.schemas = schemas;
    const bundle = (mode: 'request' | 'response') => Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, oracleSchema(s, random.version, mode, schemas, [], this.variants)]));
    this.ajv.addSchema({ $id: 'https://callgen.test/components', $defs: { request: bundle('request'), response: bundle('response') } });
  }

  compile(schema: Json, mode: 'request' | 'response'): ValidateFunction {
    const translated = absolute(oracleSchema(schema, this.random.version, mode, this.schemas, [], this.variants));
    // Copies made since the last compile (by the bundle or this body) go to Ajv before the body that may name them.
    for (const [id, copy] of [...this.variants.schemas].slice(this.added)) this.ajv.addSchema({ ...(absolute(copy) as JsonObject), $id: id });
    this.added = this.variants.schemas.size;
    return this.ajv.compile(translated as object);
  }
}

/** A translated schema whose `$ref`s to the oracle's component copies name the components' schema. */
function absolute(schema: Json): Json {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"https://callgen.test/components#/$defs/')) as Json;
}

/** A value for a body: the grammar's, and now and then an object with a discriminator tag. */
function bodyValue(random: Random): Json {
  const value = randomValue(random, 0, PROPERTY_NAMES);
  if (isObject(value) && random.chance(0.4)) value['petType'] = random.pick(['Cat', 'cat', 'Dog', 'dog', 'Bird', 'bird', 'Animal']);
  return value;
}

test(`${COUNT} random OpenAPI documents: no crash, refusals at real places, outputs that compile, OpenAPI's verdicts`, async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'callgen-random-openapi-'));
  await writeFile(path.join(scratch, 'package.json'), '{ "type": "module" }\n');
  const failures: string[] = [];
  const outputs: string[] = [];
  let compared = 0;
  for (let seed = FIRST; seed < FIRST + COUNT; seed++) {
    const random = new Random(seed);
    const generated = randomOpenApi(random);
    const { document } = generated;
    const folder = path.join(scratch, String(seed));
    await mkdir(folder, { recursive: true });
    const file = random.chance(0.3) ? 'openapi.yaml' : 'openapi.json';
    await writeFile(path.join(folder, file), file.endsWith('.yaml') ? stringify(document) : JSON.stringify(document));
    let result: Awaited<ReturnType<typeof generate>>;
    try {
      result = await generate({ schemas: folder, out: path.join(folder, 'out'), openapi: path.join(folder, file) });
    } catch (error) {
      failures.push(`seed ${seed}: generate threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      continue;
    }
    if (!result.ok) {
      const misplaced = result.problems.filter((p) => p.file !== file || at(document, p.pointer) === undefined);
      failures.push(...misplaced.map((p) => `seed ${seed}: a problem at no place of the document: ${formatProblem(p)}`));
      continue;
    }
    await mkdir(path.join(folder, 'out'), { recursive: true });
    for (const emitted of result.files) await writeFile(path.join(folder, 'out', emitted.path), emitted.text);
    outputs.push(path.join(folder, 'out', 'index.ts'));
    if (generated.inheritance) continue; // a $ref to an extended base means its children: callgen's reading, not modelled here
    const exports = await importGenerated(result.files);
    const oracle = new Oracle(generated);
    const table = (exports['operations'] ?? {}) as Record<string, TableEntry>;
    for (const [name, entry] of Object.entries(table)) {
      const operation = follow(document, at(document, `/paths/${entry.path.replaceAll('~', '~0').replaceAll('/', '~1')}/${entry.method.toLowerCase()}`) as Json | undefined);
      if (operation === undefined) {
        failures.push(`seed ${seed}: ${name} is ${entry.method} ${entry.path}, which the document has not`);
        continue;
      }
      const checks: [string, Verdict | undefined, Json | undefined, 'request' | 'response'][] = [[`${name} request`, entry.validateRequest, bodySchema(follow(document, operation['requestBody'])), 'request']];
      const responses = isObject(operation['responses']) ? operation['responses'] : {};
      for (const status of Object.keys(responses)) {
        const key = status === 'default' ? status : status.toUpperCase();
        checks.push([`${name} ${status}`, entry.responses[key], bodySchema(follow(document, responses[status])), 'response']);
      }
      for (const [label, ours, schema, mode] of checks) {
        if ((ours === undefined) !== (schema === undefined)) {
          failures.push(`seed ${seed}: ${label}: ${ours === undefined ? 'no validator' : 'a validator'}, ${schema === undefined ? 'no JSON body' : 'a JSON body'} in the document`);
          continue;
        }
        if (ours === undefined || schema === undefined) continue;
        const theirs = oracle.compile(schema, mode);
        for (let i = 0; i < VALUES_PER_BODY; i++) {
          const value = bodyValue(random);
          let expected: boolean;
          try {
            expected = theirs(value) as boolean;
          } catch {
            continue; // a $ref loop that never steps into the value overflows Ajv's stack: no verdict
          }
          const got = ours(value).ok;
          if (got !== expected) failures.push(`seed ${seed}: ${label}: ${JSON.stringify(value)} is ${got ? 'valid' : 'invalid'} to callgen, ${expected ? 'valid' : 'invalid'} to OpenAPI (Ajv)`);
          compared++;
        }
      }
    }
  }
  for (let i = 0; i < outputs.length; i += PER_PROGRAM) failures.push(...typecheck(outputs.slice(i, i + PER_PROGRAM), 'NodeNext'));
  expect(failures).toEqual([]);
  // Most documents generate (the rest are refused at a place of the document: a path parameter the template lacks, ...), and most bodies are compared.
  expect(outputs.length).toBeGreaterThan(COUNT * 0.6);
  expect(compared).toBeGreaterThan(outputs.length * VALUES_PER_BODY);
}, 600_000);
