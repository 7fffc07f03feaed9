import { describe, expect, test } from 'vitest';
import { validateCreateCallRequest } from '../../generated/validators.js';
import { typecheck } from '../support/typecheck.js';
import { curatedModel, documentedRequests, snippetOf, Workspace } from './harness.js';

// Issue 5, item 3: every documented create-call request becomes a snippet that builds it with the
// generated builders; the snippet is type-checked, run, and must rebuild the payload exactly.
//
// Read-only properties (`direction`, `source/region`, ...) are documented in many requests. The
// request types leave them out, because the service ignores them, so a snippet that carries them
// cannot type-check, and dropping them would break "nothing lost". The snippet keeps them and says
// so on stderr; the test type-checks the snippets without them clean, and checks that the others
// fail exactly at their read-only properties and nowhere else.

const model = await curatedModel();
const requests = await documentedRequests();
const workspace = await Workspace.create();

const cases = await Promise.all(
  requests.map(async (request) => {
    const validation = validateCreateCallRequest(request.value);
    const { text, notes } = await snippetOf(model, request.value);
    const file = await workspace.write(request.id, text);
    const readOnly = notes.filter((n) => n.message.startsWith('is read-only')).map((n) => n.pointer);
    return { id: request.id, value: request.value, validation, text, notes, readOnly, file };
  }),
);

/**
 * The documented requests that fail validation, and why, as a person reads each page. Four break
 * only a GUID format, which types cannot see, so their snippets type-check all the same.
 */
const INVALID: Readonly<Record<string, { readonly why: string; readonly typeChecks: boolean; readonly misfits: readonly string[] }>> = {
  '000/example-5/request': { why: 'tenantId ...63f3esaa1edb is not a GUID (an "s")', typeChecks: true, misfits: [] },
  '002/example-5/request': { why: 'tenantId ...63f3esaa1edb is not a GUID (an "s")', typeChecks: true, misfits: [] },
  '002/example-6/request': { why: 'tenantId ...63f3esaa1edb is not a GUID (an "s")', typeChecks: true, misfits: [] },
  '002/example-7/request': { why: 'tenantId ...63f3esaa1edb is not a GUID (an "s")', typeChecks: true, misfits: [] },
  '003/example/request': {
    why: 'a whole call resource with placeholder values, read-only properties, untagged unions and a property the request does not have',
    typeChecks: false,
    misfits: [
      '/mediaConfig/@odata.type: "microsoft.graph.appHostedMediaConfig" names no type that may stand here; written as given',
      '/meetingInfo/@odata.type: is absent, and nothing else tells which type this object is; written as given',
      '/targetDisposition: is not a property of createCallRequest; written as given',
    ],
  },
  '004/example/request': {
    why: 'a generated skeleton: every @odata.type lacks its "#", enums hold "String", read-only properties',
    typeChecks: false,
    misfits: [
      '/source/@odata.type: is "microsoft.graph.participantInfo", not "#microsoft.graph.participantInfo", so participantInfo() cannot build this object; written as given',
      '/source/identity/@odata.type: "microsoft.graph.identitySet" names no type that may stand here; written as given',
      '/targets/0/@odata.type: "microsoft.graph.participantInfo" names no type that may stand here; written as given',
      '/mediaConfig/@odata.type: "microsoft.graph.mediaConfig" names no type that may stand here; written as given',
      '/chatInfo/@odata.type: is "microsoft.graph.chatInfo", not "#microsoft.graph.chatInfo", so chatInfo() cannot build this object; written as given',
      '/meetingInfo/@odata.type: "microsoft.graph.meetingInfo" names no type that may stand here; written as given',
    ],
  },
};

const valid = cases.filter((c) => c.validation.ok);
const validClean = valid.filter((c) => c.validation.warnings.length === 0);
const validReadOnly = valid.filter((c) => c.validation.warnings.length > 0);
const invalid = cases.filter((c) => !c.validation.ok);
const ELSEWHERE = '(elsewhere)';
const diagnostics = diagnosticsByFile(cases.map((c) => c.file));

test('28 documented requests: 22 valid (9 clean, 13 with read-only properties) and 6 invalid, each snippeted', () => {
  expect(cases.length).toBe(requests.length);
  expect([cases.length, valid.length, validClean.length, validReadOnly.length, invalid.length]).toEqual([28, 22, 9, 13, 6]);
  expect(invalid.map((c) => c.id).sort()).toEqual(Object.keys(INVALID).sort());
});

describe.each(cases)('$id', (c) => {
  test('the snippet is the one a person read and agreed to', async () => {
    await expect(c.text).toMatchFileSnapshot(`__snapshots__/${c.id}.mts`);
  });

  test('run, it builds the documented payload: nothing lost, renamed or added', async () => {
    expect(await workspace.run(c.file)).toStrictEqual(c.value);
  });

  test('its read-only notes are exactly the read-only warnings of the validator', () => {
    // The validator goes in schema order, the snippet in document order.
    expect([...c.readOnly].sort()).toEqual(c.validation.warnings.filter((w) => w.keyword === 'readOnly').map((w) => w.path).sort());
    expect(c.validation.warnings.every((w) => w.keyword === 'readOnly')).toBe(true);
  });
});

describe('type-checked under the strictest consumer flags (NodeNext)', () => {
  test('no diagnostic falls outside the snippets (the generated copy compiles)', () => {
    expect(diagnostics.get(ELSEWHERE)).toBeUndefined();
  });

  test.each(validClean)('$id: valid, no read-only properties: compiles clean, and every object is built by a builder', (c) => {
    expect(diagnostics.get(c.file) ?? []).toEqual([]);
    expect(c.notes).toEqual([]);
  });

  test.each(validReadOnly)('$id: valid with read-only properties: fails only at those properties', (c) => {
    const found = diagnostics.get(c.file) ?? [];
    expect(found.length).toBeGreaterThan(0);
    const readOnlyNames = new Set(c.readOnly.map((pointer) => pointer.split('/').pop()));
    for (const diagnostic of found) {
      const name = /Object literal may only specify known properties, and '(\w+)' does not exist/.exec(diagnostic)?.[1];
      expect(readOnlyNames, diagnostic).toContain(name);
    }
    expect(c.notes.length).toBe(c.readOnly.length);
  });
});

describe('invalid requests: the snippet is still written, as literals where the payload does not fit, and rebuilds it exactly', () => {
  test.each(invalid)('$id', (c) => {
    const expected = INVALID[c.id];
    if (expected === undefined) throw new Error(`${c.id} is invalid, and no one has said why`);
    const misfits = c.notes.filter((n) => !n.message.startsWith('is read-only')).map((n) => `${n.pointer}: ${n.message}`);
    expect(misfits).toEqual(expected.misfits);
    const found = diagnostics.get(c.file) ?? [];
    if (expected.typeChecks) expect(found).toEqual([]);
    else expect(found.length).toBeGreaterThan(0);
  });
});

/** One program for all snippets (a few seconds on two cores, not one per snippet). */
function diagnosticsByFile(files: readonly string[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  // isolatedDeclarations: a library that re-exports the snippet's requestBody compiles it so.
  for (const diagnostic of typecheck(files, 'NodeNext', { declaration: true, isolatedDeclarations: true })) {
    const file = files.find((f) => diagnostic.startsWith(`${f}(`)) ?? ELSEWHERE;
    byFile.set(file, [...(byFile.get(file) ?? []), diagnostic]);
  }
  return byFile;
}
