import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Loaded, Validate } from './load.js';

// Comparing callgen's generated validators with Ajv 2020 on the same schema files
// (test/generator/unevaluated-*.test.ts).

const BASE = 'https://callgen.test/';

/** The validator of the schema named `name` in `mode`; throws, listing the problems, where the folder was refused. */
export function validator(loaded: Loaded, name: string, mode: 'request' | 'response'): Validate {
  if (!loaded.ok) throw new Error(`refused:\n${loaded.problems.join('\n')}`);
  const found = loaded.validators[name]?.[mode];
  if (found === undefined) throw new Error(`no ${mode} validator for ${name}`);
  return found;
}

/** Ajv 2020's verdicts on `values` against `file` of `files` (each file gets an `$id`, so `$ref`s between files resolve). */
export function ajvVerdicts(files: Readonly<Record<string, Record<string, unknown>>>, file: string, values: readonly unknown[]): boolean[] {
  const ajv = new Ajv2020({ strict: false });
  for (const [name, schema] of Object.entries(files)) ajv.addSchema({ ...schema, $id: `${BASE}${name}` });
  const validate = ajv.getSchema(`${BASE}${file}`);
  if (validate === undefined) throw new Error(`Ajv has no ${file}`);
  return values.map((value) => validate(value) === true);
}
