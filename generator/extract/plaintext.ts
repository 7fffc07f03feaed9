import { isEscapedJsonSample, isGraphRequest, isHeaderLine, isLabelTitle, parseHttpLine, type FoundBlock } from './blocks.js';
import type { HttpLine } from './types.js';

// Rendered plain-text pages (the current beta page): no fences, so a JSON block is a line that
// starts with "{" and runs until its braces balance (strings taken into account). The example
// heading ("Example 5: ...") opens a section, a label line ("Request", "Notification - roster")
// names what follows, the HTTP line stands somewhere under the label, and a short line right
// above the brace ("Delta roster enabled") tells apart two blocks under one label.

const SECTION = /^Examples?(?:\s+\d+\s*:.*)?$/;

interface Cursor {
  section: string | null;
  label: string | null;
  http: HttpLine | null;
  request: HttpLine | null;
}

export function findPlainTextBlocks(lines: readonly string[]): FoundBlock[] {
  const blocks: FoundBlock[] = [];
  const cursor: Cursor = { section: null, label: null, http: null, request: null };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (SECTION.test(line)) {
      Object.assign(cursor, { section: line, label: null, http: null, request: null });
      continue;
    }
    if (isLabelTitle(line)) {
      Object.assign(cursor, { label: line, http: null });
      continue;
    }
    const http = parseHttpLine(line);
    if (http !== null) {
      cursor.http = http;
      if (isGraphRequest(http)) cursor.request = http;
      continue;
    }
    if (!line.startsWith('{')) continue;
    const end = isEscapedJsonSample(line) ? { line: i, closed: true } : balancedEnd(lines, i);
    const warnings = end.closed ? [] : [`the brace opened at line ${i + 1} is never closed; the block runs to the end of the page`];
    blocks.push({
      start: i + 1,
      end: end.line + 1,
      text: lines.slice(i, end.line + 1).join('\n'),
      ...cursor,
      subLabel: subLabelAbove(lines, i),
      metadata: null,
      warnings,
    });
    i = end.line;
  }
  return blocks;
}

/** The line on which the braces opened at line `start` balance, reading JSON strings as strings. */
function balancedEnd(lines: readonly string[], start: number): { line: number; closed: boolean } {
  let depth = 0;
  let inString = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    for (let c = 0; c < line.length; c++) {
      const char = line[c];
      if (inString) {
        if (char === '\\') c++;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') {
        depth--;
        if (depth === 0) return { line: i, closed: true };
      }
    }
    inString = false; // a JSON string never spans lines; do not let one bad quote swallow the page
  }
  return { line: lines.length - 1, closed: false };
}

function subLabelAbove(lines: readonly string[], i: number): string | null {
  const above = (lines[i - 1] ?? '').trim();
  const isProse = /[.:]$/.test(above) || above.length > 60;
  if (above === '' || isProse || isHeaderLine(above) || parseHttpLine(above) !== null || isLabelTitle(above) || SECTION.test(above)) return null;
  return above;
}
