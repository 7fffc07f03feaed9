import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import { loadValidators } from '../../generator/load.js';
import { FIXTURES, generateFolder } from '../support/generate.js';
import { loadSchemas, removeScratch } from '../support/load.js';

// Titles are annotations: JSON Schema lets two schemas share one, and published sets do (each
// version of a standard titling its definition "Signature"). The fixture `shared-titles` holds
// every way two schemas can make one type name; its output is pinned and type-checked with the
// other fixtures.

afterAll(removeScratch);

const SHARED_TITLES = path.join(FIXTURES, 'shared-titles');

test('the first schema keeps a shared name and each other is numbered, with a note naming both', async () => {
  const { notes } = await generateFolder(SHARED_TITLES);
  expect(notes.map(formatProblem)).toEqual([
    'jsf.json#/$defs/signature: this schema\'s title "Signature" would make the type "Signature", which bom.json#/$defs/signature is; it is named "Signature2" (give it a distinct "title" to choose its name)',
    'jsf.json#/$defs/signer: this schema\'s title "Signature" would make the type "Signature", which bom.json#/$defs/signature is; it is named "Signature3" (give it a distinct "title" to choose its name)',
    'my_type.json#: this schema\'s title "my_type" would make the type "MyType", which my-type.json# is; it is named "MyType2" (give it a distinct "title" to choose its name)',
    'score.json#: this schema\'s title "☆" would make the type "Unnamed", which rating.json# is; it is named "Unnamed2" (type names are made of the letters and digits of a title or file name, and "☆" has none: give it a title with some)',
    'ticket.json#/properties/status: this schema, named by its place, would become the type "TicketStatus", which ticketStatus.json# is; it is named "TicketStatus2" (give it a distinct "title" to choose its name)',
  ]);
});

test('each numbered type checks its own schema, and the registry lists it under its type name where its title is shared', async () => {
  const loaded = await loadValidators({ schemas: SHARED_TITLES, out: path.join(SHARED_TITLES, '..', 'generated') });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const entries = Object.entries(loaded.validators).map(([schemaName, entry]) => `${schemaName} ${entry.typeName}`);
  expect(entries).toEqual(expect.arrayContaining(['Signature Signature', 'Signature2 Signature2', 'Signature3 Signature3', 'my-type MyType', 'my_type MyType2', '顧客 顧客', '注文 注文', '★★★ Unnamed', '☆ Unnamed2', 'ticketStatus TicketStatus', 'ticket-status TicketStatus2']));
  const bom = loaded.validators['bom']?.response;
  expect(bom?.({ signature: { algorithm: 'ES256' }, detached: { value: 'sig' }, signer: { keyId: 'k1' } }).ok).toBe(true);
  // Each property is held to its own "Signature", not to the one that kept the name.
  const crossed = bom?.({ signature: { value: 'sig' }, detached: { keyId: 'k1' }, signer: { algorithm: 'ES256' } });
  const missing = crossed === undefined || crossed.ok ? [] : crossed.errors.filter((e) => e.keyword === 'required').map((e) => e.path);
  expect(missing).toEqual(['/signature/algorithm', '/detached/value', '/signer/keyId']);
  expect(loaded.validators['MyType2']).toBeUndefined();
  expect(loaded.validators['my_type']?.response?.(1.5).ok).toBe(true);
  expect(loaded.validators['my_type']?.response?.('text').ok).toBe(false);
});

test('a $ref target without a title is named by its file and last pointer token, and by its whole pointer where that is shared', async () => {
  const loaded = await loadSchemas({
    'common.json': { title: 'common', $defs: { money: { type: 'number' }, a: { $defs: { id: { type: 'string' } } }, b: { $defs: { id: { type: 'integer' } } } } },
    'order.json': {
      title: 'order',
      type: 'object',
      properties: { total: { $ref: 'common.json#/$defs/money' }, first: { $ref: 'common.json#/$defs/a/$defs/id' }, second: { $ref: 'common.json#/$defs/b/$defs/id' } },
    },
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  expect(loaded.result.notes).toEqual([]);
  const types = loaded.result.files.find((f) => f.path === 'types.ts')?.text ?? '';
  expect(types.match(/^export type \w+/gm)).toEqual(['export type Common', 'export type CommonAId', 'export type CommonBId', 'export type CommonMoney']);
});
