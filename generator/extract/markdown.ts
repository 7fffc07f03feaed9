import { readTolerantJson } from '../json/tolerant.js';
import { isGraphRequest, isHeaderLine, isLabelTitle, parseHttpLine, type FoundBlock } from './blocks.js';
import type { BlockMetadata, HttpLine } from './types.js';

// Markdown pages: fenced blocks (```http, ```json, and the skeleton's spaced ``` http), each
// possibly preceded by a `<!-- { ... } -->` metadata comment. An ```http block holds the HTTP line,
// headers and, after a blank line, maybe a JSON body; a header-only ```http block is the HTTP line
// of the ```json block that follows it under the same heading.

const FENCE_OPEN = /^\s*```\s*([\w-]*)\s*$/;
const FENCE_CLOSE = /^\s*```\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const TAB_HEADING = /^\[[^\]]*\]\(#tab\//;

interface Cursor {
  section: string | null;
  sectionLevel: number;
  label: string | null;
  /** The HTTP line of the last header-only ```http block under the current heading. */
  http: HttpLine | null;
  /** The last Graph request line in the current section. */
  request: HttpLine | null;
  metadata: { value: BlockMetadata; line: number } | null;
}

export function isMarkdown(lines: readonly string[]): boolean {
  return lines.some((line) => FENCE_OPEN.test(line));
}

export function findMarkdownBlocks(lines: readonly string[]): FoundBlock[] {
  const blocks: FoundBlock[] = [];
  const cursor: Cursor = { section: null, sectionLevel: 0, label: null, http: null, request: null, metadata: null };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trimStart().startsWith('<!--')) {
      i = readMetadata(lines, i, cursor);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading !== null) {
      enterHeading(heading[2] ?? '', (heading[1] ?? '').length, cursor);
      continue;
    }
    const fence = FENCE_OPEN.exec(line);
    if (fence === null) continue;
    const close = lines.findIndex((l, j) => j > i && FENCE_CLOSE.test(l));
    const end = close === -1 ? lines.length : close;
    const warnings = close === -1 ? [`the fence opened at line ${i + 1} is never closed; the block runs to the end of the page`] : [];
    const body = { first: i + 1, lines: lines.slice(i + 1, end) };
    const language = (fence[1] ?? '').toLowerCase();
    // PowerShell, C# and other code samples hold no payload.
    // ```msgraph-interactive is an HTTP request the documentation site lets readers run.
    const found = language === 'http' || language === 'msgraph-interactive' ? fromHttpFence(body, cursor, warnings) : language === 'json' || (language === '' && looksLikeJson(body)) ? fromJsonFence(body, cursor, warnings) : null;
    if (found !== null) blocks.push(found);
    cursor.metadata = null;
    i = end;
  }
  return blocks;
}

function enterHeading(title: string, level: number, cursor: Cursor): void {
  if (TAB_HEADING.test(title)) return; // "# [HTTP](#tab/http)": a language tab, not a heading
  if (isLabelTitle(title)) cursor.label = title;
  else if (isNumberedExample(cursor.section) && level > cursor.sectionLevel && !isNumberedExample(title)) {
    return; // "#### Step 1: ..." inside "### Example 7": a step of the example, not a new one
  } else {
    Object.assign(cursor, { section: title, sectionLevel: level, label: null, request: null });
  }
  cursor.http = null;
}

function isNumberedExample(title: string | null): boolean {
  return title !== null && /^Example\s+\d+\b/i.test(title);
}

/** Reads a metadata comment starting at line `i`; returns the index of its last line. */
function readMetadata(lines: readonly string[], i: number, cursor: Cursor): number {
  const close = lines.findIndex((l, j) => j >= i && l.includes('-->'));
  const last = close === -1 ? i : close;
  const text = lines.slice(i, last + 1).join('\n').replace(/^\s*<!--/, '').replace(/-->[\s\S]*$/, '');
  const parsed = readTolerantJson(text);
  if (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value)) {
    cursor.metadata = { value: pickMetadata(parsed.value as Record<string, unknown>), line: i + 1 };
  }
  return last;
}

function pickMetadata(raw: Record<string, unknown>): BlockMetadata {
  const picked: { -readonly [K in keyof BlockMetadata]: BlockMetadata[K] } = {};
  for (const key of ['blockType', 'name', '@odata.type'] as const) {
    const value = raw[key];
    if (typeof value === 'string') picked[key] = value;
  }
  if (typeof raw['truncated'] === 'boolean') picked.truncated = raw['truncated'];
  if (typeof raw['isCollection'] === 'boolean') picked.isCollection = raw['isCollection'];
  return picked;
}

interface FenceBody {
  /** 0-based index of the first line inside the fence. */
  readonly first: number;
  readonly lines: readonly string[];
}

function fromHttpFence(body: FenceBody, cursor: Cursor, warnings: string[]): FoundBlock | null {
  const firstText = body.lines.findIndex((l) => l.trim() !== '');
  const http = firstText === -1 ? null : parseHttpLine(body.lines[firstText] ?? '');
  if (isGraphRequest(http)) cursor.request = http;
  // The HTTP line (or several alternatives, as in the syntax section), then headers, then the body.
  let j = firstText === -1 ? body.lines.length : firstText;
  while (j < body.lines.length && (parseHttpLine(body.lines[j] ?? '') !== null || isHeaderLine(body.lines[j] ?? ''))) j++;
  const json = trimBlank({ first: body.first + j, lines: body.lines.slice(j) });
  if (json.lines.length === 0) {
    if (http !== null) cursor.http = http;
    return null;
  }
  return block(json, cursor, http, warnings);
}

function fromJsonFence(body: FenceBody, cursor: Cursor, warnings: string[]): FoundBlock | null {
  const json = trimBlank(body);
  if (json.lines.length === 0) return null;
  return block(json, cursor, cursor.http, warnings);
}

function block(json: FenceBody, cursor: Cursor, http: HttpLine | null, warnings: readonly string[]): FoundBlock {
  return {
    start: json.first + 1,
    end: json.first + json.lines.length,
    text: json.lines.join('\n'),
    section: cursor.section,
    label: cursor.label,
    subLabel: null,
    http,
    request: cursor.request,
    metadata: cursor.metadata?.value ?? null,
    warnings,
  };
}

/** An unlabelled fence counts only when it holds a JSON object or array (not a shell session). */
function looksLikeJson(body: FenceBody): boolean {
  return /^[{[]/.test(trimBlank(body).lines[0]?.trimStart() ?? '');
}

function trimBlank(body: FenceBody): FenceBody {
  let from = 0;
  let to = body.lines.length;
  while (from < to && (body.lines[from] ?? '').trim() === '') from++;
  while (to > from && (body.lines[to - 1] ?? '').trim() === '') to--;
  return { first: body.first + from, lines: body.lines.slice(from, to) };
}
