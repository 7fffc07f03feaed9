import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { requestName } from '../../model/reach.js';
import { recursiveTypes } from '../../model/recursion.js';
import { quote } from '../../model/names.js';
import type { Model, NamedType } from '../../model/types.js';
import { refName, TypeIndex } from '../typeText.js';
import { CheckWriter } from './checks.js';

/**
 * `validators.ts`: one straight-line check function per named type, and for each type its
 * validators (`validateX`, `isX`, `assertX`, plus the `…Input` ones in request mode).
 */
export function validatorStatements(model: Model): StatementStructures[] {
  const index = new TypeIndex(model);
  const writer = new CheckWriter(index);
  const recursive = recursiveTypes(model);
  const checks = model.types.map((type) => checkFunction(type, writer, recursive.has(type.name)));
  const exported = model.types.flatMap((type) => validatorsOf(type));
  const runtimeImports = [...writer.helpers].sort();
  const guards = recursive.size > 0 ? ['MAX_DEPTH', 'fail'] : [];
  const valueImports = [...new Set(['assertValid', 'createValidator', ...guards, ...runtimeImports])].sort();
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime.js',
      namedImports: [...valueImports, 'type Context', 'type Validator'],
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './types.js', isTypeOnly: true, namespaceImport: 'T' },
    ...[...writer.constants].map(([name, initializer]): StatementStructures => ({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name, initializer }],
    })),
    ...checks,
    ...exported,
    registry(model),
  ];
}

function checkFunction(type: NamedType, writer: CheckWriter, recursive: boolean): StatementStructures {
  writer.resetLocals();
  const body = writer.check(type.shape, 'value', 'path');
  // A check that needs no look at the value (`false`) still takes it, like every check function.
  const statements = recursive ? guardRecursion(body) : body.some((line) => /\bvalue\b/.test(line.replace(/'(?:[^'\\]|\\.)*'/g, "''"))) || body.length === 0 ? body : ['void value;', ...body];
  return {
    kind: StructureKind.Function,
    name: `check${type.name}`,
    parameters: [
      { name: 'value', type: 'unknown' },
      { name: 'path', type: 'string' },
      { name: 'context', type: 'Context' },
    ],
    returnType: 'void',
    statements: statements.length === 0 ? ['// Any value is accepted here.', 'void value;', 'void path;', 'void context;'] : statements,
  };
}

/** Recursive types can meet cyclic or absurdly deep values; stop with an issue instead of overflowing. */
function guardRecursion(body: string[]): string[] {
  return [
    "const tracked = typeof value === 'object' && value !== null;",
    'if (tracked) {',
    'if (context.ancestors.indexOf(value) !== -1) {',
    "fail(context, path, 'cycle', 'refers back to a value that contains it');",
    'return;',
    '}',
    'if (context.ancestors.length >= MAX_DEPTH) {',
    "fail(context, path, 'maxDepth', `nests deeper than ${MAX_DEPTH} levels`);",
    'return;',
    '}',
    'context.ancestors.push(value);',
    '}',
    ...body,
    'if (tracked) context.ancestors.pop();',
  ];
}

function validatorsOf(type: NamedType): StatementStructures[] {
  const views = [
    ...(type.requestBody ? [] : [{ mode: 'response', name: type.name, typeRef: `T.${refName(type, 'response')}` }]),
    ...(type.hasRequestShape ? [{ mode: 'request', name: requestName(type), typeRef: `T.${refName(type, 'request')}` }] : []),
  ];
  return views.flatMap(({ mode, name, typeRef }) => [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Validates a ${mode === 'request' ? 'request' : 'response'} value as {@link T.${name}}; never throws.`],
      declarations: [{ name: `validate${name}`, type: `Validator<${typeRef}>`, initializer: `createValidator(check${type.name}, '${mode}')` }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: `is${name}`,
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${typeRef}`,
      statements: [`return validate${name}(value).ok;`],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: `assert${name}`,
      docs: ['Throws a `ValidationError` listing every issue when the value is not valid.'],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `asserts value is ${typeRef}`,
      statements: [`assertValid(validate${name}(value), ${quote(name)});`],
    },
  ]);
}

/** Every validator by schema name, for tools (the CLI) that pick a type at run time. */
function registry(model: Model): StatementStructures {
  const entries = model.types.map((type) => {
    const response = type.requestBody ? 'undefined' : `validate${type.name}`;
    const request = type.hasRequestShape ? `validate${requestName(type)}` : type.requestBody ? 'undefined' : `createValidator(check${type.name}, 'request')`;
    return `${quote(type.schemaName)}: { typeName: ${quote(type.name)}, response: ${response}, request: ${request} },`;
  });
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Every validator by schema name. `request` is undefined for types only the service sends, `response` for request bodies.'],
    declarations: [
      {
        name: 'validatorsBySchemaName',
        type: '{ readonly [schemaName: string]: { readonly typeName: string; readonly response: Validator<unknown> | undefined; readonly request: Validator<unknown> | undefined } }',
        initializer: `{ ${entries.join('\n')} }`,
      },
    ],
  };
}
