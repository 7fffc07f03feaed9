import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readTolerantJson } from '../json/tolerant.js';
import { isEscapedJsonSample, type FoundBlock } from './blocks.js';
import { findMarkdownBlocks, isMarkdown } from './markdown.js';
import { findPlainTextBlocks } from './plaintext.js';
import type { ApiVersion, ExtractedPayload, HttpLine, PayloadKind } from './types.js';

export type { ExtractedPayload } from './types.js';

/** What else the reader records: `positions`, where each value starts (for findings on page lines). */
export interface ExtractOptions {
  readonly positions?: boolean;
}

/** Every JSON payload documented in one page, in page order. `file` is used for ids and reports. */
export function extractPage(file: string, text: string, options: ExtractOptions = {}): ExtractedPayload[] {
  const lines = text.split(/\r?\n/);
  const blocks = isMarkdown(lines) ? findMarkdownBlocks(lines) : findPlainTextBlocks(lines);
  const page = pageKey(file);
  const pageVersion = blocks.map((b) => versionOf(b.http)).find((v) => v !== null) ?? null;
  const taken = new Set<string>();
  let lastRequestVersion: ApiVersion | null = null;
  return blocks.map((block) => {
    const kind = kindOf(block);
    const own = versionOf(block.http);
    if (kind === 'request' && own !== null) lastRequestVersion = own;
    return {
      id: uniqueId(`${page}/${sectionKey(block.section)}/${payloadKey(block, kind)}`, taken),
      file,
      lines: { start: block.start, end: block.end },
      section: block.section ?? '',
      label: [block.label, block.subLabel].filter((l) => l !== null).join(' / ') || null,
      kind,
      // A sample shown below a request is not part of that request.
      http: kind === 'other' ? null : block.http,
      // Responses and notifications name no version of their own: they answer the request above.
      apiVersion: own ?? lastRequestVersion ?? pageVersion,
      metadata: block.metadata,
      text: block.text,
      parsed: readTolerantJson(block.text, options),
      warnings: block.warnings,
    };
  });
}

/**
 * Reads and extracts one page; a missing or unreadable file rejects with a message naming it.
 * `shownAs` is the name records and messages use (the path as the user typed it).
 */
export async function extractFile(file: string, shownAs = file, options: ExtractOptions = {}): Promise<ExtractedPayload[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new Error(`${shownAs}: cannot read: ${reason}`);
  }
  return extractPage(shownAs, text, options);
}

function kindOf(block: FoundBlock): PayloadKind {
  if (isEscapedJsonSample(block.text)) return 'other';
  if (block.label !== null && /^notification/i.test(block.label)) return 'notification';
  if (block.http?.status !== undefined) return 'response';
  if (block.http?.url !== undefined) return isGraphUrl(block.http.url) ? 'request' : 'notification';
  const blockType = block.metadata?.blockType;
  if (blockType === 'request' || blockType === 'response') return blockType;
  if (block.metadata?.['@odata.type']?.endsWith('commsNotifications') === true) return 'notification';
  return 'other';
}

function isGraphUrl(url: string): boolean {
  return url.startsWith('/') || /^https:\/\/graph\.microsoft\.com\//i.test(url);
}

function versionOf(http: HttpLine | null): ApiVersion | null {
  const segment = /^https:\/\/graph\.microsoft\.com\/([^/]+)\//i.exec(http?.url ?? '')?.[1];
  if (segment === undefined) return null;
  return segment === 'v1.0' || segment === 'beta' ? segment : 'other';
}

/** `000_589c9a8ef110123b.txt` → `000`; any other page by its name. */
function pageKey(file: string): string {
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  return /^\d{3}(?=_|$)/.exec(base)?.[0] ?? slug(base);
}

function sectionKey(section: string | null): string {
  if (section === null) return 'page';
  const numbered = /^Example\s+(\d+)\b/i.exec(section);
  return numbered === null ? slug(section) : `example-${numbered[1] ?? ''}`;
}

function payloadKey(block: FoundBlock, kind: PayloadKind): string {
  if (isEscapedJsonSample(block.text)) return 'media-session-blob';
  const base = block.label === null ? kind === 'other' ? 'block' : kind : slug(block.label);
  if (block.subLabel === null) return base;
  // "Notification - roster" + "Delta roster enabled" → notification-roster-delta-enabled
  const known = new Set(base.split('-'));
  const extra = slug(block.subLabel).split('-').filter((word) => !known.has(word));
  return extra.length === 0 ? base : `${base}-${extra.join('-')}`;
}

function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'untitled';
}
