import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a synthetic schema folder of `count` types with the constructs the curated schemas use:
 * objects with scalar, formatted, nullable and array properties, enums, discriminated unions, and
 * references across files (including nesting two levels down). Deterministic: same count, same files.
 */
export async function writeSyntheticSchemas(dir: string, count: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const enums = Math.max(1, Math.floor(count / 10));
  const unions = Math.max(1, Math.floor(count / 10));
  const objects = Math.max(2, count - enums - unions);
  const writes: Promise<void>[] = [];
  const put = (name: string, schema: object): void => {
    writes.push(writeFile(path.join(dir, `${name}.json`), `${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: name, ...schema }, null, 2)}\n`));
  };
  for (let i = 0; i < enums; i++) {
    put(`enum${i}`, { type: 'string', enum: ['alpha', 'beta', 'gamma', `member${i}`, 'unknownFutureValue'], 'x-open-enum': i % 2 === 0 });
  }
  for (let i = 0; i < objects; i++) {
    const ref = (k: number): string => `object${(i + k) % objects}.json`;
    put(`object${i}`, {
      type: 'object',
      description: `Synthetic object ${i}.`,
      'x-nullable-in-request': false,
      properties: {
        '@odata.type': { const: `#synthetic.object${i}` },
        id: { type: 'string', format: 'uuid', readOnly: true },
        name: { type: ['string', 'null'], maxLength: 100 },
        count: { type: 'integer', minimum: 0 },
        ratio: { type: ['number', 'null'] },
        enabled: { type: 'boolean' },
        kind: { $ref: `enum${i % enums}.json` },
        tags: { type: 'array', items: { type: 'string' } },
        child: i % 3 === 0 ? { oneOf: [{ $ref: ref(1) }, { type: 'null' }] } : { $ref: ref(1) },
        children: { type: 'array', items: { $ref: ref(2) } },
        nested: { type: 'object', properties: { inner: { type: 'object', properties: { leaf: { $ref: ref(3) }, note: { type: 'string' } } } } },
      },
      required: ['@odata.type'],
    });
  }
  for (let i = 0; i < unions; i++) {
    put(`union${i}`, { oneOf: [0, 1, 2].map((k) => ({ $ref: `object${(i * 3 + k) % objects}.json` })) });
  }
  await Promise.all(writes);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'bench/.work/synthetic', count = '100'] = process.argv.slice(2);
  await writeSyntheticSchemas(dir, Number(count));
}
