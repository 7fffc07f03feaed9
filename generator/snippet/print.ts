import { assertNever, byCodeUnit } from '../diagnostics.js';
import { literalKey, quote } from '../model/names.js';
import type { Entry, SnippetNode } from './walk.js';

export interface PrintOptions {
  /** Module the builders (and the root type) are imported from. */
  readonly importFrom: string;
  /** Request type name, written as the annotation of `requestBody`. */
  readonly rootType: string;
}

/**
 * The snippet module, unformatted: imports, then `export const requestBody: Type = …;`. The
 * annotation is written on a builder call too: an exported const needs one under
 * isolatedDeclarations, and it checks a literal root that no builder would check.
 */
export function printSnippet(root: SnippetNode, options: PrintOptions): string {
  const builders = [...new Set(buildersIn(root))].map((name) => ({ name, text: name }));
  const names = [...builders, { name: options.rootType, text: `type ${options.rootType}` }].sort((a, b) => byCodeUnit(a.name, b.name));
  const imported = builders.length === 0 ? `type { ${options.rootType} }` : `{ ${names.map((n) => n.text).join(', ')} }`;
  return `import ${imported} from ${quote(options.importFrom)};\n\nexport const requestBody: ${options.rootType} = ${expression(root)};\n`;
}

function expression(node: SnippetNode): string {
  switch (node.kind) {
    case 'call': {
      if (node.properties.length === 0 && node.builder.optionalArgument) return `${node.builder.name}()`;
      return `${node.builder.name}(${objectLiteral(node.properties)})`;
    }
    case 'object':
      return objectLiteral(node.properties);
    case 'array':
      return `[${node.items.map(expression).join(', ')}]`;
    case 'scalar':
      return scalar(node.value);
    default:
      return assertNever(node);
  }
}

function objectLiteral(properties: readonly Entry[]): string {
  if (properties.length === 0) return '{}';
  return `{ ${properties.map((p) => `${literalKey(p.key)}: ${expression(p.value)}`).join(', ')} }`;
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') return quote(value);
  if (Object.is(value, -0)) return '-0'; // String(-0) is "0", and JSON keeps the sign
  return String(value);
}

function buildersIn(node: SnippetNode): string[] {
  switch (node.kind) {
    case 'call':
      return [node.builder.name, ...node.properties.flatMap((p) => buildersIn(p.value))];
    case 'object':
      return node.properties.flatMap((p) => buildersIn(p.value));
    case 'array':
      return node.items.flatMap(buildersIn);
    case 'scalar':
      return [];
    default:
      return assertNever(node);
  }
}
