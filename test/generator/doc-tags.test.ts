import ts from 'typescript';
import { expect, test } from 'vitest';
import { printStatements, type Docs } from '../../generator/emit/print.js';
import { checkedSource, tagLines } from '../support/jsdoc.js';
import { Random } from '../support/random-schemas.js';

// Description text is text: an `@` in it must not start a JSDoc block tag, or an editor shows the
// description cut short and a tag that is not there. Each description is printed and read back
// through TypeScript's type checker (getDocumentationComment and getJsDocTags, as editors and
// tools read docs), and must come back whole, with no tag but those the printer was given.

interface ReadBack {
  readonly text: string;
  readonly tags: readonly string[];
}

function readBack(docs: Docs): ReadBack {
  const source = checkedSource(printStatements([{ kind: 'typeAlias', name: 'A', isExported: true, type: 'string', docs }]), 'a.ts');
  const statement = source.file.statements[0];
  if (statement === undefined || !ts.isTypeAliasDeclaration(statement)) throw new Error(`not one alias:\n${source.file.text}`);
  const symbol = source.checker.getSymbolAtLocation(statement.name);
  return { text: ts.displayPartsToString(symbol?.getDocumentationComment(source.checker)), tags: tagLines(source, statement.name) };
}

/** What a reader sees: `\@` rendered as `@` (Markdown), white space runs as one space, no ends. */
const seen = (text: string): string => text.replaceAll('\\@', '@').replace(/\s+/g, ' ').trim();

test('an @ where a tag would start is escaped, in a code span too; every other @ is left as written', () => {
  const cases: [description: string, printed: string][] = [
    ['Told apart by @odata.type.', 'Told apart by \\@odata.type.'],
    ['@first word', '\\@first word'],
    ['Line one.\n@second line', 'Line one.\n\\@second line'],
    ['tab\t@x', 'tab\t\\@x'],
    ['mail a@b.c', 'mail a@b.c'],
    ['see {@link A}', 'see {@link A}'],
    ['code `x @y` span', 'code `x \\@y` span'],
    ['an @ alone', 'an \\@ alone'],
    ['at the end @', 'at the end \\@'],
    ['open `code\n@next line', 'open `code\n\\@next line'],
  ];
  for (const [description, printed] of cases) {
    const body = printed.split('\n').map((line) => ` * ${line}`);
    expect(printStatements([{ kind: 'typeAlias', name: 'A', type: 'string', docs: [{ description, tags: [{ tagName: 'deprecated' }] }] }])).toBe(
      ['/**', ...body, ' * @deprecated', ' */', 'type A = string;', ''].join('\n'),
    );
    const back = readBack([{ description, tags: [{ tagName: 'deprecated' }] }]);
    expect({ description, text: seen(back.text), tags: back.tags }).toEqual({ description, text: seen(description), tags: ['@deprecated'] });
  }
});

test('random descriptions of words, spaces, line breaks, @, backticks and braces come back whole, with only the given tags', () => {
  const random = new Random(7);
  const alphabet = ['a', 'b', ' ', ' ', '\n', '@', '@', '`', '{', '}', '.'];
  for (let n = 0; n < 1500; n++) {
    const length = 1 + random.int(24);
    let description = '';
    for (let i = 0; i < length; i++) description += alphabet[random.int(alphabet.length)] ?? '';
    const back = readBack([{ description, tags: [{ tagName: 'format', text: 'uuid' }] }]);
    expect({ description, text: seen(back.text), tags: back.tags }).toEqual({ description, text: seen(description), tags: ['@format uuid'] });
  }
});
