import { describe, expect, test } from 'vitest';
import type { Judge } from '../../../generator/docs/judges.js';
import { selectVersion } from '../../../generator/model/versions.js';
import type { Model } from '../../../generator/model/types.js';
import { DEFAULT_IMPORT } from '../../../generator/snippet/index.js';
import { curatedModel, snippetOf, Workspace } from '../../snippet/harness.js';
import { typecheck } from '../../support/typecheck.js';
import { JUDGED, typeVisibleDefects, valueOf } from './corpus.js';

// Every documented request of the whole API's pages becomes a `callgen snippet` that builds it
// with the generated builders: run, it must rebuild the payload exactly; type-checked, it compiles
// clean unless the expectations name a defect its type can see (a read-only property, which
// request types leave out; a wrong tag, enum member or property), and then it fails. The snippets
// hold the pages' values, so they live in a temporary workspace, never in the repository.

const model = await curatedModel();
const workspace = await Workspace.create();
const requests = JUDGED.filter(({ judge }) => judge.mode === 'request');

/** A request is built with the builders of the API version it is judged by, as a bot on that version would. */
function generationOf(judge: Judge): { model: Model; importFrom: string } {
  if (judge.version === undefined) return { model, importFrom: DEFAULT_IMPORT };
  return { model: selectVersion(model, judge.version).model, importFrom: `./generated/${judge.version}/index.js` };
}

const cases = await Promise.all(
  requests.map(async ({ payload, judge }) => {
    const value = valueOf(payload);
    const generation = generationOf(judge);
    const { text } = await snippetOf(generation.model, value, judge.schemaName, generation.importFrom);
    const file = await workspace.write(payload.id, text);
    return { id: payload.id, value, clean: typeVisibleDefects(payload, judge).length === 0, file };
  }),
);
const diagnostics = typecheck(cases.map((c) => c.file), 'NodeNext', { declaration: true, isolatedDeclarations: true });
const failing = new Set(cases.filter((c) => diagnostics.some((d) => d.startsWith(`${c.file}(`))).map((c) => c.id));

test('every judged request has a snippet, and no diagnostic falls outside the snippets', () => {
  expect(cases.length).toBe(requests.length);
  expect(diagnostics.filter((d) => !cases.some((c) => d.startsWith(`${c.file}(`)))).toEqual([]);
});

describe.each(cases)('$id', (c) => {
  test('run, it builds the documented payload: nothing lost, renamed or added', async () => {
    expect(await workspace.run(c.file)).toStrictEqual(c.value);
  });

  test(c.clean ? 'no defect a type can see: compiles clean' : 'a defect a type can see: does not compile', () => {
    expect(failing.has(c.id)).toBe(!c.clean);
  });
});
