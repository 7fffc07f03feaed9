import { describe, expect, test } from 'vitest';
import * as playlist from './__snapshots__/arrays-of-unions/index.js';
import * as recursion from './__snapshots__/recursion/index.js';

// Validators stay bounded on any input (issue 15, item 4): a cap on the issues they keep, no walk
// over the holes of a sparse array, and the boolean path agreeing with the full one.

type Result = { readonly ok: true } | { readonly ok: false; readonly errors: readonly { readonly path: string; readonly keyword: string }[] };
const errorsOf = <R extends Result>(result: R): Extract<R, { ok: false }>['errors'] | undefined => (result.ok ? undefined : (result as Extract<R, { ok: false }>).errors);
const paths = (result: Result): string[] => (errorsOf(result) ?? []).map((e) => `${e.path} ${e.keyword}`);

describe('sparse arrays', () => {
  test('an empty array of length 2^32-1 ends at its first hole, in one step', () => {
    const tags: unknown[] = [];
    tags.length = 2 ** 32 - 1;
    const result = playlist.validatePlaylist({ tags });
    expect(result).toMatchObject({ ok: false, errors: [{ path: '/tags/0', keyword: 'type', message: 'is a hole in a sparse array, which JSON cannot carry' }] });
    expect(paths(result)).toHaveLength(1);
    expect(playlist.isPlaylist({ tags })).toBe(false);
  });

  test('a hole after valid items is found where it is; an explicit undefined is judged as a value', () => {
    const tags: unknown[] = ['a', 1];
    tags.length = 2 ** 31;
    expect(paths(playlist.validatePlaylist({ tags }))).toEqual(['/tags/2 type']);
    expect(paths(playlist.validatePlaylist({ tags: ['a', undefined] }))).toEqual(['/tags/1 type']);
    expect(errorsOf(playlist.validatePlaylist({ tags: ['a', undefined] }))?.[0]?.message).toBe('must be an integer or a string');
  });
});

describe('a cap on the number of issues', () => {
  const invalid = { tags: Array.from({ length: 100_000 }, () => true) };

  test('by default 100 errors are kept and one more says how many were left out', () => {
    const result = playlist.validatePlaylist(invalid);
    expect(result.ok).toBe(false);
    expect(errorsOf(result)).toHaveLength(101);
    expect(errorsOf(result)?.[99]).toMatchObject({ path: '/tags/99', keyword: 'type' });
    expect(errorsOf(result)?.[100]).toEqual({ path: '', keyword: 'maxIssues', message: 'and 99900 more' });
  });

  test('the cap is an option: a smaller one, or Infinity for every issue', () => {
    expect(paths(playlist.validatePlaylist(invalid, { maxIssues: 2 }))).toEqual(['/tags/0 type', '/tags/1 type', ' maxIssues']);
    expect(errorsOf(playlist.validatePlaylist(invalid, { maxIssues: Infinity }))).toHaveLength(100_000);
    expect(errorsOf(playlist.validatePlaylist({ tags: ['a', true] }, { maxIssues: 1 }))).toEqual([{ path: '/tags/1', keyword: 'type', message: 'must be an integer or a string', expected: 'an integer or a string', received: 'boolean' }]);
  });

  test('a call after a capped one starts afresh', () => {
    playlist.validatePlaylist(invalid, { maxIssues: 1 });
    expect(paths(playlist.validatePlaylist({ tags: [true, true] }))).toEqual(['/tags/0 type', '/tags/1 type']);
    expect(playlist.validatePlaylist({ tags: ['a'] })).toEqual({ ok: true, value: { tags: ['a'] }, warnings: [] });
  });
});

describe('the boolean path', () => {
  test('isX stops at the first error and agrees with validateX', () => {
    for (const value of [{ tags: ['a', 1] }, { tags: ['a', true] }, { entries: [] }, { entries: [{ type: 'song' }] }, { entries: [{ type: 'pause', seconds: 1 }] }, null, [], 'x']) {
      expect(playlist.isPlaylist(value), JSON.stringify(value)).toBe(playlist.validatePlaylist(value).ok);
      expect(playlist.isPlaylistInput(value), JSON.stringify(value)).toBe(playlist.validatePlaylistInput(value).ok);
    }
  });

  test('cycles and deep nesting end in false, and a throw inside leaves later calls unharmed', () => {
    const node: Record<string, unknown> = { label: 'a', children: [] };
    (node['children'] as unknown[]).push(node, node);
    expect(recursion.isTreeNode(node)).toBe(false);
    let deep: Record<string, unknown> = { label: 'leaf' };
    for (let i = 0; i < 300; i++) deep = { label: String(i), children: [deep] };
    expect(recursion.isTreeNode(deep)).toBe(false);
    const throwing = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(recursion.isTreeNode({ label: 'a', children: [{ label: 'b', children: [throwing] }] })).toBe(false);
    expect(recursion.isTreeNode({ label: 'a', children: [{ label: 'b' }] })).toBe(true);
    expect(recursion.validateTreeNode({ label: 'a', children: [{ label: 'b' }] }).ok).toBe(true);
  });
});
