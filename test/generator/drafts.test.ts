import { afterAll, describe, expect, test } from 'vitest';
import { loadSchemas, removeScratch, responseValidator as validator, type Validate } from '../support/load.js';

// A file that declares draft-04, draft-06, draft-07 or 2019-09 is read as that draft means. The
// official test suite beside the project holds draft 2020-12 only, so these cases are written by
// hand after the suite's draft4 to draft2019-09 files (items.json, additionalItems.json,
// dependencies.json, ref.json, id.json, exclusiveMinimum.json): each verdict is the one those drafts give.

const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';
const DRAFT_06 = 'http://json-schema.org/draft-06/schema#';
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const DRAFT_2019 = 'https://json-schema.org/draft/2019-09/schema';

afterAll(removeScratch);

const issues = (result: ReturnType<Validate>): string[] => (result.errors ?? []).map((e) => `${e.path} ${e.keyword}`);

async function tupleOf(draft: string): Promise<Validate> {
  return validator(
    await loadSchemas({ 'pair.json': { $schema: draft, title: 'pair', type: 'array', items: [{ type: 'string' }, { type: 'number' }], additionalItems: { type: 'boolean' } } }),
    'pair',
  );
}

describe.each([
  ['draft-04', DRAFT_04],
  ['draft-06', DRAFT_06],
  ['draft-07', DRAFT_07],
  ['2019-09', DRAFT_2019],
])('items as an array, under %s', (_name, draft) => {
  test('is a tuple, and additionalItems holds the items after it', async () => {
    const pair = await tupleOf(draft);
    expect(pair(['a', 1]).ok).toBe(true);
    expect(pair(['a']).ok).toBe(true); // a tuple does not require its positions
    expect(pair(['a', 1, true, false]).ok).toBe(true);
    expect(issues(pair([1, 'a', 'x']))).toEqual(['/0 type', '/1 type', '/2 type']);
  });

  test('with no additionalItems, the items after the tuple are anything', async () => {
    const loaded = await loadSchemas({ 'pair.json': { $schema: draft, title: 'pair', items: [{ type: 'integer' }] } });
    expect(validator(loaded, 'pair')([1, 'x', null]).ok).toBe(true);
    expect(issues(validator(loaded, 'pair')(['x']))).toEqual(['/0 type']);
  });

  test('additionalItems beside a schema "items" (not a tuple) has no effect', async () => {
    const loaded = await loadSchemas({ 'list.json': { $schema: draft, title: 'list', items: { type: 'integer' }, additionalItems: false } });
    expect(validator(loaded, 'list')([1, 2, 3]).ok).toBe(true);
    expect(issues(validator(loaded, 'list')([1, 'x']))).toEqual(['/1 type']);
  });

  test('a problem inside the tuple is placed where the file writes it, under "items"', async () => {
    const loaded = await loadSchemas({ 'pair.json': { $schema: draft, items: [{ type: 'text' }], additionalItems: { minimum: 'x' } } });
    expect(loaded.ok ? [] : loaded.problems).toEqual([
      'pair.json#/additionalItems/minimum: "minimum" must be a number',
      expect.stringMatching(/^pair\.json#\/items\/0\/type: /),
    ]);
  });

  test('a $ref through the tuple still finds its schema', async () => {
    const loaded = await loadSchemas({
      'pair.json': { $schema: draft, title: 'pair', type: 'object', properties: { a: { items: [{ type: 'string' }] }, b: { $ref: '#/properties/a/items/0' } } },
    });
    expect(issues(validator(loaded, 'pair')({ a: ['x'], b: 1 }))).toEqual(['/b type']);
  });
});

describe.each([
  ['draft-04', DRAFT_04],
  ['draft-06', DRAFT_06],
  ['draft-07', DRAFT_07],
])('dependencies, under %s', (_name, draft) => {
  const schema = {
    $schema: draft,
    title: 'card',
    type: 'object',
    properties: { number: { type: 'string' }, billing: { type: 'string' }, cvc: { type: 'string' } },
    dependencies: { number: ['billing'], cvc: { required: ['number'] } },
  };

  test('an array is dependentRequired, a schema dependentSchemas', async () => {
    const card = validator(await loadSchemas({ 'card.json': schema }), 'card');
    expect(card({ number: '4', billing: 'b' }).ok).toBe(true);
    expect(issues(card({ number: '4' }))).toEqual(['/billing dependentRequired']);
    expect(issues(card({ cvc: '1' }))).toEqual(['/number required']);
    expect(card({}).ok).toBe(true);
  });

  test('under 2019-09, which split it in two, "dependencies" is still refused', async () => {
    const loaded = await loadSchemas({ 'card.json': { ...schema, $schema: DRAFT_2019 } });
    expect(loaded.ok ? [] : loaded.problems).toEqual([expect.stringMatching(/^card\.json#\/dependencies: unsupported keyword "dependencies": it is the draft-07 keyword/)]);
  });
});

describe('$ref siblings', () => {
  const files = (draft: string) => ({
    'list.json': {
      $schema: draft,
      title: 'list',
      type: 'object',
      definitions: { reffed: { type: 'array' } },
      properties: { foo: { $ref: '#/definitions/reffed', maxItems: 2, description: 'Kept: an annotation.' } },
    },
  });

  test('draft-07 ignores every keyword beside $ref (the suite: "ref overrides any sibling keywords"), with a note', async () => {
    const loaded = await loadSchemas(files(DRAFT_07));
    const list = validator(loaded, 'list');
    expect(list({ foo: [1, 2, 3] }).ok).toBe(true);
    expect(issues(list({ foo: 'b' }))).toEqual(['/foo type']);
    expect(loaded.ok ? loaded.result.notes.map((n) => `${n.pointer}: ${n.message}`) : []).toEqual([
      '/properties/foo: draft-07 ignores every keyword beside "$ref", so "maxItems" has no effect here, in callgen as in any draft-07 validator; to apply it too, put the "$ref" in an "allOf" beside it, or declare draft 2019-09 or later',
    ]);
    expect(loaded.ok ? loaded.result.files.find((f) => f.path === 'types.ts')?.text : '').toContain('Kept: an annotation.');
  });

  test.each([
    ['draft-04', DRAFT_04],
    ['draft-06', DRAFT_06],
  ])('%s ignores them too', async (name, draft) => {
    const loaded = await loadSchemas(files(draft));
    expect(validator(loaded, 'list')({ foo: [1, 2, 3] }).ok).toBe(true);
    expect(loaded.ok ? loaded.result.notes.map((n) => n.message.slice(0, 120)) : []).toEqual([
      `${name} ignores every keyword beside "$ref", so "maxItems" has no effect here, in callgen as in any ${name} validator;`.slice(0, 120),
    ]);
  });

  test('2019-09 applies them', async () => {
    const list = validator(await loadSchemas(files(DRAFT_2019)), 'list');
    expect(issues(list({ foo: [1, 2, 3] }))).toEqual(['/foo maxItems']);
  });

  test('a sibling $id does not change the base URI of a draft-07 $ref (the suite: "$ref prevents a sibling $id from changing the base uri")', async () => {
    const loaded = await loadSchemas({
      'base.json': {
        $schema: DRAFT_07,
        $id: 'http://localhost:1234/sibling_id/base/',
        title: 'base',
        definitions: { foo: { $id: 'http://localhost:1234/sibling_id/foo.json', type: 'string' }, baseFoo: { $id: 'foo.json', type: 'number' } },
        allOf: [{ $id: 'http://localhost:1234/sibling_id/', $ref: 'foo.json' }],
      },
    });
    expect(validator(loaded, 'base')(5).ok).toBe(true);
    expect(issues(validator(loaded, 'base')('a'))).toEqual([' type']);
  });
});

describe('draft-04', () => {
  test('"id" is the base URI a $ref resolves against, and "#name" names a schema', async () => {
    const loaded = await loadSchemas({
      'order.json': {
        $schema: DRAFT_04,
        id: 'http://shop.example/schemas/order.json',
        title: 'order',
        type: 'object',
        properties: { quantity: { $ref: 'count.json' }, note: { $ref: '#text' } },
        definitions: { text: { id: '#text', type: 'string' } },
      },
      'quantities.json': { $schema: DRAFT_04, id: 'http://shop.example/schemas/count.json', title: 'count', type: 'integer' },
    });
    const order = validator(loaded, 'order');
    expect(order({ quantity: 2, note: 'x' }).ok).toBe(true);
    expect(issues(order({ quantity: 1.5, note: 3 }))).toEqual(['/quantity type', '/note type']);
  });

  test('a boolean exclusiveMinimum/exclusiveMaximum makes the bound beside it exclusive; false leaves it inclusive', async () => {
    const ratio = validator(
      await loadSchemas({ 'ratio.json': { $schema: DRAFT_04, title: 'ratio', type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: false } }),
      'ratio',
    );
    expect(ratio(0.5).ok).toBe(true);
    expect(ratio(1).ok).toBe(true);
    expect(issues(ratio(0))).toEqual([' exclusiveMinimum']);
    expect(issues(ratio(1.5))).toEqual([' maximum']);
  });

  test('a flag with no bound beside it has no effect', async () => {
    const any = validator(await loadSchemas({ 'any.json': { $schema: DRAFT_04, title: 'any', type: 'number', exclusiveMaximum: true } }), 'any');
    expect(any(-1e9).ok).toBe(true);
  });

  test('what cannot be rewritten is refused where the file writes it', async () => {
    const loaded = await loadSchemas({ 'ratio.json': { $schema: DRAFT_04, id: 7, minimum: 'zero', exclusiveMinimum: true } });
    expect(loaded.ok ? [] : loaded.problems).toEqual([
      expect.stringMatching(/^ratio\.json#\/exclusiveMinimum: "exclusiveMinimum" is the draft-04 form/),
      expect.stringMatching(/^ratio\.json#\/id: unknown keyword "id"/),
      'ratio.json#/minimum: "minimum" must be a number',
    ]);
  });

  test('where the file does not declare draft-04, its boolean bound is refused, saying how to declare it', async () => {
    const loaded = await loadSchemas({ 'ratio.json': { minimum: 0, exclusiveMinimum: true } });
    expect(loaded.ok ? [] : loaded.problems).toEqual([
      expect.stringContaining('(or declare "$schema": "http://json-schema.org/draft-04/schema#" if the file is written in draft-04)'),
    ]);
  });
});

describe('a $schema callgen does not read', () => {
  test('is refused, naming the drafts it reads', async () => {
    const loaded = await loadSchemas({ 'old.json': { $schema: 'http://json-schema.org/draft-03/schema#', type: 'string' } });
    expect(loaded.ok ? [] : loaded.problems).toEqual([
      'old.json#/$schema: "$schema" "http://json-schema.org/draft-03/schema#" is not a dialect callgen reads (draft 2020-12, 2019-09, draft-07, draft-06 or draft-04); use https://json-schema.org/draft/2020-12/schema',
    ]);
  });

  // typedoc's config schema declares "https://json-schema.org/draft-07/schema"; Ajv refuses it
  // too ("no schema with key or ref"). Pointing such a file at 2020-12 would change what it means.
  // Truffle's contract schemas declare "http://json-schema.org/schema#", which Ajv refuses too:
  // that URI names today's newest draft, whatever draft the file was written for.
  test('the URI of the newest draft is refused, asking for the draft the file is written in', async () => {
    const loaded = await loadSchemas({ 'newest.json': { $schema: 'http://json-schema.org/schema#', type: 'string' } });
    expect(loaded.ok ? [] : loaded.problems).toEqual([
      'newest.json#/$schema: "$schema" "http://json-schema.org/schema#" is not a dialect callgen reads (draft 2020-12, 2019-09, draft-07, draft-06 or draft-04); it names whichever draft is newest when the file is read, not the one it was written in: declare that one ("http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2020-12/schema", ...)',
    ]);
  });

  test('another spelling of a draft it reads is refused, naming that draft\'s own URI', async () => {
    const spelt = ['https://json-schema.org/draft-07/schema', 'http://www.json-schema.org/draft-04/schema.json', 'http://json-schema.org/draft/2020-12/schema#'];
    const problems = await Promise.all(spelt.map(async ($schema) => loadSchemas({ 'spelt.json': { $schema, type: 'string' } })));
    expect(problems.map((loaded) => (loaded.ok ? '' : (loaded.problems[0] ?? '').replace(/^.*; /, '')))).toEqual([
      'write "http://json-schema.org/draft-07/schema#", the one URI that names that draft',
      'write "http://json-schema.org/draft-04/schema#", the one URI that names that draft',
      'write "https://json-schema.org/draft/2020-12/schema", the one URI that names that draft',
    ]);
  });
});

describe('draft 2020-12, and a file with no $schema', () => {
  test.each([['2020-12', 'https://json-schema.org/draft/2020-12/schema'], ['no $schema', undefined]])('%s keeps the near-miss refusals', async (_name, draft) => {
    const loaded = await loadSchemas({ 'pair.json': { ...(draft === undefined ? {} : { $schema: draft }), items: [{ type: 'string' }], additionalItems: false } });
    expect(loaded.ok ? [] : loaded.problems).toEqual([
      expect.stringMatching(/^pair\.json#\/additionalItems: unsupported keyword "additionalItems"/),
      expect.stringMatching(/^pair\.json#\/items: "items" is the draft-07 tuple form/),
    ]);
  });

  test('a draft-07 resource embedded in a 2020-12 file is read as draft-07, and only it', async () => {
    const loaded = await loadSchemas({
      'outer.json': {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'outer',
        type: 'object',
        properties: { old: { $id: 'old.json', $schema: DRAFT_07, items: [{ type: 'string' }] }, now: { prefixItems: [{ type: 'string' }] } },
      },
    });
    expect(issues(validator(loaded, 'outer')({ old: [1], now: [2] }))).toEqual(['/old/0 type', '/now/0 type']);
  });
});

describe('deprecated with a reason (a string), as tools wrote it before 2019-09 made it a keyword', () => {
  const files = (draft: string) => ({
    'settings.json': {
      $schema: draft,
      title: 'settings',
      type: 'object',
      properties: {
        inputs: { type: 'array', description: 'Files that affect every project.', deprecated: 'Use namedInputs instead.' },
        legacy: { type: 'string', deprecated: 'Ignored since v2.' },
      },
    },
  });

  test.each([
    ['draft-04', DRAFT_04],
    ['draft-07', DRAFT_07],
  ])('under %s marks the property deprecated, the reason ending its doc comment', async (_name, draft) => {
    const loaded = await loadSchemas(files(draft));
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const types = loaded.result.files.find((f) => f.path === 'types.ts')?.text ?? '';
    expect(types).toContain(['   * Files that affect every project.', '   *', '   * Deprecated: Use namedInputs instead.', '   * @deprecated', '   */', '  inputs?: unknown[];'].join('\n'));
    expect(types).toContain(['   * Deprecated: Ignored since v2.', '   * @deprecated', '   */', '  legacy?: string;'].join('\n'));
  });

  test('under 2019-09, where deprecated is a keyword, a string is refused', async () => {
    const loaded = await loadSchemas(files(DRAFT_2019));
    expect(loaded.ok ? [] : loaded.problems).toEqual([
      'settings.json#/properties/inputs/deprecated: "deprecated" must be true or false',
      'settings.json#/properties/legacy/deprecated: "deprecated" must be true or false',
    ]);
  });
});
