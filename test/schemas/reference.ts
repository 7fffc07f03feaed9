import { readFileSync } from 'node:fs';
import { REFERENCE_FILE } from './support.js';

// test/reference/graph-types.json, read as flat per-type property lists: a type's own properties,
// its navigation properties and those of its base types, each with its facts in both versions.

export type Version = 'v1.0' | 'beta';
type PerVersion<T> = Partial<Record<Version, T | null>>;

interface RawProperty {
  readonly name: string;
  readonly versions: readonly Version[];
  readonly type: PerVersion<string>;
  readonly collection: PerVersion<boolean>;
  readonly nullable: PerVersion<boolean>;
  readonly readOnly: PerVersion<boolean>;
}

interface RawType {
  readonly name: string;
  readonly versions: readonly Version[];
  readonly baseType?: PerVersion<string>;
  readonly abstract?: PerVersion<boolean>;
  readonly properties?: readonly RawProperty[];
  readonly navigationProperties?: readonly RawProperty[];
  readonly discrepancies?: readonly string[];
}

interface RawEnum {
  readonly name: string;
  readonly versions: readonly Version[];
  readonly members: readonly { readonly name: string; readonly versions: readonly Version[] }[];
  readonly hasUnknownFutureValue: PerVersion<boolean>;
}

interface Reference {
  readonly types: readonly RawType[];
  readonly enums: readonly RawEnum[];
}

/** One property of a type as the reference has it, merged over the versions that have it. */
export interface ReferenceProperty {
  readonly name: string;
  /** The versions that have the property on this type (inherited ones follow the base). */
  readonly versions: readonly Version[];
  /** One type name when the versions agree; `a | b` otherwise. */
  readonly type: string;
  readonly collection: boolean;
  /** True when any version says so. */
  readonly nullable: boolean;
  /** True when any version's metadata or documentation says read-only. */
  readonly readOnly: boolean;
  readonly navigation: boolean;
}

export const reference = JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as Reference;
export const referenceTypes = new Map(reference.types.map((t) => [t.name, t]));
export const referenceEnums = new Map(reference.enums.map((e) => [e.name, e]));

const VERSIONS: readonly Version[] = ['v1.0', 'beta'];

function agreed<T>(map: PerVersion<T>, versions: readonly Version[]): T[] {
  return [...new Set(versions.map((v) => map[v]).filter((x): x is T => x !== undefined && x !== null))];
}

/** The flat property list of a reference type, own and inherited, in both versions. */
export function referenceProperties(typeName: string): ReferenceProperty[] {
  const found = new Map<string, { raw: RawProperty; versions: Set<Version>; navigation: boolean }>();
  for (const version of VERSIONS) {
    let current: RawType | undefined = referenceTypes.get(typeName);
    if (current === undefined || !current.versions.includes(version)) continue;
    while (current !== undefined) {
      const lists = [
        { list: current.properties ?? [], navigation: false },
        { list: current.navigationProperties ?? [], navigation: true },
      ];
      for (const { list, navigation } of lists) {
        for (const raw of list.filter((p) => p.versions.includes(version))) {
          const entry = found.get(raw.name) ?? { raw, versions: new Set<Version>(), navigation };
          entry.versions.add(version);
          found.set(raw.name, entry);
        }
      }
      const base: string | null | undefined = current.baseType?.[version];
      current = base ? referenceTypes.get(base) : undefined;
    }
  }
  return [...found.values()].map(({ raw, versions, navigation }) => {
    const vs = VERSIONS.filter((v) => versions.has(v));
    return {
      name: raw.name,
      versions: vs,
      type: agreed(raw.type, vs).join(' | '),
      collection: agreed(raw.collection, vs).includes(true),
      nullable: agreed(raw.nullable, vs).includes(true),
      readOnly: agreed(raw.readOnly, vs).includes(true),
      navigation,
    };
  });
}

/** Concrete reference types whose base type (in some version) is `base`. */
export function derivedTypes(base: string): string[] {
  return reference.types.filter((t) => VERSIONS.some((v) => t.baseType?.[v] === base)).map((t) => t.name).sort();
}
