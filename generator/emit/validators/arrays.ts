import type { ArrayShape } from '../../model/types.js';
import { arrayRules } from './applicators.js';
import type { Code } from './code.js';
import { count } from './scalars.js';
import type { Pointer } from './path.js';
import type { Writer } from './writer.js';

// Checks of arrays: one function per keyword, its message beside its check.

export function arrayChecks(w: Writer, shape: ArrayShape, value: string, path: Pointer, established: boolean): Code[] {
  const then = [...itemCountChecks(w, shape, value, path), ...arrayRules(w, shape, value, path), ...itemsCheck(w, shape, value, path)];
  return w.typeTest(`!Array.isArray(${value})`, 'an array', value, path, then, established);
}

function itemCountChecks(w: Writer, shape: ArrayShape, value: string, path: Pointer): Code[] {
  const { minItems, maxItems } = shape;
  return [
    ...(minItems === undefined ? [] : [{ kind: 'check', failed: `${value}.length < ${minItems}`, report: w.error(path, 'minItems', `must have at least ${count(minItems, 'item')}`) } as const]),
    ...(maxItems === undefined ? [] : [{ kind: 'check', failed: `${value}.length > ${maxItems}`, report: w.error(path, 'maxItems', `must have at most ${count(maxItems, 'item')}`) } as const]),
  ];
}

/**
 * Each item in turn. A hole of a sparse array (no JSON array has one) ends the walk with one
 * error, so an array of length 2^32-1 with nothing in it costs one step, not four billion.
 */
function itemsCheck(w: Writer, shape: ArrayShape, value: string, path: Pointer): Code[] {
  const i = w.local('i');
  const item = w.local('item');
  const checks = w.check(shape.items, item, path.dynamic(i));
  if (checks.length === 0) return [];
  const hole = { ...w.errorCall('hole', path, i), exit: 'break;' };
  return [
    {
      kind: 'for',
      head: `let ${i} = ${shape.prefixItems?.length ?? 0}; ${i} < ${value}.length; ${i}++`,
      body: [{ kind: 'const', name: item, type: 'unknown', init: `${value}[${i}]` }, { kind: 'check', failed: `${item} === undefined && !(${i} in ${value})`, report: hole }, ...checks],
    },
  ];
}
