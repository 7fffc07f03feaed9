import { operations as bothOperations } from '../../generated/operations.js';
import * as both from '../../generated/validators.js';
import { operations as betaOperations } from '../../generated/beta/operations.js';
import * as beta from '../../generated/beta/validators.js';
import { operations as v1Operations } from '../../generated/v1.0/operations.js';
import * as v1 from '../../generated/v1.0/validators.js';
import type { ExtractedPayload, HttpLine } from '../extract/types.js';
import { collectionOf, type GraphVersion, type Judge } from './judge.js';
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
 * A request is held to the API version its request line names (`generated/v1.0/`, `generated/beta/`):
 * request mode refuses what that version does not declare, so a v1.0 request may not send what only
 * beta has. Everything else is judged by both versions' validators (`generated/`): response mode
 * lets undeclared properties through unchecked, so the union of both versions checks more of a
 * response (a beta-only property in a v1.0 response still has its type checked), and a resource
 * page names no version.
 * `undefined` when no rule applies (no operation matches, or no schema has the type named).
 * Imports generated/, so commands load this module only when they run.
 */
export function judgeOf(payload: ExtractedPayload): Judge | undefined {
  const rules = new Rules(generationOf(payload));
  switch (payload.kind) {
    case 'request':
      return rules.request(payload.http);
    case 'response':
      return rules.response(payload);
    case 'notification':
      return rules.byName('commsNotifications', 'response', 'commsNotifications: every call-back posts one');
    case 'resource':
      return rules.byMetadata(payload);
    case 'other':
      return undefined;
  }
}

/** One generated folder: its validators module and its operations table. */
interface Generation {
  readonly version: GraphVersion | undefined;
  readonly validators: Readonly<Record<string, unknown>> & { readonly validatorsBySchemaName: typeof both.validatorsBySchemaName };
  readonly routes: readonly Route[];
}

const GENERATIONS = {
  both: { version: undefined, validators: both, routes: Object.values(bothOperations) },
  'v1.0': { version: 'v1.0', validators: v1, routes: Object.values(v1Operations) },
  beta: { version: 'beta', validators: beta, routes: Object.values(betaOperations) },
} as const satisfies Record<string, Generation>;

function generationOf(payload: ExtractedPayload): Generation {
  if (payload.kind !== 'request') return GENERATIONS.both;
  return payload.apiVersion === 'v1.0' || payload.apiVersion === 'beta' ? GENERATIONS[payload.apiVersion] : GENERATIONS.both;
}

/** The rules, over one generation's validators and routes. */
class Rules {
  constructor(private readonly generation: Generation) {}

  request(http: HttpLine | null): Judge | undefined {
    const route = matchOperation(http, this.generation.routes);
    if (route?.validateRequest === undefined) return undefined;
    return this.byValidator(route.validateRequest, 'request', `the request body of ${route.name} (${route.method} ${route.path})`);
  }

  response(payload: ExtractedPayload): Judge | undefined {
    const route = matchOperation(payload.request, this.generation.routes);
    const status = String(payload.http?.status ?? '');
    const answer = route?.responses[status];
    if (route !== undefined && answer !== undefined) return this.byValidator(answer, 'response', `the ${status} response of ${route.name} (${route.method} ${route.path})`);
    return this.byMetadata(payload) ?? this.byName(schemaNameOf(tagOf(payload)), 'response', 'the type its @odata.type names');
  }

  byMetadata(payload: ExtractedPayload): Judge | undefined {
    const named = schemaNameOf(payload.metadata?.['@odata.type']);
    const judge = this.byName(named, 'response', 'the type its metadata names');
    if (judge === undefined || payload.metadata?.isCollection !== true) return judge;
    return collectionOf(judge);
  }

  byName(schemaName: string | undefined, mode: Judge['mode'], why: string): Judge | undefined {
    if (schemaName === undefined) return undefined;
    const registry = this.generation.validators.validatorsBySchemaName;
    const entry = Object.hasOwn(registry, schemaName) ? registry[schemaName] : undefined;
    const validate = entry?.[mode];
    if (entry === undefined || validate === undefined) return undefined;
    const tsType = this.tsTypeOf(entry.typeName, mode, validate);
    return { typeName: entry.typeName, schemaName, tsType, mode, version: this.generation.version, collection: false, validate, why };
  }

  /** The registry entry whose validator the operations table names: the same function. */
  private byValidator(validate: unknown, mode: Judge['mode'], why: string): Judge | undefined {
    const found = Object.entries(this.generation.validators.validatorsBySchemaName).find(([, entry]) => entry[mode] === validate);
    return found === undefined ? undefined : this.byName(found[0], mode, why);
  }

  /** A type that is also sent has a request shape `…Input`, validated by `validate…Input`; a request body root is its own. */
  private tsTypeOf(typeName: string, mode: Judge['mode'], validate: unknown): string {
    const input = this.generation.validators[`validate${typeName}Input`];
    return mode === 'request' && input !== undefined && input === validate ? `${typeName}Input` : typeName;
  }
}

/** `microsoft.graph.call` or `#microsoft.graph.call` → `call`. */
function schemaNameOf(tag: unknown): string | undefined {
  return typeof tag === 'string' ? /^#?microsoft\.graph\.(\w+)$/.exec(tag)?.[1] : undefined;
}

function tagOf(payload: ExtractedPayload): unknown {
  const value = payload.parsed.ok ? payload.parsed.value : undefined;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['@odata.type'] : undefined;
}
