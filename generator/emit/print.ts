// The declarations the emitters build, as plain readonly data, and their printer. Only the part of
// TypeScript that callgen writes: imports, re-exports, functions, interfaces, type aliases and
// `const` statements, with their JSDoc. Printed one statement or clause a line without indentation
// (the format stage lays the text out), separated as ts-morph's `printStructure` separates them, so
// the generated files stayed byte for byte the same when this printer replaced it: a blank line
// before a function or an interface and after any statement that ends with `}`.

/** A top-level statement of a generated file. */
export type Statement = ImportDeclaration | ExportDeclaration | FunctionDeclaration | InterfaceDeclaration | TypeAliasDeclaration | VariableStatement | PrintedStatement;

/**
 * A declaration already printed (`printed`), written as it is. An emitter that builds thousands of
 * large functions prints each as soon as it is built: one string instead of an array of lines
 * that would stay alive until the whole file is printed (the validators of 3,000 types are 1.4
 * million lines, and holding them made the collector let the process grow by hundreds of MB).
 */
export interface PrintedStatement {
  readonly kind: 'printed';
  readonly text: string;
  /** A blank line before it, as before a function or an interface. */
  readonly spaced: boolean;
}

/** `import type * as T from './types.js';` or `import { a, type B } from './runtime.js';` */
export type ImportDeclaration = {
  readonly kind: 'import';
  readonly moduleSpecifier: string;
  readonly isTypeOnly?: boolean;
} & ({ readonly namespaceImport: string } | { readonly namedImports: readonly string[] });

/** `export * from './types.js';`, or with `namedExports` (specifiers as written, e.g. `type Validator`) `export { ... } from`. */
export interface ExportDeclaration {
  readonly kind: 'export';
  readonly moduleSpecifier: string;
  readonly namedExports?: readonly string[];
}

export interface FunctionDeclaration extends Declared {
  readonly kind: 'function';
  readonly name: string;
  readonly parameters: readonly Parameter[];
  readonly returnType: string;
  /** The body, one statement (or clause, such as `} else {`) an element. */
  readonly statements: readonly string[];
}

export interface Parameter {
  readonly name: string;
  readonly type: string;
  readonly hasQuestionToken?: boolean;
}

export interface InterfaceDeclaration extends Declared {
  readonly kind: 'interface';
  readonly name: string;
  readonly typeParameters?: readonly TypeParameter[];
  readonly indexSignatures?: readonly IndexSignature[];
  readonly properties: readonly PropertySignature[];
}

/** `[keyName: keyType]: returnType;` */
export interface IndexSignature {
  readonly keyName: string;
  readonly keyType: string;
  readonly returnType: string;
}

export interface PropertySignature {
  /** As written in the source: quoted where it is no identifier. */
  readonly name: string;
  readonly type: string;
  readonly hasQuestionToken?: boolean;
  readonly isReadonly?: boolean;
  readonly docs?: Docs;
}

export interface TypeAliasDeclaration extends Declared {
  readonly kind: 'typeAlias';
  readonly name: string;
  readonly typeParameters?: readonly TypeParameter[];
  readonly type: string;
}

export interface TypeParameter {
  readonly name: string;
  readonly constraint?: string;
  readonly default?: string;
}

/** A `const` statement. */
export interface VariableStatement extends Declared {
  readonly kind: 'const';
  readonly declarations: readonly [VariableDeclaration, ...VariableDeclaration[]];
}

export interface VariableDeclaration {
  readonly name: string;
  readonly type?: string;
  readonly initializer: string;
}

/** What every declaration can carry. */
interface Declared {
  readonly isExported?: boolean;
  readonly docs?: Docs;
}

/** JSDoc comments, each printed before the declaration; a string is a description alone. */
export type Docs = readonly (string | JSDoc)[];

export interface JSDoc {
  /** Lines are separated by `\n`; a `*\/` in it is printed as `*\\/`, so no text can close the comment. */
  readonly description: string;
  /** Block tags (`@deprecated`, `@format uuid`), each printed on a line of its own after the description. */
  readonly tags?: readonly JSDocTag[];
}

/** `@tagName`, or `@tagName text` on one line. */
export interface JSDocTag {
  readonly tagName: string;
  readonly text?: string;
}

/** A source file of these statements; ends with a line break unless it is empty. */
export function printStatements(statements: readonly Statement[]): string {
  const text = new Text();
  for (const statement of statements) {
    separate(text, spaced(statement));
    printStatement(text, statement);
  }
  if (!text.atBlockStart() && !text.endsWithLineBreak()) text.lineBreak();
  return text.toString();
}

/** One declaration printed as `printStatements` prints it among others (no separation before it, no line break after it). */
export function printed(statement: Statement): PrintedStatement {
  const text = new Text();
  printStatement(text, statement);
  return { kind: 'printed', text: text.toString(), spaced: spaced(statement) };
}

function spaced(statement: Statement): boolean {
  return statement.kind === 'printed' ? statement.spaced : statement.kind === 'function' || statement.kind === 'interface';
}

function printStatement(text: Text, statement: Statement): void {
  switch (statement.kind) {
    case 'import':
      return printImport(text, statement);
    case 'export':
      return printExport(text, statement);
    case 'function':
      return printFunction(text, statement);
    case 'interface':
      return printInterface(text, statement);
    case 'typeAlias':
      return printTypeAlias(text, statement);
    case 'const':
      return printVariableStatement(text, statement);
    case 'printed':
      return text.write(statement.text);
    default:
      return assertNever(statement);
  }
}

/**
 * Before a statement or a member: nothing at the start of a block, a blank line after a `}` (or
 * before a function or interface), else a line break.
 */
function separate(text: Text, blankLine: boolean): void {
  if (text.atBlockStart()) return;
  if (blankLine || text.lastNonSpace() === '}') text.blankLine();
  else text.lineBreakIfNone();
}

function printImport(text: Text, declaration: ImportDeclaration): void {
  text.write(declaration.isTypeOnly === true ? 'import type' : 'import');
  if ('namespaceImport' in declaration) text.write(` * as ${declaration.namespaceImport}`);
  else text.write(` ${braced(declaration.namedImports)}`);
  text.write(` from ${quoted(declaration.moduleSpecifier)};`);
}

function printExport(text: Text, declaration: ExportDeclaration): void {
  const named = declaration.namedExports ?? [];
  text.write(`export ${named.length > 0 ? braced(named) : '*'} from ${quoted(declaration.moduleSpecifier)};`);
}

function printFunction(text: Text, declaration: FunctionDeclaration): void {
  printDocs(text, declaration.docs);
  const parameters = declaration.parameters.map((p) => `${p.name}${p.hasQuestionToken === true ? '?' : ''}${typed(':', p.type)}`);
  text.write(`${exported(declaration)}function ${declaration.name}(${parameters.join(', ')})${typed(':', declaration.returnType)} `);
  block(text, () => {
    for (const statement of declaration.statements) {
      separate(text, false);
      // An empty statement is a line of its own, empty once laid out (ts-morph wrote its indentation).
      text.write(statement === '' ? ' ' : statement);
    }
  });
}

function printInterface(text: Text, declaration: InterfaceDeclaration): void {
  printDocs(text, declaration.docs);
  text.write(`${exported(declaration)}interface ${declaration.name}${typeParameters(declaration.typeParameters)} `);
  block(text, () => {
    const indexSignatures = declaration.indexSignatures ?? [];
    indexSignatures.forEach((signature, i) => {
      if (i > 0) text.lineBreak();
      text.write(`[${signature.keyName}: ${signature.keyType}]${typed(':', signature.returnType)};`);
    });
    declaration.properties.forEach((property, i) => {
      if (i > 0 || !text.atBlockStart()) text.lineBreak();
      printDocs(text, property.docs);
      const readonly = property.isReadonly === true ? 'readonly ' : '';
      text.write(`${readonly}${property.name}${property.hasQuestionToken === true ? '?' : ''}${typed(':', property.type)};`);
    });
  });
}

function printTypeAlias(text: Text, declaration: TypeAliasDeclaration): void {
  printDocs(text, declaration.docs);
  text.write(`${exported(declaration)}type ${declaration.name}${typeParameters(declaration.typeParameters)}${typed(' =', declaration.type)};`);
}

function printVariableStatement(text: Text, statement: VariableStatement): void {
  printDocs(text, statement.docs);
  const declarations = statement.declarations.map((d) => {
    const typedName = `${d.name}${d.type === undefined ? '' : typed(':', d.type)}`;
    return isBlank(d.initializer) ? typedName : `${typedName}${typedName.endsWith(' ') ? '' : ' '}= ${d.initializer}`;
  });
  text.write(`${exported(statement)}const ${declarations.join(', ')};`);
}

/** `{`, a line break, what `body` writes, a line break unless it wrote one, `}`. */
function block(text: Text, body: () => void): void {
  text.write('{');
  text.lineBreakIfNone();
  text.startBlock();
  body();
  text.lineBreakIfNone();
  text.write('}');
}

/** Each comment on lines of its own before the declaration. */
function printDocs(text: Text, docs: Docs | undefined): void {
  for (const doc of docs ?? []) {
    text.write(jsDocText(typeof doc === 'string' ? withoutTagStarts(doc) : docText(doc)));
    text.lineBreak();
  }
}

function docText(doc: JSDoc): string {
  const tags = (doc.tags ?? []).map((tag) => (tag.text === undefined ? `@${tag.tagName}` : `@${tag.tagName} ${tag.text}`)).join('\n');
  if (doc.description === '') return tags;
  const description = withoutTagStarts(doc.description);
  return tags === '' ? description : `${description}\n${tags}`;
}

/**
 * Description text with each `@` that would start a block tag written `\@` (TSDoc's escape, which
 * Markdown renders as `@`). In a description TypeScript's JSDoc parser starts a tag at every `@`
 * at a line's start or after white space, whatever follows it and inside backticks too: "told
 * apart by @odata.type" ended at "by", followed by a tag `@odata`. An `@` after other text
 * (`a@b.c`, `{@link X}`) is left.
 */
function withoutTagStarts(text: string): string {
  return text.replace(/(^|\s)@/g, '$1\\@');
}

/**
 * `/** text *\/` on one line, or a line each with ` * ` before it (a leading empty line is dropped).
 * Every `*\/` becomes `*\\/` here, the one place text becomes a comment: schema text reaches docs
 * by many ways (descriptions, `const` values in builders, property names in notes).
 */
function jsDocText(text: string): string {
  const escaped = text.replaceAll('*/', '*\\/');
  const lines = escaped.split(/\r?\n/);
  if (lines.length === 1) {
    const head = `/** ${escaped}`;
    return `${head}${head.endsWith(' ') ? '' : ' '}*/`;
  }
  const body = (lines[0] === '' ? lines.slice(1) : lines).map((line) => (line === '' ? ' *' : ` * ${line}`));
  return `/**\n${body.join('\n')}\n */`;
}

function typeParameters(parameters: readonly TypeParameter[] | undefined): string {
  if (parameters === undefined || parameters.length === 0) return '';
  const texts = parameters.map((p) => {
    const constraint = p.constraint === undefined || isBlank(p.constraint) ? '' : ` extends ${p.constraint}`;
    return `${p.name}${constraint}${p.default === undefined || isBlank(p.default) ? '' : ` = ${p.default}`}`;
  });
  return `<${texts.join(', ')}>`;
}

/** `: type` (or ` = type` for an alias); nothing for a blank type. */
function typed(separator: string, type: string): string {
  return isBlank(type) ? '' : `${separator} ${type}`;
}

function exported(declaration: Declared): string {
  return declaration.isExported === true ? 'export ' : '';
}

function braced(specifiers: readonly string[]): string {
  return `{ ${specifiers.join(', ')} }`;
}

/** A module specifier in double quotes, as ts-morph wrote it (the layout pass single-quotes plain strings). */
function quoted(text: string): string {
  if (/[\r\n]/.test(text)) throw new Error(`callgen bug: a line break in the module specifier ${JSON.stringify(text)}`);
  return `"${text.replace(/[\\"]/g, (match) => `\\${match}`)}"`;
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function assertNever(value: never): never {
  throw new Error(`callgen bug: unknown statement ${JSON.stringify(value)}`);
}

/** What `\s` matches, by character code: a regular expression run on every piece written cost more than the rest of `write`. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const BATCH = 4096;
/** Pieces this long on average are large: joining them early would only copy them once more. */
const LARGE = 256;

/**
 * The text being printed, and what separating the next statement needs to know about its end: the
 * last character, the last that is not white space, how many line breaks it ends with, and
 * whether the current block (or the file) is still empty. `\r\n` becomes `\n`.
 */
class Text {
  /**
   * The text so far: joined pieces, and the pieces written since. Small pieces are joined every
   * `BATCH`, so no array grows to millions; large ones (statements printed ahead) are joined only
   * once, at the end: joining them early copied the 50 MB of validators of 3,000 types once more.
   */
  readonly #chunks: string[] = [];
  #pieces: string[] = [];
  #pending = 0;
  #last = '';
  #lastNonSpace = '';
  #trailingBreaks = 0;
  #blockStart = true;

  write(chunk: string): void {
    if (chunk === '') return;
    const text = chunk.includes('\r\n') ? chunk.replaceAll('\r\n', '\n') : chunk;
    this.#push(text);
    this.#last = text.at(-1) ?? '';
    this.#blockStart = false;
    let i = text.length - 1;
    let breaks = 0;
    for (; i >= 0 && (text[i] === '\n' || text[i] === '\r'); i--) if (text[i] === '\n') breaks++;
    this.#trailingBreaks = i < 0 ? this.#trailingBreaks + breaks : breaks;
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
    if (i >= 0) this.#lastNonSpace = text[i] ?? '';
  }

  lineBreak(): void {
    this.#push('\n');
    this.#last = '\n';
    this.#trailingBreaks++;
    this.#blockStart = false;
  }

  lineBreakIfNone(): void {
    if (!this.endsWithLineBreak()) this.lineBreak();
  }

  /** Ends the text with an empty line, unless it already does. */
  blankLine(): void {
    if (this.#trailingBreaks >= 2) return;
    this.lineBreakIfNone();
    this.lineBreak();
  }

  startBlock(): void {
    this.#blockStart = true;
  }

  /** Nothing written since the current block opened (or the file began). */
  atBlockStart(): boolean {
    return this.#blockStart;
  }

  endsWithLineBreak(): boolean {
    return this.#last === '\n' || this.#last === '\r';
  }

  lastNonSpace(): string {
    return this.#lastNonSpace;
  }

  #push(piece: string): void {
    this.#pieces.push(piece);
    this.#pending += piece.length;
    if (this.#pieces.length % BATCH !== 0 || this.#pending >= this.#pieces.length * LARGE) return;
    this.#chunks.push(this.#pieces.join(''));
    this.#pieces = [];
    this.#pending = 0;
  }

  toString(): string {
    return [...this.#chunks, this.#pieces.join('')].join('');
  }
}
