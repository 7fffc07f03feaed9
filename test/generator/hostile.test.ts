import { describe, expect, test } from 'vitest';
import * as constraints from './__snapshots__/constraints/index.js';
import * as playlist from './__snapshots__/arrays-of-unions/index.js';
import * as recursion from './__snapshots__/recursion/index.js';
import * as tickets from './__snapshots__/request-response/index.js';

// Values a callback endpoint facing the internet might be handed, or a caller might build by
// mistake. The validators must return issues for all of them: never throw, never hang, never
// change a prototype.
const paths = (result: { ok: boolean; errors?: readonly { path: string; keyword: string }[] }): string[] =>
  (result.ok ? [] : (result.errors ?? [])).map((e) => `${e.path} ${e.keyword}`);

describe('hostile values', () => {
  test('100,000-deep nesting of a recursive type stops at the depth limit', () => {
    let node: unknown = { label: 'leaf' };
    for (let i = 0; i < 100_000; i++) node = { label: 'x', children: [node] };
    const result = recursion.validateTreeNode(node);
    expect(result.ok).toBe(false);
    expect(paths(result)).toHaveLength(1);
    expect(paths(result)[0]).toMatch(/ maxDepth$/);
  });

  test('100,000-deep arrays where the schema accepts anything are not walked at all', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(tickets.validatePerson({ email: 'a@b.example', extra: deep }).ok).toBe(true);
  });

  test('a 10 MB string against formats and patterns', () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    // Issues come in the value's key order.
    expect(paths(constraints.validateMeasurement({ id: huge, source: huge, at: huge, day: huge, code: huge }))).toEqual([
      '/id format',
      '/source pattern',
      '/source format',
      '/at format',
      '/day format',
      '/code maxLength',
    ]);
  });

  // Inputs built to make a backtracking regular expression retry: long runs of what a format
  // allows, ending in what it does not. Each completes in one pass; a catastrophic pattern would
  // run past the test's time-out on these sizes.
  test.each([
    ['uri: a long path, then a bad escape', { source: `https://h/${'a'.repeat(200_000)}%zz` }, ['/source format']],
    ['uri: many escapes and a stray "%"', { source: `https://h/${'%20'.repeat(100_000)}%` }, ['/source format']],
    ['uri: a long user part and no host end', { source: `https://${'u:'.repeat(100_000)}@[${'1:'.repeat(100_000)}` }, ['/source format']],
    ['date-time: digits where the separator belongs', { at: `2024-01-01T${'1'.repeat(200_000)}` }, ['/at format']],
    ['date-time: a long fraction, then no offset', { at: `2024-01-01T10:00:00.${'5'.repeat(200_000)}` }, ['/at format']],
    ['uuid: a long run of hex digits', { id: 'a'.repeat(200_000) }, ['/id format']],
  ])('an adversarial %s is rejected in linear time', (_name, value, expected) => {
    expect(paths(constraints.validateMeasurement(value))).toEqual(expected);
  });

  test('an adversarial email: dot-separated runs and no end', () => {
    expect(paths(tickets.validatePersonInput({ email: `${'a'.repeat(100_000)}@${'b.'.repeat(100_000)}` }))).toEqual(['/email format']);
  });

  test('a million-element array is checked item by item, every bad item reported', () => {
    const tags: unknown[] = new Array<unknown>(1_000_000).fill('tag');
    tags[999_999] = {};
    expect(paths(playlist.validatePlaylist({ tags }))).toEqual(['/tags/999999 type']);
  });

  test('sparse arrays: holes are missing values, not inherited ones', () => {
    const entries: unknown[] = ['a'];
    entries[2] = 'c';
    expect(paths(playlist.validatePlaylist({ entries }))).toEqual(['/entries/1 type']);
  });

  test('symbol keys are not JSON and are ignored; BigInt, NaN, Infinity are not numbers; -0 is', () => {
    expect(tickets.validatePersonInput({ email: 'a@b.example', [Symbol('x')]: 1 }).ok).toBe(true);
    expect(paths(constraints.validateMeasurement({ celsius: 10n, count: Number.NaN }))).toEqual(['/celsius type', '/count type']);
    expect(paths(constraints.validateMeasurement({ celsius: -Infinity }))).toEqual(['/celsius type']);
    expect(constraints.validateMeasurement({ celsius: -0, count: -0 }).ok).toBe(true);
  });

  test('__proto__, constructor and prototype keys are data; Object.prototype is untouched', () => {
    const payload = JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}},"prototype":1}') as unknown;
    expect(paths(tickets.validatePersonInput(payload))).toEqual(['/__proto__ additionalProperties', '/constructor additionalProperties', '/prototype additionalProperties']);
    expect(tickets.validatePerson(payload).ok).toBe(true);
    expect(Object.prototype).not.toHaveProperty('isAdmin');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('isAdmin');
  });

  test('class instances, functions, Dates, Maps, Sets and typed arrays are not JSON objects', () => {
    class Person {
      email = 'a@b.example';
      greet(): string {
        return 'hi';
      }
    }
    // Each serialises to something else than what it seems to hold, so none passes where an object is expected.
    for (const value of [new Person(), new Date(0), new Map([['email', 'a@b.example']]), new Set(), new Uint8Array(2), Object.create({ email: 'a@b.example' })]) {
      expect(tickets.validatePersonInput(value)).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'type', received: 'non-plain object' }] });
      expect(tickets.isPersonInput(value)).toBe(false);
    }
    expect(paths(tickets.validatePerson(() => 1))).toEqual([' type']);
    expect(paths(constraints.validateMeasurement({ at: new Date(0) }))).toEqual(['/at type']);
    // An object without a prototype is plain data, judged by its own properties.
    expect(tickets.validatePersonInput(Object.assign(Object.create(null) as object, { email: 'a@b.example' })).ok).toBe(true);
  });

  test('Proxies whose traps throw, throwing getters and toString bombs end in an issue', () => {
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('ownKeys'); }, get: () => { throw new Error('get'); }, has: () => { throw new Error('has'); }, getOwnPropertyDescriptor: () => { throw new Error('gopd'); } });
    for (const validate of [tickets.validatePersonInput, tickets.validatePerson, recursion.validateTreeNode]) {
      const result = validate(throwing);
      expect(result.ok).toBe(false);
    }
    const bomb = { toString: () => { throw new Error('toString'); }, [Symbol.toPrimitive]: () => { throw new Error('toPrimitive'); } };
    expect(paths(constraints.validateMeasurement({ code: bomb, id: bomb }))).toEqual(['/code type', '/id type']);
    const thrower = Object.defineProperty({}, 'message', { get: () => { throw new Error('again'); } });
    const getter = Object.defineProperty({}, 'email', { enumerable: true, get: () => { throw thrower; } });
    expect(tickets.validatePerson(getter)).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'unreadable' }] });
  });

  test('a polluted Object.prototype neither adds keys to check nor makes a missing property present', () => {
    const values: unknown[] = [
      { '@odata.type': '#shop.ticket' },
      { '@odata.type': '#shop.ticket', priority: 'low', owner: { email: 'a@b.example' } },
      { '@odata.type': '#shop.ticket', priority: 'urgent', owner: { email: 5 } },
    ];
    const judge = (): unknown[] => values.map((value) => [tickets.validateCreateTicket(value), tickets.isCreateTicket(value), tickets.validateTicket(value), tickets.isTicket(value)]);
    const clean = judge();
    expect(clean.map((verdicts) => (verdicts as unknown[])[1])).toEqual([false, true, false]);
    const polluted: Record<string, unknown> = { priority: 'low', owner: { email: 'a@b.example' }, bogus: 1, history: 'not an array' };
    const prototype = Object.prototype as Record<string, unknown>;
    try {
      for (const [key, value] of Object.entries(polluted)) Object.defineProperty(prototype, key, { value, enumerable: true, configurable: true, writable: true });
      expect(judge()).toEqual(clean);
    } finally {
      for (const key of Object.keys(polluted)) delete prototype[key];
    }
  });

  test('a getter that runs a validator while another runs: each reports its own paths', () => {
    // Issues are reported relative to a trail of steps shared by every validator; a validator
    // called from inside another (here from a getter) must start its own, and leave the other's.
    const inner: string[][] = [];
    const child = {
      get label(): number {
        inner.push(paths(recursion.validateTreeNode({ label: 'y', children: [{ label: 7 }] })));
        return 5;
      },
    };
    const outer = recursion.validateTreeNode({ label: 'x', children: [{ label: 'a' }, child, { label: 6 }] });
    expect(inner).toEqual([['/children/0/label type']]);
    expect(paths(outer)).toEqual(['/children/1/label type', '/children/2/label type']);
    // A getter that throws deep inside leaves nothing behind for the next call.
    const deepThrow = { label: 'x', children: [{ label: 'x', children: [getterThrowing()] }] };
    expect(paths(recursion.validateTreeNode(deepThrow))).toEqual([' unreadable']);
    // Issues found before the throw are dropped: those inside the unfinished calls lack their steps.
    const throwAfterIssues = { label: 1, children: [{ label: 2, children: [{ label: 3 }, getterThrowing()] }] };
    expect(recursion.validateTreeNode(throwAfterIssues)).toMatchObject({ ok: false, errors: [{ path: '', keyword: 'unreadable' }], warnings: [] });
    expect(paths(recursion.validateTreeNode({ label: 'x', children: [{ label: 1 }] }))).toEqual(['/children/0/label type']);
  });
});

function getterThrowing(): object {
  return Object.defineProperty({}, 'label', { enumerable: true, get: () => { throw new Error('getter'); } });
}
