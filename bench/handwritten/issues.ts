import type { ValidationIssue } from '../../generated/runtime.js';

// The findings of the hand-written validator, worded exactly as the generated validators word
// them, so that bench/handwritten/agree.ts can show both find the same problems. Each helper is
// reached only once something is wrong: the valid path never builds a string or an object here.

export type Obj = { readonly [key: string]: unknown };

/** Where findings go; one per validation, like the generated validators' context. */
export interface Sink {
  readonly errors: ValidationIssue[];
  readonly warnings: ValidationIssue[];
}

export const hasOwn = Object.prototype.hasOwnProperty;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return jsonType(value);
}

function escapeToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function wrongType(s: Sink, path: string, expected: string, value: unknown): void {
  s.errors.push({ path, keyword: 'type', message: `must be ${expected}`, expected, received: jsonType(value) });
}

export function nullInRequest(s: Sink, path: string): void {
  s.errors.push({ path, keyword: 'type', message: 'must not be null in a request; leave the property out instead', expected: 'a value', received: 'null' });
}

export function missing(s: Sink, path: string): void {
  s.errors.push({ path, keyword: 'required', message: 'is required' });
}

export function unknownKey(s: Sink, path: string, key: string): void {
  s.errors.push({ path: `${path}/${escapeToken(key)}`, keyword: 'additionalProperties', message: 'is not a known property' });
}

export function readOnly(s: Sink, path: string): void {
  s.warnings.push({ path, keyword: 'readOnly', message: 'is set by the service and ignored in a request' });
}

export function wrongConst(s: Sink, path: string, expected: string, value: unknown): void {
  const quoted = JSON.stringify(expected);
  s.errors.push({ path, keyword: 'const', message: `must be ${quoted}${slip(value, [expected])}`, expected: quoted, received: show(value) });
}

/** `members`: what a request may hold, without the evolvable enums' sentinel, which the service only sends. */
export function notAMember(s: Sink, path: string, members: readonly string[], value: unknown): void {
  const why = value === 'unknownFutureValue' ? '; "unknownFutureValue" is a member the service sends, and refuses in a request' : '';
  s.errors.push({ path, keyword: 'enum', message: `must be one of ${quoteAll(members)}${why}`, received: show(value) });
}

export function badFormat(s: Sink, path: string, format: 'uuid' | 'uri', value: unknown): void {
  const message = format === 'uuid' ? 'must be a UUID' : 'must be an absolute URI';
  s.errors.push({ path, keyword: 'format', message, expected: format, received: show(value) });
}

export function noPattern(s: Sink, path: string, pattern: string, value: unknown): void {
  s.errors.push({ path, keyword: 'pattern', message: `must match ${pattern}`, expected: pattern, received: show(value) });
}

/** A union value whose tag is absent (`tag === undefined`) or names no branch. */
export function badTag(s: Sink, path: string, tags: readonly string[], tag: unknown): void {
  const expected = quoteAll(tags);
  if (tag === undefined) {
    s.errors.push({ path: `${path}/@odata.type`, keyword: 'discriminator', message: `is required to tell which type this is: one of ${expected}`, expected });
  } else {
    s.errors.push({ path: `${path}/@odata.type`, keyword: 'discriminator', message: `names no type that may stand here; expected one of ${expected}${slip(tag, tags)}`, expected, received: show(tag) });
  }
}

export function outOfRange(s: Sink, path: string, keyword: 'minimum' | 'maximum', limit: number): void {
  s.errors.push({ path, keyword, message: `must be at ${keyword === 'minimum' ? 'least' : 'most'} ${limit}` });
}

/** The hint the generated messages end with when a tag is one slip (a "#", a letter case) from a known one. */
function slip(value: unknown, expected: readonly string[]): string {
  if (typeof value !== 'string') return '';
  for (const candidate of expected) {
    if (candidate === `#${value}`) return `; it lacks the leading "#" of ${JSON.stringify(candidate)}`;
    if (candidate !== value && candidate.toLowerCase() === value.toLowerCase()) return `; only the letter case differs from ${JSON.stringify(candidate)}`;
  }
  return '';
}

function quoteAll(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
