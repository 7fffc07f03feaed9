import type { HttpLine } from '../extract/types.js';
import type { PayloadValidator } from './judge.js';

/**
 * An operation of the API as the judges need it: the shape of an entry of the generated operations
 * table (`generated/operations.ts`): method, path template, request and response validators.
 */
export interface Route {
  readonly name: string;
  readonly method: string;
  /** A template: `/communications/calls/{call-id}/playPrompt`. */
  readonly path: string;
  /** The request body's validator (request mode); undefined when the operation sends none. */
  readonly validateRequest: PayloadValidator | undefined;
  /** Status → the body's validator (response mode); undefined for a response without one. */
  readonly responses: Readonly<Record<string, PayloadValidator | undefined>>;
}

/**
 * The operation a request line calls: same method, and a path whose segments match the template's
 * (a `{parameter}` matches any one segment; names compare without regard to case, as Graph's do).
 * The URL loses its host and version segment (`https://graph.microsoft.com/v1.0/...`), its query,
 * and the early beta's `/app/` root, which the service now serves as `/communications/`. An
 * action may be named with its namespace (`/calls/{id}/microsoft.graph.answer`): OData's
 * qualified form, which today's pages and the SDKs send, and the service serves as the plain one.
 */
export function matchOperation(http: HttpLine | null, routes: readonly Route[]): Route | undefined {
  if (http?.method === undefined || http.url === undefined) return undefined;
  const segments = pathOf(http.url);
  return routes.find((route) => route.method === http.method?.toUpperCase() && matches(templateSegments(route.path), segments));
}

function pathOf(url: string): string[] {
  const withoutHost = url.replace(/^https?:\/\/[^/]+\/[^/]+/i, '').replace(/[?#].*$/, '');
  const segments = withoutHost
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.replace(/^microsoft\.graph\./i, ''));
  return segments[0]?.toLowerCase() === 'app' ? ['communications', ...segments.slice(1)] : segments;
}

function templateSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function matches(template: readonly string[], segments: readonly string[]): boolean {
  return template.length === segments.length && template.every((t, i) => /^\{[^}]+\}$/.test(t) || t.toLowerCase() === segments[i]?.toLowerCase());
}
