import { assertNever, pointerChild } from '../diagnostics.js';
import type { TypeIndex } from '../emit/typeText.js';
import type { NamedType, ObjectShape, Shape } from '../model/types.js';
import { article, builderOf, jsonTypeOf, settle, type Builder } from './shapes.js';

/** What the snippet writes for one JSON value: a builder call, a literal, or a scalar. */
export type SnippetNode =
  | { readonly kind: 'call'; readonly builder: Builder; readonly properties: readonly Entry[] }
  | { readonly kind: 'object'; readonly properties: readonly Entry[] }
  | { readonly kind: 'array'; readonly items: readonly SnippetNode[] }
  | { readonly kind: 'scalar'; readonly value: string | number | boolean | null };

export interface Entry {
  readonly key: string;
  readonly value: SnippetNode;
}

/**
 * Where the snippet could not follow the model, or wrote what the request types leave out, and
 * what it did there. Not a validation: scalars are written as given without a word (`callgen
 * validate` says what is wrong with them).
 */
export interface Note {
  readonly pointer: string;
  readonly message: string;
}

/**
 * Walks a payload alongside the model. An object becomes a builder call only when its type has a
 * builder and it carries exactly the builder's fixed values, because a builder always writes them:
 * an untagged object stays an untagged literal. Whatever does not fit is written as given, so the
 * snippet always builds the payload itself.
 */
export class SnippetWalker {
  readonly notes: Note[] = [];

  constructor(private readonly index: TypeIndex) {}

  node(value: unknown, shape: Shape | undefined, pointer: string): SnippetNode {
    if (shape === undefined) return plain(value, pointer);
    const settled = settle(shape, value, pointer, this.index);
    if (!settled.fits) {
      this.note(settled.pointer, `${settled.message}; written as given`);
      return plain(value, pointer);
    }
    const type = jsonTypeOf(value, pointer);
    const target = settled.shape;
    if (type !== 'array' && type !== 'object') return plain(value, pointer);
    // Shapes that only checks can follow (conjunctions, trials, conditions) are written as given.
    if (['unknown', 'all', 'not', 'conditional', 'choice', 'values'].includes(target.kind)) return plain(value, pointer);
    if (type === 'array' && target.kind === 'array') {
      const items = (value as readonly unknown[]).map((item, i) => this.node(item, target.items, pointerChild(pointer, i)));
      return { kind: 'array', items };
    }
    if (type === 'object' && target.kind === 'object') {
      return this.object(value as Readonly<Record<string, unknown>>, target, settled.types, pointer);
    }
    this.note(pointer, `is ${article(type)} where the schema expects ${expected(target)}; written as given`);
    return plain(value, pointer);
  }

  private object(value: Readonly<Record<string, unknown>>, shape: ObjectShape, types: readonly NamedType[], pointer: string): SnippetNode {
    const builder = builderOf(types, this.index);
    const tagged = builder !== undefined && builder.fixed.every(([key, fixed]) => Object.hasOwn(value, key) && value[key] === fixed);
    if (builder !== undefined && !tagged) this.noteWrongFixedValues(value, builder, pointer);
    const filled = new Set(tagged ? builder.fixed.map(([key]) => key) : []);
    const name = types[types.length - 1]?.schemaName ?? 'this object';
    const properties = Object.keys(value)
      .filter((key) => !filled.has(key))
      .map((key) => ({ key, value: this.property(shape, name, key, value[key], pointerChild(pointer, key)) }));
    return tagged ? { kind: 'call', builder, properties } : { kind: 'object', properties };
  }

  private property(shape: ObjectShape, typeName: string, key: string, value: unknown, pointer: string): SnippetNode {
    const declared = shape.properties.find((p) => p.name === key);
    if (declared !== undefined) {
      if (!declared.readOnly) return this.node(value, declared.shape, pointer);
      // The request types have no place for it, so builders below it would gain nothing, and
      // what lies below is not worth a note of its own: the whole property has to go.
      this.note(pointer, 'is read-only (set by the service, ignored in a request) and the request types leave it out, so the snippet will not type-check until it is removed; written as given');
      return plain(value, pointer);
    }
    switch (shape.additional.kind) {
      case 'schema':
        return this.node(value, shape.additional.shape, pointer);
      case 'open':
        return plain(value, pointer);
      default:
        this.note(pointer, `is not a property of ${typeName}; written as given`);
        return plain(value, pointer);
    }
  }

  /** An absent fixed value is an untagged object, which is fine; a different one is worth saying. */
  private noteWrongFixedValues(value: Readonly<Record<string, unknown>>, builder: Builder, pointer: string): void {
    for (const [key, fixed] of builder.fixed) {
      if (!Object.hasOwn(value, key) || value[key] === fixed) continue;
      this.note(pointerChild(pointer, key), `is ${JSON.stringify(value[key])}, not ${JSON.stringify(fixed)}, so ${builder.name}() cannot build this object; written as given`);
    }
  }

  private note(pointer: string, message: string): void {
    this.notes.push({ pointer, message });
  }
}

/** A value with no model to follow: literals all the way down. */
function plain(value: unknown, pointer: string): SnippetNode {
  const type = jsonTypeOf(value, pointer);
  if (type === 'array') return { kind: 'array', items: (value as readonly unknown[]).map((item, i) => plain(item, pointerChild(pointer, i))) };
  if (type !== 'object') return { kind: 'scalar', value: value as string | number | boolean | null };
  const object = value as Readonly<Record<string, unknown>>;
  return { kind: 'object', properties: Object.keys(object).map((key) => ({ key, value: plain(object[key], pointerChild(pointer, key)) })) };
}

function expected(shape: Shape): string {
  switch (shape.kind) {
    case 'object':
    case 'array':
    case 'string':
    case 'number':
    case 'boolean':
      return article(shape.kind);
    case 'null':
      return 'null';
    case 'enum':
    case 'literal':
    case 'values':
      return 'one of its fixed values';
    case 'never':
      return 'no value at all';
    case 'unknown':
    case 'ref':
    case 'union':
    case 'all':
    case 'not':
    case 'conditional':
    case 'choice':
      return 'something else'; // not reached: settled shapes are concrete, and unknown takes anything
    default:
      return assertNever(shape);
  }
}
