import { isJsonObject, type JsonObject } from '../schema/walk.js';
import { valueAt, type LoadedDocument } from './documents.js';
import type { Roots } from './roots.js';

/** More `$ref` hops, or schemas visited, than any real parameter has; past them the schema is left to the translation, which reports cycles. */
const MAX_HOPS = 64;
const MAX_VISITS = 1_000;

/** Schemas a judgement may still visit: a schema whose members refer back to it ends, however it branches. */
interface Budget {
  left: number;
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
export function tableHolds(parameter: JsonObject, where: 'path' | 'query' | 'header', document: LoadedDocument, roots: Roots): boolean {
  const style = parameter['style'] ?? 'form';
  const explode = parameter['explode'] ?? style === 'form';
  const arrays = where === 'query' && style === 'form' && explode === true;
  return fits(parameter['schema'], arrays, document, roots, { left: MAX_VISITS });
}

/** A scalar, or with `arrays` an array of scalars; every member of a union or an `allOf` must fit. */
function fits(node: unknown, arrays: boolean, document: LoadedDocument, roots: Roots, budget: Budget): boolean {
  budget.left -= 1;
  const { node: schema, document: at } = behindRefs(node, document, roots);
  if (!isJsonObject(schema) || budget.left < 0) return true;
  const type = schema['type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('object') || 'properties' in schema) return false;
  if (types.includes('array') || 'items' in schema) {
    const items = schema['items'];
    const arrayOrNull = types.every((t) => t === 'array' || t === 'null' || t === undefined);
    return arrays && arrayOrNull && !('prefixItems' in schema) && isJsonObject(items) && fits(items, false, at, roots, budget);
  }
  const members = ['anyOf', 'oneOf', 'allOf'].flatMap((key) => {
    const value = schema[key];
    return Array.isArray(value) ? (value as unknown[]) : [];
  });
  return members.every((member) => fits(member, arrays, at, roots, budget));
}

/** The schema a chain of `$ref`s leads to, found without reporting: a broken reference is reported where the schema is translated. */
function behindRefs(node: unknown, document: LoadedDocument, roots: Roots): { node: unknown; document: LoadedDocument } {
  let current = { node, document };
  for (let hops = 0; hops < MAX_HOPS && isJsonObject(current.node) && typeof current.node['$ref'] === 'string'; hops++) {
    const target = roots.resolve(current.node['$ref'], current.document, undefined);
    if (target === undefined) return current;
    current = { node: valueAt(target.document.root, target.pointer), document: target.document };
  }
  return current;
}
