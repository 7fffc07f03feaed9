import { assertNever, problemAt, type Problem } from '../diagnostics.js';
import { markRequestShapes } from './reach.js';
import type { ApiVersion, EnumShape, Model, NamedType, ObjectShape, Shape, UnionShape } from './types.js';

export const API_VERSIONS: readonly ApiVersion[] = ['v1.0', 'beta'];

/** Whether something marked with `versions` (undefined: every version) exists in `version`. */
export function inVersion(versions: readonly ApiVersion[] | undefined, version: ApiVersion): boolean {
  return versions === undefined || versions.includes(version);
}

/**
 * The model of one API version: types, properties and enum members of other versions are gone,
 * so every emitter writes that version without asking which one it writes. Each object keeps the
 * names of the properties it lost (`otherVersions`), so a request validator can say where they
 * exist instead of calling them unknown. A reference that survives into a type the version lacks
 * is a marking mistake in the schemas and becomes a problem.
 */
export function selectVersion(model: Model, version: ApiVersion): { model: Model; problems: Problem[] } {
  const problems: Problem[] = [];
  const kept = new Set(model.types.filter((t) => inVersion(t.versions, version)).map((t) => t.name));
  const filter = new VersionFilter(version, kept, problems);
  const types: NamedType[] = model.types
    .filter((t) => kept.has(t.name))
    .map((t) => ({ ...t, shape: filter.shape(t.shape), hasRequestShape: false }));
  // Operations of other versions go too; the bodies the kept ones send stay request roots.
  const operations = model.operations.filter((o) => inVersion(o.versions, version));
  const sent = operations.flatMap((o) => (o.requestBody === undefined ? [] : [o.requestBody]));
  for (const operation of operations) {
    const named = [operation.requestBody, ...operation.responses.map(([, type]) => type)];
    for (const name of named.filter((n): n is string => n !== undefined && !kept.has(n))) {
      problems.push(problemAt(operation.source, `names "${name}", which the ${version} API does not have; mark this operation with "x-graph-versions" too`));
    }
  }
  return { model: { ...model, types: markRequestShapes(types, problems, sent), operations }, problems };
}

class VersionFilter {
  constructor(
    private readonly version: ApiVersion,
    private readonly kept: ReadonlySet<string>,
    private readonly problems: Problem[],
  ) {}

  shape(shape: Shape): Shape {
    switch (shape.kind) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'null':
      case 'literal':
      case 'unknown':
      case 'never':
        return shape;
      case 'ref':
        if (!this.kept.has(shape.target)) {
          this.problems.push(problemAt(shape.source, `refers to "${shape.target}", which the ${this.version} API does not have; mark this place with "x-graph-versions" too`));
        }
        return shape;
      case 'enum':
        return this.enumeration(shape);
      case 'array':
        return {
          ...shape,
          items: this.shape(shape.items),
          ...(shape.prefixItems === undefined ? {} : { prefixItems: shape.prefixItems.map((s) => this.shape(s)) }),
          ...(shape.contains === undefined ? {} : { contains: { ...shape.contains, shape: this.shape(shape.contains.shape) } }),
        };
      case 'object':
        return this.object(shape);
      case 'union':
        return this.union(shape);
      case 'values':
        return shape;
      case 'all':
        return { ...shape, parts: shape.parts.map((p) => this.shape(p)) };
      case 'not':
        return { ...shape, shape: this.shape(shape.shape) };
      case 'conditional':
        return {
          ...shape,
          if: this.shape(shape.if),
          then: shape.then === undefined ? undefined : this.shape(shape.then),
          else: shape.else === undefined ? undefined : this.shape(shape.else),
        };
      case 'choice':
        return { ...shape, branches: shape.branches.map((b) => this.shape(b)) };
      default:
        return assertNever(shape);
    }
  }

  private enumeration(shape: EnumShape): Shape {
    const values = shape.values.filter((v) => typeof v !== 'string' || inVersion(shape.memberVersions.get(v), this.version));
    if (values.length === 0) {
      this.problems.push(problemAt(shape.source, `no member of this enum is in the ${this.version} API; mark the type with "x-graph-versions" instead`));
      return shape;
    }
    const memberVersions = new Map([...shape.memberVersions].filter(([member]) => values.includes(member)));
    const responseOnly = shape.responseOnly.filter((member) => values.includes(member));
    if (responseOnly.length === values.length) {
      this.problems.push(problemAt(shape.source, `every member of this enum in the ${this.version} API is response-only ("x-response-only-members"), so no request could hold a value`));
    }
    return { ...shape, values, responseOnly, memberVersions };
  }

  private object(shape: ObjectShape): ObjectShape {
    const dropped = shape.properties.filter((p) => !inVersion(p.versions, this.version));
    if (dropped.length === 0) return { ...shape, properties: shape.properties.map((p) => ({ ...p, shape: this.shape(p.shape) })) };
    const gone = new Set(dropped.map((p) => p.name));
    // "At least one of" a group left with one member of this version: that one is required.
    const groups = shape.requiresOneOf.map((group) => group.filter((name) => !gone.has(name)));
    const required = new Set(groups.flatMap((group) => (group.length === 1 ? group : [])));
    return {
      ...shape,
      properties: shape.properties
        .filter((p) => !gone.has(p.name))
        .map((p) => ({ ...p, required: p.required || required.has(p.name), shape: this.shape(p.shape) })),
      requiresOneOf: groups.filter((group) => group.length > 1),
      otherVersions: [...(shape.otherVersions ?? []), ...dropped.map((p) => ({ name: p.name, versions: p.versions ?? [] }))],
    };
  }

  /** Branches that name a type of another version go, and the indexes into the rest are renumbered. */
  private union(shape: UnionShape): Shape {
    const keep = shape.branches.map((b) => b.kind !== 'ref' || this.kept.has(b.target));
    const renumber = new Map<number, number>();
    keep.forEach((k, i) => k && renumber.set(i, renumber.size));
    const branches = shape.branches.filter((_, i) => keep[i] === true).map((b) => this.shape(b));
    if (branches.length === 0) {
      this.problems.push(problemAt(shape.source, `every branch of this union is missing from the ${this.version} API; mark this place with "x-graph-versions" too`));
      return shape;
    }
    const only = branches[0];
    if (branches.length === 1 && only !== undefined) return only;
    const remap = (indexes: readonly number[]): number[] => indexes.flatMap((i) => renumber.get(i) ?? []);
    const byJsonType = shape.byJsonType.map(([type, indexes]) => [type, remap(indexes)] as const).filter(([, indexes]) => indexes.length > 0);
    const discriminator = shape.discriminator === undefined ? undefined : {
      ...shape.discriminator,
      values: shape.discriminator.values.flatMap(([value, i]) => (renumber.has(i) ? [[value, renumber.get(i) ?? i] as const] : [])),
      defaultBranch: shape.discriminator.defaultBranch === undefined ? undefined : renumber.get(shape.discriminator.defaultBranch),
    };
    const objects = byJsonType.find(([type]) => type === 'object')?.[1].length ?? 0;
    return { ...shape, branches, byJsonType, discriminator: objects >= 2 ? discriminator : undefined };
  }
}
