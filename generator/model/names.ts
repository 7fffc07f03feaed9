/** Words of a schema name: `callState` → call, State; `my-type_2` → my, type, 2. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

/** The TypeScript type name for a schema name: `callState` → `CallState`. */
export function typeName(schemaName: string): string {
  const name = words(schemaName)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  if (name === '') return 'Unnamed';
  return /^[0-9]/.test(name) ? `T${name}` : name;
}

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined'
  ).split(' '),
);

/** A value name (builder, constant) for a type name: `CallState` → `callState`; reserved words get a `_`. */
export function valueName(typeName: string): string {
  const name = typeName.charAt(0).toLowerCase() + typeName.slice(1);
  return RESERVED.has(name) ? `${name}_` : name;
}

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
