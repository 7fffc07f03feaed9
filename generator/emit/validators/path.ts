import { pointerChild } from '../../diagnostics.js';
import { quote } from '../../model/names.js';

/** One step down a value: an escaped JSON Pointer text known when generating, or an expression (an index, an escaped key). */
type Step = { readonly fixed: string } | { readonly expression: string };

/**
 * Where a check stands, relative to the value its check function was given: JSON Pointer steps.
 * A report names `text()`, which the run-time puts after the pointer of the function's own value
 * (the steps its callers entered with `down`), so a valid value builds no path string at all;
 * a call to a named check enters `steps()` before and leaves them after.
 */
export class Pointer {
  static readonly root: Pointer = new Pointer([]);

  private constructor(private readonly path: readonly Step[]) {}

  /** A property whose name is known: its token, escaped now. */
  property(name: string): Pointer {
    const token = pointerChild('', name).slice(1);
    const last = this.path.at(-1);
    if (last !== undefined && 'fixed' in last) return new Pointer([...this.path.slice(0, -1), { fixed: `${last.fixed}/${token}` }]);
    return new Pointer([...this.path, { fixed: token }]);
  }

  /** An array index known when generating. */
  index(k: number): Pointer {
    return this.property(String(k));
  }

  /** A step known only at run time: a number expression, or an expression of an already escaped key. */
  dynamic(expression: string): Pointer {
    return new Pointer([...this.path, { expression }]);
  }

  /** The relative pointer as an expression, for a report: `''`, `'/a/b'`, `'/a/' + i`. */
  text(): string {
    const parts: string[] = [];
    let literal = '';
    for (const step of this.path) {
      if ('fixed' in step) {
        literal += `/${step.fixed}`;
      } else {
        parts.push(quote(`${literal}/`), step.expression);
        literal = '';
      }
    }
    if (literal !== '' || parts.length === 0) parts.push(quote(literal));
    return parts.join(' + ');
  }

  /** The steps as expressions, for the run-time's trail (each becomes `/` and its text). */
  steps(): string[] {
    return this.path.map((step) => ('fixed' in step ? quote(step.fixed) : step.expression));
  }
}
