import { expect, test } from 'vitest';
import { isHostname, isIdnHostname } from '../../generator/emit/runtime/runtime.js';

// The run-time checks of formats "hostname" (RFC 1123, A-labels by IDNA2008) and "idn-hostname"
// (IDNA2008 U-labels too). The official suite's cases run in test/shared/json-schema-suite/; these
// are the edges it leaves out: length bounds, Punycode's corners, the joining and Bidi rules, size.

const label63 = 'a'.repeat(63);
/** 253 octets: four labels of 63 and their three dots, less two octets, plus "b". */
const name253 = `${label63}.${label63}.${label63}.${'a'.repeat(61)}`;

test.each([
  ['www.example.com', true],
  ['localhost', true],
  ['EXAMPLE.Com', true],
  ['0.example', true],
  ['a--b.example', true],
  [label63, true],
  [name253, true],
  [`${name253}a`, false],
  [`${label63}a`, false],
  ['', false],
  ['.', false],
  ['example..com', false],
  ['example.com.', false],
  ['-example.com', false],
  ['example-.com', false],
  ['ex ample.com', false],
  ['_sip._tcp.example.com', false],
  ['example.com:443', false],
  ['ab--c.example', false],
  ['bücher.example', false],
  ['xn--bcher-kva.example', true],
  ['XN--BCHER-KVA.EXAMPLE', true],
  ['xn--mnchen-3ya.de', true],
  ['xn--fiqs8s', true],
  ['xn--p1ai', true],
  ['xn--zckzah.xn--9t4b11yi5a', true],
], )('isHostname(%j) is %s', (name, expected) => {
  expect(isHostname(name)).toBe(expected);
});

test.each([
  // Punycode that is no A-label: bad digits, an unfinished number, past U+10FFFF, decoding to only ASCII, not as the encoder writes it.
  ['xn--', 'empty'],
  ['xn--a_b', 'not a digit'],
  ['xn--bcher-kv', 'an unfinished delta'],
  ['xn--99999a', 'a code point past U+10FFFF (U+48A3C1)'],
  [`xn--${'9'.repeat(58)}a`, 'a delta past any integer the decoder keeps'],
  ['xn--abc-', 'only ASCII'],
  ['xn---9uc', 'a leading delimiter the encoder does not write'],
  ['xn--a', 'U+0080, a control character'],
  ['xn--ls8h', 'an emoji, DISALLOWED'],
  ['xn--mnchen-psa', 'an upper-case letter (m\u00dcnchen), DISALLOWED'],
  ['xn--ssa', 'a combining mark (U+0308) first'],
])('%j is no A-label: %s', (name) => {
  expect(isHostname(name)).toBe(false);
  expect(isIdnHostname(name)).toBe(false);
});

test.each([
  ['bücher.example', true],
  ['例え。テスト', true],
  ['παράδειγμα．δοκιμή', true],
  ['例え｡テスト', true],
  ['шпаргалка.рф', true],
  ['שלום.com', true],
  ['مثال.إختبار', true],
  // Persian "mi-khaham": beh-like letters join across the non-joiner; an alef does not join to its left.
  ['\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645', true],
  ['\u0627\u200c\u0628', false],
  ['\u0915\u094d\u200d\u0937', true],
  ['Bücher.example', false],
  ['bu\u0308cher.example', false],
  ['💩.la', false],
  ['a\u3002', false],
  ['1.שלום', false],
  ['שלום.a1b-', false],
  ['ab--ü.example', false],
  // 57 "ü" make an A-label of 63 octets ("xn--tda" and 56 "a"s), 58 one of 64.
  [`${'ü'.repeat(57)}.de`, true],
  [`${'ü'.repeat(58)}.de`, false],
  // Labels of 50 "ü" are 56 octets as A-labels: four make a name of 227 octets, five one of 284, though 254 characters here.
  [Array(4).fill('ü'.repeat(50)).join('.'), true],
  [Array(5).fill('ü'.repeat(50)).join('.'), false],
])('isIdnHostname(%j) is %s', (name, expected) => {
  expect(isIdnHostname(name)).toBe(expected);
});

test('a name of a megabyte is refused at once, whatever it holds', () => {
  const names = ['a'.repeat(1 << 20), 'a.'.repeat(1 << 19), `xn--${'9'.repeat(1 << 20)}`, 'ü'.repeat(1 << 20), '\u0628\u200c'.repeat(1 << 19)];
  const started = performance.now();
  for (const name of names) {
    expect(isHostname(name)).toBe(false);
    expect(isIdnHostname(name)).toBe(false);
  }
  expect(performance.now() - started).toBeLessThan(50);
});

test('the longest names that can be valid take a fraction of a millisecond each', () => {
  const longest = [name253, Array(4).fill('ü'.repeat(50)).join('.'), Array(12).fill('\u0628\u0660\u0628\u200c\u0628\u064a\u0628\u0660\u0628\u064a').join('.')];
  const started = performance.now();
  for (let i = 0; i < 1000; i++) for (const name of longest) isIdnHostname(name);
  expect(performance.now() - started).toBeLessThan(1000);
});
