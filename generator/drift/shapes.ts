import type { Model, NamedType, Shape } from '../model/types.js';

/**
 * A schema property as the metadata would describe it: collection or not, nullable or not, and
 * what it holds: a JSON primitive, or the metadata types a value may be (the leaves of its unions).
 */
export interface SchemaSlot {
  readonly collection: boolean;
  readonly nullable: boolean;
  readonly core: { readonly kind: 'primitive'; readonly json: 'string' | 'integer' | 'number' | 'boolean' } | { readonly kind: 'types'; readonly names: readonly string[] } | { readonly kind: 'other'; readonly what: string };
}

/**
 * Reads schema shapes in metadata terms. A reference to a type the metadata knows is a leaf; a
 * reference to any other union (`anyIdentity`) is expanded into its branches.
 */
export class SchemaReader {
  readonly #byName: ReadonlyMap<string, NamedType>;

  constructor(
    model: Model,
    private readonly known: (graphName: string) => boolean,
  ) {
    this.#byName = new Map(model.types.map((t) => [t.name, t]));
  }

  slot(shape: Shape): SchemaSlot {
    if (shape.kind === 'union') {
      const others = shape.branches.filter((b) => b.kind !== 'null');
      const nullable = others.length < shape.branches.length;
      const only = others[0];
      if (others.length === 1 && only !== undefined) return { ...this.slot(only), nullable: nullable || this.slot(only).nullable };
      const names = this.leaves(shape);
      return { collection: false, nullable, core: names === undefined ? { kind: 'other', what: 'a union of JSON types' } : { kind: 'types', names } };
    }
    if (shape.kind === 'array') return { ...this.slot(shape.items), collection: true, nullable: false };
    return { collection: false, nullable: shape.kind === 'null', core: this.core(shape) };
  }

  private core(shape: Shape): SchemaSlot['core'] {
    switch (shape.kind) {
      case 'string':
      case 'boolean':
        return { kind: 'primitive', json: shape.kind };
      case 'number':
        return { kind: 'primitive', json: shape.integer ? 'integer' : 'number' };
      case 'ref': {
        const names = this.leaves(shape);
        return names === undefined ? { kind: 'other', what: 'a type that is neither object nor enum' } : { kind: 'types', names };
      }
      default:
        return { kind: 'other', what: shape.kind === 'enum' ? 'an inline enum' : shape.kind === 'object' ? 'an inline object' : shape.kind === 'unknown' ? 'any value' : `a ${shape.kind}` };
    }
  }

  /** The metadata-type names a shape's values may be; undefined when some branch is not a named type. */
  leaves(shape: Shape, seen = new Set<string>()): string[] | undefined {
    if (shape.kind === 'union') {
      const all = shape.branches.filter((b) => b.kind !== 'null').map((b) => this.leaves(b, seen));
      return all.every((l) => l !== undefined) ? [...new Set(all.flat())] : undefined;
    }
    if (shape.kind !== 'ref') return undefined;
    const target = this.#byName.get(shape.target);
    if (target === undefined || seen.has(target.name)) return [];
    seen.add(target.name);
    if (this.known(target.schemaName) || target.shape.kind !== 'union') return [target.schemaName];
    return this.leaves(target.shape, seen);
  }
}
