import { describe, expect, test } from 'vitest';
import { literalPattern } from '../../generator/emit/validators/scalars.js';

// A pattern of `^` and literal characters is checked with startsWith (or ===): the verdict must be
// the RegExp's, under the 'u' flag the validators compile patterns with.
describe('literal patterns', () => {
  test.each([
    ['^https://', { text: 'https://', exact: false }],
    ['^https:\\/\\/', { text: 'https://', exact: false }],
    ['^a\\.b$', { text: 'a.b', exact: true }],
    ['^$', { text: '', exact: true }],
    ['^#microsoft\\.graph\\.', { text: '#microsoft.graph.', exact: false }],
  ])('%s is the literal text it matches', (pattern, expected) => {
    expect(literalPattern(pattern)).toEqual(expected);
  });

  test.each(['https://', '^a.b', '^a\\d', '^(a)', '^a|b', '^a+', '^a$b', '^\uD83D', '^a\\u0041', '^a\\'])('%s is left to the RegExp', (pattern) => {
    expect(literalPattern(pattern)).toBeUndefined();
  });

  test('each literal pattern agrees with its RegExp on texts around it', () => {
    const texts = ['', 'https://', 'https://x', 'http://x', 'HTTPS://x', ' https://x', 'a.b', 'a.bc', 'axb', '#microsoft.graph.call', '\uD83D\uDE00'];
    for (const pattern of ['^https://', '^https:\\/\\/', '^a\\.b$', '^$', '^#microsoft\\.graph\\.']) {
      const literal = literalPattern(pattern);
      if (literal === undefined) throw new Error(`${pattern} should be literal`);
      const regex = new RegExp(pattern, 'u');
      for (const text of texts) expect([pattern, text, literal.exact ? text === literal.text : text.startsWith(literal.text)]).toEqual([pattern, text, regex.test(text)]);
    }
  });
});
