import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { validateCallgenConfig } from '../../generator/config/generated/validators.js';
import { REPO } from '../support/generate.js';
import { readmeJson } from '../support/readme.js';

// The config file's JSON Schema ships in the package for editors ("$schema" in callgen.config.json).
// An editor reads it with a validator of its own: here Ajv stands in for it, and must agree with
// the validator callgen generated from the same file about the README's configs.

const SCHEMA_FILE = 'generator/config/schema/callgenConfig.json';
const schema = JSON.parse(readFileSync(path.join(REPO, SCHEMA_FILE), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { files: string[]; exports: Record<string, unknown> };

/** Ajv as an editor would run it: JSON Schema 2020-12, callgen's own x- keyword known to be an annotation. */
function editorValidator(): (value: unknown) => boolean {
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addKeyword({ keyword: 'x-request-body' });
  return ajv.compile(schema);
}

/** Every `"$ref"` value in a JSON value. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === '$ref' && typeof inner === 'string' ? [inner] : refs(inner)));
}

const readmeConfigs = {
  'the Config file section': () => readmeJson('## Config file'),
  'the annotations example': () => readmeJson('declares them, at the top level'),
};

describe("the config file's JSON Schema", () => {
  test('is one file: every $ref stays inside it, so an editor that loads the shipped copy fetches nothing', () => {
    expect(refs(schema).length).toBeGreaterThan(0);
    expect(refs(schema).filter((ref) => !ref.startsWith('#/'))).toEqual([]);
    expect(schema['$id']).toBe('https://schemas.callgen.dev/config/callgenConfig.json');
  });

  test('ships in the package, at the path the README gives "$schema", and as callgen/config.schema.json', () => {
    const given = (readmeJson('## Config file') as { $schema: string }).$schema;
    expect(given).toBe(`./node_modules/callgen/${SCHEMA_FILE}`);
    expect(pkg.files).toContain(SCHEMA_FILE);
    expect(pkg.exports['./config.schema.json']).toBe(`./${SCHEMA_FILE}`);
  });

  test.each(Object.entries(readmeConfigs))("%s validates against it, in an editor's validator and in callgen's", (_where, config) => {
    const value = config();
    expect(editorValidator()(value)).toBe(true);
    expect(validateCallgenConfig(value).ok).toBe(true);
  });

  test('a misspelt option, a missing out, an unknown apiVersion and a backslash in a path are errors to both validators', () => {
    const wrong = [
      { targets: [{ out: 'src', schema: 'schemas' }] },
      { targets: [{ name: 'graph' }] },
      { targets: [{ out: 'src', apiVersion: 'v2' }] },
      { targets: [] },
      { target: [{ out: 'src' }] },
      { targets: [{ out: 'src\\generated' }] },
    ];
    const editor = editorValidator();
    expect(wrong.map((config) => [editor(config), validateCallgenConfig(config).ok])).toEqual(wrong.map(() => [false, false]));
  });
});
