/**
 * Sets an own, enumerable data property, as `JSON.parse` and YAML's `toJS` make them. A plain
 * `record[key] = value` walks the prototype chain: with the key `__proto__` it sets the record's
 * prototype instead, and the key is lost (a schema property, a component or an operation so named).
 */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
