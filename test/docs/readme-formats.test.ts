import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { SUPPORTED_FORMATS } from '../../generator/schema/keywords.js';
import { REPO } from '../support/generate.js';

// The README counts the formats a schema folder may use in words; the count follows keywords.ts.
test("the README's count of checked formats is the number callgen checks", () => {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const words = ['Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen', 'Twenty'];
  const said = /(\w+) standard formats are checked/.exec(readme)?.[1];
  expect(said).toBe(words[SUPPORTED_FORMATS.size - 15]);
});
