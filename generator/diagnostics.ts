/** Where something came from: a schema file (relative to the schema folder) and a JSON Pointer in it. */
export interface Source {
  readonly file: string;
  readonly pointer: string;
}

/** A mistake in the user's schemas. Bugs in callgen throw; user mistakes become problems. */
export interface Problem {
  readonly file: string;
  readonly pointer: string;
  readonly message: string;
  /**
   * Set on a rule of the dialect that guards a schema author rather than JSON Schema's meaning
   * (the model has built the standard reading all the same): what an OpenAPI document, written for
   * other tools and not to be changed for callgen, is told instead, as a note.
   */
  readonly otherwise?: string;
  /**
   * Set on the refusal of a key the dialect does not know (or an OpenAPI document's note that it was
   * left out): the key, so the CLI can list them all once, and a declared annotation goes unnoted.
   */
  readonly unknownKey?: string;
}

export function problemAt(source: Source, message: string): Problem {
  return { file: source.file, pointer: source.pointer, message };
}

/** `file#/json/pointer: message`, the one form every schema problem is printed in. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}#${problem.pointer}: ${problem.message}`;
}

export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => byCodeUnit(a.file, b.file) || byCodeUnit(a.pointer, b.pointer) || byCodeUnit(a.message, b.message),
  );
}

/** RFC 6901: `~` and `/` inside a reference token are escaped. */
export function pointerChild(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

export function childSource(source: Source, ...tokens: readonly (string | number)[]): Source {
  return { file: source.file, pointer: tokens.reduce<string>(pointerChild, source.pointer) };
}

export function assertNever(value: never): never {
  throw new Error(`callgen bug: unexpected ${JSON.stringify(value)}`);
}
