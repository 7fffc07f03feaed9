import { readdir } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { emitAll } from '../../generator/emit/emit.js';
import { layout } from '../../generator/emit/layout.js';
import { loadModel } from '../../generator/pipeline.js';
import { FIXTURES, REPO } from '../support/generate.js';

test('layout indents by nesting, case bodies one level more, and single-quotes plain strings', () => {
  const printed = [
    'function f(value: unknown): string {',
    'switch (typeof value) {',
    'case "string":',
    'if (value === "{") {',
    'return `a ${value.at(0) === "}" ? "b" : `c${"d"}`} "e" {`;',
    '}',
    'return "it\'s";',
    'default:',
    '/**',
    '    * Kept: the text after the star.',
    '   */',
    'return String(/[/"{]/u.test("x") ? 1 / 2 : [',
    '"z",',
    ']);',
    '}',
    '}',
  ].join('\n');
  expect(layout(printed)).toBe(
    [
      'function f(value: unknown): string {',
      '  switch (typeof value) {',
      "    case 'string':",
      "      if (value === '{') {",
      '        return `a ${value.at(0) === \'}\' ? \'b\' : `c${\'d\'}`} "e" {`;',
      '      }',
      '      return "it\'s";',
      '    default:',
      '      /**',
      '       * Kept: the text after the star.',
      '       */',
      "      return String(/[/\"{]/u.test('x') ? 1 / 2 : [",
      "        'z',",
      '      ]);',
      '  }',
      '}',
    ].join('\n'),
  );
});

test('labels stacked before a braced body stand at one level, and the cases after them too', () => {
  const printed = ['switch (key) {', "case 'a': {", 'one();', 'break;', '}', '', "case 'b':", "case 'c':", "case 'd': {", 'two();', 'break;', '}', '', "case 'e': {", 'three();', 'break;', '}', '', 'default:', 'four();', '}'].join('\n');
  expect(layout(printed)).toBe(
    [
      'switch (key) {',
      "  case 'a': {",
      '    one();',
      '    break;',
      '  }',
      '',
      "  case 'b':",
      "  case 'c':",
      "  case 'd': {",
      '    two();',
      '    break;',
      '  }',
      '',
      "  case 'e': {",
      '    three();',
      '    break;',
      '  }',
      '',
      '  default:',
      '    four();',
      '}',
    ].join('\n'),
  );
});

test('a template literal over several lines keeps its text exactly', () => {
  const printed = 'const a = `one\n   two {\n  ${"x"} three`;\nif (a) {\nb();\n}';
  expect(layout(printed)).toBe("const a = `one\n   two {\n  ${'x'} three`;\nif (a) {\n  b();\n}");
});

/** Every token of a TypeScript text, string literals by value, so only layout may differ. */
function tokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const found: string[] = [];
  const braces: ('{' | '${')[] = [];
  let previous: ts.SyntaxKind = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.CloseBraceToken && braces.at(-1) === '${') {
      braces.pop();
      kind = scanner.reScanTemplateToken(false);
    } else if (kind === ts.SyntaxKind.CloseBraceToken) braces.pop();
    else if (kind === ts.SyntaxKind.OpenBraceToken) braces.push('{');
    else if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && !endsExpression(previous)) kind = scanner.reScanSlashToken();
    if (kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle) braces.push('${');
    found.push(kind === ts.SyntaxKind.StringLiteral ? `string ${scanner.getTokenValue()}` : scanner.getTokenText());
    previous = kind;
  }
  return found;
}

function endsExpression(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.Identifier || kind === ts.SyntaxKind.CloseParenToken || kind === ts.SyntaxKind.CloseBracketToken || kind === ts.SyntaxKind.NumericLiteral || kind === ts.SyntaxKind.StringLiteral;
}

const folders = async (): Promise<string[]> => [
  path.join(REPO, 'schemas'),
  ...(await readdir(FIXTURES, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => path.join(FIXTURES, e.name)),
];

test('layout changes nothing but whitespace and quotes in any file callgen emits, and twice is once', async () => {
  let checked = 0;
  for (const schemas of await folders()) {
    const loaded = await loadModel({ schemas, out: path.join(schemas, '..', 'out') });
    if (!loaded.ok) continue; // fixtures of refused folders
    for (const file of emitAll(loaded.model)) {
      const laidOut = layout(file.text);
      expect(tokens(laidOut), `${schemas} ${file.path}`).toEqual(tokens(file.text));
      expect(layout(laidOut), `${schemas} ${file.path}`).toBe(laidOut);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(40);
});
