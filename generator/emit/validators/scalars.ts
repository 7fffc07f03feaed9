import { requestMembers } from '../../model/members.js';
import { quote } from '../../model/names.js';
import { literalJsonType } from '../../model/unions.js';
import type { EnumShape, JsonType, Literal, NumberShape, StringShape } from '../../model/types.js';
import { literalText } from '../typeText.js';
import type { Code } from './code.js';
import { EMAIL_REGEX, IDN_EMAIL_REGEX } from './email.js';
import { FORMAT_REGEXES } from './formats.js';
import type { Pointer } from './path.js';
import type { RuntimeHelper, Writer } from './writer.js';

// Checks of strings, numbers, booleans, null, literals and enums: one function per keyword, its
// message beside its check.

/**
 * How each format is checked: a regular expression where the grammar is flat (linear by its
 * shape), a run-time function where it has parts and ranges (URIs, calendar dates).
 */
const FORMATS: Readonly<Record<NonNullable<StringShape['format']>, { readonly noun: string; readonly check: { readonly name: string; readonly regex: string } | { readonly helper: RuntimeHelper; readonly on?: (value: string) => string } }>> = {
  uuid: { noun: 'a UUID', check: { helper: 'isUuid' } },
  uri: { noun: 'an absolute URI', check: { helper: 'isUri' } },
  'date-time': { noun: 'an RFC 3339 date-time', check: { helper: 'isDateTime' } },
  // RFC 3339's full-time is the part of a date-time after "T", leap-second rule included; any date will do.
  time: { noun: 'an RFC 3339 time', check: { helper: 'isDateTime', on: (value) => `'1970-01-01T' + ${value}` } },
  date: { noun: 'an RFC 3339 date', check: { helper: 'isDate' } },
  regex: { noun: 'a regular expression', check: { helper: 'isRegex' } },
  // RFC 1123, an "xn--" label held to IDNA2008; with idn, U-labels too (runtime.ts, "Host names").
  hostname: { noun: 'a host name', check: { helper: 'isHostname' } },
  'idn-hostname': { noun: 'an internationalized host name', check: { helper: 'isIdnHostname' } },
  email: { noun: 'an email address', check: { name: 'EMAIL', regex: EMAIL_REGEX } },
  'idn-email': { noun: 'an email address', check: { name: 'IDN_EMAIL', regex: IDN_EMAIL_REGEX } },
  'uri-reference': { noun: 'a URI reference', check: { name: 'URI_REFERENCE', regex: FORMAT_REGEXES['uri-reference'] } },
  iri: { noun: 'an absolute IRI', check: { name: 'IRI', regex: FORMAT_REGEXES.iri } },
  'iri-reference': { noun: 'an IRI reference', check: { name: 'IRI_REFERENCE', regex: FORMAT_REGEXES['iri-reference'] } },
  ipv4: { noun: 'an IPv4 address', check: { name: 'IPV4', regex: FORMAT_REGEXES.ipv4 } },
  ipv6: { noun: 'an IPv6 address', check: { name: 'IPV6', regex: FORMAT_REGEXES.ipv6 } },
  duration: { noun: 'an RFC 3339 duration', check: { name: 'DURATION', regex: FORMAT_REGEXES.duration } },
  'uri-template': { noun: 'a URI template', check: { name: 'URI_TEMPLATE', regex: FORMAT_REGEXES['uri-template'] } },
  'json-pointer': { noun: 'a JSON Pointer', check: { name: 'JSON_POINTER', regex: FORMAT_REGEXES['json-pointer'] } },
  'relative-json-pointer': { noun: 'a relative JSON Pointer', check: { name: 'RELATIVE_JSON_POINTER', regex: FORMAT_REGEXES['relative-json-pointer'] } },
};

export function stringChecks(w: Writer, shape: StringShape, value: string, path: Pointer, established: boolean): Code[] {
  const then = [...lengthChecks(w, shape, value, path), ...patternCheck(w, shape, value, path), ...formatCheck(w, shape, value, path)];
  return w.typeTest(`typeof ${value} !== 'string'`, 'a string', value, path, then, established);
}

function lengthChecks(w: Writer, shape: StringShape, value: string, path: Pointer): Code[] {
  const { minLength, maxLength } = shape;
  if (minLength === undefined && maxLength === undefined) return [];
  const length = w.local('length');
  return [
    { kind: 'const', name: length, init: `${w.use('codePointLength')}(${value})` },
    ...(minLength === undefined ? [] : [{ kind: 'check', failed: `${length} < ${minLength}`, report: w.error(path, 'minLength', `must have at least ${count(minLength, 'character')}`) } as const]),
    ...(maxLength === undefined ? [] : [{ kind: 'check', failed: `${length} > ${maxLength}`, report: w.error(path, 'maxLength', `must have at most ${count(maxLength, 'character')}`) } as const]),
  ];
}

function patternCheck(w: Writer, shape: StringShape, value: string, path: Pointer): Code[] {
  if (shape.pattern === undefined) return [];
  // A RegExp even where the pattern is a literal prefix (`^https://`): V8 matches that faster than startsWith (20 ns against 29 ns here).
  const name = w.constant('PATTERN', `/*#__PURE__*/ new RegExp(${quote(shape.pattern)}, 'u')`);
  const report = w.error(path, 'pattern', `must match ${shape.pattern}`, { expected: shape.pattern, received: `${w.use('show')}(${value})` });
  return [{ kind: 'check', failed: `!${name}.test(${value})`, report }];
}

function formatCheck(w: Writer, shape: StringShape, value: string, path: Pointer): Code[] {
  if (shape.format === undefined) return [];
  const { noun, check } = FORMATS[shape.format];
  const test = 'helper' in check ? `${w.use(check.helper)}(${check.on?.(value) ?? value})` : `${w.constant(check.name, check.regex)}.test(${value})`;
  const report = w.error(path, 'format', `must be ${noun}`, { expected: shape.format, received: `${w.use('show')}(${value})` });
  return [{ kind: 'check', failed: `!${test}`, report }];
}

const BOUNDS: readonly [keyof NumberShape, string, string][] = [
  ['minimum', '<', 'at least'],
  ['maximum', '>', 'at most'],
  ['exclusiveMinimum', '<=', 'greater than'],
  ['exclusiveMaximum', '>=', 'less than'],
];

/** `typed`: the caller established a number (a union branch), so only integer or finite is left to test. */
export function numberChecks(w: Writer, shape: NumberShape, value: string, path: Pointer, typed = false): Code[] {
  const then: Code[] = [];
  for (const [keyword, operator, words] of BOUNDS) {
    const bound = shape[keyword];
    if (typeof bound === 'number') then.push({ kind: 'check', failed: `${value} ${operator} ${bound}`, report: w.error(path, keyword, `must be ${words} ${bound}`) });
  }
  if (shape.multipleOf !== undefined) then.push({ kind: 'check', failed: `!${w.use('isMultipleOf')}(${value}, ${shape.multipleOf})`, report: w.error(path, 'multipleOf', `must be a multiple of ${shape.multipleOf}`) });
  // NaN and Infinity are numbers to JavaScript but not values JSON can carry.
  const failed = `${typed ? '' : `typeof ${value} !== 'number' || `}!Number.${shape.integer ? 'isInteger' : 'isFinite'}(${value})`;
  return w.typeTest(failed, shape.integer ? 'an integer' : 'a number', value, path, then);
}

export function booleanChecks(w: Writer, value: string, path: Pointer, established: boolean): Code[] {
  return w.typeTest(`typeof ${value} !== 'boolean'`, 'a boolean', value, path, [], established);
}

export function nullChecks(w: Writer, value: string, path: Pointer, established: boolean): Code[] {
  return w.typeTest(`${value} !== null`, 'null', value, path, [], established);
}

/**
 * A string (an OData type name, mostly) is reported by a run-time helper that builds the message and its hint.
 * `known`: a JSON type the caller established. A literal of another type can never match, and
 * TypeScript refuses the comparison ("no overlap" between `string` and `true`): the value is
 * compared as unknown. (Failing outright would leave the code after it unreachable, where
 * TypeScript narrows nothing.)
 */
export function literalChecks(w: Writer, expected: Literal, value: string, path: Pointer, known?: JsonType): Code[] {
  const subject = known !== undefined && known !== literalJsonType(expected) ? `(${value} as unknown)` : value;
  const failed = `${subject} !== ${literalText(expected)}`;
  if (typeof expected === 'string') return [{ kind: 'check', failed, report: w.errorCall('notConst', path, value, quote(expected)) }];
  const text = JSON.stringify(expected);
  return [{ kind: 'check', failed, report: w.error(path, 'const', `must be ${text}`, { expected: text, received: `${w.use('show')}(${value})` }) }];
}

/**
 * A value outside the members: an error, except a string in a response for an open enum (the service
 * adds members), a warning. A request's members leave out the response-only ones.
 */
export function enumChecks(w: Writer, shape: EnumShape, value: string, path: Pointer): Code[] {
  const memberSet = (members: readonly Literal[]): string => w.constant('MEMBERS', `/*#__PURE__*/ new Set<unknown>([${members.map(literalText).join(', ')}])`);
  if (shape.responseOnly.length > 0 && w.request) {
    const sendable = memberSet(requestMembers(shape));
    return [{ kind: 'check', failed: `!${sendable}.has(${value})`, report: w.errorCall('notAMember', path, value, sendable, memberSet(shape.responseOnly)) }];
  }
  // The run-time helper lists the set's members in the message.
  const set = memberSet(shape.values);
  const error = w.errorCall('notAMember', path, value, set);
  if (!shape.open || w.request) return [{ kind: 'check', failed: `!${set}.has(${value})`, report: error }];
  const warning = w.warningCall('unknownMember', path, value);
  if (shape.values.every((member) => typeof member === 'string')) {
    // Every member a string: any string passes (a non-member with a warning), so the boolean path,
    // which leaves warnings out, tests the type alone and looks nothing up.
    return [{ kind: 'check', failed: `typeof ${value} !== 'string'`, report: error, then: [{ kind: 'check', failed: `!${set}.has(${value})`, report: warning }] }];
  }
  return [{ kind: 'if', test: `!${set}.has(${value})`, then: [{ kind: 'check', failed: `typeof ${value} !== 'string'`, report: error, then: [{ kind: 'report', report: warning }] }], otherwise: [] }];
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
