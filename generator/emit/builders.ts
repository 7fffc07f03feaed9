import { requestName } from '../model/reach.js';
import { literalKey, quote, valueName } from '../model/names.js';
import type { Literal, Model, NamedType, ObjectShape, Property } from '../model/types.js';
import type { Statement } from './print.js';
import { indexSignature, literalText, TypeIndex } from './typeText.js';

/**
 * `builders.ts`: for every object type a client sends that has fixed (`const`) properties, such as
 * `@odata.type`, a function that takes the other properties and fills the fixed ones in. Nothing the
 * caller passes is dropped or renamed: the properties are spread into the result as given.
 * Types without fixed properties need no builder: an object literal of the request type is the value.
 */
export function builderStatements(model: Model): Statement[] {
  const index = new TypeIndex(model);
  const builders = model.types.flatMap((type) => {
    // An alias (a type that is another type, such as a union of one branch) shares its target's builder.
    const shape = type.hasRequestShape && type.shape.kind !== 'ref' ? index.resolve(type.shape) : undefined;
    return shape?.kind === 'object' ? builderFor(type, shape, index) : [];
  });
  if (builders.length === 0) return [];
  return [{ kind: 'import', moduleSpecifier: './types.js', isTypeOnly: true, namespaceImport: 'T' }, ...builders];
}

/** The name of a type's builder, when it has one (a sendable object type with fixed properties). */
export function builderName(type: NamedType, index: TypeIndex): string | undefined {
  const shape = type.hasRequestShape && type.shape.kind !== 'ref' ? index.resolve(type.shape) : undefined;
  return shape?.kind === 'object' && fixedProperties(shape, index).length > 0 ? valueName(type.name) : undefined;
}

function fixedProperties(shape: ObjectShape, index: TypeIndex): { property: Property; value: Literal }[] {
  return shape.properties.filter((p) => !p.readOnly).flatMap((p) => {
    const value = fixedValue(p, index);
    return value === undefined ? [] : [{ property: p, value }];
  });
}

function builderFor(type: NamedType, shape: ObjectShape, index: TypeIndex): Statement[] {
  const fixed = fixedProperties(shape, index);
  if (fixed.length === 0) return [];
  const result = `T.${requestName(type)}`;
  const fixedNames = fixed.map(({ property }) => quote(property.name)).join(' | ');
  const rest = shape.properties.filter((p) => !p.readOnly && !fixed.some((f) => f.property === p));
  const optional = rest.every((p) => !p.required);
  const assignments = fixed.map(({ property, value }) => `${literalKey(property.name)}: ${literalText(value)}`);
  return [
    {
      kind: 'function',
      isExported: true,
      name: valueName(type.name),
      docs: [`Builds {@link ${result}} with ${fixed.map(({ property, value }) => `\`${property.name}\` set to \`${String(value)}\``).join(', ')}.`],
      // Optional rather than `= {}`: `{}` is not assignable when a property is named like an Object.prototype member.
      parameters: [{ name: 'properties', type: withoutFixed(result, fixedNames, indexSignature(shape, 'request', index) !== undefined), hasQuestionToken: optional }],
      returnType: result,
      // The fixed values come last so that nothing passed in can override them.
      statements: [`return { ...properties, ${assignments.join(', ')} };`],
    },
  ];
}

/**
 * The builder's parameter: the request type without its fixed properties. `Omit` maps over `keyof`,
 * which for a type with an index signature (patternProperties, an additionalProperties schema) is
 * just `string`: it would drop every declared property, required ones too, and the builder's result
 * would not compile. A key-remapping mapped type keeps the signature and the declared properties.
 */
function withoutFixed(result: string, fixedNames: string, indexed: boolean): string {
  return indexed ? `{ [K in keyof ${result} as K extends ${fixedNames} ? never : K]: ${result}[K] }` : `Omit<${result}, ${fixedNames}>`;
}

/**
 * The value a builder fills in for a property: a `const` (a tag such as `@odata.type`), or the one
 * member of a required enum. An optional enum of one member is a choice the caller makes: leaving
 * it out may mean something (CycloneDX's `encoding: "base64"`, absent for plain text), so it stays
 * the caller's. Shared with `snippet`.
 */
export function fixedValue(property: Property, index: TypeIndex): Literal | undefined {
  const shape = index.resolve(property.shape);
  if (shape.kind === 'literal') return shape.value;
  if (shape.kind === 'enum' && shape.values.length === 1 && property.required) return shape.values[0];
  return undefined;
}
