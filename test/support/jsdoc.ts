import ts from 'typescript';

// JSDoc read back as editors and tools read it: through a type checker's symbols
// (getDocumentationComment, getJsDocTags; typia and ts-json-schema-generator call the latter), over
// one TypeScript source held in memory.

export interface CheckedSource {
  readonly checker: ts.TypeChecker;
  readonly file: ts.SourceFile;
}

/** A program of the one file `name` holding `text`, with no library, and its checker. */
export function checkedSource(text: string, name = 'types.ts'): CheckedSource {
  const host = ts.createCompilerHost({});
  const readFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language) => (file === name ? ts.createSourceFile(file, text, language, true, ts.ScriptKind.TS) : readFile(file, language));
  const program = ts.createProgram([name], { noLib: true, types: [] }, host);
  const file = program.getSourceFile(name);
  if (file === undefined) throw new Error(`${name} did not parse`);
  return { checker: program.getTypeChecker(), file };
}

/** The block tags on the symbol a declaration's name stands for, each `@name` or `@name text`. */
export function tagLines({ checker }: CheckedSource, name: ts.Node): string[] {
  return (checker.getSymbolAtLocation(name)?.getJsDocTags(checker) ?? []).map((tag) => (tag.text === undefined ? `@${tag.name}` : `@${tag.name} ${ts.displayPartsToString(tag.text)}`));
}
