import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONSTRAINT_TAG_NAMES } from '../../generator/emit/constraintTags.js';
import { REPO } from '../lib/child.js';
import { compileTypia, moduleFor, THREE, TYPIA_UNTAGGED_DIR } from './typia.js';

// A secondary typia peer, beside the one issue 13 defines: generated/types.ts without the
// constraint tags callgen writes into its doc comments (`@format uuid`, `@pattern ^https://`,
// `@maxLength 256`, `@type int32`...), compiled by typia's own CLI inside bench/.work/typia-untagged/.
// It is the peer as the issue measured it when it was filed, before the types carried their
// constraints: typia then checks no string format, pattern, length or integer. Information only:
// the targets are judged against typia compiled from generated/types.ts as it is.

/** A line of a block tag callgen writes for a constraint: in a comment, or a one-line comment of its own. */
const CONSTRAINT_TAG = new RegExp(`^ *(?:/\\*\\*)? *\\*? *@(?:${CONSTRAINT_TAG_NAMES.join('|')})\\b.*$`);

/**
 * types.ts with every constraint tag line removed (a comment that held only tags goes with them). Throws when a tag is left, so the peer cannot
 * silently keep a check it is said to lack.
 */
export function withoutConstraintTags(text: string): { readonly text: string; readonly removed: number } {
  let removed = 0;
  const kept = text.split('\n').filter((line) => {
    const tag = CONSTRAINT_TAG.test(line);
    if (tag) removed += 1;
    return !tag;
  });
  const result = kept.join('\n').replace(/^[ \t]*\/\*\*\n[ \t]*\*\/\n/gm, '');
  if (/^\s*\*\s*@(?!deprecated)/m.test(result) || /\/\*\*\s*@(?!deprecated)/.test(result)) throw new Error('typia untagged: a block tag is left in types.ts');
  return { text: result, removed };
}

/** Builds the untagged copy of types.ts and compiles it unless an up-to-date compile is there; returns what it did. */
export function prepareTypiaUntagged(): string {
  const { text, removed } = withoutConstraintTags(readFileSync(path.join(REPO, 'generated', 'types.ts'), 'utf8'));
  return compileTypia(TYPIA_UNTAGGED_DIR, { 'types.ts': text, 'three.ts': moduleFor(THREE) }, `${removed} constraint tags removed`);
}
