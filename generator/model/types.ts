import type { Source } from '../diagnostics.js';

/**
 * The one intermediate model. Emitters read only this, never raw schemas. Every node is plain
 * readonly data and carries the file and JSON Pointer it came from.
 */
export interface Model {
  /** Named types, sorted by name. */
  readonly types: readonly NamedType[];
  /** HTTP operations (`x-operations`), sorted by name; empty when the folder declares none. */
  readonly operations: readonly Operation[];
  /** The folder the schemas were read from, as the user named it (for the banner). */
  readonly schemaFolder: string;
}

export type ApiVersion = 'v1.0' | 'beta';

export interface NamedType {
  /** TypeScript name of the response shape, e.g. `Call`. */
  readonly name: string;
  /** The schema's own name (`title`, or the file or `$defs` key), e.g. `call`. */
  readonly schemaName: string;
  readonly description: string | undefined;
  readonly shape: Shape;
  /** API versions that have this type; undefined means every version. */
  readonly versions: readonly ApiVersion[] | undefined;
  readonly deprecated: boolean;
  /** A request body root (`x-request-body`): it has only a request shape. */
  readonly requestBody: boolean;
  /** `x-drift-decisions`: deliberate differences from Graph's metadata, by drift key, with the reason. */
  readonly driftDecisions?: Readonly<Record<string, string>>;
  /** Whether a request shape is emitted (reachable from a request root through writable properties). */
  readonly hasRequestShape: boolean;
  /** The request shape's name where `<Name>Input` is another type's (an OpenAPI document's, numbered); see `requestName`. */
  readonly inputName?: string;
  readonly source: Source;
}

export type Literal = string | number | boolean | null;

/** Any JSON value: `const` and `enum` may hold objects and arrays, compared by deep equality. */
export type JsonValue = Literal | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type Shape =
  | StringShape
  | NumberShape
  | { readonly kind: 'boolean'; readonly source: Source }
  | { readonly kind: 'null'; readonly source: Source }
  | { readonly kind: 'literal'; readonly value: Literal; readonly source: Source }
  | EnumShape
  | ObjectShape
  | ArrayShape
  | UnionShape
  | RefShape
  | ValuesShape
  | AllShape
  | NotShape
  | ConditionalShape
  | ChoiceShape
  | { readonly kind: 'unknown'; readonly source: Source }
  | { readonly kind: 'never'; readonly source: Source };

export type ShapeKind = Shape['kind'];

/** Formats the generated validators check; anything else is refused when the model is built. */
export type StringFormat = 'uuid' | 'uri' | 'date-time' | 'date' | 'email' | 'uri-reference' | 'iri' | 'iri-reference' | 'ipv4' | 'ipv6' | 'duration' | 'time' | 'idn-email' | 'uri-template' | 'json-pointer' | 'relative-json-pointer' | 'regex' | 'hostname' | 'idn-hostname';

export interface StringShape {
  readonly kind: 'string';
  readonly format: StringFormat | undefined;
  readonly pattern: string | undefined;
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly source: Source;
}

export interface NumberShape {
  readonly kind: 'number';
  readonly integer: boolean;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly exclusiveMinimum: number | undefined;
  readonly exclusiveMaximum: number | undefined;
  readonly multipleOf?: number | undefined;
  readonly source: Source;
}

export interface EnumShape {
  readonly kind: 'enum';
  readonly values: readonly Literal[];
  /** Evolvable (`x-open-enum`): responses accept members not listed here. */
  readonly open: boolean;
  /**
   * Members the service sends but refuses in a request (`x-response-only-members`): Graph's
   * `unknownFutureValue`, the sentinel an evolvable enum answers with for members a client does not know.
   */
  readonly responseOnly: readonly string[];
  /** Members that exist in some API versions only. */
  readonly memberVersions: ReadonlyMap<string, readonly ApiVersion[]>;
  readonly source: Source;
}

export interface Property {
  /** The JSON name, exactly as on the wire (`@odata.type`). */
  readonly name: string;
  readonly shape: Shape;
  readonly required: boolean;
  readonly readOnly: boolean;
  /** `false` when `null` is a response-only value (`x-nullable-in-request: false`). */
  readonly nullableInRequest: boolean;
  /** Sent by clients only (`writeOnly`): response shapes leave it out, a response carrying it gets a warning. */
  readonly writeOnly?: boolean;
  /**
   * Required of a request only (`x-optional-in-response`): a response may leave it out, and its
   * response shape has it optional (OpenAPI: a discriminator property no branch requires).
   */
  readonly optionalInResponse?: boolean;
  /**
   * Named by `required` alone: no `properties` entry declares (or evaluates) it, so its value is
   * held to what holds the object's undeclared keys, which an `allOf` merge may tighten.
   */
  readonly implied?: boolean;
  /**
   * Set on a property the types add for a name only a subschema applying at the object declares
   * (`then`, `else`, `dependentSchemas`: `conditional`) or `propertyNames` allows by `enum`/`const`
   * (`propertyNames`): optional, typed by what every valid value holds there (declaredInPlace.ts).
   * The model's objects never hold one; emitters add them.
   */
  readonly declaredInPlace?: 'conditional' | 'propertyNames';
  readonly description: string | undefined;
  readonly versions: readonly ApiVersion[] | undefined;
  readonly deprecated: boolean;
  readonly source: Source;
}

/**
 * How an object treats properties it does not declare. `mode-dependent` (the default) rejects them
 * in request validation and accepts them in response validation, so responses survive new fields.
 */
export type Additional =
  | { readonly kind: 'mode-dependent' }
  /** `keyword` is the one that closed it, which an unknown key's error names. */
  | { readonly kind: 'closed'; readonly keyword: 'additionalProperties' | 'unevaluatedProperties' }
  | { readonly kind: 'open' }
  | { readonly kind: 'schema'; readonly shape: Shape };

export interface ObjectShape {
  readonly kind: 'object';
  readonly properties: readonly Property[];
  readonly additional: Additional;
  /** Groups of which at least one property must be present (`anyOf` of `required`-only branches). */
  readonly requiresOneOf: readonly (readonly string[])[];
  /**
   * Properties this object has in other API versions only, set by `selectVersion` when it drops
   * them, so request validation can say where they exist instead of calling them unknown.
   */
  readonly otherVersions?: readonly VersionedName[];
  /**
   * Names that subschemas applying at this same value declare (`then`, `else`, `dependentSchemas`,
   * `oneOf`/`anyOf`/`allOf` members): keys the object may hold, which those subschemas check, so
   * request validation does not call them unknown.
   */
  readonly conditional?: readonly string[];
  /**
   * For an inline object that is itself such a subschema (a branch, a condition, a member), the
   * names the schemas around it declare: part of the same object, checked there, so request
   * validation does not call them unknown here either.
   */
  readonly surrounding?: readonly string[];
  /**
   * Set where the object's inline `oneOf` or `anyOf` has branches that can hold an object, and each
   * of them evaluates the keys its `properties` leave out (an `additionalProperties` other than
   * false): whichever branch a valid value matches, no key is left unevaluated, so request
   * validation calls none unknown.
   */
  readonly openedInPlace?: true;
  /** `patternProperties`: keys matching a pattern are checked against its shape. */
  readonly patternProperties?: readonly { readonly pattern: string; readonly shape: Shape }[];
  readonly propertyNames?: Shape | undefined;
  readonly minProperties?: number | undefined;
  readonly maxProperties?: number | undefined;
  /** `dependentRequired`: when the property is present, these must be too. */
  readonly dependentRequired?: readonly (readonly [property: string, required: readonly string[]])[];
  /** `dependentSchemas`: when the property is present, the whole object must match the shape. */
  readonly dependentSchemas?: readonly (readonly [property: string, shape: Shape])[];
  readonly source: Source;
}

export interface VersionedName {
  readonly name: string;
  readonly versions: readonly ApiVersion[];
}

export interface ArrayShape {
  readonly kind: 'array';
  /** The shape of every item after `prefixItems`. */
  readonly items: Shape;
  /** `prefixItems`: the shapes of the first items, by position. */
  readonly prefixItems?: readonly Shape[];
  readonly uniqueItems?: boolean;
  /** `contains`: how many items (`min`, default 1, to `max`) must match the shape. */
  readonly contains?: { readonly shape: Shape; readonly min: number; readonly max: number | undefined } | undefined;
  readonly minItems: number | undefined;
  readonly maxItems: number | undefined;
  readonly source: Source;
}

/**
 * A union whose branches can be told apart without trial: by JSON type, and among objects by the
 * `const` value of one discriminator property.
 */
export interface UnionShape {
  readonly kind: 'union';
  readonly branches: readonly Shape[];
  /** Which branches accept each JSON type, in a fixed order; a validator dispatches on this. */
  readonly byJsonType: readonly (readonly [type: JsonType, branches: readonly number[]])[];
  /** Set when two or more branches accept objects. */
  readonly discriminator: Discriminator | undefined;
  /**
   * Set where the branches are objects the discriminator tells apart that say no `type`, so each
   * admits every value of the other JSON types too (`byJsonType` lists every branch for them): a
   * `oneOf` refuses such a value as matching several branches, an `anyOf` takes it (typeless.ts).
   */
  readonly typeless?: 'oneOf' | 'anyOf';
  readonly source: Source;
}

/** The JSON types a value can have (`number` covers integers). */
export type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

export interface Discriminator {
  readonly property: string;
  /** Discriminator value → index into `branches`. */
  readonly values: readonly (readonly [value: string, branch: number])[];
  /** The branch taken when the property is absent (a concrete base type), if any. */
  readonly defaultBranch: number | undefined;
}

export interface RefShape {
  readonly kind: 'ref';
  /** Name of the target `NamedType`. */
  readonly target: string;
  /**
   * For a reference that is itself an in-place subschema (a branch, `then`, a `dependentSchemas`
   * value), the names the schemas around it declare, as an inline object there has them
   * (`ObjectShape.surrounding`): part of the same object, checked there, so the target's request
   * check does not call them unknown when it runs here.
   */
  readonly surrounding?: readonly string[];
  readonly source: Source;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One HTTP operation of the API (`x-operations`): how to call it, what it takes and what it returns. */
export interface Operation {
  /** Unique in the folder, e.g. `playPrompt`. */
  readonly name: string;
  readonly method: HttpMethod;
  /** Path template with parameters in braces, e.g. `/communications/calls/{call-id}/playPrompt`. */
  readonly path: string;
  readonly description: string | undefined;
  /** Path parameters in template order, then query parameters in schema order. */
  readonly parameters: readonly OperationParameter[];
  /** Name of the request body's named type; undefined when the operation sends no body. */
  readonly requestBody: string | undefined;
  /** Status code → name of the response body's named type (undefined: no body), sorted by status. */
  readonly responses: readonly (readonly [status: string, type: string | undefined])[];
  /** API versions that have this operation; undefined means every version. */
  readonly versions: readonly ApiVersion[] | undefined;
  readonly source: Source;
}

export interface OperationParameter {
  /** The name in the path template, the query string or the request's headers, e.g. `call-id`, `$top`, `If-Match`. */
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  /** Path parameters always are. */
  readonly required: boolean;
  /** A scalar: string, number, boolean, literal, enum, or a reference to one. */
  readonly shape: Shape;
  readonly description: string | undefined;
  readonly source: Source;
}

/** `const` or `enum` with an object or array among its values: matched by deep equality. */
export interface ValuesShape {
  readonly kind: 'values';
  readonly values: readonly JsonValue[];
  readonly source: Source;
}

/** Every part must hold (`allOf` that is not object inheritance, `$ref` beside other keywords, ...). */
export interface AllShape {
  readonly kind: 'all';
  readonly parts: readonly Shape[];
  readonly source: Source;
}

/** `not`: the value must not match the shape. */
export interface NotShape {
  readonly kind: 'not';
  readonly shape: Shape;
  readonly source: Source;
}

/** `if`/`then`/`else`: `then` applies when the value matches `if`, `else` when it does not. */
export interface ConditionalShape {
  readonly kind: 'conditional';
  readonly if: Shape;
  readonly then: Shape | undefined;
  readonly else: Shape | undefined;
  readonly source: Source;
}

/**
 * A `oneOf` (`one`) or `anyOf` whose branches cannot be told apart by JSON type or a discriminator:
 * each branch is tried, and the value must match exactly one (`oneOf`) or at least one (`anyOf`).
 */
export interface ChoiceShape {
  readonly kind: 'choice';
  readonly one: boolean;
  readonly branches: readonly Shape[];
  readonly source: Source;
}
