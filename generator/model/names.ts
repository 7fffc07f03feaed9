/**
 * Characters of Unicode's ID_Continue that TypeScript's scanner does not read in an identifier yet:
 * those assigned after Unicode 15.1, the version of its tables (5.0 to 6.0), where Node's own
 * tables are newer. Left out, a name compiles, and is the same on every Node callgen runs on.
 * test/generator/names.test.ts compares the rule with the compiler's for every code point.
 */
const NEWER =
  '\\u{88f}\\u{897}\\u{c5c}\\u{cdc}\\u{1acf}-\\u{1add}\\u{1ae0}-\\u{1aeb}\\u{1c89}-\\u{1c8a}\\u{a7cb}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7da}-\\u{a7dc}\\u{a7f1}' +
  '\\u{105c0}-\\u{105f3}\\u{10940}-\\u{10959}\\u{10d40}-\\u{10d65}\\u{10d69}-\\u{10d6d}\\u{10d6f}-\\u{10d85}\\u{10ec2}-\\u{10ec7}\\u{10efa}-\\u{10efc}' +
  '\\u{11380}-\\u{11389}\\u{1138b}\\u{1138e}\\u{11390}-\\u{113b5}\\u{113b7}-\\u{113c0}\\u{113c2}\\u{113c5}\\u{113c7}-\\u{113ca}\\u{113cc}-\\u{113d3}' +
  '\\u{113e1}-\\u{113e2}\\u{116d0}-\\u{116e3}\\u{11b60}-\\u{11b67}\\u{11bc0}-\\u{11be0}\\u{11bf0}-\\u{11bf9}\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{11f5a}' +
  '\\u{13460}-\\u{143fa}\\u{16100}-\\u{16139}\\u{16d40}-\\u{16d6c}\\u{16d70}-\\u{16d79}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}' +
  '\\u{187f8}-\\u{187ff}\\u{18cff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1ccf0}-\\u{1ccf9}\\u{1e5d0}-\\u{1e5fa}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6f5}' +
  '\\u{1e6fe}-\\u{1e6ff}\\u{2b73a}-\\u{2b73f}\\u{2cea2}-\\u{2cead}\\u{323b0}-\\u{33479}';
/** What separates the words of a name: anything an identifier cannot hold, and `_` (a connector, as `-` is). */
const SEPARATOR = new RegExp(`[^\\p{ID_Continue}]+|[\\p{Pc}${NEWER}]+`, 'u');
/** A character that may start a TypeScript identifier (the rest are ID_Continue, as SEPARATOR leaves them). */
const STARTS = /^\p{ID_Start}/u;

/** Words of a schema name: `callState` → call, State; `my-type_2` → my, type, 2; `顧客-番号` → 顧客, 番号. */
function words(name: string): string[] {
  return name
    .normalize('NFC')
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, '$1 $2')
    .split(SEPARATOR)
    .filter((w) => w !== '');
}

/**
 * The TypeScript type name for a schema name: `callState` → `CallState`, `créer-client` →
 * `CréerClient`, `顧客` → `顧客`. Letters, marks and digits of any script are kept (TypeScript reads
 * Unicode identifiers), each word's first letter upper-cased where it has a case, text in NFC
 * (so that `é` typed as one character or two makes one name); a name that cannot start an
 * identifier (a digit, a mark) gets a `T`.
 */
export function typeName(schemaName: string): string {
  const name = words(schemaName)
    .map((w) => upperFirst(w))
    .join('');
  if (name === '') return 'Unnamed';
  return STARTS.test(name) ? name : `T${name}`;
}

/** The word with its first code point (not code unit: `𐐨`) upper-cased. */
function upperFirst(word: string): string {
  return recased(word, (first) => first.toUpperCase());
}

/** The name with its first code point's case changed, unless the change makes a character TypeScript does not read yet (`ƛ` → `Ƛ`, new in Unicode 16). */
function recased(name: string, change: (first: string) => string): string {
  const first = String.fromCodePoint(name.codePointAt(0) ?? 0);
  const changed = change(first);
  return (SEPARATOR.test(changed) ? first : changed) + name.slice(first.length);
}

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined'
  ).split(' '),
);

/**
 * A value name (builder, constant) for a type name: `CallState` → `callState`. Reserved words get a
 * `_`, and so does a name whose first letter has no lower case (`顧客` → `顧客_`), which would
 * otherwise be the type's own name, exported from the same module.
 */
export function valueName(typeName: string): string {
  // A leading acronym goes to lower case whole (`JSONWebKey` → `jsonWebKey`, `URL` → `url`), not its first letter alone (`jSONWebKey`).
  const acronym = LEADING_ACRONYM.exec(typeName)?.[0];
  const name = acronym === undefined ? recased(typeName, (first) => first.toLowerCase()) : acronym.toLowerCase() + typeName.slice(acronym.length);
  return RESERVED.has(name) || name === typeName ? `${name}_` : name;
}

/** Two capitals or more at the start, up to the capital that begins the next word (or a digit, or the end). */
const LEADING_ACRONYM = /^\p{Lu}{2,}(?=\p{Lu}\p{Ll}|[^\p{L}]|$)/u;

/** Whether a property name can stand unquoted in a type literal or object literal. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** A property key as TypeScript source: bare when possible, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : quote(name);
}

/**
 * A key of an object literal (a value, not a type): as `propertyKey` (or always `quoted`), but
 * `__proto__` computed, since `{ __proto__: x }` and `{ '__proto__': x }` set the object's
 * prototype, not a property.
 */
export function literalKey(name: string, quoted = false): string {
  if (name === '__proto__') return `[${quote(name)}]`;
  return quoted ? quote(name) : propertyKey(name);
}

const PLAIN = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** A single-quoted string literal; JSON escaping covers control characters and lone surrogates. */
export function quote(text: string): string {
  // Printable ASCII with no single quote or backslash needs no escaping: the common case, and the emitters quote hundreds of thousands of names at scale.
  if (PLAIN.test(text)) return `'${text}'`;
  return `'${JSON.stringify(text).slice(1, -1).replaceAll("\\\"", '"').replaceAll("'", "\\'")}'`;
}
