import { describe, expect, test } from 'vitest';
import { layout } from '../../generator/emit/layout.js';
import { printed, printStatements, type Statement } from '../../generator/emit/print.js';
import { docsFor } from '../../generator/emit/types.js';

// The printer writes one statement or clause a line, unindented; the layout pass indents. Each
// expected text below is what ts-morph's printStructure printed for the same declarations (compared
// while the printer replaced it), less the indentation.

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

describe('JSDoc', () => {
  test('one line stays on the comment line; more lines get a star each, empty ones a bare star', () => {
    const statements: Statement[] = [
      { kind: 'typeAlias', name: 'A', type: 'string', docs: ['One line.'] },
      { kind: 'typeAlias', name: 'B', type: 'string', docs: [{ description: 'First paragraph,\nstill first.\n\nSecond.' }] },
    ];
    expect(printStatements(statements)).toBe(
      lines('/** One line. */', 'type A = string;', '/**', ' * First paragraph,', ' * still first.', ' *', ' * Second.', ' */', 'type B = string;'),
    );
  });

  test('tags follow the description on lines of their own; a comment of a tag alone is one line', () => {
    const statements: Statement[] = [
      { kind: 'typeAlias', name: 'Old', type: 'number', docs: [{ description: 'Gone soon.', tags: [{ tagName: 'deprecated' }] }] },
      { kind: 'typeAlias', name: 'Older', type: 'number', docs: [{ description: '', tags: [{ tagName: 'deprecated' }] }] },
    ];
    expect(printStatements(statements)).toBe(lines('/**', ' * Gone soon.', ' * @deprecated', ' */', 'type Old = number;', '/** @deprecated */', 'type Older = number;'));
  });

  test('schema text that would close the comment is escaped by the printer, in every doc; CRLF becomes LF', () => {
    const docs = docsFor('Paths like /calls/* match.\r\nSee a*/b.', undefined, false);
    expect(printStatements([{ kind: 'typeAlias', name: 'P', type: 'string', docs }])).toBe(
      lines('/**', ' * Paths like /calls/* match.', ' * See a*\\/b.', ' */', 'type P = string;'),
    );
    // A one-line doc an emitter writes itself (a builder's fixed `const` value), and a property's.
    const built = { kind: 'typeAlias', name: 'Q', type: 'string', docs: ['Set to `*/ x`.'] } as const;
    expect(printStatements([built])).toBe(lines('/** Set to `*\\/ x`. */', 'type Q = string;'));
    const property = { name: 'a', type: 'string', docs: [{ description: 'a*/b', tags: [{ tagName: 'deprecated' }] }] };
    expect(printStatements([{ kind: 'interface', name: 'R', properties: [property] }])).toBe(
      lines('interface R {', '/**', ' * a*\\/b', ' * @deprecated', ' */', 'a: string;', '}'),
    );
  });

  test('a description ending in a space gets no second space before the close; an empty one is /** */', () => {
    expect(printStatements([{ kind: 'typeAlias', name: 'A', type: 'string', docs: ['Spaced ', ''] }])).toBe(lines('/** Spaced */', '/** */', 'type A = string;'));
  });
});

describe('interfaces', () => {
  test('index signature first, then properties with their modifiers and docs; no blank lines inside', () => {
    const statement: Statement = {
      kind: 'interface',
      name: 'Bag',
      isExported: true,
      docs: ['A bag.'],
      indexSignatures: [{ keyName: 'key', keyType: 'string', returnType: 'unknown' }],
      properties: [
        { name: "'@odata.type'", type: "'#bag'" },
        { name: 'id', type: 'string', isReadonly: true, hasQuestionToken: true, docs: ['Set by the service.'] },
      ],
    };
    expect(printStatements([statement])).toBe(
      lines('/** A bag. */', 'export interface Bag {', '[key: string]: unknown;', "'@odata.type': '#bag';", '/** Set by the service. */', 'readonly id?: string;', '}'),
    );
  });

  test('an empty interface is an empty block; type parameters take constraints and defaults', () => {
    const statement: Statement = {
      kind: 'interface',
      name: 'Op',
      typeParameters: [{ name: 'P' }, { name: 'B', constraint: 'object' }, { name: 'I', default: 'never' }],
      properties: [],
    };
    expect(printStatements([statement])).toBe(lines('interface Op<P, B extends object, I = never> {', '}'));
  });
});

describe('statements and their separation', () => {
  test('imports (type-only namespace, named with type specifiers) and re-exports; module specifiers in double quotes', () => {
    const statements: Statement[] = [
      { kind: 'import', moduleSpecifier: './types.js', isTypeOnly: true, namespaceImport: 'T' },
      { kind: 'import', moduleSpecifier: './runtime.js', namedImports: ['createValidator', 'type Context'] },
      { kind: 'export', moduleSpecifier: './types.js' },
      { kind: 'export', moduleSpecifier: './runtime.js', namedExports: ['ValidationError', 'type Validator'] },
    ];
    expect(printStatements(statements)).toBe(
      lines(
        'import type * as T from "./types.js";',
        'import { createValidator, type Context } from "./runtime.js";',
        'export * from "./types.js";',
        'export { ValidationError, type Validator } from "./runtime.js";',
      ),
    );
  });

  test('a blank line before a function or interface and after a statement ending in }; none between others', () => {
    const statements: Statement[] = [
      { kind: 'typeAlias', name: 'OpenEnum', isExported: true, typeParameters: [{ name: 'Known', constraint: 'string' }], type: 'Known | (string & {})' },
      { kind: 'const', isExported: true, declarations: [{ name: 'values', initializer: "['a'] as const" }] },
      { kind: 'const', declarations: [{ name: 'table', type: 'Table', initializer: '{ a: 1,\nb: 2 }' }] },
      { kind: 'function', name: 'f', isExported: true, parameters: [{ name: 'value', type: 'unknown' }, { name: 'path', type: 'string', hasQuestionToken: true }], returnType: 'void', statements: ['if (value) {', 'g();', '}', 'h();', '// a comment }', 'return;'] },
      { kind: 'typeAlias', name: 'After', type: '{ a: string }' },
    ];
    expect(printStatements(statements)).toBe(
      lines(
        'export type OpenEnum<Known extends string> = Known | (string & {});',
        "export const values = ['a'] as const;",
        'const table: Table = { a: 1,',
        'b: 2 };',
        '',
        'export function f(value: unknown, path?: string): void {',
        'if (value) {',
        'g();',
        '}',
        '',
        'h();',
        '// a comment }',
        '',
        'return;',
        '}',
        '',
        'type After = { a: string };',
      ),
    );
  });

  test('no statements print nothing; an empty body statement is an empty line', () => {
    expect(printStatements([])).toBe('');
    expect(printStatements([{ kind: 'function', name: 'f', parameters: [], returnType: 'void', statements: ['a();', '', 'b();'] }])).toBe(
      lines('function f(): void {', 'a();', ' ', 'b();', '}'),
    );
  });

  test('laid out, the printed text is the generated code', () => {
    const statements: Statement[] = [
      { kind: 'import', moduleSpecifier: './types.js', isTypeOnly: true, namespaceImport: 'T' },
      { kind: 'function', name: 'isA', isExported: true, docs: ['Whether it is an A.'], parameters: [{ name: 'value', type: 'unknown' }], returnType: 'value is T.A', statements: ['try {', 'return testA(value);', '} catch {', 'return false;', '}'] },
      { kind: 'interface', name: 'B', isExported: true, properties: [{ name: 'b', type: 'string', docs: [{ description: 'One.\n\nTwo.' }] }] },
    ];
    expect(layout(printStatements(statements))).toBe(
      lines(
        "import type * as T from './types.js';",
        '',
        '/** Whether it is an A. */',
        'export function isA(value: unknown): value is T.A {',
        '  try {',
        '    return testA(value);',
        '  } catch {',
        '    return false;',
        '  }',
        '}',
        '',
        'export interface B {',
        '  /**',
        '   * One.',
        '   *',
        '   * Two.',
        '   */',
        '  b: string;',
        '}',
      ),
    );
  });

  test('a statement printed ahead (printed) is written as it is, separated as the statement itself would be', () => {
    const statements: Statement[] = [
      { kind: 'const', declarations: [{ name: 'a', initializer: '1' }] },
      { kind: 'function', name: 'f', parameters: [], returnType: 'void', statements: ['a();'] },
      { kind: 'const', declarations: [{ name: 'b', initializer: '2' }] },
      { kind: 'const', docs: ['After a const.'], declarations: [{ name: 'c', initializer: '3' }] },
    ];
    const expected = lines('const a = 1;', '', 'function f(): void {', 'a();', '}', '', 'const b = 2;', '/** After a const. */', 'const c = 3;');
    expect(printStatements(statements)).toBe(expected);
    expect(printStatements(statements.map(printed))).toBe(expected);
    expect(printed(statements[1] as Statement)).toEqual({ kind: 'printed', text: 'function f(): void {\na();\n}', spaced: true });
  });
});
