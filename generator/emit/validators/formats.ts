// Formats whose grammar is flat enough for one regular expression that matches in one pass: every
// repetition's first character tells its iterations apart (a `%` starts a percent-escape and nothing
// else; a `/` ends a segment), so a failing string costs no backtracking beyond a bounded label.
// Each is written from its standard and held to the official suite's optional format cases
// (test/shared/json-schema-suite/formats.test.ts). Generated code carries only the ones it uses.

import { ipv6Grammar } from './email.js';

const PCT = '%[0-9A-Fa-f]{2}';
/** RFC 3986's dec-octet: no leading zeros (the suite: "leading zeroes should be rejected, as they are treated as octals"). */
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;
const IPV6 = ipv6Grammar(IPV4);
const SUB_DELIMS = "!$&'()*+,;=";
const UNRESERVED = 'A-Za-z0-9\\-._~';
/** RFC 3987's iprivate, which only a query may hold. */
const PRIVATE = '\\u{E000}-\\u{F8FF}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
/** RFC 3987's ucschar. */
const UCS = '\\u{A0}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}\\u{10000}-\\u{1FFFD}\\u{20000}-\\u{2FFFD}\\u{30000}-\\u{3FFFD}\\u{40000}-\\u{4FFFD}\\u{50000}-\\u{5FFFD}\\u{60000}-\\u{6FFFD}\\u{70000}-\\u{7FFFD}\\u{80000}-\\u{8FFFD}\\u{90000}-\\u{9FFFD}\\u{A0000}-\\u{AFFFD}\\u{B0000}-\\u{BFFFD}\\u{C0000}-\\u{CFFFD}\\u{D0000}-\\u{DFFFD}\\u{E1000}-\\u{EFFFD}';

/** RFC 3986's URI-reference (section 4.1), or with `iri` RFC 3987's IRI-reference; `absolute`: a scheme is required. */
function uriGrammar(iri: boolean, absolute: boolean): string {
  const extra = iri ? UCS : '';
  const unreserved = `${UNRESERVED}${extra}`;
  const pchar = `(?:[${unreserved}${SUB_DELIMS}:@]|${PCT})`;
  const noColon = `(?:[${unreserved}${SUB_DELIMS}@]|${PCT})`;
  const userinfo = `(?:[${unreserved}${SUB_DELIMS}:]|${PCT})*`;
  const host = `(?:\\[(?:${IPV6})\\]|\\[[Vv][0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMS}:]+\\]|(?:[${unreserved}${SUB_DELIMS}]|${PCT})*)`;
  const authority = `(?:${userinfo}@)?${host}(?::[0-9]*)?`;
  const abempty = `(?:/${pchar}*)*`;
  const hierPart = `(?://${authority}${abempty}|(?!//)(?:${pchar}|/)*)`;
  const relativePart = `(?://${authority}${abempty}|(?!//)(?:/${pchar}*)*|${noColon}+${abempty})`;
  const query = iri ? `(?:${pchar}|[/?${PRIVATE}])*` : `(?:${pchar}|[/?])*`;
  const tail = `(?:\\?${query})?(?:#(?:${pchar}|[/?])*)?`;
  const part = absolute ? `[A-Za-z][A-Za-z0-9+.\\-]*:${hierPart}` : `(?:[A-Za-z][A-Za-z0-9+.\\-]*:${hierPart}|${relativePart})`;
  // A regular expression literal: each "/" escaped.
  return `/^${`${part}${tail}`.replaceAll('/', '\\/')}$/${iri ? 'u' : ''}`;
}

const REFERENCE_TOKEN = '(?:[^~/]|~[01])*';

/** RFC 3339 Appendix A's duration: "P", then a date part and/or "T" and a time part, or weeks alone. */
function durationGrammar(): string {
  const n = '[0-9]+';
  const minute = `${n}M(?:${n}S)?`;
  const time = `T(?:${n}H(?:${minute})?|${minute}|${n}S)`;
  const month = `${n}M(?:${n}D)?`;
  const date = `(?:${n}D|${month}|${n}Y(?:${month})?)(?:${time})?`;
  return `/^P(?:${date}|${time}|${n}W)$/`;
}

/**
 * RFC 6570's URI-Template (level 4): literals and `{[operator]varspec,...}` expressions. A literal
 * may be "'" (erratum 6937, as the suite reads it).
 */
function uriTemplateGrammar(): string {
  const varchar = `(?:[A-Za-z0-9_]|${PCT})`;
  const varspec = `${varchar}(?:\\.?${varchar})*(?::[1-9][0-9]{0,3}|\\*)?`;
  const expression = `\\{[+#./;?&=,!@|]?${varspec}(?:,${varspec})*\\}`;
  const literal = `[\\x21\\x23\\x24\\x26-\\x3B\\x3D\\x3F-\\x5B\\x5D\\x5F\\x61-\\x7A\\x7E${UCS}${PRIVATE}]|${PCT}`;
  return `/^${`(?:${literal}|${expression})*`.replaceAll('/', '\\/')}$/u`;
}

/** The regular expression literal of each of these formats, as generated code writes it. */
export const FORMAT_REGEXES = {
  'uri-reference': uriGrammar(false, false),
  iri: uriGrammar(true, true),
  'iri-reference': uriGrammar(true, false),
  // RFC 2673's dotted-quad, as RFC 3986 writes it.
  ipv4: `/^${IPV4}$/`,
  // RFC 4291 section 2.2's text forms, as RFC 3986 writes them (no zone, no prefix length).
  ipv6: `/^(?:${IPV6})$/`,
  duration: durationGrammar(),
  'uri-template': uriTemplateGrammar(),
  // RFC 6901.
  'json-pointer': `/^(?:\\/${REFERENCE_TOKEN})*$/u`,
  // draft-handrews-relative-json-pointer-01: a non-negative integer, then "#" or a JSON Pointer.
  'relative-json-pointer': `/^(?:0|[1-9][0-9]*)(?:#|(?:\\/${REFERENCE_TOKEN})*)$/u`,
} as const;
