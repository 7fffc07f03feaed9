import { byCodeUnit } from '../diagnostics.js';
import type { ApiVersion, EnumShape, Model, NamedType, ObjectShape, Property, Shape } from '../model/types.js';
import { inVersion } from '../model/versions.js';
import type { Csdl, CsdlAction, CsdlEnum, CsdlProperty, CsdlStructured } from './csdl.js';
import { operationOf, parameterFindings } from './actions.js';
import { SchemaReader, type SchemaSlot } from './shapes.js';

/**
 * One difference between a schema folder and the metadata, reported at a schema type. `key` names
 * it in that type's `x-drift-decisions` (`missing:syntheticMediaDetection`, `extra-member:ringing`);
 * `decision` is the reason given there, when there is one.
 */
export interface DriftItem {
  readonly type: string;
  readonly file: string;
  readonly key: string;
  readonly message: string;
  readonly decision: string | undefined;
}

export interface DriftReport {
  readonly version: ApiVersion;
  readonly items: readonly DriftItem[];
  /** Schema types the metadata names but does not define (a slice of it): nothing to compare them with. */
  readonly notCompared: readonly string[];
  /** Decisions that match nothing in this metadata, as `type key`. */
  readonly unusedDecisions: readonly string[];
}

/** Every structural type derives from `entity` in Graph, which gives it its `id`; slices of the metadata may leave it out. */
const ENTITY: CsdlStructured = {
  kind: 'entity',
  name: 'entity',
  baseType: undefined,
  abstract: true,
  properties: [{ name: 'id', type: 'Edm.String', collection: false, nullable: false }],
  line: 0,
};

const EDM_JSON: Readonly<Record<string, 'string' | 'integer' | 'number' | 'boolean'>> = {
  'Edm.String': 'string', 'Edm.Guid': 'string', 'Edm.DateTimeOffset': 'string', 'Edm.Date': 'string', 'Edm.TimeOfDay': 'string',
  'Edm.Duration': 'string', 'Edm.Binary': 'string', 'Edm.Stream': 'string', 'Edm.Boolean': 'boolean', 'Edm.Byte': 'integer',
  'Edm.SByte': 'integer', 'Edm.Int16': 'integer', 'Edm.Int32': 'integer', 'Edm.Int64': 'integer', 'Edm.Double': 'number',
  'Edm.Single': 'number', 'Edm.Decimal': 'number',
};

/** The member that marks a Graph enum as evolvable. */
const UNKNOWN_FUTURE_VALUE = 'unknownFutureValue';

/** Compares the schemas (all versions, with their marks) with the metadata of one API version. */
export function compareWithMetadata(model: Model, csdl: Csdl, version: ApiVersion): DriftReport {
  return new Comparison(model, csdl, version).run();
}

class Comparison {
  readonly #items: Omit<DriftItem, 'decision'>[] = [];
  readonly #notCompared: string[] = [];
  readonly #bySchemaName: ReadonlyMap<string, NamedType>;
  readonly #reader: SchemaReader;
  /** Request bodies of operations: compared through the actions they invoke, not as types. */
  readonly #bodies: ReadonlySet<string>;
  /** Schema types (by name) that a compared type leads to: the metadata should define them. */
  readonly #reached: ReadonlySet<string>;

  constructor(
    private readonly model: Model,
    private readonly csdl: Csdl,
    private readonly version: ApiVersion,
  ) {
    this.#bySchemaName = new Map(model.types.map((t) => [t.schemaName, t]));
    this.#reader = new SchemaReader(model, (name) => csdl.types.has(name) || csdl.mentioned.has(name));
    this.#bodies = new Set(model.operations.flatMap((o) => (o.requestBody === undefined ? [] : [o.requestBody])));
    this.#reached = this.reachedFromCompared();
  }

  /**
   * The types a compared type (one the metadata defines) leads to in this version, through any
   * chain that does not pass a type the document names but leaves out (the edge of a slice).
   */
  private reachedFromCompared(): Set<string> {
    const byName = new Map(this.model.types.map((t) => [t.name, t]));
    const boundary = (t: NamedType): boolean => !this.csdl.types.has(t.schemaName) && this.csdl.mentioned.has(t.schemaName);
    const starts = this.model.types.filter((t) => this.csdl.types.has(t.schemaName) && inVersion(t.versions, this.version));
    const reached = new Set<string>();
    const queue = starts.flatMap((t) => this.comparedRefs(t));
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      const type = byName.get(name);
      if (reached.has(name) || type === undefined || boundary(type)) continue;
      reached.add(name);
      queue.push(...this.comparedRefs(type));
    }
    return reached;
  }

  /**
   * What a type leads to in this version. A union leads to its branches; a compared object through
   * its properties of this version, or only those the metadata declares when a base type is missing
   * from the document; any other type leads nowhere: it is drift itself, or compared on its own.
   */
  private comparedRefs(type: NamedType): string[] {
    if (type.shape.kind !== 'object') return type.shape.kind === 'union' || type.shape.kind === 'ref' || type.shape.kind === 'array' ? refsOf(type.shape) : [];
    const graph = this.structured(type.schemaName);
    if (graph === undefined) return [];
    const declared = this.basesDefined(graph) ? undefined : new Set(this.flatProperties(graph).map((p) => p.name));
    return type.shape.properties.filter((p) => inVersion(p.versions, this.version) && (declared === undefined || declared.has(p.name))).flatMap((p) => refsOf(p.shape));
  }

  run(): DriftReport {
    for (const type of this.model.types) if (!this.isBodyOnly(type)) this.compareType(type);
    this.compareActions();
    const items = this.#items.map((item) => ({ ...item, decision: this.#bySchemaName.get(item.type)?.driftDecisions?.[item.key] }));
    items.sort((a, b) => byCodeUnit(a.type, b.type) || byCodeUnit(a.key, b.key));
    const used = new Set(items.map((i) => `${i.type} ${i.key}`));
    const unusedDecisions = this.model.types.flatMap((t) => Object.keys(t.driftDecisions ?? {}).map((key) => `${t.schemaName} ${key}`)).filter((d) => !used.has(d));
    return { version: this.version, items, notCompared: this.#notCompared.sort(byCodeUnit), unusedDecisions: unusedDecisions.sort(byCodeUnit) };
  }

  /** A request body that is no type of the metadata (an action's parameters, a create-call request): compared through its action, if any. */
  private isBodyOnly(type: NamedType): boolean {
    return (type.requestBody || this.#bodies.has(type.name)) && !this.csdl.types.has(type.schemaName);
  }

  private report(type: NamedType, key: string, message: string): void {
    this.#items.push({ type: type.schemaName, file: type.source.file, key, message });
  }

  private compareType(type: NamedType): void {
    const graph = this.csdl.types.get(type.schemaName);
    const here = inVersion(type.versions, this.version);
    if (graph === undefined) {
      if (!here || (type.shape.kind === 'union' && !this.csdl.mentioned.has(type.schemaName))) return;
      if (this.csdl.mentioned.has(type.schemaName) || !this.#reached.has(type.name)) this.#notCompared.push(type.schemaName);
      else this.report(type, 'type', type.versions === undefined ? `is not a type of the ${this.version} metadata` : `is marked for ${type.versions.join(' and ')}, but the ${this.version} metadata has no such type`);
      return;
    }
    if (!here) {
      this.report(type, 'type', `is marked for ${(type.versions ?? []).join(' and ')} only, but the ${this.version} metadata has it`);
      return;
    }
    if (graph.kind === 'enum') this.compareEnum(type, graph);
    else this.compareStructured(type, graph);
  }

  private compareEnum(type: NamedType, graph: CsdlEnum): void {
    const shape = type.shape;
    if (shape.kind !== 'enum') {
      this.report(type, 'kind', `is an enum in the metadata, but the schema is ${shape.kind === 'ref' ? 'a reference' : `a ${shape.kind}`}`);
      return;
    }
    for (const member of graph.members) {
      if (!shape.values.includes(member)) this.report(type, `missing-member:${member}`, `lacks the member "${member}" of the ${this.version} metadata`);
      else if (!inVersion(shape.memberVersions.get(member), this.version)) this.report(type, `member-version:${member}`, `marks "${member}" ${versionsText(shape, member)} only, but the ${this.version} metadata has it`);
    }
    for (const member of shape.values) {
      if (typeof member !== 'string' || graph.members.includes(member) || !inVersion(shape.memberVersions.get(member), this.version)) continue;
      const marked = shape.memberVersions.get(member);
      this.report(type, marked === undefined ? `extra-member:${member}` : `member-version:${member}`, marked === undefined ? `has the member "${member}", which the ${this.version} metadata lacks` : `marks "${member}" for ${marked.join(' and ')}, but the ${this.version} metadata lacks it`);
    }
    this.compareOpenness(type, shape, graph);
  }

  /**
   * Graph marks an evolvable enum by its `unknownFutureValue` sentinel: members may be added after
   * it, so the schema should be open (`x-open-enum`) and a response with a new member pass; an
   * enum without it is closed, and a schema that opens it anyway needs a reason. The sentinel itself
   * is a response-only member (`x-response-only-members`).
   */
  private compareOpenness(type: NamedType, shape: EnumShape, graph: CsdlEnum): void {
    const evolvable = graph.members.includes(UNKNOWN_FUTURE_VALUE);
    // The sentinel is the service's answer for members a client does not know; a request that holds it is refused.
    if (evolvable && shape.values.includes(UNKNOWN_FUTURE_VALUE) && !shape.responseOnly.includes(UNKNOWN_FUTURE_VALUE)) {
      this.report(type, 'sentinel', `lets a request hold ${UNKNOWN_FUTURE_VALUE}, the ${this.version} metadata's evolvable-enum sentinel, which the service sends but refuses in a request (list it in x-response-only-members)`);
    }
    if (evolvable === shape.open) return;
    this.report(
      type,
      'open',
      evolvable
        ? `is evolvable in the ${this.version} metadata (it has ${UNKNOWN_FUTURE_VALUE}, so members may be added), but the schema's enum is closed (no x-open-enum)`
        : `is open in the schema (x-open-enum), but the ${this.version} metadata's enum is not evolvable (it has no ${UNKNOWN_FUTURE_VALUE})`,
    );
  }

  private compareStructured(type: NamedType, graph: CsdlStructured): void {
    this.compareDerived(type, graph);
    if (type.shape.kind === 'object') this.compareProperties(type, type.shape, this.flatProperties(graph), this.basesDefined(graph));
    // An abstract type may be a union of its derived types, or an alias of its only one.
    else if ((type.shape.kind !== 'union' && type.shape.kind !== 'ref') || !graph.abstract) this.report(type, 'kind', `is ${graph.abstract ? 'an abstract' : 'a'} ${graph.kind} type in the metadata, but the schema is a ${type.shape.kind}`);
  }

  /** The properties a metadata type has with those it inherits, base first; `entity` gives `id`. */
  private flatProperties(graph: CsdlStructured, seen = new Set<string>()): CsdlProperty[] {
    if (seen.has(graph.name)) return [];
    seen.add(graph.name);
    const base = graph.baseType === undefined ? undefined : (this.structured(graph.baseType) ?? (graph.baseType === 'entity' ? ENTITY : undefined));
    return [...(base === undefined ? [] : this.flatProperties(base, seen)), ...graph.properties];
  }

  /** Whether every base type is in the document: a slice may name one it leaves out, whose properties are then unknown. */
  private basesDefined(graph: CsdlStructured): boolean {
    const base = graph.baseType;
    if (base === undefined || (base === 'entity' && !this.csdl.types.has(base))) return true;
    const type = this.structured(base);
    return type !== undefined && type !== graph && this.basesDefined(type);
  }

  private structured(name: string): CsdlStructured | undefined {
    const type = this.csdl.types.get(name);
    return type === undefined || type.kind === 'enum' ? undefined : type;
  }

  private compareProperties(type: NamedType, shape: ObjectShape, graph: readonly CsdlProperty[], complete: boolean): void {
    for (const property of graph) {
      const schema = shape.properties.find((p) => p.name === property.name);
      if (schema === undefined) this.report(type, `missing:${property.name}`, `lacks the property "${property.name}" (${this.typeText(property)})${this.noSchemaNote(property.type)}`);
      else if (!inVersion(schema.versions, this.version)) this.report(type, `version:${property.name}`, `marks "${property.name}" ${(schema.versions ?? []).join(' and ')} only, but the ${this.version} metadata has it`);
      else this.compareProperty(type, schema, property);
    }
    for (const schema of shape.properties) {
      if (!complete || schema.name.startsWith('@odata.') || graph.some((p) => p.name === schema.name) || !inVersion(schema.versions, this.version)) continue;
      if (schema.versions === undefined) this.report(type, `extra:${schema.name}`, `has the property "${schema.name}", which the ${this.version} metadata lacks`);
      else this.report(type, `version:${schema.name}`, `marks "${schema.name}" for ${schema.versions.join(' and ')}, but the ${this.version} metadata lacks it`);
    }
  }

  private compareProperty(type: NamedType, schema: Property, graph: CsdlProperty): void {
    const slot = this.#reader.slot(schema.shape);
    if (slot.collection !== graph.collection) {
      this.report(type, `collection:${graph.name}`, `"${graph.name}" is ${graph.collection ? 'a collection' : 'a single value'} in the metadata (${this.typeText(graph)}), but ${slot.collection ? 'an array' : 'not an array'} in the schema`);
      return;
    }
    if (!graph.collection && slot.nullable !== graph.nullable) {
      this.report(type, `nullable:${graph.name}`, `"${graph.name}" is ${graph.nullable ? 'nullable' : 'not nullable'} in the metadata, but the schema ${slot.nullable ? 'accepts' : 'does not accept'} null`);
    }
    const mismatch = this.typeMismatch(slot, graph.type);
    if (mismatch !== undefined) this.report(type, `type:${graph.name}`, `"${graph.name}" is ${this.typeText(graph)} in the metadata, but the schema ${mismatch}`);
  }

  /** Why a schema slot cannot hold the metadata's type, or undefined when it holds exactly it (or types derived from it). */
  private typeMismatch(slot: SchemaSlot, graphType: string): string | undefined {
    const json = EDM_JSON[graphType];
    const core = slot.core;
    if (json !== undefined) return core.kind === 'primitive' && core.json === json ? undefined : `holds ${coreText(core)}`;
    // A type the document names but does not define (a slice of the metadata): nothing to compare with.
    if (!this.csdl.types.has(graphType) && !graphType.startsWith('Edm.')) return undefined;
    if (core.kind !== 'types') return `holds ${coreText(core)}`;
    const foreign = core.names.filter((name) => !this.derivesFrom(name, graphType));
    if (foreign.length > 0) return `also accepts ${foreign.join(', ')}, which ${foreign.length === 1 ? 'is' : 'are'} not ${graphType} or derived from it`;
    const target = this.structured(graphType);
    if (!core.names.includes(graphType) && (target === undefined || !target.abstract)) return `does not accept ${graphType} itself (only ${core.names.join(', ')})`;
    return undefined;
  }

  private derivesFrom(name: string, ancestor: string): boolean {
    for (let current: string | undefined = name, steps = 0; current !== undefined && steps < 64; steps++) {
      if (current === ancestor) return true;
      current = this.structured(current)?.baseType;
    }
    return false;
  }

  /** Metadata types derived directly from this one must have a schema, listed where this type is expected. */
  private compareDerived(type: NamedType, graph: CsdlStructured): void {
    const derived = [...this.csdl.types.values()].filter((t): t is CsdlStructured => t.kind !== 'enum' && t.baseType === graph.name);
    for (const child of derived) {
      const schema = this.#bySchemaName.get(child.name);
      if (schema === undefined || !inVersion(schema.versions, this.version)) {
        this.report(type, `derived:${child.name}`, `has the derived type ${child.name} in the ${this.version} metadata, which the schemas lack`);
      } else if (!this.unionsOf(graph.name).some((members) => members.includes(child.name))) {
        this.report(type, `derived:${child.name}`, `has the derived type ${child.name} in the metadata, but no union of the schemas that stands for ${graph.name} lists it`);
      }
    }
  }

  /** The members of each schema union that stands for a metadata type: its own file, or a union that lists it. */
  private unionsOf(name: string): string[][] {
    return this.model.types
      .filter((t) => t.shape.kind === 'union' || t.shape.kind === 'ref')
      .map((t) => ({ type: t, members: this.#reader.leaves({ kind: 'ref', target: t.name, source: t.source }) ?? [] }))
      .filter(({ type, members }) => type.schemaName === name || members.includes(name))
      .map(({ type, members }) => (type.schemaName === name ? this.#reader.leaves(type.shape) ?? [] : members));
  }

  /**
   * Each action bound to a schema type, reported at that type. With operations in the folder, the
   * action needs one (in this version) and its body must carry the parameters as the metadata types
   * them; without, each parameter's type needs a schema.
   */
  private compareActions(): void {
    for (const action of this.csdl.actions) {
      const type = action.boundTo === undefined ? undefined : this.#bySchemaName.get(action.boundTo);
      if (type === undefined) continue;
      if (this.model.operations.length > 0) this.compareOperation(type, action);
      else this.compareParameterTypes(type, action);
    }
  }

  private compareOperation(type: NamedType, action: CsdlAction): void {
    const operation = operationOf(action, this.model.operations);
    if (operation === undefined) {
      this.report(type, `action:${action.name}`, `has the action ${action.name}, which no operation of the schemas invokes (POST .../${action.name})`);
      return;
    }
    if (!inVersion(operation.versions, this.version)) {
      this.report(type, `action:${action.name}`, `has the action ${action.name} in the ${this.version} metadata, but its operation ${operation.name} is marked for ${(operation.versions ?? []).join(' and ')} only`);
      return;
    }
    const body = this.model.types.find((t) => t.name === operation.requestBody);
    const findings = parameterFindings(action, body, this.version, (schema, parameter) => {
      const property = schema.shape.kind === 'object' ? schema.shape.properties.find((p) => p.name === parameter.name) : undefined;
      if (property === undefined) return undefined;
      const slot = this.#reader.slot(property.shape);
      if (slot.collection !== parameter.collection) return slot.collection ? 'is an array' : 'is not an array';
      return this.typeMismatch(slot, parameter.type);
    });
    for (const finding of findings) this.report(type, finding.key, finding.message);
  }

  private compareParameterTypes(type: NamedType, action: CsdlAction): void {
    const lacking = action.parameters.filter((p) => !(p.type in EDM_JSON) && !this.#bySchemaName.has(p.type));
    if (lacking.length === 0) return;
    this.report(type, `action:${action.name}`, `has the action ${action.name}, whose parameter${lacking.length === 1 ? '' : 's'} ${lacking.map((p) => `${p.name} (${p.type})`).join(', ')} ${lacking.length === 1 ? 'has' : 'have'} no schema`);
  }

  private typeText(property: CsdlProperty): string {
    return property.collection ? `Collection(${property.type})` : property.type;
  }

  private noSchemaNote(graphType: string): string {
    return graphType in EDM_JSON || this.#bySchemaName.has(graphType) || !this.csdl.types.has(graphType) ? '' : `, and its type ${graphType} has no schema`;
  }
}

/** The named types a shape refers to directly (through arrays, unions and object properties). */
function refsOf(shape: Shape): string[] {
  switch (shape.kind) {
    case 'ref':
      return [shape.target];
    case 'array':
      return refsOf(shape.items);
    case 'union':
      return shape.branches.flatMap(refsOf);
    case 'object':
      return [...shape.properties.flatMap((p) => refsOf(p.shape)), ...(shape.additional.kind === 'schema' ? refsOf(shape.additional.shape) : [])];
    default:
      return [];
  }
}

function versionsText(shape: EnumShape, member: string): string {
  return (shape.memberVersions.get(member) ?? []).join(' and ');
}

function coreText(core: SchemaSlot['core']): string {
  switch (core.kind) {
    case 'primitive':
      return core.json === 'integer' ? 'an integer' : `a ${core.json}`;
    case 'types':
      return core.names.join(' or ');
    case 'other':
      return core.what;
  }
}
