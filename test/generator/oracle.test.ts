import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFromFile } from 'json-schema-to-typescript';
import { expect, test } from 'vitest';
import { FIXTURES, generateFolder } from '../support/generate.js';
import { typecheck } from '../support/typecheck.js';

// json-schema-to-typescript as an independent oracle: for every response type, its output and ours
// must be assignable to each other, as the TypeScript compiler sees it. Where callgen is wider on
// purpose, the type is listed with the reason instead of being compared.
const DIFFERENT_ON_PURPOSE: Record<string, string> = {
  'request-response/ticket.json': 'status is an open enum: callgen accepts members added later, json-schema-to-typescript does not',
  'request-response/status.json': 'an open enum (see ticket.json)',
  'extension-objects/channel.json': 'callgen gives patternProperties an index signature (see vocabulary/order.json) and types prefixItems as a tuple (see vocabulary/measures.json)',
  'impossible-combinations/names.json': 'its additional values are held to a const beside object rules (no value meets both): callgen types them as unknown, json-schema-to-typescript as an object with b',
  'impossible-combinations/narrowed.json': 'json-schema-to-typescript types a branch of required lists without "type" as an object; callgen admits the other JSON types it accepts (see untyped-unions/shipment.json)',
  'impossible-combinations/mismatch.json': 'json-schema-to-typescript types a const or enum by its values alone; callgen intersects them with the type beside them, which some of them are not of',
  'required-undeclared/labels.json': 'callgen declares the names only "required" lists (see vocabulary/proto.json), typed by the additionalProperties or pattern rule they fall under',
  'required-undeclared/sealed.json': 'its required name falls under additionalProperties false: callgen types it never, json-schema-to-typescript as unknown',
  'inline-open-enums/survey.json': 'its properties are open enums (see ticket.json)',
  'response-only-members/reminder.json': 'its channel is an open enum (see ticket.json)',
  'impossible-combinations/twice.json': 'json-schema-to-typescript types an allOf of "not"s as an object; callgen keeps unknown and the validator checks it (see known-type-subschemas/retired.json)',
  'impossible-combinations/always.json': 'json-schema-to-typescript types an if/then as an object; a type cannot say what a condition admits, so callgen keeps unknown and the validator checks it (see known-type-subschemas/retired.json)',
  'request-response/createTicket.json': 'a request body: callgen has no response shape for it',
  'arrays-of-unions/playlist.json': 'json-schema-to-typescript spells minItems/maxItems as tuples; callgen keeps T[] and checks the count at run time',
  'maps/dictionary.json': 'callgen admits undefined in the index signature so optional declared properties fit it',
  'cross-file/shared/money.json': 'a file of $defs only: its root has no type to compare',
  'known-type-subschemas/retired.json': 'json-schema-to-typescript types a "not" as an object; a type cannot say what a value is not, so callgen keeps unknown and the validator checks it',
  'known-type-subschemas/contact.json': 'json-schema-to-typescript reads an anyOf of required lists as an open object; callgen types each branch with the names it requires, so a street alone is no Contact (see comment-text/notice.json)',
  'known-type-subschemas/untagged.json': 'a root "not" (see known-type-subschemas/retired.json)',
  'shared-titles/jsf.json': 'a file of $defs only (see cross-file/shared/money.json)',
  'operations/ticketOperations.json': 'an operations file (x-operations): it defines no type',
  'prototype-parameters/searchOperations.json': 'an operations file (x-operations): it defines no type',
  'operations/closeTicketRequest.json': 'a request body: callgen has no response shape for it',
  'vocabulary/anything.json': 'a `true` root: json-schema-to-typescript cannot read a boolean schema file',
  'vocabulary/nothing.json': 'a `false` root: json-schema-to-typescript cannot read a boolean schema file',
  'allof-inheritance/annotated.json': 'callgen gives the patternProperties of an allOf member an index signature (see vocabulary/order.json)',
  'vocabulary/legacyAnchor.json': 'a $ref by a plain name (draft-07 "$id": "#address"): json-schema-to-typescript reads only JSON Pointer fragments',
  'vocabulary/shipment.json': 'a oneOf of branches without "type" beside properties: callgen intersects the object with the union, each branch admitting every JSON type',
  'vocabulary/measures.json': 'callgen types prefixItems as a tuple, rules for one JSON type without "type" as unknown, and const objects as literal types',
  'vocabulary/order.json': 'callgen leaves writeOnly properties out of the response shape and gives patternProperties an index signature',
  'vocabulary/labelledList.json': 'json-schema-to-typescript types the member without "type" as an object only; callgen admits the other JSON types it accepts, so its intersection with string[] keeps the arrays',
  'vocabulary/proto.json': 'callgen declares the properties that only "required" names, as unknown',
  'untyped-unions/shipment.json': 'json-schema-to-typescript types union branches without "type" as objects only; callgen admits the other JSON types they accept (as "properties" without "type" does)',
  'conditional-names/loose.json': 'json-schema-to-typescript types "properties" without "type" as an object only; callgen admits the other JSON types it accepts (see untyped-unions/shipment.json)',
  'conditional-names/tagged.json': 'json-schema-to-typescript reads no propertyNames and, asked for closed objects, types an object without properties as an empty interface, which no index signature admits; callgen keeps the keys of an object that declares none open ([key: string]: unknown) and adds the name propertyNames allows',
  'comment-text/notice.json': 'json-schema-to-typescript reads an anyOf of required lists as an open object ({ [k: string]: unknown } & ...), which an interface is not assignable to; callgen keeps the declared properties and notes the rule',
};

const SNAPSHOTS = fileURLToPath(new URL('./__snapshots__/', import.meta.url));
const WORK = fileURLToPath(new URL('../../node_modules/.cache/callgen-oracle/', import.meta.url));

async function schemaFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? schemaFiles(dir, path.posix.join(prefix, e.name)) : Promise.resolve(e.name.endsWith('.json') ? [path.posix.join(prefix, e.name)] : []))),
  );
  return files.flat().sort();
}

/** The two tools name some types differently ("2nd place": T2ndPlace here, NdPlace there). */
function theirNameFor(ours: string, theirs: string): string {
  const exported = [...theirs.matchAll(/export (?:type|interface) (\w+)/g)].map((m) => m[1] ?? '');
  const loose = (name: string): string => name.toLowerCase().replace(/[^a-z]/g, '');
  return exported.find((n) => n === ours) ?? exported.find((n) => loose(n) === loose(ours)) ?? exported[0] ?? ours;
}

test('callgen response types and json-schema-to-typescript agree, type for type', async () => {
  await mkdir(WORK, { recursive: true });
  const checks: string[] = [];
  const compared: string[] = [];
  for (const fixture of (await readdir(FIXTURES)).sort()) {
    // Our name for each file root, as the model chose it (a title two files share is numbered in one).
    const { model } = await generateFolder(path.join(FIXTURES, fixture));
    const ourNames = new Map(model.types.filter((t) => t.source.pointer === '').map((t) => [t.source.file, t.name]));
    for (const file of await schemaFiles(path.join(FIXTURES, fixture))) {
      const key = `${fixture}/${file}`;
      if (key in DIFFERENT_ON_PURPOSE) continue;
      const schemaPath = path.join(FIXTURES, fixture, file);
      const theirs = await compileFromFile(schemaPath, { bannerComment: '', additionalProperties: false, format: false, cwd: path.dirname(schemaPath) });
      const module = `theirs-${checks.length}`;
      await writeFile(path.join(WORK, `${module}.ts`), theirs);
      const name = ourNames.get(file) ?? '';
      const theirName = theirNameFor(name, theirs);
      const ours = path.relative(WORK, path.join(SNAPSHOTS, fixture, 'types.js')).split(path.sep).join('/');
      checks.push(
        `import type { ${name} as Ours${checks.length} } from '${ours}';`,
        `import type { ${theirName} as Theirs${checks.length} } from './${module}.js';`,
        `export const check${checks.length}: Mutual<Ours${checks.length}, Theirs${checks.length}> = true;`,
      );
      compared.push(key);
    }
  }
  const checkFile = path.join(WORK, 'mutual.ts');
  await writeFile(checkFile, [`type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;`, ...checks].join('\n'));
  const failures = typecheck([checkFile], 'NodeNext', { noUnusedLocals: false }).map((line) => {
    const check = /mutual\.ts\((\d+),/.exec(line)?.[1];
    return check === undefined ? line : `${compared[Math.floor((Number(check) - 2) / 3)] ?? '?'}: ${line}`;
  });
  expect(failures).toEqual([]);
  expect(compared.length).toBeGreaterThanOrEqual(20);
});
