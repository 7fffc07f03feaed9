import { describe, expect, test } from 'vitest';
import type { ExtractedPayload } from '../../generator/extract/types.js';
import { type Corruption, type Json, leafCorruptions, notificationCorruptions, outcomes, remove, set } from './corrupt.js';
import { EXPECTATIONS } from './expectations.js';
import { judgeFor, PAYLOADS, valueOf } from './support.js';

// One-field corruptions of every valid documented payload (corrupt.ts), and the create-call ones.
// Each must fail with exactly one error, at the corrupted JSON Pointer, with the keyword a person
// expects for that kind of corruption: never a sibling, a parent or another union branch.

/**
 * Slots where Graph allows several object types, told apart by @odata.type, so an unknown tag is a
 * `discriminator` error: media configs, meeting infos, call options, call targets, identity sets
 * (identity, source and organizer) and the identity kinds in them, and the items of an array
 * resourceData. Elsewhere one type stands, and its tag is a `const`.
 */
const UNION_SLOT = /\/(mediaConfig|meetingInfo|callOptions|targets\/\d+|identity|organizer|(identity|organizer)\/\w+|resourceData(\/\d+)?|\d+\/info)$/;

function corruptionsOf(payload: ExtractedPayload, value: Json): Corruption[] {
  // A request's read-only properties are ignored by the service, so their values are not checked.
  const ignored = (EXPECTATIONS[payload.id]?.warnings ?? []).filter((w) => w.endsWith(' readOnly')).map((w) => w.split(' ')[0] ?? '');
  const found = leafCorruptions(value, ignored, (slot) => (UNION_SLOT.test(slot) ? 'discriminator' : 'const'));
  if (payload.kind === 'request') {
    for (const required of ['callbackUri', 'requestedModalities', 'mediaConfig']) {
      found.push({ what: `missing ${required}`, apply: remove(`/${required}`), path: `/${required}`, keyword: 'required' });
    }
    found.push({ what: 'an unknown modality', apply: set('/requestedModalities/0', 'hologram'), path: '/requestedModalities/0', keyword: 'enum' });
    found.push({ what: 'an unknown property', apply: set('/hologramSettings', {}), path: '/hologramSettings', keyword: 'additionalProperties' });
    found.push({ what: 'an unknown property in mediaConfig', apply: set('/mediaConfig/hologramMode', true), path: '/mediaConfig/hologramMode', keyword: 'additionalProperties' });
  }
  if (payload.kind === 'notification') found.push(...notificationCorruptions());
  return found;
}

const valid = PAYLOADS.filter((p) => (EXPECTATIONS[p.id]?.errors ?? []).length === 0);

test('57 valid payloads are corrupted', () => {
  expect(valid).toHaveLength(57);
});

describe.each(valid.map((payload) => ({ id: payload.id, payload })))('$id', ({ payload }) => {
  if (payload.kind === 'other') throw new Error('blob samples are filtered out');
  const judge = judgeFor(payload);
  const original = valueOf(payload) as Json;
  const corruptions = corruptionsOf(payload, original);

  test(`each of its ${corruptions.length} corruptions fails with one error at the corrupted pointer`, () => {
    expect(outcomes(original, corruptions, judge.validate)).toEqual(corruptions.map((c) => ({ what: c.what, errors: [`${c.path} ${c.keyword}`] })));
  });
});
