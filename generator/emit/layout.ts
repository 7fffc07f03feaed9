// Lays out printed code without a formatter. The emitters print one statement or clause a line, so
// what is left is indentation (two spaces for each earlier line that left brackets open, one more
// inside a `case`) and
// quotes (a double-quoted string with no quote or backslash inside becomes single-quoted). Long
// lines stay long. One pass over the characters: milliseconds where prettier took most of a
// second on the curated schemas. Strings, templates and the text of comments keep every character.

const INDENT = '  ';

type Mode = 'code' | 'template' | 'block';

/** An open bracket, the line it opened on, and whether a `case` body is open inside it. */
interface Frame {
  readonly bracket: string;
  readonly line: number;
  inCase: boolean;
}

interface State {
  mode: Mode;
  readonly stack: Frame[];
  line: number;
  /** The code of the last significant code character of the text so far (0: none), to tell a regex from a division. */
  last: number;
}

// Character codes the scan compares with (it reads codes, not one-character strings: it runs over
// every character of files of tens of MB).
const SPACE = 0x20;
const TAB = 0x09;
const SLASH = 0x2f;
const STAR = 0x2a;
const BACKSLASH = 0x5c;
const DOUBLE = 0x22;
const SINGLE = 0x27;
const BACKTICK = 0x60;
const DOLLAR = 0x24;

export function layout(text: string): string {
  const state: State = { mode: 'code', stack: [], line: 0, last: 0 };
  // Line by line, joined a batch at a time: an array of every line (split) kept them all alive
  // until the end, so the garbage collector copied each one out of the young generation; at
  // 1,000 synthetic types it took 40% of the layout's time. A plain loop: no closure per line
  // (tsx wraps each closure it creates, which showed in profiles).
  const chunks: string[] = [];
  let batch: string[] = [];
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    batch.push(layoutLine(text.slice(start, end < 0 ? text.length : end), state));
    if (end < 0) break;
    start = end + 1;
    if (batch.length === BATCH) {
      chunks.push(batch.join('\n'));
      batch = [];
    }
  }
  chunks.push(batch.join('\n'));
  return chunks.join('\n');
}

const BATCH = 512;

function layoutLine(raw: string, state: State): string {
  state.line++;
  if (state.mode === 'template') return scan(raw, 0, state); // the template's own text, verbatim
  const line = raw.trim();
  if (line === '') return '';
  if (state.mode === 'block') {
    const body = scan(line, 0, state);
    return `${indent(level(state.stack, state.stack.length))}${body.startsWith('*') ? ' ' : '   '}${body}`;
  }
  let closers = 0;
  while (closers < line.length && isCloser(line.charCodeAt(closers))) closers++;
  const outer = Math.max(0, state.stack.length - closers);
  // A label: `case x:` (its body follows, one level in) or `case x: {` (its body is in the braces).
  const first = line.charCodeAt(0);
  const label = first === 0x63 || first === 0x64 ? /^(?:case\b.*|default\s*):(\s*\{)?$/.exec(line) : null;
  const owner = state.stack[outer - 1];
  const depth = level(state.stack, outer) - (label !== null && owner?.inCase === true ? 1 : 0);
  const text = scan(line, 0, state);
  if (label !== null && owner?.bracket === '{') owner.inCase = label[1] === undefined;
  return `${indent(depth)}${text}`;
}

/** One level per line that opened brackets still open, and one per open `case` body, among the first `count` frames. */
function level(stack: readonly Frame[], count: number): number {
  let depth = 0;
  for (let i = 0; i < count; i++) {
    const frame = stack[i];
    if (i === 0 || stack[i - 1]?.line !== frame?.line) depth++;
    if (frame?.inCase === true) depth++;
  }
  return depth;
}

const INDENTS: string[] = [];

function indent(depth: number): string {
  const at = Math.max(0, depth);
  return (INDENTS[at] ??= INDENT.repeat(at));
}

function isCloser(code: number): boolean {
  return code === 0x7d || code === 0x29 || code === 0x5d; // } ) ]
}

/** Reads `line` from `start`, updating the state; returns the line with its strings requoted. */
function scan(line: string, start: number, state: State): string {
  let out = '';
  let i = start;
  let from = start;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    // Most characters are letters, digits, `_` and `.` in code: nothing to do but remember them.
    if (state.mode === 'code' && (c >= 0x61 ? c <= 0x7a : c >= 0x41 ? c <= 0x5a || c === 0x5f : (c >= 0x30 && c <= 0x39) || c === 0x2e)) {
      state.last = c;
      i++;
      continue;
    }
    if (state.mode === 'block') {
      const end = line.indexOf('*/', i);
      if (end < 0) return out + line.slice(from);
      state.mode = 'code';
      i = end + 2;
      continue;
    }
    if (state.mode === 'template') {
      if (c === BACKSLASH) i += 2;
      else if (c === BACKTICK) {
        state.mode = 'code';
        state.last = BACKTICK;
        i++;
      } else if (c === DOLLAR && line.charCodeAt(i + 1) === 0x7b) {
        state.stack.push({ bracket: '$', line: state.line, inCase: false });
        state.mode = 'code';
        i += 2;
      } else i++;
      continue;
    }
    if (c === SPACE || c === TAB) {
      i++;
      continue;
    }
    if (c === SLASH && line.charCodeAt(i + 1) === SLASH) return out + line.slice(from);
    if (c === SLASH && line.charCodeAt(i + 1) === STAR) {
      state.mode = 'block';
      i += 2;
      continue;
    }
    if (c === DOUBLE || c === SINGLE) {
      const end = stringEnd(line, i, c === DOUBLE ? '"' : "'");
      if (c === DOUBLE) {
        const body = line.slice(i + 1, end);
        if (!body.includes("'") && !body.includes('\\')) {
          out += `${line.slice(from, i)}'${body}'`;
          from = end + 1;
        }
      }
      i = end + 1;
      state.last = c;
      continue;
    }
    if (c === BACKTICK) {
      state.mode = 'template';
      i++;
      continue;
    }
    if (c === SLASH && startsRegex(state.last, line.slice(0, i))) {
      i = regexEnd(line, i) + 1;
      state.last = SLASH;
      continue;
    }
    if (c === 0x7b || c === 0x28 || c === 0x5b) state.stack.push({ bracket: line[i] ?? '', line: state.line, inCase: false });
    else if (isCloser(c)) {
      const frame = state.stack.pop();
      if (frame?.bracket === '$') {
        state.mode = 'template';
        i++;
        continue;
      }
    }
    state.last = c;
    i++;
  }
  return out + line.slice(from);
}

/** The index of the quote that closes the string opened at `start` (or the line's end). */
function stringEnd(line: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < line.length && line[i] !== quote) i += line[i] === '\\' ? 2 : 1;
  return Math.min(i, line.length);
}

/** A `/` starts a regex literal after an operator or opening bracket, or after `return`. */
function startsRegex(last: number, before: string): boolean {
  if (last === 0 || '(,=:[!&|?{};+-*%<>~^'.includes(String.fromCharCode(last))) return true;
  return /\b(?:return|typeof|case|in|of)\s*$/.test(before);
}

/** The index of the `/` that closes the regex literal opened at `start`. */
function regexEnd(line: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '\\') i += 2;
    else {
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) return i;
      i++;
    }
  }
  return line.length;
}
