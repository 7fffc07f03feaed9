import type { BlockMetadata, HttpLine } from './types.js';

/**
 * A JSON block as a page format finds it, before it is classified: where it stands, under which
 * headings, and which HTTP line it belongs to. Both page formats produce this, so classification
 * and ids do not depend on the format.
 */
export interface FoundBlock {
  /** 1-based, inclusive lines of the JSON text in the page. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The example (or other section) heading it stands under. */
  readonly section: string | null;
  /** The heading or label line naming it: "Request", "Notification - established". */
  readonly label: string | null;
  /** A second, finer label right above the JSON: "Delta roster enabled". */
  readonly subLabel: string | null;
  readonly http: HttpLine | null;
  /** The last Graph request line above the block in its section (a bodiless GET's, for its response). */
  readonly request: HttpLine | null;
  readonly metadata: BlockMetadata | null;
  readonly warnings: readonly string[];
}

const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE)\s+(\S+)/;
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:\s+(.*?))?\s*$/;
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:\s/;

export function parseHttpLine(line: string): HttpLine | null {
  const trimmed = line.trim();
  const request = REQUEST_LINE.exec(trimmed);
  if (request !== null) return { method: request[1] ?? '', url: request[2] ?? '' };
  const status = STATUS_LINE.exec(trimmed);
  if (status !== null) return status[2] === undefined || status[2] === '' ? { status: Number(status[1]) } : { status: Number(status[1]), reason: status[2] };
  return null;
}

/** A request line to Graph (absolute, or a path as the pages write it), not a post to a bot. */
export function isGraphRequest(http: HttpLine | null): boolean {
  const url = http?.url;
  return url !== undefined && (url.startsWith('/') || /^https:\/\/graph\.microsoft\.com\//i.test(url));
}

export function isHeaderLine(line: string): boolean {
  return HEADER_LINE.test(line.trim());
}

/** Headings that name a payload rather than open a new section. */
export function isLabelTitle(title: string): boolean {
  return /^(request|response|notification\b.*)$/i.test(title.trim());
}

/**
 * The escaped media-session blob the pages show as if it were a block: a JSON object written as
 * the contents of a JSON string (`{\"mpUri\":...}`), a sample of appHostedMediaConfig.blob.
 */
export function isEscapedJsonSample(text: string): boolean {
  return /^\{\\"/.test(text.trimStart());
}
