import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { withoutConstraintTags } from '../../bench/validators/typia-untagged.js';

// The benchmark's secondary typia peer is generated/types.ts without its constraint tags: typia as
// the issue measured it, checking no format. It is only that peer if the copy lost every tag and
// nothing else.

/** The block tags of every declaration in a file but `@deprecated`, as `@name text`. */
function blockTags(text: string): string[] {
  const file = ts.createSourceFile('types.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const tags: string[] = [];
  const visit = (node: ts.Node): void => {
    for (const tag of ts.getJSDocTags(node)) if (tag.tagName.text !== 'deprecated' && tag.parent.parent === node) tags.push(tag.getText().trim());
    node.forEachChild(visit);
  };
  visit(file);
  return tags;
}

function withoutComments(text: string): string {
  const file = ts.createSourceFile('types.ts', text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  return ts.createPrinter({ removeComments: true }).printFile(file);
}

test('the untagged copy of generated/types.ts: every constraint tag removed, every declaration kept', () => {
  const text = readFileSync('generated/types.ts', 'utf8');
  const tags = blockTags(text);
  expect(tags.length).toBeGreaterThan(100);
  const untagged = withoutConstraintTags(text);
  expect(untagged.removed).toBe(tags.length);
  expect(blockTags(untagged.text)).toEqual([]);
  expect(withoutComments(untagged.text)).toBe(withoutComments(text));
  expect(untagged.text).toContain('@deprecated');
});
