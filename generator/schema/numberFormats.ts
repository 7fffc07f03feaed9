import { isJsonObject, walkSchemas } from './walk.js';

// The number formats of the OpenAPI Format Registry, which generators of JSON Schema write from a
// language's number types (schemars from Rust's u8...u64, OpenAPI tools from int32/int64): each
// says "a whole number in this range" (or, for float, "within this range"), which 2020-12 already
// spells with keywords that apply to numbers only, as `format` does. So the reader rewrites them
// into those keywords: `{ "format": "uint8" }` -> `{ "minimum": 0, "maximum": 255, "multipleOf": 1 }`
// (`multipleOf` only where `type` does not already say `integer`; a bound the schema writes that is
// tighter is kept). A string or any other value still passes, as with any number keyword.

const FLOAT_MAX = 3.4028234663852886e38;
/** int32's bounds: OpenAPI's reader gives them to its own `int32` too (openapi/schema.ts). */
export const INT32 = { minimum: -2147483648, maximum: 2147483647 } as const;
const RANGES: ReadonlyMap<string, readonly [minimum: number, maximum: number, whole: boolean]> = new Map([
  ['int8', [-128, 127, true]],
  ['int16', [-32768, 32767, true]],
  ['int32', [INT32.minimum, INT32.maximum, true]],
  ['int64', [-9223372036854775808, 9223372036854775807, true]],
  ['uint8', [0, 255, true]],
  ['uint16', [0, 65535, true]],
  ['uint32', [0, 4294967295, true]],
  ['uint64', [0, 18446744073709551615, true]],
  ['float', [-FLOAT_MAX, FLOAT_MAX, false]],
  ['double', [-Number.MAX_VALUE, Number.MAX_VALUE, false]],
]);

/** The number formats the reader rewrites into bounds, for the dialect page and the format refusal. */
export const NUMBER_FORMATS: readonly string[] = [...RANGES.keys()];

/**
 * Rewrites, in place, each number format of one parsed document into the bounds it means (above).
 */
export function readNumberFormats(root: unknown): void {
  walkSchemas(root, { file: '', pointer: '' }, (node) => {
    if (!isJsonObject(node) || typeof node['format'] !== 'string') return;
    const range = RANGES.get(node['format']);
    if (range === undefined) return;
    const target = node as Record<string, unknown>;
    delete target['format'];
    // A malformed bound is refused where it stands by the keyword check; nothing is generated then.
    if (['minimum', 'maximum', 'multipleOf'].some((keyword) => Object.hasOwn(node, keyword) && typeof node[keyword] !== 'number')) return;
    const [minimum, maximum, whole] = range;
    target['minimum'] = Math.max(minimum, typeof node['minimum'] === 'number' ? node['minimum'] : -Infinity);
    target['maximum'] = Math.min(maximum, typeof node['maximum'] === 'number' ? node['maximum'] : Infinity);
    const type = node['type'];
    const integer = Array.isArray(type) ? type.includes('integer') && !type.includes('number') : type === 'integer';
    if (whole && !integer && !Object.hasOwn(node, 'multipleOf')) target['multipleOf'] = 1;
  });
}
