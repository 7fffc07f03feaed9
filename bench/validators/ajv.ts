import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { BASE_URI, isObject, type Json, type JsonObject, loadSchemas, type SchemaFile, X_KEYWORDS } from '../../test/schemas/support.js';

// Ajv 8 as the peer: the curated schemas as they are, with one addition so Ajv compiles each
// tagged union to a lookup by tag instead of trying every branch (its `discriminator` keyword,
// which Ajv accepts only when every branch declares and requires the tag). The x- keywords are
// annotations, as in the schema tests (test/schemas/support.ts).

type AddFormats = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

const TAG = '@odata.type';

export interface AjvSetup {
  readonly compile: (schemaFile: string) => (value: unknown) => boolean;
  /** Schema files whose `oneOf` got a discriminator; the others stay plain `oneOf`. */
  readonly discriminated: readonly string[];
}

export function createBenchAjv(allErrors: boolean): AjvSetup {
  const { ajv, discriminated } = loadedAjv(allErrors, false);
  const compile = (schemaFile: string): ((value: unknown) => boolean) => {
    const validate = ajv.getSchema(`${BASE_URI}${schemaFile}`);
    if (validate === undefined) throw new Error(`Ajv has no schema ${schemaFile}`);
    return (value) => validate(value) as boolean;
  };
  return { compile, discriminated };
}

/** The same Ajv set up for standalone code (ESM), with each schema file's `$id`, for the bundle sizes. */
export function createStandaloneAjv(allErrors: boolean): { readonly ajv: Ajv2020; readonly ids: readonly (readonly [file: string, id: string])[] } {
  const { ajv, files } = loadedAjv(allErrors, true);
  return { ajv, ids: files.map((f) => [f.file, `${BASE_URI}${f.file}`] as const) };
}

function loadedAjv(allErrors: boolean, standalone: boolean): { readonly ajv: Ajv2020; readonly files: readonly SchemaFile[]; readonly discriminated: readonly string[] } {
  const files = loadSchemas();
  const byFile = new Map(files.map((f) => [f.file, f.schema]));
  const code = standalone ? { code: { source: true, esm: true } } : {};
  const ajv = new Ajv2020({ allErrors, strict: true, strictRequired: false, discriminator: true, ...code });
  addFormats(ajv);
  ajv.addVocabulary([...X_KEYWORDS]);
  const discriminated: string[] = [];
  for (const file of files) {
    const tagged = withDiscriminator(file, byFile);
    if (tagged !== file.schema) discriminated.push(file.file);
    ajv.addSchema(tagged);
  }
  return { ajv, files, discriminated };
}

/** The file's schema, with a discriminator on its root `oneOf` where Ajv can use one. */
function withDiscriminator(file: SchemaFile, byFile: ReadonlyMap<string, JsonObject>): JsonObject {
  const branches = file.schema['oneOf'];
  if (!Array.isArray(branches)) return file.schema;
  const everyBranchTagged = branches.every((branch: Json) => {
    const target = isObject(branch) && typeof branch['$ref'] === 'string' ? byFile.get(branch['$ref']) : undefined;
    return target !== undefined && declaresTag(target) && requiresTag(target);
  });
  // Strict mode wants the type a discriminator applies to; every branch is an object anyway.
  return everyBranchTagged ? { ...file.schema, type: 'object', discriminator: { propertyName: TAG } } : file.schema;
}

function declaresTag(schema: JsonObject): boolean {
  const properties = schema['properties'];
  const tag = isObject(properties) ? properties[TAG] : undefined;
  return isObject(tag) && (tag['const'] !== undefined || Array.isArray(tag['enum']));
}

function requiresTag(schema: JsonObject): boolean {
  const required = schema['required'];
  return Array.isArray(required) && required.includes(TAG);
}
