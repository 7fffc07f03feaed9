// `unevaluatedProperties` (`unevaluatedItems`) applies to the properties (items) that no other
// keyword of its schema evaluated, the schema's in-place subschemas included (2020-12, 11.2-11.3).
// Where nothing but the schema's own `properties`/`patternProperties` (`prefixItems`) can evaluate,
// those are exactly what `additionalProperties` (`items`) applies to, so both readers, the schema
// folder's (drafts.ts) and OpenAPI's (openapi/schema.ts), read the keyword as that one. This table
// decides, for both, which keywords beside it may evaluate more, and so stop that reading.

export interface UnevaluatedRule {
  /** The keyword for what nothing else evaluated. */
  readonly keyword: 'unevaluatedProperties' | 'unevaluatedItems';
  /** The keyword that means the same where nothing else evaluates; beside it, the first checks nothing. */
  readonly plain: 'additionalProperties' | 'items';
  /** The keywords beside it that may evaluate properties (items) too. */
  readonly evaluators: readonly string[];
}

// In-place applicators whose subschemas' annotations count: the compositions, `if` (`then` and
// `else` apply only beside it, so it stands for them) and the references. `not` is left out: its
// subschema must fail, and a failed subschema's annotations are dropped. `dependentSchemas`
// applies to objects only, so it evaluates properties but never an item; `contains` evaluates
// the items it matches (2020-12, 10.3.1.3), never a property.
const COMPOSITIONS = ['allOf', 'anyOf', 'oneOf', 'if'] as const;
const REFERENCES = ['$ref', '$dynamicRef', '$recursiveRef'] as const;

export const UNEVALUATED: readonly UnevaluatedRule[] = [
  { keyword: 'unevaluatedProperties', plain: 'additionalProperties', evaluators: [...COMPOSITIONS, 'dependentSchemas', ...REFERENCES] },
  { keyword: 'unevaluatedItems', plain: 'items', evaluators: [...COMPOSITIONS, 'contains', ...REFERENCES] },
];

/** The keywords of `node` beside the rule's keyword that may evaluate what it applies to; none: it means the plain keyword. */
export function evaluatorsBeside(node: object, rule: UnevaluatedRule): string[] {
  return rule.evaluators.filter((keyword) => Object.hasOwn(node, keyword));
}

/**
 * Whether `allOf`, `$ref` and at most one `oneOf` or `anyOf` are all that may evaluate properties
 * beside a node's `unevaluatedProperties`: the model then merges those in-place members (beside a
 * union, in one of the readings model/unevaluated.ts names) and reads the keyword as the merged
 * object's `additionalProperties` where the members allow it, and says why not where they do not
 * (model/allof.ts, model/unevaluated.ts). Beside two unions, `if`, `dependentSchemas` or a dynamic reference, it
 * depends on what they evaluated, and stays refused.
 */
export function besideMembersAlone(node: object): boolean {
  const rule = UNEVALUATED.find((r) => r.keyword === 'unevaluatedProperties');
  const beside = rule === undefined ? [] : evaluatorsBeside(node, rule);
  const unions = beside.filter((keyword) => keyword === 'oneOf' || keyword === 'anyOf');
  return beside.length > 0 && unions.length <= 1 && beside.every((keyword) => MEMBERS.has(keyword));
}

/** The in-place applicators whose members the model can merge beside `unevaluatedProperties`. */
export const MEMBERS: ReadonlySet<string> = new Set(['allOf', '$ref', 'oneOf', 'anyOf']);
