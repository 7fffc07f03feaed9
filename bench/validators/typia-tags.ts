import ts from 'typescript';
import { childShapes } from '../../generator/model/children.js';
import { requestName } from '../../generator/model/reach.js';
import type { ArrayShape, Model, NumberShape, Shape, StringShape } from '../../generator/model/types.js';
import { propertyShape, visibleProperties, type View } from '../../generator/emit/typeText.js';

// typia's comment tags (`@format uuid`, `@pattern ^https://`, `@maxLength 256`, `@type int32`,
// `@maxItems 20`...) for what callgen's model says about each property of generated/types.ts, so
// a typia peer can check the same formats and bounds as callgen's validators. One general rule
// over the model: every property of every emitted interface whose shape (or a union branch of it)
// is a string, number or array with a constraint. A constraint that comment tags on the property
// cannot express (inside array items or an inline object, on a named non-object type, in two
// union branches) throws rather than being left out: the peer would silently check less.

/** Tag lines by interface name, then by property name (as on the wire). */
export type TagTable = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

const INT32 = { minimum: -2147483648, maximum: 2147483647 };

export function tagTable(model: Model): TagTable {
  const table = new Map<string, Map<string, readonly string[]>>();
  for (const type of model.types) {
    const views: View[] = [...(type.requestBody ? [] : ['response' as const]), ...(type.hasRequestShape ? ['request' as const] : [])];
    for (const view of views) {
      const name = view === 'request' ? requestName(type) : type.name;
      if (type.shape.kind !== 'object') {
        if (constrained(type.shape)) throw new Error(`typia tags: ${name} is a constrained ${type.shape.kind}, not an interface`);
        continue;
      }
      const properties = new Map<string, readonly string[]>();
      for (const property of visibleProperties(type.shape, view)) {
        const tags = tagsOf(propertyShape(property, view), `${name}.${property.name}`);
        if (tags.length > 0) properties.set(property.name, tags);
      }
      if (properties.size > 0) table.set(name, properties);
    }
  }
  return table;
}

function tagsOf(shape: Shape, where: string): string[] {
  switch (shape.kind) {
    case 'string':
      return stringTags(shape, where);
    case 'number':
      return numberTags(shape);
    case 'array':
      if (constrained(shape.items) || (shape.prefixItems ?? []).some(constrained) || shape.contains !== undefined) throw new Error(`typia tags: ${where} constrains its items`);
      return arrayTags(shape);
    case 'union': {
      const tagged = shape.branches.map((b) => tagsOf(b, where)).filter((t) => t.length > 0);
      if (tagged.length > 1) throw new Error(`typia tags: ${where} has constraints in ${tagged.length} union branches`);
      return tagged[0] ?? [];
    }
    default:
      if (constrained(shape)) throw new Error(`typia tags: ${where} has constraints inside a ${shape.kind}`);
      return [];
  }
}

function stringTags(shape: StringShape, where: string): string[] {
  const tags: string[] = [];
  if (shape.format !== undefined) tags.push(`@format ${shape.format}`);
  if (shape.pattern !== undefined) {
    // A JSDoc tag's text is trimmed and ends at the comment's end or the next line.
    if (/[\n\r]|\*\/|^\s|\s$|\{@/.test(shape.pattern)) throw new Error(`typia tags: ${where}: pattern ${JSON.stringify(shape.pattern)} cannot be written as a comment tag`);
    tags.push(`@pattern ${shape.pattern}`);
  }
  if (shape.minLength !== undefined) tags.push(`@minLength ${shape.minLength}`);
  if (shape.maxLength !== undefined) tags.push(`@maxLength ${shape.maxLength}`);
  return tags;
}

function numberTags(shape: NumberShape): string[] {
  const int32 = shape.integer && shape.minimum === INT32.minimum && shape.maximum === INT32.maximum;
  const tags: string[] = [];
  // typia's int32 is an integer within exactly these bounds; other integers are int64 (an integer
  // test, its range wider than any number JSON.parse keeps exact), with their bounds beside it.
  if (int32) tags.push('@type int32');
  else if (shape.integer) tags.push('@type int64');
  if (!int32 && shape.minimum !== undefined) tags.push(`@minimum ${shape.minimum}`);
  if (!int32 && shape.maximum !== undefined) tags.push(`@maximum ${shape.maximum}`);
  if (shape.exclusiveMinimum !== undefined) tags.push(`@exclusiveMinimum ${shape.exclusiveMinimum}`);
  if (shape.exclusiveMaximum !== undefined) tags.push(`@exclusiveMaximum ${shape.exclusiveMaximum}`);
  if (shape.multipleOf !== undefined) tags.push(`@multipleOf ${shape.multipleOf}`);
  return tags;
}

function arrayTags(shape: ArrayShape): string[] {
  const tags: string[] = [];
  if (shape.minItems !== undefined) tags.push(`@minItems ${shape.minItems}`);
  if (shape.maxItems !== undefined) tags.push(`@maxItems ${shape.maxItems}`);
  if (shape.uniqueItems === true) tags.push('@uniqueItems');
  return tags;
}

/** Whether a shape holds a constraint anywhere below it (not through named types). */
function constrained(shape: Shape): boolean {
  if (shape.kind === 'string') return stringTags(shape, '').length > 0;
  if (shape.kind === 'number') return numberTags(shape).length > 0;
  if (shape.kind === 'array' && arrayTags(shape).length > 0) return true;
  return childShapes(shape).some(constrained);
}

/**
 * generated/types.ts with the tag lines added to each listed property's doc comment (a comment is
 * made where there is none). Throws when a listed interface or property is not in the text.
 */
export function withCommentTags(text: string, table: TagTable): string {
  const file = ts.createSourceFile('types.ts', text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const found = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const properties = table.get(statement.name.text);
    if (properties === undefined) continue;
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
      const tags = properties.get(member.name.text);
      if (tags === undefined) continue;
      edits.push(commentEdit(file, member, tags));
      found.add(`${statement.name.text}.${member.name.text}`);
    }
  }
  const missing = [...table].flatMap(([type, properties]) => [...properties.keys()].map((p) => `${type}.${p}`)).filter((key) => !found.has(key));
  if (missing.length > 0) throw new Error(`typia tags: not in types.ts: ${missing.join(', ')}`);
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function commentEdit(file: ts.SourceFile, member: ts.PropertySignature, tags: readonly string[]): { start: number; end: number; text: string } {
  const text = file.text;
  const start = member.getStart(file);
  const indent = text.slice(text.lastIndexOf('\n', start) + 1, start);
  const comment = (ts.getLeadingCommentRanges(text, member.pos) ?? []).filter((c) => text.startsWith('/**', c.pos)).at(-1);
  const tagLines = tags.map((t) => `${indent} * ${t}`).join('\n');
  if (comment === undefined) return { start, end: start, text: `/**\n${tagLines}\n${indent} */\n${indent}` };
  const body = text.slice(comment.pos + 3, comment.end - 2);
  const lines = body.includes('\n') ? body.replace(/\n\s*$/, '') : `\n${indent} * ${body.trim()}`;
  return { start: comment.pos, end: comment.end, text: `/**${lines}\n${indent} *\n${tagLines}\n${indent} */` };
}
