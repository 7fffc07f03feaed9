import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { Judge } from '../../../generator/docs/judges.js';
import type { ExtractedPayload } from '../../../generator/extract/types.js';
import { remove, type Json } from '../../examples/corrupt.js';
import { typecheck } from '../../support/typecheck.js';
import { typeInVersion, versionImports } from '../../support/versions.js';
import { JUDGED, typeVisibleDefects, undeclared, valueOf } from './corpus.js';

// Every judged payload of the whole API's pages as a typed constant that tsc must accept:
// `satisfies` the TypeScript type of its judge. Where the expectations name a defect the type
// system can see, the constant carries `@ts-expect-error`, and tsc reports an unused directive if
// the types let it through. The source holds the pages' payloads, so it is written to a temporary
// folder beside a copy of generated/ and never committed.

const REPO = path.resolve(import.meta.dirname, '../../..');

/** A response may carry properties its type does not declare (`@odata.etag`); the validator lets them pass, the type does not name them. */
function typedValue(payload: ExtractedPayload, judge: Judge): Json {
  const value = structuredClone(valueOf(payload)) as Json;
  if (judge.mode === 'response') for (const pointer of undeclared(judge, value).sort().reverse()) remove(pointer)(value);
  return value;
}

function declaration(payload: ExtractedPayload, judge: Judge, index: number): string {
  const defects = typeVisibleDefects(payload, judge);
  const header = `// ${payload.id}`;
  const value = typedValue(payload, judge);
  if (defects.length === 0) return `${header}\nexport const example${index} = ${JSON.stringify(value, null, 2)} satisfies ${typeInVersion(judge, judge.tsType)};\n`;
  return `${header}\n// @ts-expect-error ${defects.join(', ')}\nexport const example${index}: ${typeInVersion(judge, judge.tsType)} = ${JSON.stringify(value)};\n`;
}

test('every judged payload type-checks as its generated type, or fails where a person said it must', async () => {
  const names = new Set(JUDGED.filter(({ judge }) => judge.version === undefined).flatMap(({ judge }) => judge.tsType.match(/\b[A-Z]\w*/g) ?? []));
  const source = [
    `import type { ${[...names].sort().join(', ')} } from './generated/index.js';`,
    ...versionImports('./generated'),
    '',
    ...JUDGED.map(({ payload, judge }, i) => declaration(payload, judge, i)),
  ].join('\n');
  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-corpus-typed-'));
  await cp(path.join(REPO, 'generated'), path.join(dir, 'generated'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{"type": "module"}');
  const file = path.join(dir, 'typed-payloads.ts');
  await writeFile(file, source);
  expect(typecheck([file], 'NodeNext')).toEqual([]);
});
