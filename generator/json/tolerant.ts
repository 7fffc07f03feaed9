import type { ParseError, Positions, Repair, TolerantParse } from '../extract/types.js';

// The documentation pages hold JSON with errata (trailing commas, `//` comments), and bots feed
// `callgen validate` payloads copied from them. This reader accepts strict JSON plus trailing
// commas, line comments and a leading byte order mark (which Windows editors write), and says
// where it repaired what. It checks the grammar itself, without recursion, so a 100,000-deep
// document is an ordinary input, and so every syntax error carries the line and column of the
// offending character. The value is then built by JSON.parse on the repaired text: one well-known
// semantics for duplicate keys (the last value counts, which this reader reports, since the value
// validated is then not all the text says), `__proto__` keys and number precision.

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
  const positions = options.positions === true ? new Map<string, { line: number; column: number }>() : undefined;
  const { error, repairs, removed } = scanWhole(text, positions);
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

/**
 * What the reader repairs or reports in `text`, without building its value: for text JSON.parse
 * has read already, where the repairs can only be repeated keys.
 */
export function tolerantRepairs(text: string): readonly Repair[] {
  return scanWhole(text, undefined).repairs;
}

/** The scan of the whole text: a leading byte order mark, then the JSON value. */
function scanWhole(text: string, positions: Map<string, { line: number; column: number }> | undefined): { error: ParseError | undefined; repairs: Repair[]; removed: Span[] } {
  const repairs: Repair[] = [];
  const removed: Span[] = []; // trailing commas and comments to drop
  const start = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  if (start === 1) {
    repairs.push({ line: 1, column: 1, what: 'skipped the byte order mark (U+FEFF) before the JSON value' });
    removed.push({ from: 0, to: 1 });
  }
  return { error: scan(text, start, repairs, removed, positions), repairs, removed };
}

const BYTE_ORDER_MARK = 0xfeff;

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

function scan(text: string, start: number, repairs: Repair[], removed: Span[], positions: Map<string, { line: number; column: number }> | undefined): ParseError | undefined {
  const s: Scanner = { text, index: start, line: 1, column: 1 };
  const levels: Level[] = [];
  // The keys of each open object, by depth, reused from one object to the next there, so a
  // million small objects allocate nothing each (a Set of key strings per object took half as
  // long again as the whole read of a 200 MB payload).
  const keysByDepth: KeysSeen[] = [];
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
      const keyStart = { index: s.index, line: s.line, column: s.column };
      const stringError = scanString(s);
      if (stringError !== undefined) return stringError;
      const keys = keysByDepth[levels.length - 1];
      const repeated = keys === undefined ? undefined : keys.add(text, keyStart.index, s.index);
      if (repeated !== undefined) {
        repairs.push({ line: keyStart.line, column: keyStart.column, what: `kept the last of the keys named ${show(clip(repeated))} in this object (JSON.parse's rule); the value of an earlier one is not validated` });
      }
      const level = levels[levels.length - 1];
      if (positions !== undefined && level !== undefined) level.step = keyText(text, keyStart.index, s.index);
      expect = 'colon';
      continue;
    }
    // expect === 'value'
    record();
    if (char === '{' || char === '[') {
      advance(s, 1);
      levels.push({ open: char, step: char === '[' ? 0 : '' });
      if (char === '{') {
        const keys = keysByDepth[levels.length - 1];
        if (keys === undefined) keysByDepth[levels.length - 1] = new KeysSeen();
        else keys.clear();
      }
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

/**
 * The keys of one object, as a hash of each and where its quoted text starts: no key becomes a
 * string of its own. A hash seen before is confirmed by comparing the two keys' text. The first
 * 16 keys are searched in a list; an object with more moves them to a map, so a million keys
 * cost no more than a million map entries.
 */
class KeysSeen {
  readonly #hashes: number[] = [];
  readonly #starts: number[] = [];
  #count = 0;
  #many: Map<number, number> | undefined;

  clear(): void {
    this.#count = 0;
    this.#many = undefined;
  }

  /** Records the key quoted at `[from, to)`; returns its name when the object had it already. */
  add(text: string, from: number, to: number): string | undefined {
    const hash = keyHash(text, from, to);
    const first = this.#find(hash);
    if (first === undefined) {
      this.#record(hash, from);
      return undefined;
    }
    const name = keyText(text, from, to);
    // Two names of one hash but different text keep the first: a repeat of the second then goes unreported.
    return keyText(text, first, quotedEnd(text, first)) === name ? name : undefined;
  }

  #find(hash: number): number | undefined {
    if (this.#many !== undefined) return this.#many.get(hash);
    for (let i = 0; i < this.#count; i++) if (this.#hashes[i] === hash) return this.#starts[i];
    return undefined;
  }

  #record(hash: number, from: number): void {
    if (this.#many !== undefined) {
      this.#many.set(hash, from);
      return;
    }
    if (this.#count === 16) {
      // The lists are reused, so only their first #count entries are this object's.
      this.#many = new Map();
      for (let i = 0; i < this.#count; i++) this.#many.set(this.#hashes[i] ?? 0, this.#starts[i] ?? 0);
      this.#many.set(hash, from);
      return;
    }
    this.#hashes[this.#count] = hash;
    this.#starts[this.#count] = from;
    this.#count += 1;
  }
}

/** FNV-1a over a key's quoted text `[from, to)`; an escaped key by what it decodes to, so "\\u0061" and "a" meet. */
function keyHash(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from + 1; i < to - 1; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c) return hashOf(keyText(text, from, to));
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

function hashOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash;
}

/** The end (past the closing quote) of the string whose opening quote is at `from`. */
function quotedEnd(text: string, from: number): number {
  let i = from + 1;
  while (text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
  return i + 1;
}

/** A property name as JSON.parse reads it, from its quoted text `[from, to)`: decoded only when it holds an escape. */
function keyText(text: string, from: number, to: number): string {
  const raw = text.slice(from + 1, to - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(from, to)) as string) : raw;
}

/** At most 60 characters of a name, for a message. */
function clip(name: string): string {
  return name.length <= 60 ? name : `${name.slice(0, 57)}...`;
}

/** A run of string characters that need no attention: no quote, backslash or control character. */
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;

function scanString(s: Scanner): ParseError | undefined {
  const start = { line: s.line, column: s.column };
  advance(s, 1);
  for (;;) {
    // Skipped in one native step: most of a payload's bytes are inside strings.
    PLAIN_RUN.lastIndex = s.index;
    PLAIN_RUN.test(s.text);
    advance(s, PLAIN_RUN.lastIndex - s.index);
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
