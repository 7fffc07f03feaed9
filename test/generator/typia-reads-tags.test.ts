import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compileTypia, moduleFor } from '../../bench/validators/typia.js';
import { generateFolder, REPO } from '../support/generate.js';

// The README says tools that read types take the constraints from the tags callgen writes. This
// holds it to one such tool: typia (a dev dependency) compiles the generated types.ts with its own
// CLI, and its createIs must give the verdict callgen's isX gives on each constraint's edges.
// Values are plain ones that both formats' implementations agree on: the test is about the tags
// reaching typia, not about how each checks a UUID. (A fractional bound gets no tag, since typia
// refuses to compile one: constraint-tags.test.ts.)

const OTHER_FORMATS = ['uri-reference', 'iri', 'iri-reference', 'date', 'time', 'email', 'idn-email', 'hostname', 'idn-hostname', 'ipv4', 'ipv6', 'json-pointer', 'relative-json-pointer', 'duration', 'uri-template', 'regex'];

const SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'thing',
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    at: { type: 'string', format: 'date-time' },
    callback: { type: 'string', format: 'uri', pattern: '^https://' },
    code: { type: 'string', minLength: 2, maxLength: 4 },
    small: { type: 'integer', format: 'int32' },
    count: { type: 'integer', minimum: 0 },
    ratio: { type: 'number', minimum: -1, exclusiveMaximum: 1 },
    step: { type: 'integer', multipleOf: 5 },
    tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
    maybe: { type: ['string', 'null'], format: 'uuid' },
    either: { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'integer', maximum: 9 }] },
    named: { $ref: '#/$defs/guid' },
    // Every other format callgen checks: typia must compile a tag of each (it refuses a format it
    // does not know), and judge the edges below of nine of them as callgen does.
    ...Object.fromEntries(OTHER_FORMATS.map((format) => [format, { type: 'string', format }])),
  },
  $defs: { guid: { type: 'string', format: 'uuid' } },
};

const VALID = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  at: '2026-12-02T10:00:00Z',
  callback: 'https://bot.example.com/callback',
  code: 'ab',
  small: 2147483647,
  count: 0,
  ratio: 0.75,
  step: 10,
  tags: ['a', 'b', 'c'],
  maybe: null,
  either: 9,
};

/** Each property's edge values, valid and invalid, each put in place of VALID's. */
const EDGES: Record<string, readonly unknown[]> = {
  id: ['0f8fad5b-d9cb-469f-a165-70867728950', 'not-a-uuid'],
  at: ['2026-12-02', 'yesterday'],
  callback: ['http://bot.example.com/callback', 'https://bot.example.com/'],
  code: ['a', 'abcd', 'abcde'],
  small: [2147483648, -2147483648, 1.5],
  count: [-1, 1.5, 10],
  ratio: [1, 0.5, -1, -1.5],
  step: [7, 0, -5],
  tags: [[], ['a', 'a'], ['a', 'b', 'c', 'd'], ['z']],
  maybe: ['0f8fad5b-d9cb-469f-a165-70867728950e', 'nope'],
  either: [10, 8, '0f8fad5b-d9cb-469f-a165-70867728950e', 'nope'],
  named: ['0f8fad5b-d9cb-469f-a165-70867728950e', 'nope'],
  date: ['2026-12-02', '2026-13-02'],
  time: ['10:00:00Z', '25:00:00Z'],
  email: ['bot@example.com', 'not an email'],
  hostname: ['bot.example.com', 'bot..example.com'],
  ipv4: ['192.0.2.1', '192.0.2'],
  ipv6: ['2001:db8::1', '2001:db8::g'],
  'json-pointer': ['/a/b', 'a/b'],
  duration: ['P1D', 'P'],
  regex: ['^a+$', '('],
};

type Is = (value: unknown) => boolean;
let callgen: Is;
let typia: Is;
let scratch: string;

beforeAll(async () => {
  mkdirSync(path.join(REPO, '.scratch'), { recursive: true });
  // Inside the repository, so typia's output resolves the typia package from its node_modules.
  scratch = mkdtempSync(path.join(REPO, '.scratch', 'typia-reads-tags-'));
  mkdirSync(path.join(scratch, 'schemas'));
  writeFileSync(path.join(scratch, 'schemas', 'thing.json'), JSON.stringify(SCHEMA));
  const { files } = await generateFolder(path.join(scratch, 'schemas'));
  const generated = path.join(scratch, 'generated');
  mkdirSync(generated);
  for (const file of files) writeFileSync(path.join(generated, file.path), file.text);
  const types = files.find((f) => f.path === 'types.ts')?.text ?? '';
  compileTypia(path.join(scratch, 'typia'), { 'types.ts': types, 'three.ts': moduleFor(['Thing']) }, 'Thing');
  callgen = ((await import(path.join(generated, 'validators.ts'))) as { isThing: Is }).isThing;
  typia = ((await import(path.join(scratch, 'typia', 'out', 'three.ts'))) as { isThing: Is }).isThing;
}, 120_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

test('typia, compiled from the generated types, judges every edge of every constraint as callgen does', () => {
  expect(callgen(VALID)).toBe(true);
  expect(typia(VALID)).toBe(true);
  const verdicts = Object.entries(EDGES).flatMap(([name, values]) =>
    values.map((value) => {
      const candidate = { ...VALID, [name]: value };
      return { name, value, callgen: callgen(candidate), typia: typia(candidate) };
    }),
  );
  expect(verdicts.filter((v) => v.callgen !== v.typia)).toEqual([]);
  // Both sides refuse something on every property: a tag typia ignored would show as a property
  // whose every edge it accepts.
  for (const name of Object.keys(EDGES)) expect(verdicts.some((v) => v.name === name && !v.typia), name).toBe(true);
  expect(verdicts.filter((v) => v.callgen).length).toBeGreaterThan(5);
});
