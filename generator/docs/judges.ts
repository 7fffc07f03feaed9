import { operations } from '../../generated/operations.js';
import * as generated from '../../generated/validators.js';
import type { ExtractedPayload, HttpLine } from '../extract/types.js';
import { collectionOf, type Judge } from './judge.js';
import { matchOperation, type Route } from './routes.js';

export type { Judge } from './judge.js';

/**
 * Which generated validator judges a documented payload, and why. One table of rules, general for
 * every page, never a rule for one page:
 * - a request: the operation its method and path match, its request body in request mode;
 * - a response: the response type of the operation whose request line it answers; else the type
 *   its metadata names (`@odata.type`, `isCollection`), else the type its own `@odata.type` names,
 *   in response mode;
 * - a notification: commsNotifications, in response mode;
 * - a resource representation or example: the type its metadata names, in response mode.
 * `undefined` when no rule applies (no operation matches, or no schema has the type named).
 * Imports generated/, so commands load this module only when they run.
 */
export function judgeOf(payload: ExtractedPayload, routes: readonly Route[] = ROUTES): Judge | undefined {
  switch (payload.kind) {
    case 'request':
      return requestJudge(payload.http, routes);
    case 'response':
      return responseJudge(payload, routes);
    case 'notification':
      return byName('commsNotifications', 'response', 'commsNotifications: every call-back posts one');
    case 'resource':
      return byMetadata(payload);
    case 'other':
      return undefined;
  }
}

function requestJudge(http: HttpLine | null, routes: readonly Route[]): Judge | undefined {
  const route = matchOperation(http, routes);
  if (route?.validateRequest === undefined) return undefined;
  return byValidator(route.validateRequest, 'request', `the request body of ${route.name} (${route.method} ${route.path})`);
}

function responseJudge(payload: ExtractedPayload, routes: readonly Route[]): Judge | undefined {
  const route = matchOperation(payload.request, routes);
  const status = String(payload.http?.status ?? '');
  const answer = route?.responses[status];
  if (route !== undefined && answer !== undefined) return byValidator(answer, 'response', `the ${status} response of ${route.name} (${route.method} ${route.path})`);
  return byMetadata(payload) ?? byName(schemaNameOf(tagOf(payload)), 'response', 'the type its @odata.type names');
}

function byMetadata(payload: ExtractedPayload): Judge | undefined {
  const named = schemaNameOf(payload.metadata?.['@odata.type']);
  const judge = byName(named, 'response', 'the type its metadata names');
  if (judge === undefined || payload.metadata?.isCollection !== true) return judge;
  return collectionOf(judge);
}

/** `microsoft.graph.call` or `#microsoft.graph.call` → `call`. */
function schemaNameOf(tag: unknown): string | undefined {
  return typeof tag === 'string' ? /^#?microsoft\.graph\.(\w+)$/.exec(tag)?.[1] : undefined;
}

function tagOf(payload: ExtractedPayload): unknown {
  const value = payload.parsed.ok ? payload.parsed.value : undefined;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['@odata.type'] : undefined;
}

function byName(schemaName: string | undefined, mode: Judge['mode'], why: string): Judge | undefined {
  if (schemaName === undefined) return undefined;
  const registry = generated.validatorsBySchemaName;
  const entry = Object.hasOwn(registry, schemaName) ? registry[schemaName] : undefined;
  const validate = entry?.[mode];
  if (entry === undefined || validate === undefined) return undefined;
  return { typeName: entry.typeName, schemaName, tsType: tsTypeOf(entry.typeName, mode, validate), mode, collection: false, validate, why };
}

/** The registry entry whose validator the operations table names: the same function. */
function byValidator(validate: unknown, mode: Judge['mode'], why: string): Judge | undefined {
  const found = Object.entries(generated.validatorsBySchemaName).find(([, entry]) => entry[mode] === validate);
  return found === undefined ? undefined : byName(found[0], mode, why);
}

/** A type that is also sent has a request shape `…Input`, validated by `validate…Input`; a request body root is its own. */
function tsTypeOf(typeName: string, mode: Judge['mode'], validate: unknown): string {
  const input: unknown = (generated as Record<string, unknown>)[`validate${typeName}Input`];
  return mode === 'request' && input !== undefined && input === validate ? `${typeName}Input` : typeName;
}

/** The operations of the curated schemas (`x-operations`), as the generated table lists them. */
export const ROUTES: readonly Route[] = Object.values(operations);
