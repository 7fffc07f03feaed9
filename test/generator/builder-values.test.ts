import { afterAll, expect, test } from 'vitest';
import { generateAndTypecheck, removeScratch } from '../support/load.js';

// What a builder fills in: a `const` (a tag, even where optional) and the one member of a required
// enum, which a valid value must carry. An optional enum of one member is the caller's choice, since
// leaving it out may mean something: CycloneDX's attachment `encoding: "base64"` is absent for plain
// text, and a builder that always set it made every plain-text attachment base64.

afterAll(removeScratch);

const attachment = {
  title: 'attachment',
  type: 'object',
  properties: {
    kind: { const: 'attachment' },
    version: { enum: [2] },
    encoding: { type: 'string', enum: ['base64'], description: 'Absent for plain text.' },
    content: { type: 'string' },
  },
  required: ['version', 'content'],
  'x-request-body': true,
};

test('a builder fills in consts and required single members, and leaves an optional single member to the caller', async () => {
  const { text, diagnostics } = await generateAndTypecheck({ 'attachment.json': attachment });
  expect(diagnostics).toEqual([]);
  const builder = text('builders.ts').split('\n').filter((line) => line.includes('function attachment') || line.includes('return {'));
  expect(builder).toEqual([
    "export function attachment(properties: Omit<T.Attachment, 'kind' | 'version'>): T.Attachment {",
    "  return { ...properties, kind: 'attachment', version: 2 };",
  ]);
});
