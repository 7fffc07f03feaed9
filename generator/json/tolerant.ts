import type { ParseError, Positions, Repair, TolerantParse } from '../extract/types.js';

// The documentation pages hold JSON with errata (trailing commas, `//` comments), and bots feed
// `callgen validate` payloads copied from them. This reader accepts strict JSON plus trailing
// commas and line comments, and says where
// it repaired what. It checks the grammar itself, without recursion, so a 100,000-deep document is
// an ordinary input, and so every syntax error carries the line and column of the offending
// character. The value is then built by JSON.parse on the repaired text: one well-known
// semantics for duplicate keys, `__proto__` keys and number precision.

/** What the scanner expects next. */
type Expect = 'value' | 'key-or-end' | 'key' | 'colon' | 'comma-or-end' | 'end-of-input';

interface Scanner {
  readonly text: string;
  index: number;
  line: number;
  column: number;
}

/**
 * `positions: true` also records where every value starts, by JSON Pointer, so that a finding at
 * `/targets/0/identity` can be shown at its line (off by default: a million-item array would pay).
 */
export function readTolerantJson(text: string, options: { readonly positions?: boolean } = {}): TolerantParse {
  const repairs: Repair[] = [];
  const removed: Span[] = []; // trailing commas and comments to drop
  const positions = options.positions === true ? new Map<string, { line: number; column: number }>() : undefined;
  const error = scan(text, repairs, removed, positions);
  if (error !== undefined) return { ok: false, error, repairs };
  const repaired = removed.length === 0 ? text : dropOffsets(text, removed);
  try {
    const value = JSON.parse(repaired) as unknown;
    return positions === undefined ? { ok: true, value, repairs } : { ok: true, value, repairs, positions };
  } catch (cause) {
    // The scanner accepted what JSON.parse refuses: a bug in the scanner, reported, not thrown.
    return { ok: false, error: { message: `not JSON: ${cause instanceof Error ? cause.message : String(cause)}`, line: 1, column: 1 }, repairs };
  }
}

/** Text the repaired JSON leaves out: `[from, to)`. */
interface Span {
  readonly from: number;
  readonly to: number;
}

/** An open container on the way to the current value: its bracket and the key or index inside it. */
interface Level {
  readonly open: '{' | '[';
  step: string | number;
}

function scan(text: string, repairs: Repair[], removed: Span[], positions: Map<string, { line: number; column: number }> | undefined): ParseError | undefined {
  const s: Scanner = { text, index: 0, line: 1, column: 1 };
  const levels: Level[] = [];
  const record = (): void => {
    if (positions === undefined) return;
    const pointer = levels.map((l) => `/${String(l.step).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
    positions.set(pointer, { line: s.line, column: s.column });
  };
  let expect: Expect = 'value';
  let pendingComma: { index: number; line: number; column: number } | undefined;
  for (;;) {
    skipWhitespace(s);
    const char = text[s.index];
    if (char === undefined) {
      if (expect === 'end-of-input') return undefined;
      return at(s, text.trim() === '' ? 'empty input: expected a JSON value' : `unexpected end of input: ${describeExpect(expect, levels.map((l) => l.open))}`);
    }
    if (char === '/' && text[s.index + 1] === '/') {
      skipComment(s, repairs, removed);
      continue;
    }
    if (expect === 'end-of-input') return at(s, `unexpected ${show(char)} after the end of the JSON value`);
    if (expect === 'colon') {
      if (char !== ':') return at(s, `expected ":" after the property name, found ${show(char)}`);
      advance(s, 1);
      expect = 'value';
      continue;
    }
    if (expect === 'comma-or-end') {
      const open = levels[levels.length - 1]?.open;
      if (char === ',') {
        pendingComma = { index: s.index, line: s.line, column: s.column };
        const level = levels[levels.length - 1];
        if (level !== undefined && typeof level.step === 'number') level.step += 1;
        advance(s, 1);
        expect = open === '{' ? 'key' : 'value';
        continue;
      }
      if ((char === '}' && open === '{') || (char === ']' && open === '[')) {
        advance(s, 1);
        levels.pop();
        expect = levels.length === 0 ? 'end-of-input' : 'comma-or-end';
        continue;
      }
      return at(s, `expected "," or "${open === '{' ? '}' : ']'}", found ${show(char)}`);
    }
    // A closer right after a comma is the one erratum this reader repairs.
    if (pendingComma !== undefined && ((char === '}' && expect === 'key') || (char === ']' && expect === 'value' && levels[levels.length - 1]?.open === '['))) {
      repairs.push({ line: pendingComma.line, column: pendingComma.column, what: `removed the trailing comma before "${char}"` });
      removed.push({ from: pendingComma.index, to: pendingComma.index + 1 });
      pendingComma = undefined;
      advance(s, 1);
      levels.pop();
      expect = levels.length === 0 ? 'end-of-input' : 'comma-or-end';
      continue;
    }
    pendingComma = undefined;
    if (expect === 'key-or-end' || expect === 'key') {
      if (char === '}' && expect === 'key-or-end') {
        advance(s, 1);
        levels.pop();
        expect = levels.length === 0 ? 'end-of-input' : 'comma-or-end';
        continue;
      }
      if (char !== '"') return at(s, `expected a property name in double quotes, found ${show(char)}`);
      const keyStart = s.index;
      const stringError = scanString(s);
      if (stringError !== undefined) return stringError;
      const level = levels[levels.length - 1];
      if (positions !== undefined && level !== undefined) level.step = JSON.parse(text.slice(keyStart, s.index)) as string;
      expect = 'colon';
      continue;
    }
    // expect === 'value'
    record();
    if (char === '{' || char === '[') {
      advance(s, 1);
      levels.push({ open: char, step: char === '[' ? 0 : '' });
      expect = char === '{' ? 'key-or-end' : 'value';
      if (char === '[') {
        skipWhitespace(s);
        if (text[s.index] === ']') {
          advance(s, 1);
          levels.pop();
          expect = levels.length === 0 ? 'end-of-input' : 'comma-or-end';
        }
      }
      continue;
    }
    const valueError = char === '"' ? scanString(s) : scanLiteral(s);
    if (valueError !== undefined) return valueError;
    expect = levels.length === 0 ? 'end-of-input' : 'comma-or-end';
  }
}

function scanString(s: Scanner): ParseError | undefined {
  const start = { line: s.line, column: s.column };
  advance(s, 1);
  for (;;) {
    const char = s.text[s.index];
    if (char === undefined) return { message: 'unterminated string', ...start };
    if (char === '"') {
      advance(s, 1);
      return undefined;
    }
    if (char === '\n' || char < ' ') return at(s, 'a control character (such as a line break) inside a string must be escaped');
    if (char === '\\') {
      const escape = s.text[s.index + 1];
      if (escape === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(s.text.slice(s.index + 2, s.index + 6))) return at(s, 'invalid \\u escape: expected four hex digits');
        advance(s, 6);
        continue;
      }
      if (escape === undefined || !'"\\/bfnrt'.includes(escape)) return at(s, `invalid escape "\\${escape ?? ''}" in a string`);
      advance(s, 2);
      continue;
    }
    advance(s, 1);
  }
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scanLiteral(s: Scanner): ParseError | undefined {
  LITERAL.lastIndex = s.index;
  const match = LITERAL.exec(s.text);
  const after = match === null ? undefined : s.text[s.index + match[0].length];
  // `truex` or `12a` is one bad token, not a literal followed by junk.
  if (match === null || (after !== undefined && /[\w.+-]/.test(after))) {
    const token = /^[^\s,:\]}[{"]{1,40}/.exec(s.text.slice(s.index))?.[0] ?? s.text[s.index] ?? '';
    return at(s, `expected a JSON value, found ${show(token)}`);
  }
  advance(s, match[0].length);
  return undefined;
}

function skipWhitespace(s: Scanner): void {
  for (;;) {
    const char = s.text[s.index];
    if (char === ' ' || char === '\t' || char === '\r') advance(s, 1);
    else if (char === '\n') {
      s.index += 1;
      s.line += 1;
      s.column = 1;
    } else return;
  }
}

/** Moves over characters that are known not to be line breaks. */
function advance(s: Scanner, count: number): void {
  s.index += count;
  s.column += count;
}

function at(s: Scanner, message: string): ParseError {
  return { message, line: s.line, column: s.column };
}

function describeExpect(expect: Expect, stack: readonly ('{' | '[')[]): string {
  const open = stack.length === 0 ? '' : ` (${stack.length} unclosed ${stack.length === 1 ? 'bracket' : 'brackets'})`;
  const wanted: Record<Exclude<Expect, 'end-of-input'>, string> = {
    value: 'expected a JSON value',
    'key-or-end': 'expected a property name or "}"',
    key: 'expected a property name',
    colon: 'expected ":"',
    'comma-or-end': `expected "," or "${stack[stack.length - 1] === '{' ? '}' : ']'}"`,
  };
  return `${expect === 'end-of-input' ? 'expected nothing more' : wanted[expect]}${open}`;
}

function show(token: string): string {
  return JSON.stringify(token);
}

/** A `//` comment up to the end of its line, as the pages write them inside JSON. */
function skipComment(s: Scanner, repairs: Repair[], removed: Span[]): void {
  const end = s.text.indexOf('\n', s.index);
  const to = end === -1 ? s.text.length : end;
  repairs.push({ line: s.line, column: s.column, what: 'removed a "//" comment' });
  removed.push({ from: s.index, to });
  advance(s, to - s.index);
}

function dropOffsets(text: string, spans: readonly Span[]): string {
  let out = '';
  let from = 0;
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    out += text.slice(from, span.from);
    from = span.to;
  }
  return out + text.slice(from);
}
