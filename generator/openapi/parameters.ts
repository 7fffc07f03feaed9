import { CLIENT_HEADERS } from '../schema/operations.js';
import { isJsonObject, type JsonObject } from '../schema/walk.js';
import type { LoadedDocument } from './documents.js';
import type { Roots } from './roots.js';

/** More schemas visited than any real parameter has; past them the schema is left to the translation, which reports cycles. */
const MAX_VISITS = 1_000;

/** Schemas a judgement may still visit: a schema whose members refer back to it ends, however it branches. */
interface Budget {
  left: number;
}

/** What the table holds of an operation so far: its parameters are keyed by name, header names regardless of case. */
export interface TableParameters {
  /** The path template's placeholders, which name the path parameters. */
  readonly placeholders: readonly string[];
  readonly names: Set<string>;
  readonly headers: Set<string>;
}

/**
 * Why the operations table cannot hold an OpenAPI parameter, as a sentence for the operation's
 * description, or undefined when it can (and then the parameter's name is taken). OpenAPI tells
 * parameters apart by name and place; the table keys them by name alone, as the dialect's own
 * check says, so a second parameter of a taken name (`id` in the path and in the query) is left out
 * here with a note instead of refusing the whole document. So is one without a name, a path
 * parameter the template has no placeholder for, and one the table cannot type.
 */
export function whyLeftOut(parameter: JsonObject, origin: { document: LoadedDocument }, taken: TableParameters, roots: Roots): string | undefined {
  const where = parameter['in'];
  const name = parameter['name'];
  if (where !== 'path' && where !== 'query' && where !== 'header') return `The ${String(where)} parameter "${String(name)}" is not part of the operations table.`;
  if (typeof name !== 'string' || name === '') return `A ${where} parameter without a name is not part of the operations table.`;
  // OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be ignored".
  if (where === 'header' && CLIENT_HEADERS.has(name.toLowerCase())) return `The header parameter "${name}" is ignored, as OpenAPI says: the HTTP client sets it.`;
  const placeholder = taken.placeholders.includes(name);
  if (where === 'path' && !placeholder) return `The path parameter "${name}" has no {${name}} in the path, so it is not part of the operations table.`;
  if (where !== 'path' && placeholder) return `The ${where} parameter "${name}" has the name of the path parameter {${name}}; the table keys parameters by name, so it is not part of it.`;
  if (taken.names.has(name) || (where === 'header' && taken.headers.has(name.toLowerCase()))) {
    return `The ${where} parameter "${name}" has the name of another parameter of the operation; the table keys parameters by name (headers regardless of case), so it is not part of it.`;
  }
  if (!tableHolds(parameter, where, origin.document, roots)) {
    const fits = where === 'query' ? 'a scalar or an array of scalars sent as repeated name=value pairs' : 'a scalar';
    return `The ${where} parameter "${name}" is not ${fits} (it is serialised by its "style"), so it is not part of the operations table.`;
  }
  // "content" instead: the value is serialised as a media type (JSON in a query string, say).
  if (!('schema' in parameter)) return `The ${where} parameter "${name}" is described by "content", not "schema", so it is not part of the operations table.`;
  taken.names.add(name);
  if (where === 'header') taken.headers.add(name.toLowerCase());
  return undefined;
}

/**
 * Whether the operations table can hold a parameter, judged from its OpenAPI schema before it is
 * translated: scalars (and null) anywhere, and in the query arrays of scalars too, when they are
 * sent the way the query's default (`style: form`, `explode: true`) sends them: one `name=value`
 * pair per item. Other styles (`spaceDelimited`, `pipeDelimited`, `explode: false`, `deepObject`)
 * and objects are left out, written into the operation's description instead of refusing the
 * document. `$ref`s are followed, since parameter schemas are often components; one that names
 * nothing is let through, to be reported where the schema is translated.
 */
function tableHolds(parameter: JsonObject, where: 'path' | 'query' | 'header', document: LoadedDocument, roots: Roots): boolean {
  const style = parameter['style'] ?? 'form';
  const explode = parameter['explode'] ?? style === 'form';
  const arrays = where === 'query' && style === 'form' && explode === true;
  return fits(parameter['schema'], arrays, document, roots, { left: MAX_VISITS });
}

/**
 * A scalar, or with `arrays` an array of scalars, as the model reads a parameter: a scalar `type`,
 * an `enum` or `const`, a union whose every branch fits, an `allOf` one of whose members does; or,
 * written inline as the parameter's (or its array's items') whole schema, one that says nothing of
 * the value (text). Anything else (`not`, `if` alone, a `$ref` to a schema that says nothing, such
 * a schema as a branch) cannot be sent as the table sends parameters.
 */
function fits(node: unknown, arrays: boolean, document: LoadedDocument, roots: Roots, budget: Budget, top = true): boolean {
  budget.left -= 1;
  const { node: schema, document: at } = roots.behind(node, document);
  if (budget.left < 0) return true;
  const referred = schema !== node;
  // No schema at all (`content` instead) is judged by whyLeftOut.
  if (!isJsonObject(schema)) return schema === undefined || (schema === true && top && !referred);
  const type = schema['type'];
  const types = Array.isArray(type) ? type : type === undefined ? [] : [type];
  if (types.includes('object') || 'properties' in schema) return false;
  if (types.includes('array') || 'items' in schema) {
    const items = schema['items'];
    const arrayOrNull = types.every((t) => t === 'array' || t === 'null');
    return arrays && arrayOrNull && !('prefixItems' in schema) && isJsonObject(items) && fits(items, false, at, roots, budget);
  }
  const branches = ['anyOf', 'oneOf'].flatMap((key) => (Array.isArray(schema[key]) ? (schema[key] as unknown[]) : []));
  if (!branches.every((branch) => fits(branch, arrays, at, roots, budget, false))) return false;
  const members = Array.isArray(schema['allOf']) ? (schema['allOf'] as unknown[]) : [];
  const typed = types.length > 0 || 'enum' in schema || 'const' in schema || branches.length > 0;
  if (typed) return true;
  if (members.length > 0) return members.some((member) => fits(member, arrays, at, roots, budget, false));
  return top && !referred && !('not' in schema) && !('if' in schema);
}
