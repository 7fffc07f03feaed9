import path from 'node:path';
import { readTolerantJson } from '../json/tolerant.js';
import { readUtf8 } from '../utf8.js';
import { isEscapedJsonSample, isGraphRequest, type FoundBlock } from './blocks.js';
import { findMarkdownBlocks, isMarkdown } from './markdown.js';
import { findPlainTextBlocks } from './plaintext.js';
import type { ApiVersion, ExtractedPayload, HttpLine, PayloadKind } from './types.js';

export type { ExtractedPayload } from './types.js';

/**
 * What else the reader records: `positions`, where each value starts (for findings on page lines).
 * `root`: a folder of pages; ids then name a page by its path below it (`v1.0/api/call-mute`), so
 * pages of the same name in two folders keep apart. Without it, by the file name alone.
 */
export interface ExtractOptions {
  readonly positions?: boolean;
  readonly root?: string;
}

/**
 * Every JSON payload documented in one page, in page order. `file` is used for ids and reports;
 * `location`, where the page is, for its path below `options.root`.
 */
export function extractPage(file: string, text: string, options: ExtractOptions = {}, location: string = file): ExtractedPayload[] {
  const lines = text.split(/\r?\n/);
  const blocks = isMarkdown(lines) ? findMarkdownBlocks(lines) : findPlainTextBlocks(lines);
  const page = pageKey(location, options.root);
  const pageVersion = blocks.map((b) => versionOf(b.http ?? b.request)).find((v) => v !== null) ?? null;
  const taken = new Set<string>();
  let lastRequestVersion: ApiVersion | null = null;
  return blocks.map((block) => {
    const parsed = readTolerantJson(block.text, options);
    const kind = kindOf(block, parsed.ok ? parsed.value : undefined);
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
      request: kind === 'request' ? block.http : kind === 'response' ? block.request : null,
      // Responses and notifications name no version of their own: they answer the request above.
      apiVersion: own ?? versionOf(block.request) ?? lastRequestVersion ?? pageVersion,
      metadata: block.metadata,
      text: block.text,
      parsed,
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
    text = await readUtf8(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new Error(`${shownAs}: cannot read: ${reason}`);
  }
  return extractPage(shownAs, text, options, file);
}

/**
 * In order: text that is no JSON object or array is a sample, not a payload (an escaped blob, a
 * binary body described in words); a notification label or a post to a bot is a notification; a
 * status line a response; a request line to Graph a request; then the metadata's block type; then
 * a commsNotifications tag, in the metadata or on the JSON itself; then a resource representation
 * or an example of one named type.
 */
function kindOf(block: FoundBlock, value: unknown): PayloadKind {
  if (isEscapedJsonSample(block.text) || !/^[{[]/.test(block.text.trimStart())) return 'other';
  if (block.label !== null && /^notification/i.test(block.label)) return 'notification';
  if (block.http?.status !== undefined) return 'response';
  if (block.http?.url !== undefined) return isGraphRequest(block.http) ? 'request' : 'notification';
  const blockType = block.metadata?.blockType;
  if (blockType === 'request' || blockType === 'response' || blockType === 'resource') return blockType;
  if (isNotificationsTag(block.metadata?.['@odata.type']) || isNotificationsTag(tagOf(value))) return 'notification';
  if (blockType === 'example' && block.metadata?.['@odata.type'] !== undefined) return 'resource';
  return 'other';
}

function isNotificationsTag(tag: unknown): boolean {
  return typeof tag === 'string' && /(^|\.)commsNotifications$/.test(tag);
}

function tagOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['@odata.type'] : undefined;
}

function versionOf(http: HttpLine | null | undefined): ApiVersion | null {
  const segment = /^https:\/\/graph\.microsoft\.com\/([^/]+)\//i.exec(http?.url ?? '')?.[1];
  if (segment === undefined) return null;
  return segment === 'v1.0' || segment === 'beta' ? segment : 'other';
}

/** `000_589c9a8ef110123b.txt` → `000`; any other page by its name, or its path below `root`. */
function pageKey(file: string, root: string | undefined): string {
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  const numbered = /^\d{3}(?=_|$)/.exec(base)?.[0];
  if (numbered !== undefined) return numbered;
  if (root === undefined) return slug(base);
  const below = path.relative(root, path.resolve(root, file)).replace(/\.[^.]*$/, '').split(path.sep);
  return below.map((segment) => (/^[\w.-]+$/.test(segment) ? segment.toLowerCase() : slug(segment))).join('/');
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
