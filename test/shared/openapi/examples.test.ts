import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../../generator/openapi/documents.js';
import { isJsonMediaType, operationName } from '../../../generator/openapi/operations.js';
import { formatProblem } from '../../../generator/diagnostics.js';
import { generate } from '../../../generator/pipeline.js';
import { RESOLUTIONS, typecheck } from '../../support/typecheck.js';
import { sharedPath } from '../support/shared.js';

const EXAMPLES = sharedPath('openapi-examples', 'examples');
const documents = ['v3.0', 'v3.1'].flatMap((version) =>
  readdirSync(path.join(EXAMPLES, version))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `${version}/${name}`),
);

// What callgen makes of each example document, decided by reading it. A refusal names the exact
// place and the feature outside callgen's scope.
// None is refused now: non-oauth-scopes.yaml's operation lists no responses, which 3.1 allows
// (json-schema.test.ts has what callgen makes of that).
const refused: Record<string, readonly string[]> = {};

// How many documented examples each document has (counted by reading it): the check below must not run on none.
const EXAMPLE_COUNTS: Record<string, number> = { 'v3.0/api-with-examples.yaml': 4, 'v3.0/uspto.yaml': 1, 'v3.1/tictactoe.yaml': 3 };

test('the examples are all there: six of OpenAPI 3.0 and three of 3.1', () => {
  expect(documents).toHaveLength(9);
});

describe.each(documents)('%s', (document) => {
  const file = path.join(EXAMPLES, document);
  const expected = refused[document];

  if (expected !== undefined) {
    test('is refused, each problem at file#/json/pointer', async () => {
      const result = await generate({ schemas: path.dirname(file), out: path.join(tmpdir(), 'unused'), openapi: file });
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(expected);
    });
    return;
  }

  test('generates code that compiles strictly, and every documented example validates', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'callgen-openapi-example-'));
    const result = await generate({ schemas: path.dirname(file), out, openapi: file });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    for (const generated of result.files) writeFileSync(path.join(out, generated.path), generated.text);
    // An ESM package, as a consumer's would be: NodeNext reads the module kind from here.
    writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
    for (const resolution of Object.keys(RESOLUTIONS) as (keyof typeof RESOLUTIONS)[]) {
      expect(typecheck([path.join(out, 'index.ts')], resolution)).toEqual([]);
    }
    const code = (await import(pathToFileURL(path.join(out, 'index.ts')).href)) as Record<string, unknown>;
    const examples = documentedExamples(file);
    expect(examples).toHaveLength(EXAMPLE_COUNTS[document] ?? 0);
    for (const example of examples) {
      const validate = validatorFor(code, example);
      expect(validate, example.where).toBeTypeOf('function');
      const verdict = (validate as (value: unknown) => { ok: boolean; errors?: unknown })(example.value);
      expect(verdict.ok ? [] : verdict.errors, example.where).toEqual([]);
    }
  });
});

test("uspto.yaml's uri-reference is a format callgen checks: kept, with no note", async () => {
  const file = path.join(EXAMPLES, 'v3.0/uspto.yaml');
  const result = await generate({ schemas: path.dirname(file), out: path.join(tmpdir(), 'unused'), openapi: file });
  expect(result.ok && result.notes.map(formatProblem)).toEqual([]);
  expect(result.ok && result.files.find((f) => f.path === 'validators.ts')?.text).toContain("'must be a URI reference', 'uri-reference'");
});

test('a value that breaks a documented example is refused (the check is not vacuous)', async () => {
  const file = path.join(EXAMPLES, 'v3.1/tictactoe.yaml');
  const out = mkdtempSync(path.join(tmpdir(), 'callgen-openapi-example-'));
  const result = await generate({ schemas: path.dirname(file), out, openapi: file });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  for (const generated of result.files) writeFileSync(path.join(out, generated.path), generated.text);
  const code = (await import(pathToFileURL(path.join(out, 'index.ts')).href)) as Record<string, any>;
  expect(code['validateMark']('Z').ok).toBe(false);
  expect(code['validateCoordinate'](4).ok).toBe(false);
  expect(code['operations']['put-square'].responses['200']({ winner: '.', board: [['X']] }).errors[0].path).toBe('/board');
});

interface Example {
  readonly where: string;
  readonly value: unknown;
  /** An operation's request (status undefined) or response, or a component schema. */
  readonly target: { readonly operation: string; readonly status: string | undefined } | { readonly component: string };
}

/** Every `example` and `examples[*].value` of a JSON body of an operation, and every component schema's `example`. */
function documentedExamples(file: string): Example[] {
  const parsed = parseYaml(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  const root = parsed.value as Record<string, any>;
  const found: Example[] = [];
  for (const [template, item] of Object.entries<any>(root['paths'] ?? {})) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const operation = item[method];
      if (operation === undefined) continue;
      const name = operationName(operation, method, template);
      const bodies: [string | undefined, any][] = [[undefined, operation.requestBody], ...Object.entries<any>(operation.responses ?? {})];
      for (const [status, body] of bodies) {
        for (const [mediaType, media] of Object.entries<any>(body?.content ?? {})) {
          if (!isJsonMediaType(mediaType)) continue;
          const values = [...('example' in media ? [media.example] : []), ...Object.values<any>(media.examples ?? {}).map((e) => e.value)];
          for (const value of values) found.push({ where: `${template} ${method} ${status ?? 'request'}`, value, target: { operation: name, status } });
        }
      }
    }
  }
  for (const [name, schema] of Object.entries<any>(root['components']?.schemas ?? {})) {
    if ('example' in schema) found.push({ where: `components/schemas/${name}`, value: schema.example, target: { component: name } });
  }
  return found;
}

function validatorFor(code: Record<string, unknown>, example: Example): unknown {
  if ('component' in example.target) return code[`validate${example.target.component.charAt(0).toUpperCase()}${example.target.component.slice(1)}`];
  const operations = code['operations'] as Record<string, { validateRequest: unknown; responses: Record<string, unknown> }>;
  const operation = operations[example.target.operation];
  return example.target.status === undefined ? operation?.validateRequest : operation?.responses[example.target.status];
}
