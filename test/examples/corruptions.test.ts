import { describe, expect, test } from 'vitest';
import type { ExtractedPayload } from '../../generator/extract/types.js';
import { EXPECTATIONS } from './expectations.js';
import { judgeFor, PAYLOADS, valueOf } from './support.js';

// One-field corruptions of every valid documented payload. Each must fail with exactly one error,
// at the corrupted JSON Pointer, with the keyword a person expects for that kind of corruption:
// a corruption never blames a sibling, a parent or another union branch.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Corruption {
  readonly what: string;
  readonly apply: (value: Json) => void;
  readonly path: string;
  /** The keyword expected; `type|enum` where either is right (a number where an enum member belongs). */
  readonly keyword: string;
}

const escape = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every value below the root with its pointer, its parent and its key in the parent. */
function* walk(value: Json, pointer = ''): Generator<{ pointer: string; value: Json; parent: Json[] | Record<string, Json>; key: string | number }> {
  if (value === null || typeof value !== 'object') return;
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const childPointer = `${pointer}/${escape(String(key))}`;
    yield { pointer: childPointer, value: child, parent: value, key };
    yield* walk(child, childPointer);
  }
}

function at(root: Json, pointer: string): { parent: Record<string, Json> | Json[]; key: string | number } {
  const parts = pointer.split('/').slice(1).map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  let parent = root as Record<string, Json> | Json[];
  for (const part of parts.slice(0, -1)) parent = (parent as Record<string, Json>)[part] as Record<string, Json>;
  const last = parts[parts.length - 1] ?? '';
  return { parent, key: Array.isArray(parent) ? Number(last) : last };
}

const set = (pointer: string, to: Json) => (root: Json) => {
  const { parent, key } = at(root, pointer);
  (parent as Record<string | number, Json>)[key] = to;
};
const remove = (pointer: string) => (root: Json) => {
  const { parent, key } = at(root, pointer);
  delete (parent as Record<string | number, Json>)[key];
};

/**
 * Slots where Graph allows several object types, told apart by @odata.type, so an unknown tag is a
 * `discriminator` error: media configs, meeting infos, call options, call targets, identity sets
 * (identity, source and organizer) and the identity kinds in them, and the items of an array
 * resourceData. Elsewhere one type stands, and its tag is a `const`.
 */
const UNION_SLOT = /\/(mediaConfig|meetingInfo|callOptions|targets\/\d+|identity|organizer|(identity|organizer)\/\w+|resourceData\/\d+)$/;

function corruptionsOf(payload: ExtractedPayload, value: Json): Corruption[] {
  const found: Corruption[] = [];
  // A request's read-only properties are ignored by the service, so their values are not checked.
  const ignored = (EXPECTATIONS[payload.id]?.warnings ?? []).filter((w) => w.endsWith(' readOnly')).map((w) => w.split(' ')[0] ?? '');
  for (const { pointer, value: leaf, key } of walk(value)) {
    if (ignored.some((p) => pointer === p || pointer.startsWith(`${p}/`))) continue;
    if (key === '@odata.type') {
      const slot = pointer.slice(0, -'/@odata.type'.length);
      found.push({ what: `unknown tag at ${slot}`, apply: set(pointer, '#microsoft.graph.notAType'), path: pointer, keyword: UNION_SLOT.test(slot) ? 'discriminator' : 'const' });
    } else if (leaf === null || typeof leaf !== 'object') {
      // null stands for scalars and objects alike, so only an array is wrong for every such slot.
      const wrong = typeof leaf === 'number' ? 'forty-two' : leaf === null ? [42] : 42;
      // A string may stand where an enum member belongs; its validator then says "must be one of".
      const keyword = typeof leaf === 'string' ? 'type|enum' : 'type';
      found.push({ what: `wrong type at ${pointer}`, apply: set(pointer, wrong), path: pointer, keyword });
    }
  }
  if (payload.kind === 'request') {
    for (const required of ['callbackUri', 'requestedModalities', 'mediaConfig']) {
      found.push({ what: `missing ${required}`, apply: remove(`/${required}`), path: `/${required}`, keyword: 'required' });
    }
    found.push({ what: 'an unknown modality', apply: set('/requestedModalities/0', 'hologram'), path: '/requestedModalities/0', keyword: 'enum' });
    found.push({ what: 'an unknown property', apply: set('/hologramSettings', {}), path: '/hologramSettings', keyword: 'additionalProperties' });
    found.push({ what: 'an unknown property in mediaConfig', apply: set('/mediaConfig/hologramMode', true), path: '/mediaConfig/hologramMode', keyword: 'additionalProperties' });
  }
  if (payload.kind === 'notification') {
    found.push({ what: 'missing value', apply: remove('/value'), path: '/value', keyword: 'required' });
    found.push({ what: 'missing changeType', apply: remove('/value/0/changeType'), path: '/value/0/changeType', keyword: 'required' });
    found.push({ what: 'a change type that does not exist', apply: set('/value/0/changeType', 'renamed'), path: '/value/0/changeType', keyword: 'enum' });
  }
  return found;
}

const valid = PAYLOADS.filter((p) => (EXPECTATIONS[p.id]?.errors ?? []).length === 0);

test('60 valid payloads are corrupted', () => {
  expect(valid).toHaveLength(60);
});

describe.each(valid.map((payload) => ({ id: payload.id, payload })))('$id', ({ payload }) => {
  if (payload.kind === 'other') throw new Error('blob samples are filtered out');
  const judge = judgeFor(payload);
  const original = valueOf(payload) as Json;
  const corruptions = corruptionsOf(payload, original);

  test(`each of its ${corruptions.length} corruptions fails with one error at the corrupted pointer`, () => {
    const outcomes = corruptions.map((c) => {
      const copy = structuredClone(original);
      c.apply(copy);
      const result = judge.validate(copy);
      const errors = result.ok ? [] : result.errors.map((e) => `${e.path} ${c.keyword.split('|').includes(e.keyword) ? c.keyword : e.keyword}`);
      return { what: c.what, errors };
    });
    expect(outcomes).toEqual(corruptions.map((c) => ({ what: c.what, errors: [`${c.path} ${c.keyword}`] })));
  });
});
