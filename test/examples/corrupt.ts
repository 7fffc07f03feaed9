// One-field corruptions of a documented payload: each must fail with exactly one error, at the
// corrupted JSON Pointer, with the keyword a person expects for that kind of corruption. Shared by
// the bundled pages' test (corruptions.test.ts) and the whole API's (test/shared/corpus).

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Corruption {
  readonly what: string;
  readonly apply: (value: Json) => void;
  readonly path: string;
  /** The keyword expected; `type|enum` where either is right (a number where an enum member belongs). */
  readonly keyword: string;
}

const escape = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every value below the root with its pointer, its parent and its key in the parent. */
function* walk(value: Json, pointer = ''): Generator<{ pointer: string; value: Json; key: string | number }> {
  if (value === null || typeof value !== 'object') return;
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const childPointer = `${pointer}/${escape(String(key))}`;
    yield { pointer: childPointer, value: child, key };
    yield* walk(child, childPointer);
  }
}

function at(root: Json, pointer: string): { parent: Record<string, Json> | Json[]; key: string | number } {
  const parts = pointer.split('/').slice(1).map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  let parent = root as Record<string, Json> | Json[];
  for (const part of parts.slice(0, -1)) parent = (parent as Record<string, Json>)[part] as Record<string, Json>;
  const last = parts[parts.length - 1] ?? '';
  return { parent, key: Array.isArray(parent) ? Number(last) : last };
}

export const set = (pointer: string, to: Json) => (root: Json) => {
  const { parent, key } = at(root, pointer);
  (parent as Record<string | number, Json>)[key] = to;
};
export const remove = (pointer: string) => (root: Json) => {
  const { parent, key } = at(root, pointer);
  delete (parent as Record<string | number, Json>)[key];
};

/**
 * An unknown tag at every `@odata.type` (keyword by `tagKeyword(slot)`) and a value of the wrong
 * JSON type at every other leaf; nothing below `skipped` pointers (read-only properties of a
 * request, which the service ignores; properties the type does not declare, which a response may
 * carry unchecked).
 */
export function leafCorruptions(value: Json, skipped: readonly string[], tagKeyword: (slot: string) => string): Corruption[] {
  const found: Corruption[] = [];
  for (const { pointer, value: leaf, key } of walk(value)) {
    if (skipped.some((p) => pointer === p || pointer.startsWith(`${p}/`))) continue;
    if (key === '@odata.type') {
      const slot = pointer.slice(0, -'/@odata.type'.length);
      found.push({ what: `unknown tag at ${slot}`, apply: set(pointer, '#microsoft.graph.notAType'), path: pointer, keyword: tagKeyword(slot) });
    } else if (leaf === null || typeof leaf !== 'object') {
      // null stands for scalars and objects alike, so only an array is wrong for every such slot.
      const wrong = typeof leaf === 'number' ? 'forty-two' : leaf === null ? [42] : 42;
      // A string may stand where an enum member belongs; its validator then says "must be one of".
      const keyword = typeof leaf === 'string' ? 'type|enum' : 'type';
      found.push({ what: `wrong type at ${pointer}`, apply: set(pointer, wrong), path: pointer, keyword });
    }
  }
  return found;
}

/** The corruptions every notification batch gets. */
export function notificationCorruptions(): Corruption[] {
  return [
    { what: 'missing value', apply: remove('/value'), path: '/value', keyword: 'required' },
    { what: 'missing changeType', apply: remove('/value/0/changeType'), path: '/value/0/changeType', keyword: 'required' },
    { what: 'a change type that does not exist', apply: set('/value/0/changeType', 'renamed'), path: '/value/0/changeType', keyword: 'enum' },
  ];
}

/** Applies each corruption to a copy and reports its errors as `path keyword` (the expected keyword where either of `a|b` is found). */
export function outcomes(original: Json, corruptions: readonly Corruption[], validate: (value: unknown) => { ok: boolean; errors?: readonly { path: string; keyword: string }[] }): { what: string; errors: string[] }[] {
  return corruptions.map((c) => {
    const copy = structuredClone(original);
    c.apply(copy);
    const result = validate(copy);
    const errors = result.ok ? [] : (result.errors ?? []).map((e) => `${e.path} ${c.keyword.split('|').includes(e.keyword) ? c.keyword : e.keyword}`);
    return { what: c.what, errors };
  });
}
