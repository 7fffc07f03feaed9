/**
 * A JSON value as text with object keys sorted and no spaces: equal values in the sense of JSON
 * Schema (key order aside, `1` and `1.0` alike) give equal text. The generated runtime's
 * `canonical` gives the same text for the same value.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const object = value as Readonly<Record<string, unknown>>;
    return `{${Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
