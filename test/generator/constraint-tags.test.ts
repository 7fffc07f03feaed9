import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, expect, test } from 'vitest';
import { generateFolder } from '../support/generate.js';
import { checkedSource, tagLines } from '../support/jsdoc.js';
import { Random } from '../support/random-schemas.js';

// Each declared value's doc comment carries its constraints as block tags (`@format uuid`,
// `@maxLength 256`, `@type int32`). The tags are read back here the way tools read them, with
// TypeScript's own JSDoc parser, so a tag that a comment would cut short or merge with the next
// fails, not only a tag missing from the text.

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Tag lines (`@name text`) by interface or alias, then by property (`''` for the alias itself). */
type Tags = Record<string, Record<string, string[]>>;

/**
 * Every JSDoc block tag in a types.ts but `@deprecated`, as tools read them: through the type
 * checker's `getJsDocTags`, which typia and ts-json-schema-generator call.
 */
function tagsIn(text: string): Tags {
  const source = checkedSource(text);
  const read = (name: ts.Node): string[] => tagLines(source, name).filter((line) => line !== '@deprecated');
  const tags: Tags = {};
  for (const statement of source.file.statements) {
    if (ts.isTypeAliasDeclaration(statement)) {
      const own = read(statement.name);
      if (own.length > 0) tags[statement.name.text] = { '': own };
    }
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const properties: Record<string, string[]> = {};
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
      const own = read(member.name);
      if (own.length > 0) properties[member.name.text] = own;
    }
    if (Object.keys(properties).length > 0) tags[statement.name.text] = properties;
  }
  return tags;
}

async function typesOf(schema: object): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'callgen-constraint-tags-'));
  temporary.push(dir);
  mkdirSync(path.join(dir, 'schemas'));
  writeFileSync(path.join(dir, 'schemas', 'thing.json'), JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'thing', ...schema }));
  const { files } = await generateFolder(path.join(dir, 'schemas'));
  const types = files.find((f) => f.path === 'types.ts');
  if (types === undefined) throw new Error('no types.ts');
  return types.text;
}

test('the curated output: the constraints of schemas/ as tags, in both shapes of a type', () => {
  const tags = tagsIn(readFileSync('generated/types.ts', 'utf8'));
  // Read off schemas/call.json, identity.json, createCallRequest.json, playPromptRequest.json and deltaParticipants.json.
  expect(tags.Call?.callbackUri).toEqual(['@format uri', '@pattern ^https://']);
  expect(tags.Call?.tenantId).toEqual(['@format uuid']);
  expect(tags.Call?.callChainId).toEqual(['@format uuid']);
  expect(tags.Identity?.tenantId).toEqual(['@format uuid']);
  expect(tags.IdentityInput?.tenantId).toEqual(['@format uuid']);
  expect(tags.CreateCallRequest?.ringingTimeoutInSeconds).toEqual(['@type int32']);
  expect(tags.PlayPromptRequest?.prompts).toEqual(['@maxItems 20']);
  expect(tags.PlayPromptRequest?.clientContext).toEqual(['@maxLength 256']);
  expect(tags.DeltaParticipants?.sequenceNumber).toEqual(['@type int64']);
  // An object-valued property carries none: its own properties have theirs.
  expect(tags.CreateCallRequest?.mediaConfig).toBeUndefined();
});

test('strings, numbers and arrays: each constraint once, int32 by its exact range, other integers as int64 with their bounds', async () => {
  const tags = tagsIn(
    await typesOf({
      type: 'object',
      properties: {
        a: { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
        b: { type: 'integer', minimum: 0 },
        c: { type: ['number', 'null'], exclusiveMaximum: 1, multipleOf: 0.5 },
        d: { type: 'string', minLength: 1, format: 'date-time' },
        e: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
        f: { type: 'string' },
        g: { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'integer', maximum: 9 }, { type: 'null' }] },
      },
    }),
  );
  expect(tags.Thing).toEqual(tags.ThingInput);
  expect(tags).toMatchObject({
    Thing: {
      a: ['@type int32'],
      b: ['@type int64', '@minimum 0'],
      c: ['@exclusiveMaximum 1'],
      d: ['@format date-time', '@minLength 1'],
      e: ['@minItems 1', '@uniqueItems true'],
      g: ['@format uuid', '@type int64', '@maximum 9'],
    },
  });
});

test('a named string type carries its tags on the alias', async () => {
  const tags = tagsIn(await typesOf({ type: 'string', format: 'email', maxLength: 64 }));
  expect(tags).toEqual({ Thing: { '': ['@format email', '@maxLength 64'] } });
});

test('no tag where it would not speak of the declared value as typed', async () => {
  const tags = tagsIn(
    await typesOf({
      type: 'object',
      properties: {
        // The items' format, not the array's.
        ids: { type: 'array', items: { type: 'string', format: 'uuid' } },
        // Two constrained strings: a tag could not say which.
        either: { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'string', format: 'email' }] },
        // Any string passes by the second branch: a tag would refuse what the union accepts.
        orAnyString: { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'string' }] },
        orAlias: { anyOf: [{ type: 'string', format: 'uuid' }, { $ref: '#/$defs/name' }] },
        // Typed `unknown`: typia refuses a number's tag on a type without `number`.
        anything: { minimum: 5 },
        // A tuple's type says its length.
        pair: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], minItems: 2, items: false },
        inner: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } },
        // typia refuses to compile a fractional bound.
        fraction: { type: 'number', minimum: -0.5, exclusiveMaximum: 0.75, multipleOf: 0.25 },
      },
      $defs: { name: { type: 'string' } },
    }),
  );
  expect(tags.Thing).toBeUndefined();
  expect(tags.ThingInput).toBeUndefined();
});

test('a pattern is written only where the tag reads back as exactly that pattern', async () => {
  const patterns = {
    plain: '^[a-z]+@example\\.com$',
    backslashes: '^\\d{3}\\\\\\w$',
    backtick: '^`@x`$',
    lineBreak: '^a\nb$',
    closesComment: '^a*/b$',
    tagAfterSpace: '^a @b$',
    tagFirst: '@b',
    inlineTag: '^\\{@link x\\}$',
    leadingSpace: ' a',
    trailingSpace: 'a ',
    lineSeparator: '^a\u2028b$',
  };
  const properties = Object.fromEntries(Object.entries(patterns).map(([name, pattern]) => [name, { type: 'string', pattern }]));
  const tags = tagsIn(await typesOf({ type: 'object', properties }));
  expect(tags.Thing).toEqual({
    plain: [`@pattern ${patterns.plain}`],
    backslashes: [`@pattern ${patterns.backslashes}`],
    backtick: [`@pattern ${patterns.backtick}`],
  });
});

test('random patterns: every @pattern written reads back as exactly its pattern', async () => {
  const random = new Random(11);
  const pieces = ['a', 'b', ' ', ' ', '@', '@', '\\*', '*', '/', '\\{', '\\}', '`', '\\\\', '\n', '\t', '.', '^', '$'];
  const patterns = new Set<string>();
  while (patterns.size < 300) {
    let pattern = '';
    for (let n = 1 + random.int(8); n > 0; n--) pattern += random.pick(pieces);
    try {
      new RegExp(pattern, 'u');
      patterns.add(pattern);
    } catch {
      // Not a pattern the schema folder would take: `/a**/` and the like.
    }
  }
  const list = [...patterns];
  const properties = Object.fromEntries(list.map((pattern, i) => [`p${i}`, { type: 'string', pattern }]));
  const tags = tagsIn(await typesOf({ type: 'object', properties })).Thing ?? {};
  const written = list.flatMap((pattern, i) => {
    const own = tags[`p${i}`];
    return own === undefined ? [] : [{ pattern, tags: own }];
  });
  expect(written.filter((w) => w.tags.length !== 1 || w.tags[0] !== `@pattern ${w.pattern}`)).toEqual([]);
  // Most are written: the rule leaves out only what a comment cannot carry.
  expect(written.length).toBeGreaterThan(list.length / 3);
});
