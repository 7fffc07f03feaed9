import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { operations } from '../../../generated/index.js';
import { sharedPath } from '../support/shared.js';

// The operations table against the official metadata (graph-reference/csdl): every action bound to
// call, participant or their collections, in each version, has its entry, with that version, the
// binding's path and a body holding exactly the action's parameters.

type Version = 'v1.0' | 'beta';
interface Action {
  readonly name: string;
  readonly binding: string;
  readonly parameters: readonly string[];
  readonly returns: string | undefined;
}

function actionsOf(version: Version): Action[] {
  const xml = readFileSync(sharedPath('graph-reference', 'csdl', `${version}-calls.xml`), 'utf8');
  return [...xml.matchAll(/<Action Name="(\w+)" IsBound="true">([\s\S]*?)<\/Action>/g)].map(([, name = '', inner = '']) => {
    const parameters = [...inner.matchAll(/<Parameter Name="(\w+)" Type="([^"]+)"/g)].map(([, p = '', type = '']) => [p, type] as const);
    return {
      name,
      binding: parameters.find(([p]) => p === 'bindingParameter')?.[1] ?? '',
      parameters: parameters.filter(([p]) => p !== 'bindingParameter').map(([p]) => p).sort(),
      returns: /<ReturnType Type="graph\.(\w+)"/.exec(inner)?.[1],
    };
  });
}

const PATH_OF_BINDING: Readonly<Record<string, string>> = {
  'graph.call': '/communications/calls/{call-id}',
  'Collection(graph.call)': '/communications/calls',
  'graph.participant': '/communications/calls/{call-id}/participants/{participant-id}',
  'Collection(graph.participant)': '/communications/calls/{call-id}/participants',
};

const table = Object.values(operations);

describe.each(['v1.0', 'beta'] as const)('the %s metadata', (version) => {
  const actions = actionsOf(version);

  test('has the 20 (v1.0) or 30 (beta) actions the issue names', () => {
    expect(actions).toHaveLength(version === 'v1.0' ? 20 : 30);
  });

  test.each(actions.map((a) => ({ key: `${a.binding} ${a.name}`, action: a })))('$key has an entry for this version, with its parameters', ({ action }) => {
    const path = `${PATH_OF_BINDING[action.binding] ?? '?'}/${action.name}`;
    const entry = table.find((o) => o.method === 'POST' && o.path === path);
    expect(entry, path).toBeDefined();
    expect(entry?.versions === undefined || entry.versions.includes(version)).toBe(true);
    // Every parameter of the action is a property of the body (an undeclared one would be "not a known property").
    if (action.parameters.length === 0) {
      expect(entry?.validateRequest).toBeUndefined();
      return;
    }
    const validate = entry?.validateRequest;
    if (validate === undefined) throw new Error(`${path} has parameters but no body`);
    for (const parameter of action.parameters) {
      const issues = validate({ [parameter]: 'x' }).ok ? [] : (validate({ [parameter]: 'x' }) as { errors: readonly { path: string; keyword: string }[] }).errors;
      expect(issues.filter((i) => i.path === `/${parameter}` && i.keyword === 'additionalProperties'), `${path} ${parameter}`).toEqual([]);
    }
  });
});
