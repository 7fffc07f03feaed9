/**
 * What a documented payload is, judged from the HTTP line above it, its label and its metadata
 * comment: a request to Graph, a response of Graph, a notification Graph posts to a bot, or a
 * resource (a resource page's JSON representation, or an example of one type the metadata names).
 */
export type PayloadKind = 'request' | 'response' | 'notification' | 'resource' | 'other';

/** The Graph API version an HTTP line names; `other` for anything else (the skeleton's "localtest"). */
export type ApiVersion = 'v1.0' | 'beta' | 'other';

/** One repair the tolerant JSON reader made; `line`/`column` are 1-based, relative to the block. */
export interface Repair {
  readonly line: number;
  readonly column: number;
  readonly what: string;
}

export interface ParseError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** Where each value starts, by JSON Pointer; 1-based, relative to the text read. */
export type Positions = ReadonlyMap<string, { readonly line: number; readonly column: number }>;

export type TolerantParse =
  | { readonly ok: true; readonly value: unknown; readonly repairs: readonly Repair[]; readonly positions?: Positions }
  | { readonly ok: false; readonly error: ParseError; readonly repairs: readonly Repair[] };

export interface HttpLine {
  /** Request line: method and URL. */
  readonly method?: string;
  readonly url?: string;
  /** Status line: code and reason. */
  readonly status?: number;
  readonly reason?: string;
}

/** The `<!-- { ... } -->` metadata comment of a Markdown page, where the block has one. */
export interface BlockMetadata {
  readonly blockType?: string;
  readonly name?: string;
  readonly truncated?: boolean;
  /** A response that is a collection of the named type (`{ "value": [...] }`). */
  readonly isCollection?: boolean;
  readonly '@odata.type'?: string;
}

/** One JSON payload found in a documentation page. */
export interface ExtractedPayload {
  /** Stable and readable, from page and section: `000/example-1/request`. */
  readonly id: string;
  /** Path of the page as given to the extractor. */
  readonly file: string;
  /** 1-based, inclusive line range of the JSON text in the page. */
  readonly lines: { readonly start: number; readonly end: number };
  readonly section: string;
  readonly label: string | null;
  readonly kind: PayloadKind;
  readonly http: HttpLine | null;
  /** The Graph request line a response answers (the last one above it in its section), or a request's own. */
  readonly request: HttpLine | null;
  readonly apiVersion: ApiVersion | null;
  readonly metadata: BlockMetadata | null;
  /** The JSON text exactly as documented (lines joined with `\n`). */
  readonly text: string;
  readonly parsed: TolerantParse;
  /** What was odd about the page around this block, such as a fence that is never closed. */
  readonly warnings: readonly string[];
}
