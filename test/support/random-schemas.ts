// Random JSON Schema 2020-12 documents and random JSON values, from a seed: the same seed gives the
// same schema on any machine. The grammar mixes the keywords callgen reads, nested up to four
// levels, with `$defs` reached by `$ref` (beside other keywords too). Left out, because the oracle
// (Ajv 8) reads them wrongly: property names of Object.prototype (Ajv reads `toString` up the
// prototype chain; hostile.test.ts covers them) and `contains` beside `"items": false` or beside
// `prefixItems` with an `items` schema (Ajv 8.20 then passes an empty array, which `contains`
// fails; the vocabulary fixture's `contains` cases pin callgen's verdicts). Also left out, as the
// dialect reads it otherwise on purpose: `additionalProperties` on an `allOf` member, which callgen
// applies over the merged object (inheritance) and JSON Schema over the member's own properties
// (docs/dialect.md, allOf; the allof-inheritance fixture pins it). It is taken off after the member
// is drawn, so every seed draws as before. So is `uniqueItems` beside `prefixItems` and an `items`
// schema with a "type": Ajv 8 then compares only the items of that type, so [2, 2] passes
// `prefixItems: [true, { type: integer }], items: { type: string }` (random seed 27190).

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NAMES = ['a', 'b', 'kind', 'id', '@odata.type', 'x y', 'n', 'x-1'];
const TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'];
const SCALARS: Json[] = ['a', 'b', '', 0, 1, -1, 1.5, true, false, null, 'kind', 2];
const VALUES: Json[] = ['a', 'b', 'c', '', 'abc', 0, 1, 2, -1, 1.5, 3, true, false, null, '2024-01-02', 'x@y.z', '00000000-0000-4000-8000-000000000000'];

/** A small linear congruential generator: enough spread for a grammar, and the same on every machine. */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = (seed * 7919) & 0x7fffffff;
  }

  next(): number {
    this.#state = (this.#state * 1103515245 + 12345) & 0x7fffffff;
    return this.#state / 0x7fffffff;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** One schema document: a root titled "root", with the `$defs` its `$ref`s name. */
export function randomSchema(random: Random): Json {
  const defs: Record<string, Json> = {};
  const grammar = new Grammar(random, defs);
  const root = grammar.schema(0);
  if (typeof root === 'boolean' || root === null || typeof root !== 'object' || Array.isArray(root)) return root;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'root', ...root, ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}) };
}

/** A JSON value of the kinds the grammar's schemas tell apart (`names`: the property names its objects may have). */
export function randomValue(random: Random, depth = 0, names: readonly string[] = NAMES): Json {
  const r = random.next();
  if (depth > 3 || r < 0.4) return random.pick(VALUES);
  if (r < 0.75) {
    const object: Record<string, Json> = {};
    for (let i = random.int(4); i > 0; i--) object[random.pick(names)] = randomValue(random, depth + 1, names);
    if (random.chance(0.5)) object['kind'] = random.pick(['a', 'b', 'c']);
    return object;
  }
  return Array.from({ length: random.int(4) }, () => randomValue(random, depth + 1, names));
}

/**
 * Where the grammar puts the schemas its `$ref`s reach and which property names it uses: `$defs`
 * and NAMES by default; an OpenAPI document's components, with names of its own (random-openapi.ts).
 */
export interface GrammarOptions {
  readonly names: readonly string[];
  /** The name of the schema a `$ref` reaches (a new one, or one made before). */
  readonly defName: (random: Random) => string;
  readonly ref: (name: string) => string;
  /**
   * Whether `unevaluatedProperties` beside `allOf` (and a union) is drawn. Not in OpenAPI documents, whose oracle
   * closes each typed object of a request on its own (random-openapi.ts, `closed`), which callgen's
   * merge of `allOf` members does not.
   */
  readonly closedAllOf: boolean;
}

const TAGS = ['a', 'b', 'c'];

const JSON_SCHEMA: GrammarOptions = { names: NAMES, defName: (r) => `d${r.int(4)}`, ref: (name) => `#/$defs/${name}`, closedAllOf: true };

/** An `allOf` member as the oracle and callgen read alike: without `additionalProperties` of its own. */
function withoutAdditional(schema: Json): Json {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || !('additionalProperties' in schema)) return schema;
  const { additionalProperties: _dropped, ...rest } = schema;
  return rest;
}

export class Grammar {
  constructor(
    private readonly random: Random,
    private readonly defs: Record<string, Json>,
    private readonly options: GrammarOptions = JSON_SCHEMA,
  ) {}

  schema(depth: number): Json {
    const r = this.random;
    if (depth > 3 || r.chance(0.15)) return this.leaf();
    const x = r.next();
    if (x < 0.3) return this.object(depth);
    if (x < 0.4) return this.array(depth);
    if (x < 0.5) return this.string();
    if (x < 0.58) return this.number();
    if (x < 0.68) return { [r.pick(['oneOf', 'anyOf'])]: Array.from({ length: 1 + r.int(3) }, () => (r.chance(0.5) ? this.tagged(depth) : this.schema(depth + 1))) };
    if (x < 0.74) return { allOf: Array.from({ length: 1 + r.int(2) }, () => withoutAdditional(this.schema(depth + 1))) };
    if (x < 0.78) return { not: this.schema(depth + 1) };
    if (x < 0.84) return this.ref(depth);
    if (x < 0.88) return { if: this.schema(depth + 1), then: this.schema(depth + 1), ...(r.chance(0.5) ? { else: this.schema(depth + 1) } : {}) };
    if (x < 0.93) return { type: [...new Set([r.pick(TYPES), r.pick(TYPES)])] };
    if (x < 0.97 || !this.options.closedAllOf) return { ...this.object(depth), ...(r.chance(0.5) ? { oneOf: [this.schema(depth + 1), this.schema(depth + 1)] } : { anyOf: [this.schema(depth + 1)] }) };
    return this.closedAllOf(depth);
  }

  /** `unevaluatedProperties` beside `allOf` (and a `$ref`, one more member), with properties of its own or not; or beside a union. */
  private closedAllOf(depth: number): Json {
    const r = this.random;
    const members = Array.from({ length: 1 + r.int(2) }, () => withoutAdditional(r.chance(0.6) ? this.object(depth + 1) : this.schema(depth + 1)));
    if (r.chance(0.5)) return { ...this.closedUnion(depth), ...(r.chance(0.5) ? { allOf: members.slice(0, 1) } : {}) };
    const ref = r.chance(0.3) ? { $ref: this.options.ref(this.define(this.options.defName(r), depth)) } : {};
    const own = r.chance(0.6) ? { properties: { [r.pick(this.options.names)]: this.schema(depth + 1) } } : {};
    return { ...ref, allOf: members, ...own, unevaluatedProperties: r.chance(0.6) ? false : this.schema(depth + 1) };
  }

  /**
   * `unevaluatedProperties` beside a `oneOf` or `anyOf` of object branches, mostly with tags of
   * their own (a union callgen reads), now and then a clash or an untagged branch (refused); or
   * of inline object schemas without "type" and tag, which callgen reads name by name.
   */
  private closedUnion(depth: number): Record<string, Json> {
    const r = this.random;
    const distinct = r.chance(0.8);
    const inline = r.chance(0.5);
    const branches = Array.from({ length: 1 + r.int(3) }, (_, i) =>
      inline ? this.inlineBranch(depth) : r.chance(0.9) ? this.tagged(depth, distinct ? TAGS[i] : undefined) : this.schema(depth + 1),
    );
    const own = { ...(r.chance(0.7) ? { type: 'object' } : {}), properties: { [r.pick(this.options.names)]: this.schema(depth + 1) } };
    return { ...own, [r.pick(['oneOf', 'anyOf'])]: branches, unevaluatedProperties: r.chance(0.6) ? false : this.schema(depth + 1) };
  }

  private leaf(): Json {
    const r = this.random;
    const values = [r.pick(SCALARS), r.pick(SCALARS)].filter((v, i, all) => all.indexOf(v) === i);
    return r.pick<Json>([{ type: r.pick(TYPES) }, true, {}, { const: r.pick(SCALARS) }, { enum: values }]);
  }

  private string(): Json {
    const r = this.random;
    return {
      type: 'string',
      ...(r.chance(0.3) ? { minLength: r.int(3) } : {}),
      ...(r.chance(0.3) ? { maxLength: 2 + r.int(3) } : {}),
      ...(r.chance(0.2) ? { pattern: r.pick(['^a', 'b$', '^[a-z]*$']) } : {}),
      ...(r.chance(0.2) ? { format: r.pick(['uuid', 'date-time', 'email', 'uri', 'date', 'ipv4']) } : {}),
    };
  }

  private number(): Json {
    const r = this.random;
    return {
      type: r.pick(['number', 'integer']),
      ...(r.chance(0.4) ? { minimum: r.int(3) - 1 } : {}),
      ...(r.chance(0.3) ? { exclusiveMaximum: 2 + r.int(3) } : {}),
      ...(r.chance(0.2) ? { multipleOf: r.pick([2, 0.5]) } : {}),
    };
  }

  /** Object keywords without "type": a property (required or not), now and then one that only "required" names. */
  private inlineBranch(depth: number): Json {
    const r = this.random;
    const name = r.pick(this.options.names);
    return { properties: { [name]: this.schema(depth + 1) }, required: r.chance(0.5) ? [name] : r.chance(0.3) ? [r.pick(this.options.names)] : [] };
  }

  private tagged(depth: number, kind: string = this.random.pick(TAGS)): Json {
    const r = this.random;
    return { type: 'object', properties: { kind: { const: kind }, [r.pick(this.options.names)]: this.schema(depth + 1) }, required: r.chance(0.8) ? ['kind'] : [] };
  }

  private ref(depth: number): Json {
    const r = this.random;
    const ref = { $ref: this.options.ref(this.define(this.options.defName(r), depth)) };
    return r.chance(0.7) ? ref : { ...ref, ...(r.chance(0.5) ? { description: 'beside a $ref' } : { type: r.pick(TYPES) }) };
  }

  /** `name`, defined in `$defs` if it is not yet. */
  private define(name: string, depth: number): string {
    if (!(name in this.defs)) {
      this.defs[name] = {}; // a $ref back to it while it is built reads the placeholder: a cycle, as a recursive schema has
      this.defs[name] = this.schema(depth + 1);
    }
    return name;
  }

  private object(depth: number): Record<string, Json> {
    const r = this.random;
    const properties: Record<string, Json> = {};
    for (let i = r.int(4); i > 0; i--) properties[r.pick(this.options.names)] = this.schema(depth + 1);
    const required = Object.keys(properties).filter(() => r.chance(0.5));
    if (r.chance(0.1)) required.push(r.pick(this.options.names));
    return {
      ...(r.chance(0.9) ? { type: 'object' } : {}),
      properties,
      ...(required.length > 0 ? { required: [...new Set(required)] } : {}),
      ...(r.chance(0.3) ? { additionalProperties: r.chance(0.5) ? false : this.schema(depth + 1) } : {}),
      ...(r.chance(0.1) ? { patternProperties: { '^x': this.schema(depth + 1) } } : {}),
      ...(r.chance(0.08) ? { propertyNames: { maxLength: 3 } } : {}),
      ...(r.chance(0.08) ? { minProperties: 1 } : {}),
      ...(r.chance(0.08) ? { dependentRequired: { a: ['b'] } } : {}),
      ...(r.chance(0.05) ? { dependentSchemas: { a: this.schema(depth + 1) } } : {}),
    };
  }

  private array(depth: number): Record<string, Json> {
    const r = this.random;
    const prefix = r.chance(0.3) ? { prefixItems: [this.schema(depth + 1), this.schema(depth + 1)] } : {};
    const items = r.chance(0.8) ? { items: r.chance(0.1) ? false : this.schema(depth + 1) } : {};
    return {
      type: 'array',
      ...prefix,
      ...items,
      ...(r.chance(0.2) ? { minItems: 1 } : {}),
      ...(r.chance(0.2) ? { maxItems: 3 } : {}),
      // Drawn always, so every seed draws as before; kept where Ajv reads it right.
      ...(r.chance(0.1) && !ajvMisreadsUnique(prefix, items) ? { uniqueItems: true } : {}),
      ...(r.chance(0.1) && items.items !== false && !('prefixItems' in prefix) ? { contains: this.schema(depth + 1) } : {}),
    };
  }
}

/** Where Ajv 8's `uniqueItems` compares only the items of the `items` schema's type, leaving out `prefixItems`' others. */
function ajvMisreadsUnique(prefix: { readonly prefixItems?: readonly Json[] }, items: { readonly items?: Json }): boolean {
  const schema = items.items;
  return prefix.prefixItems !== undefined && typeof schema === 'object' && schema !== null && !Array.isArray(schema) && schema['type'] !== undefined;
}
