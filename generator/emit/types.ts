import { holdsOpenEnum } from '../model/children.js';
import { requestName } from '../model/reach.js';
import { withDeclaredInPlace } from '../model/declaredInPlace.js';
import { propertyKey, valueName } from '../model/names.js';
import type { ApiVersion, Model, NamedType, ObjectShape, Property } from '../model/types.js';
import { constraintTags } from './constraintTags.js';
import { runtimeOnlyNote } from './limits.js';
import type { InterfaceDeclaration, JSDoc, JSDocTag, PropertySignature, Statement, TypeAliasDeclaration } from './print.js';
import { enumMembersText, literalText, indexSignature, propertyShape, propertyTypeText, requiredIn, TypeIndex, typeText, visibleProperties, type View } from './typeText.js';

/** `types.ts`: the response shape of every type, the request shape of the types a client sends. */
export function typeStatements(model: Model): Statement[] {
  const index = new TypeIndex(model);
  const statements: Statement[] = [];
  if (model.types.some((t) => holdsOpenEnum(t.shape))) statements.push(openEnumAlias());
  for (const type of model.types) {
    if (!type.requestBody) statements.push(...declarations(type, 'response', index));
    if (type.hasRequestShape) statements.push(...declarations(type, 'request', index));
    if (type.shape.kind === 'enum') statements.push(enumValues(type));
  }
  return statements;
}

function openEnumAlias(): TypeAliasDeclaration {
  return {
    kind: 'typeAlias',
    name: 'OpenEnum',
    isExported: true,
    typeParameters: [{ name: 'Known', constraint: 'string' }],
    type: 'Known | (string & {})',
    docs: [
      'An evolvable enum as the service sends it: one of the known members, or a member added to the ' +
        'service after these types were generated. `(string & {})` keeps editor completion for the known members.',
    ],
  };
}

function declarations(type: NamedType, view: View, index: TypeIndex): Statement[] {
  const name = view === 'request' ? requestName(type) : type.name;
  const docs = withNote(docsFor(type.description, type.versions, type.deprecated, viewNote(type, view), constraintTags(type.shape, (shape) => index.resolve(shape))), runtimeOnlyNote(type.shape));
  if (type.shape.kind === 'object') return [objectInterface(name, withDeclaredInPlace(type.shape, [], index.resolver), view, index, docs)];
  // A named enum declares its closed member list; response positions that use it widen it with OpenEnum.
  const text = type.shape.kind === 'enum' ? enumMembersText(type.shape, view) : typeText(type.shape, view, index);
  return [{ kind: 'typeAlias', name, isExported: true, type: text, docs }];
}

function viewNote(type: NamedType, view: View): string | undefined {
  if (view === 'request' && !type.requestBody) return `The request shape of {@link ${type.name}}: what a client sends.`;
  if (view === 'response' && type.hasRequestShape) return `The response shape; {@link ${requestName(type)}} is what a client sends.`;
  return undefined;
}

function objectInterface(name: string, shape: ObjectShape, view: View, index: TypeIndex, docs: JSDoc[]): InterfaceDeclaration {
  const extra = indexSignature(shape, view, index);
  const oneOfNote = shape.requiresOneOf.map((group) => `At least one of ${group.map((p) => `\`${p}\``).join(', ')} must be present.`);
  return {
    kind: 'interface',
    name,
    isExported: true,
    docs: oneOfNote.length === 0 ? docs : appendDocs(docs, oneOfNote.join(' ')),
    properties: visibleProperties(shape, view).map((p) => propertySignature(p, view, index)),
    ...(extra === undefined ? {} : { indexSignatures: [{ keyName: 'key', keyType: 'string', returnType: extra.replace(/^\[key: string\]: |;$/g, '') }] }),
  };
}

function propertySignature(property: Property, view: View, index: TypeIndex): PropertySignature {
  return {
    name: propertyKey(property.name),
    type: propertyTypeText(property, view, index),
    hasQuestionToken: !requiredIn(property, view),
    isReadonly: property.readOnly,
    docs: withNote(
      docsFor(property.description, property.versions, property.deprecated, propertyNote(property), constraintTags(propertyShape(property, view), (shape) => index.resolve(shape))),
      runtimeOnlyNote(property.shape),
    ),
  };
}

function propertyNote(property: Property): string | undefined {
  if (property.readOnly) return 'Set by the service.';
  if (property.declaredInPlace === 'conditional') return "Declared by the schema's `then`, `else` or `dependentSchemas`, not its `properties`.";
  if (property.declaredInPlace === 'propertyNames') return "Allowed by the schema's `propertyNames`.";
  return undefined;
}

function enumValues(type: NamedType): Statement {
  const values = type.shape.kind === 'enum' ? type.shape.values : [];
  return {
    kind: 'const',
    isExported: true,
    docs: [`Every member of {@link ${type.name}}, in schema order, for use at run time.`],
    declarations: [{ name: `${valueName(type.name)}Values`, initializer: `[${values.map(literalText).join(', ')}] as const` }],
  };
}

/** JSDoc from schema text only; versions become a line of their own, `tags` (constraints) and deprecation block tags after it. */
export function docsFor(description: string | undefined, versions: readonly ApiVersion[] | undefined, deprecated: boolean, note?: string, tags: readonly JSDocTag[] = []): JSDoc[] {
  const lines = [description, note, versions === undefined || versions.length > 1 ? undefined : `Only in the Graph ${versions.join(' and ')} API.`].filter(
    (line): line is string => line !== undefined && line.trim() !== '',
  );
  if (lines.length === 0 && tags.length === 0 && !deprecated) return [];
  return [
    {
      description: lines.join('\n\n'),
      tags: deprecated ? [...tags, { tagName: 'deprecated' }] : tags,
    },
  ];
}

function withNote(docs: JSDoc[], note: string | undefined): JSDoc[] {
  return note === undefined ? docs : appendDocs(docs, note);
}

function appendDocs(docs: JSDoc[], line: string): JSDoc[] {
  const [first] = docs;
  if (first === undefined) return [{ description: line }];
  return [{ ...first, description: first.description === '' ? line : `${first.description}\n\n${line}` }];
}
