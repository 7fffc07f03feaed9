import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { ExtractedPayload } from '../../generator/extract/types.js';
import { typecheck } from '../support/typecheck.js';
import { typeInVersion, versionImports } from '../support/versions.js';
import { EXPECTATIONS } from './expectations.js';
import { judgeFor, PAYLOADS, valueOf } from './support.js';

// Every documented payload as a typed constant that tsc must accept: `satisfies` the generated type
// for its kind. Where the hand-written expectations name a defect the type system can see (a wrong
// tag, an unknown enum member in a request, an unknown or read-only property in a request, a
// missing property), the constant carries `@ts-expect-error` with the reason, and tsc reports an
// unused directive if the types let it through. Formats and patterns (GUIDs, https) are run-time
// checks only: such payloads must type-check.

const REPO = path.resolve(import.meta.dirname, '../..');
/** Keywords whose findings a TypeScript type also rejects; warnings count only in request mode. */
const TYPE_VISIBLE = new Set(['const', 'discriminator', 'enum', 'additionalProperties', 'required', 'type']);

function typeVisibleDefects(payload: ExtractedPayload): string[] {
  const expected = EXPECTATIONS[payload.id];
  const errors = (expected?.errors ?? []).filter((e) => TYPE_VISIBLE.has(e.split(' ')[1] ?? ''));
  // A read-only property is only a warning to the validator, but request types leave it out.
  const readOnly = payload.kind === 'request' ? (expected?.warnings ?? []).filter((w) => w.endsWith(' readOnly')) : [];
  return [...errors, ...readOnly];
}

function declaration(payload: ExtractedPayload, index: number): string {
  if (payload.kind === 'other') throw new Error('blob samples are filtered out');
  const judge = judgeFor(payload);
  // A request is typed by the API version its request line names, as it is validated.
  const type = typeInVersion(judge, judge.typeName);
  const name = `example${index}`;
  const defects = typeVisibleDefects(payload);
  const header = `// ${payload.id}`;
  if (defects.length === 0) return `${header}\nexport const ${name} = ${JSON.stringify(valueOf(payload), null, 2)} satisfies ${type};\n`;
  // One line, so every error the literal raises falls on the line the directive covers.
  return `${header}\n// @ts-expect-error ${defects.join(', ')}\nexport const ${name}: ${type} = ${JSON.stringify(valueOf(payload))};\n`;
}

test('every documented payload type-checks as its generated type, or fails where a person said it must', async () => {
  const source = [
    '// Written by test/examples/types.test.ts: every documented payload as a typed constant.',
    "import type { Call, CommsNotifications, CreateCallRequest } from '../../../generated/index.js';",
    ...versionImports('../../../generated'),
    '',
    ...PAYLOADS.map(declaration),
  ].join('\n');
  await expect(source).toMatchFileSnapshot('__snapshots__/typed-examples.ts');

  const dir = await mkdtemp(path.join(tmpdir(), 'callgen-typed-examples-'));
  await cp(path.join(REPO, 'generated'), path.join(dir, 'generated'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{"type": "module"}');
  const file = path.join(dir, 'test', 'examples', '__snapshots__', 'typed-examples.ts'); // the same relative path to generated/
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, source);
  expect(typecheck([file], 'NodeNext')).toEqual([]);
  expect(typecheck([file], 'Bundler')).toEqual([]);
});

test('the payloads that must fail to type-check: every one with a defect the types can see', () => {
  const counts = { clean: 0, expectError: 0 };
  for (const payload of PAYLOADS) counts[typeVisibleDefects(payload).length === 0 ? 'clean' : 'expectError'] += 1;
  // 57 valid payloads, of which 10 requests carry read-only properties; 14 invalid: 6 only break a
  // format (malformed GUIDs), which no TypeScript type expresses; 4 (the draft's and the
  // skeleton's) break the types too, and so do 4 v1.0 requests that send a property only beta's
  // types declare (the v1.0 types leave it out).
  expect(counts).toEqual({ clean: 57 - 10 + 6, expectError: 10 + 4 + 4 });
});
