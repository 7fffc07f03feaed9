import { Ajv2020 } from 'ajv/dist/2020.js';

// Comparing callgen's generated validators with Ajv 2020 on the same schema files
// (test/generator/unevaluated-*.test.ts).

const BASE = 'https://callgen.test/';

// The validator lookup the tests pair with these verdicts.
export { validator } from './load.js';

/** Ajv 2020's verdicts on `values` against `file` of `files` (each file gets an `$id`, so `$ref`s between files resolve). */
export function ajvVerdicts(files: Readonly<Record<string, Record<string, unknown>>>, file: string, values: readonly unknown[]): boolean[] {
  const ajv = new Ajv2020({ strict: false });
  for (const [name, schema] of Object.entries(files)) ajv.addSchema({ ...schema, $id: `${BASE}${name}` });
  const validate = ajv.getSchema(`${BASE}${file}`);
  if (validate === undefined) throw new Error(`Ajv has no ${file}`);
  return values.map((value) => validate(value) === true);
}
