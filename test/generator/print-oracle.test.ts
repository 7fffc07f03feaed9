import { readdirSync } from 'node:fs';
import path from 'node:path';
import { printStructure, StructureKind, VariableDeclarationKind, type JSDocStructure, type OptionalKind, type StatementStructures, type TypeParameterDeclarationStructure } from 'ts-morph';
import { describe, expect, test } from 'vitest';
import { BUNDLED_SCHEMAS } from '../../generator/commands/generate.js';
import { builderStatements } from '../../generator/emit/builders.js';
import { BANNER, emitAll } from '../../generator/emit/emit.js';
import { layout } from '../../generator/emit/layout.js';
import { operationStatements } from '../../generator/emit/operations.js';
import { printStatements, type Docs, type Statement, type TypeParameter } from '../../generator/emit/print.js';
import { typeStatements } from '../../generator/emit/types.js';
import { validatorStatements } from '../../generator/emit/validators/index.js';
import { selectVersion } from '../../generator/model/versions.js';
import type { Model } from '../../generator/model/types.js';
import { loadModel } from '../../generator/pipeline.js';

// ts-morph as an independent oracle for callgen's printer (generator/emit/print.ts), which replaced
// its printStructure so that generating loads no TypeScript compiler: every emitter's declarations,
// for the curated schemas in each version and for every generator fixture folder, are converted
// to ts-morph structures and printed by both. After the layout pass (which sets the indentation
// the two print differently) the text must be the same, character for character.

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(REPO, 'test/fixtures/generator');

// ts-morph prints a doc's text as it is given; callgen's printer escapes a `*/` in it, and an `@`
// that would start a tag in a description (choices of callgen's, not of layout), so the oracle is
// handed the text escaped the same way.
const escaped = (text: string): string => text.replaceAll('*/', '*\\/');
const description = (text: string): string => escaped(text).replace(/(^|\s)@/g, '$1\\@');

function tsMorphDocs(docs: Docs | undefined): (string | OptionalKind<JSDocStructure>)[] {
  return (docs ?? []).map((doc) =>
    typeof doc === 'string'
      ? description(doc)
      : { description: description(doc.description), tags: doc.tags?.map((t) => ({ tagName: t.tagName, ...(t.text === undefined ? {} : { text: escaped(t.text) }) })) ?? [] },
  );
}

function tsMorphTypeParameter(t: TypeParameter): OptionalKind<TypeParameterDeclarationStructure> {
  return { name: t.name, ...(t.constraint === undefined ? {} : { constraint: t.constraint }), ...(t.default === undefined ? {} : { default: t.default }) };
}

/** The same declaration as ts-morph's structure. */
function tsMorphStructure(statement: Statement): StatementStructures {
  switch (statement.kind) {
    case 'import':
      return {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: statement.moduleSpecifier,
        isTypeOnly: statement.isTypeOnly ?? false,
        ...('namespaceImport' in statement ? { namespaceImport: statement.namespaceImport } : { namedImports: [...statement.namedImports] }),
      };
    case 'export':
      return { kind: StructureKind.ExportDeclaration, moduleSpecifier: statement.moduleSpecifier, ...(statement.namedExports === undefined ? {} : { namedExports: [...statement.namedExports] }) };
    case 'function':
      return {
        kind: StructureKind.Function,
        name: statement.name,
        isExported: statement.isExported ?? false,
        docs: tsMorphDocs(statement.docs),
        parameters: statement.parameters.map((p) => ({ name: p.name, type: p.type, hasQuestionToken: p.hasQuestionToken ?? false })),
        returnType: statement.returnType,
        statements: [...statement.statements],
      };
    case 'interface':
      return {
        kind: StructureKind.Interface,
        name: statement.name,
        isExported: statement.isExported ?? false,
        docs: tsMorphDocs(statement.docs),
        typeParameters: (statement.typeParameters ?? []).map(tsMorphTypeParameter),
        indexSignatures: (statement.indexSignatures ?? []).map((s) => ({ keyName: s.keyName, keyType: s.keyType, returnType: s.returnType })),
        properties: statement.properties.map((p) => ({ name: p.name, type: p.type, hasQuestionToken: p.hasQuestionToken ?? false, isReadonly: p.isReadonly ?? false, docs: tsMorphDocs(p.docs) })),
      };
    case 'typeAlias':
      return {
        kind: StructureKind.TypeAlias,
        name: statement.name,
        isExported: statement.isExported ?? false,
        docs: tsMorphDocs(statement.docs),
        typeParameters: (statement.typeParameters ?? []).map(tsMorphTypeParameter),
        type: statement.type,
      };
    case 'const':
      return {
        kind: StructureKind.VariableStatement,
        isExported: statement.isExported ?? false,
        docs: tsMorphDocs(statement.docs),
        declarationKind: VariableDeclarationKind.Const,
        declarations: statement.declarations.map((d) => ({ name: d.name, initializer: d.initializer, ...(d.type === undefined ? {} : { type: d.type }) })),
      };
    case 'printed':
      throw new Error('a printed statement has no structure: ask the emitter to keep its structures');
  }
}

function printedByBoth(statements: readonly Statement[]): { callgen: string; tsMorph: string } {
  return {
    callgen: layout(printStatements(statements)),
    tsMorph: layout(printStructure({ kind: StructureKind.SourceFile, statements: statements.map(tsMorphStructure) })),
  };
}

async function modelOf(schemas: string): Promise<Model> {
  const loaded = await loadModel({ schemas, out: path.join(REPO, 'generated') });
  if (!loaded.ok) throw new Error(`${schemas}: ${JSON.stringify(loaded.problems)}`);
  return loaded.model;
}

// The validators emitter prints each function as soon as it builds it (a `printed` statement, which
// ts-morph has no structure for); asked to keep its structures, it gives them to both printers, and
// the tests below show that the printed ones make the same text, and so do the ones emitAll lays
// out one at a time.
const keep = (statement: Statement): Statement => statement;
const EMITTERS = { types: typeStatements, builders: builderStatements, validators: (model: Model) => validatorStatements(model, keep), operations: operationStatements } as const;

const curated = await modelOf(BUNDLED_SCHEMAS);
const models: [string, Model][] = [
  ['curated', curated],
  ['curated v1.0', selectVersion(curated, 'v1.0').model],
  ['curated beta', selectVersion(curated, 'beta').model],
  ...(await Promise.all(readdirSync(FIXTURES).sort().map(async (name): Promise<[string, Model]> => [name, await modelOf(path.join(FIXTURES, name))]))),
];

describe.each(models)('%s', (_name, model) => {
  test.each(Object.entries(EMITTERS))('%s: the same text as ts-morph prints', (_emitter, emit) => {
    const statements = emit(model);
    const { callgen, tsMorph } = printedByBoth(statements);
    expect(callgen).toBe(tsMorph);
  });

  test('validators: printed one function at a time, the same text as printed from the structures', () => {
    const printed = validatorStatements(model);
    expect(printed.filter((statement) => statement.kind === 'printed').length).toBeGreaterThan(0);
    expect(printStatements(printed)).toBe(printStatements(validatorStatements(model, keep)));
  });

  test('validators.ts: laid out a statement at a time as emitted, the same text as the structures printed and laid out whole', () => {
    const emitted = emitAll(model).find((file) => file.path === 'validators.ts');
    expect(emitted?.laidOut).toBe(true);
    expect(emitted?.text).toBe(layout(`${BANNER}\n${printStatements(validatorStatements(model, keep))}`));
  });
});

test('the oracle sees a difference: where ts-morph prints a declaration differently, the comparison fails', () => {
  const docs = [{ description: 'Paths like /* stay.', tags: [{ tagName: 'deprecated' }] }];
  const { callgen, tsMorph } = printedByBoth([{ kind: 'typeAlias', name: 'A', type: 'string', docs }]);
  expect(callgen).toBe('/**\n * Paths like /* stay.\n * @deprecated\n */\ntype A = string;\n');
  // ts-morph's printer closes the line before the tag with a stray `*/` when the text opens a comment.
  expect(tsMorph).toContain('*/@deprecated');
});
