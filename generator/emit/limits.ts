import { childSource } from '../diagnostics.js';
import type { ObjectShape, Shape } from '../model/types.js';

/**
 * The rules of a shape (not of the shapes inside it) that its TypeScript type cannot say, by
 * keyword, for the doc comment: the validator checks them, the type admits every valid value.
 */
export function runtimeOnlyRules(shape: Shape): string[] {
  const rules = new Set<string>();
  const stack: Shape[] = [shape];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    switch (next.kind) {
      case 'number':
        if (next.multipleOf !== undefined) rules.add('multipleOf');
        break;
      case 'array':
        if (next.uniqueItems === true) rules.add('uniqueItems');
        if (next.contains !== undefined) rules.add('contains');
        break;
      case 'object':
        if ((next.patternProperties ?? []).length > 0) rules.add('patternProperties');
        if (next.propertyNames !== undefined) rules.add('propertyNames');
        if (next.minProperties !== undefined || next.maxProperties !== undefined) rules.add('minProperties/maxProperties');
        if ((next.dependentRequired ?? []).length > 0) rules.add('dependentRequired');
        for (const [name] of next.dependentSchemas ?? []) rules.add(dependentRuleKeyword(next, name));
        break;
      case 'not':
        rules.add('not');
        break;
      case 'conditional':
        rules.add('if/then/else');
        break;
      case 'choice':
        if (next.one) rules.add('oneOf (exactly one branch)');
        break;
      case 'all':
        stack.push(...next.parts);
        break;
      case 'union':
        // A value of another JSON type than object matches each branch of one without `type`: the type admits it.
        if (next.typeless === 'oneOf') rules.add('oneOf (exactly one branch)');
        stack.push(...next.branches);
        break;
      default:
        break;
    }
  }
  return [...rules].sort();
}

/**
 * The keyword a `dependentSchemas` entry comes from: the file's own, or `unevaluatedProperties`
 * beside a union, whose names only branches declare the model declares from the keyword's place
 * (model/unevaluated.ts), each with such a rule.
 */
function dependentRuleKeyword(shape: ObjectShape, name: string): 'unevaluatedProperties' | 'dependentSchemas' {
  const declared = shape.properties.find((p) => p.name === name)?.source;
  const keyword = childSource(shape.source, 'unevaluatedProperties');
  return declared?.file === keyword.file && declared.pointer === keyword.pointer ? 'unevaluatedProperties' : 'dependentSchemas';
}

/** The doc line for those rules, or undefined when the type says everything. */
export function runtimeOnlyNote(shape: Shape): string | undefined {
  const rules = runtimeOnlyRules(shape);
  return rules.length === 0 ? undefined : `The type cannot express ${rules.map((r) => `\`${r}\``).join(', ')}; the validator checks ${rules.length === 1 ? 'it' : 'them'}.`;
}
