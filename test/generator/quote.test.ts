import { expect, test } from 'vitest';
import { quote } from '../../generator/model/names.js';

// quote() writes a string as a single-quoted TypeScript literal. Plain text takes a fast path that
// skips JSON escaping; both paths must write what the JSON-based form writes.
const viaJson = (text: string): string => `'${JSON.stringify(text).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;
const codeUnits = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

test('every UTF-16 code unit, alone and amid plain text, is quoted as the JSON-based form quotes it', () => {
  const differing = codeUnits.flatMap((unit) => [unit, `a${unit}b`, `@odata.${unit}`]).filter((text) => quote(text) !== viaJson(text));
  expect(differing).toEqual([]);
});

test('the literal reads back as the text: quotes, backslashes, control characters, lone surrogates, astral characters', () => {
  const texts = ['', 'plain', '@odata.type', "it's", 'say "hi"', 'back\\slash', 'line\nbreak\ttab\u0000nul', '\ud800 alone', 'a\u{1F600}b', '\u2028\u2029'];
  for (const text of texts) expect(new Function(`return ${quote(text)};`)()).toBe(text);
  expect(quote("it's")).toBe("'it\\'s'");
  expect(quote('plain')).toBe("'plain'");
});
