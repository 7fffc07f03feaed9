import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, expectTypeOf, test } from 'vitest';
import { FIXTURES, generateFolder } from '../support/generate.js';
import { typecheck } from '../support/typecheck.js';
import * as fixture from './__snapshots__/conditional-names/index.js';

// Names an object declares only through `then`, `else` or `dependentSchemas` (or allows only by a
// `propertyNames` enum or const) are known to the validators: a request may send them, and their
// values are checked. The types list them too, as optional properties, so a valid payload written
// as an object literal of the type compiles, and a reader finds the name typed where every valid
// value holds it to one rule. The verdicts below are the validators'; each payload they accept
// must type-check, each typo they refuse in a request must not.

let scratch: string | undefined;
afterAll(async () => {
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
});

// Each valid payload typed as the generated type; `// @ts-expect-error` marks the ones the types must refuse.
const CONSUMER = `import type { Loose, Noted, OrderInput, Parcel, Sealed, Sides, Tagged, Thing, ThingInput } from './types.js';
import { order } from './builders.js';

export const a: ThingInput = { kind: 'a', size: 1, alpha: 'x', gamma: true };
export const b: ThingInput = { kind: 'b', size: 1, alpha: 2, beta: 3 };
// In the else case a name only then declares holds any value, and beta only else declares takes any in the then case.
export const any: Thing = { kind: 'a', size: 1, alpha: 'x', beta: 'anything' };
// @ts-expect-error alpha is a string (then) or an integer (else), never a boolean
export const wrongAlpha: ThingInput = { kind: 'a', size: 1, alpha: true };
// @ts-expect-error gamma's dependent schema applies wherever kind is, and kind is required
export const wrongGamma: Thing = { kind: 'a', size: 1, gamma: 'yes' };
// @ts-expect-error a name nothing declares is still a typo
export const typo: ThingInput = { kind: 'a', size: 1, alpah: 'x' };
// @ts-expect-error size stays required, as properties says
export const noSize: Thing = { kind: 'a', alpha: 'x' };
export const read = (thing: Thing): string | number | undefined => thing.alpha;

// Without "type", the condition holds for objects alone: the object branch has the names.
export const loose: Loose = { kind: 'b', alpha: 1 };
// @ts-expect-error alpha is a string or a number
export const wrongLoose: Loose = { kind: 'b', alpha: true };

export const parcel: Parcel = { carrier: 'courier', weight: 'heavy', stamp: 1 };
// @ts-expect-error weight is a number (postal) or light/heavy (courier)
export const wrongWeight: Parcel = { carrier: 'post', weight: 'medium' };

export const sealed: Sealed = { id: 'x' };
// @ts-expect-error additionalProperties false forbids a name only then declares
export const hidden: Sealed = { id: 'x', hidden: 'y' };
export const noted: Noted = { id: 'x', 'x-note': 'fragile' };
// @ts-expect-error the pattern that admits x-note holds it to a string
export const wrongNote: Noted = { id: 'x', 'x-note': 1 };

export const sides: Sides = { left: 1.5, both: 2 };
export const tagged: Tagged = { tag: [1] };

export const built: OrderInput = order({ id: 'o1', express: true, deadline: '2026-12-03', note: 'ring twice' });
// @ts-expect-error note is a string wherever id is, and id is required
export const wrongOrderNote: OrderInput = order({ id: 'o1', note: 1 });
`;

test('valid payloads with names only conditional subschemas declare type-check; typos and wrong values do not', async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'callgen-conditional-'));
  // Generated here, not read from the snapshot, so the check is of what callgen writes now.
  const { files } = await generateFolder(path.join(FIXTURES, 'conditional-names'));
  for (const file of files) await writeFile(path.join(scratch, file.path), file.text);
  await writeFile(path.join(scratch, 'package.json'), '{"type": "module"}');
  const consumer = path.join(scratch, 'consumer.ts');
  await writeFile(consumer, CONSUMER);
  expect(typecheck([consumer], 'NodeNext', { isolatedDeclarations: true, declaration: true })).toEqual([]);
});

test('the validators accept those payloads and check the values, as the types say', () => {
  expect(fixture.validateThingInput({ kind: 'a', size: 1, alpha: 'x', gamma: true }).ok).toBe(true);
  expect(fixture.validateThingInput({ kind: 'b', size: 1, alpha: 2, beta: 3 }).ok).toBe(true);
  // Why beta and a then-only name are unknown: the case that does not declare them lets any value through.
  expect(fixture.validateThingInput({ kind: 'a', size: 1, alpha: 'x', beta: 'anything' }).ok).toBe(true);
  // (A request refuses it: a case by $ref is checked as a type of its own, which knows carrier and stamp no more than it
  // knows a typo. The type, as the response, follows JSON Schema.)
  expect(fixture.validateParcel({ carrier: 'courier', weight: 'heavy', stamp: 1 }).ok).toBe(true);
  expect([fixture.validateLooseInput({ kind: 'b', alpha: 1 }).ok, fixture.validateLoose({ kind: 'b', alpha: true }).ok]).toEqual([true, false]);
  expect(fixture.validateOrderInput({ type: 'order', id: 'o1', deadline: 5 }).ok).toBe(true);
  expect(fixture.validateSidesInput({ left: 1.5, both: 2 }).ok).toBe(true);
  expect(fixture.validateNotedInput({ id: 'x', 'x-note': 'fragile' }).ok).toBe(true);
  // And refuse what the types refuse.
  expect([
    fixture.validateThingInput({ kind: 'a', size: 1, alpha: true }).ok,
    fixture.validateThing({ kind: 'a', size: 1, gamma: 'yes' }).ok,
    fixture.validateThingInput({ kind: 'a', size: 1, alpah: 'x' }).ok,
    fixture.validateParcel({ carrier: 'post', weight: 'medium' }).ok,
    fixture.validateSealed({ id: 'x', hidden: 'y' }).ok,
    fixture.validateNoted({ id: 'x', 'x-note': 1 }).ok,
    fixture.validateOrderInput({ type: 'order', id: 'o1', note: 1 }).ok,
  ]).toEqual([false, false, false, false, false, false, false]);
});

test('each such name is an optional property of the response and the request type', () => {
  expectTypeOf<fixture.Thing['gamma']>().toEqualTypeOf<boolean | undefined>();
  expectTypeOf<fixture.ThingInput['alpha']>().toEqualTypeOf<string | number | undefined>();
  expectTypeOf<fixture.Order['note']>().toEqualTypeOf<string | undefined>();
  expectTypeOf<fixture.Sides['left']>().toEqualTypeOf<number | undefined>();
  const thing: fixture.Thing = { kind: 'b', size: 0, beta: 1 };
  expect(fixture.isThing(thing)).toBe(true);
});
