import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadModel } from '../../generator/pipeline.js';
import { REPO } from '../lib/child.js';
import { compileTypia, moduleFor, THREE, TYPIA_FORMATS_DIR } from './typia.js';
import { tagTable, withCommentTags } from './typia-tags.js';

// A secondary typia peer, beside the one issue 13 defines: the same generated/types.ts, its
// properties carrying typia's comment tags for the formats, patterns and bounds the schemas give
// them (typia-tags.ts), compiled by typia's own CLI inside bench/.work/typia-formats/ and kept
// while its input does not change. The peer checks no string format; this one shows what
// typia costs when it checks what callgen's validators check of those strings and numbers. It is
// information only: the targets are judged against the peer.

/** Builds the tagged copy of types.ts and compiles it unless an up-to-date compile is there; returns what it did. */
export async function prepareTypiaFormats(): Promise<string> {
  const loaded = await loadModel({ schemas: path.join(REPO, 'schemas'), out: path.join(REPO, 'generated') });
  if (!loaded.ok) throw new Error(`the curated schemas do not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  const table = tagTable(loaded.model);
  const types = withCommentTags(readFileSync(path.join(REPO, 'generated', 'types.ts'), 'utf8'), table);
  const tagged = [...table.values()].reduce((sum, properties) => sum + properties.size, 0);
  return compileTypia(TYPIA_FORMATS_DIR, { 'types.ts': types, 'three.ts': moduleFor(THREE) }, `${tagged} properties of ${table.size} interfaces tagged`);
}
