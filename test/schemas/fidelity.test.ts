import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ENUM_MEMBER_DIFFERENCES,
  EXTRA_PROPERTIES,
  IN_SCOPE_TYPES,
  NOT_IN_REFERENCE,
  NOT_MODELLED,
  NULLABLE_DIFFERENCES,
  OUT_OF_SCOPE_ENUMS,
  OUT_OF_SCOPE_TYPES,
  READ_ONLY_DIFFERENCES,
  SCHEMA_ONLY_FILES,
} from './fidelity.exceptions.js';
import { derivedTypes, reference, referenceEnums, referenceProperties, referenceTypes, type ReferenceProperty } from './reference.js';
import { CORPUS_DIR, isObject, loadSchemas, type Json, type JsonObject } from './support.js';

// Fidelity to test/reference/graph-types.json: every in-scope type and enum, every property of both
// API versions with its type, collection-ness, read-only flag, nullability and versions, and every
// member. Differences are allowed only where fidelity.exceptions.ts lists them with a reason.

const schemas = new Map(loadSchemas().map((s) => [s.name, s.schema]));
const ENUMS = [...referenceEnums.keys()].filter((name) => !(name in OUT_OF_SCOPE_ENUMS)).sort();
const abstract = (name: string) => Object.values(referenceTypes.get(name)?.abstract ?? {}).includes(true);
const CONCRETE = IN_SCOPE_TYPES.filter((name) => !abstract(name));
/** Unions that stand for a concrete base type and its derived types. */
const BASE_OF_UNION: Readonly<Record<string, string>> = {
  anyIdentity: 'identity',
  anyIdentitySet: 'identitySet',
  anyCommsOperation: 'commsOperation',
  anyTeleconferenceDeviceVideoQuality: 'teleconferenceDeviceVideoQuality',
};
/** Derived types the reference lacks (NOT_IN_REFERENCE entries with a base). */
const extraDerived = (base: string): string[] => Object.entries(NOT_IN_REFERENCE).filter(([, e]) => e.base === base).map(([n]) => n);

/** The facts of a schema property in the reference's vocabulary. */
interface SchemaFacts {
  readonly type: string;
  readonly collection: boolean;
  readonly nullable: boolean;
  readonly readOnly: boolean;
  readonly versions: readonly string[] | undefined;
}

/** Unions that stand where the reference declares one type, and that type. */
const DECLARED_TYPE_OF_UNION: Readonly<Record<string, string>> = {
  ...BASE_OF_UNION,
  anyInvitationParticipantInfo: 'invitationParticipantInfo',
  anyParticipantInfo: 'participantInfo',
};

function refName(node: JsonObject): string {
  const name = String(node['$ref']).replace(/\.json$/, '');
  return DECLARED_TYPE_OF_UNION[name] ?? name;
}

function scalarType(node: JsonObject): { type: string; nullable: boolean } {
  if (typeof node['$ref'] === 'string') return { type: refName(node), nullable: false };
  const list = node['oneOf'];
  if (Array.isArray(list) && list.length === 2 && isObject(list[1]) && list[1]['type'] === 'null' && isObject(list[0])) {
    return { type: refName(list[0]), nullable: true };
  }
  const types = ([] as Json[]).concat(node['type'] ?? []);
  const base = types.find((t) => t !== 'null');
  const type = base === 'string' && node['format'] === 'date-time' ? 'date-time string' : String(base);
  return { type, nullable: types.includes('null') };
}

function schemaFacts(node: JsonObject): SchemaFacts {
  const collection = node['type'] === 'array';
  const inner = collection && isObject(node['items']) ? scalarType(node['items']) : scalarType(node);
  const versions = node['x-graph-versions'];
  return {
    type: inner.type,
    collection,
    nullable: inner.nullable,
    readOnly: node['readOnly'] === true,
    versions: Array.isArray(versions) ? (versions as string[]) : undefined,
  };
}

const PRIMITIVES: Readonly<Record<string, string>> = {
  String: 'string',
  Guid: 'string',
  Stream: 'string',
  Boolean: 'boolean',
  Int32: 'integer',
  Int64: 'integer',
  Double: 'number',
  Duration: 'string',
  DateTimeOffset: 'date-time string',
};

/** What the schema should say for a reference property, before exceptions. */
function expectedFacts(typeName: string, property: ReferenceProperty): SchemaFacts {
  const typeVersions = referenceTypes.get(typeName)?.versions ?? [];
  const readOnly = READ_ONLY_DIFFERENCES[`${typeName}.${property.name}`]?.schema ?? property.readOnly;
  const nullable = NULLABLE_DIFFERENCES[`${typeName}.${property.name}`]?.schema;
  return {
    type: PRIMITIVES[property.type] ?? property.type,
    collection: property.collection,
    // A collection is never null on the wire (the metadata's Nullable speaks of its items).
    nullable: nullable ?? (property.collection ? false : property.nullable),
    readOnly,
    versions: property.versions.length < typeVersions.length ? property.versions : undefined,
  };
}

function schemaProperties(name: string): JsonObject {
  const properties = schemas.get(name)?.['properties'];
  return isObject(properties) ? properties : {};
}

describe('scope', () => {
  test('every reference type is in scope or out of scope with a reason, and has a file exactly when in scope', () => {
    const all = reference.types.map((t) => t.name).sort();
    expect([...IN_SCOPE_TYPES, ...Object.keys(OUT_OF_SCOPE_TYPES)].sort()).toEqual(all);
    const files = [...schemas.keys()].filter((n) => !ENUMS.includes(n) && !(n in SCHEMA_ONLY_FILES) && !(n in NOT_IN_REFERENCE)).sort();
    expect(files).toEqual([...IN_SCOPE_TYPES].sort());
  });

  test('every reference enum is in scope (has a file) or out of scope with a reason', () => {
    const enumFiles = [...schemas.entries()].filter(([, s]) => 'enum' in s).map(([n]) => n).sort();
    expect(enumFiles).toEqual(ENUMS);
    expect([...ENUMS, ...Object.keys(OUT_OF_SCOPE_ENUMS)].sort()).toEqual([...referenceEnums.keys()].sort());
  });

  test('every enum an in-scope property uses is in scope', () => {
    const used = CONCRETE.flatMap((t) => referenceProperties(t).map((p) => p.type)).filter((t) => referenceEnums.has(t));
    for (const name of new Set(used)) expect(ENUMS, name).toContain(name);
  });

  test.each(IN_SCOPE_TYPES.map((name) => ({ name })))('$name is marked with the API versions that have it', ({ name }) => {
    const versions = referenceTypes.get(name)?.versions ?? [];
    expect(schemas.get(name)?.['x-graph-versions']).toEqual(versions.length === 1 ? versions : undefined);
  });
});

describe('polymorphism', () => {
  test.each(IN_SCOPE_TYPES.filter(abstract).map((name) => ({ name })))('abstract $name is a union of exactly its derived types', ({ name }) => {
    const branches = (schemas.get(name)?.['oneOf'] as readonly JsonObject[]).map(refName).sort();
    expect(branches).toEqual(derivedTypes(name));
  });

  test.each(Object.entries(BASE_OF_UNION).map(([union, base]) => ({ union, base })))('$union is $base and all its derived types', ({ union, base }) => {
    const branches = (schemas.get(union)?.['oneOf'] as readonly JsonObject[]).map((b) => String(b['$ref']).replace(/\.json$/, ''));
    expect(branches[0]).toBe(base);
    expect(branches.slice(1).sort()).toEqual([...derivedTypes(base), ...extraDerived(base)].sort());
  });
});

describe.each(CONCRETE.map((name) => ({ name })))('$name', ({ name }) => {
  const declared = schemaProperties(name);
  const expected = referenceProperties(name);

  test('has every reference property with the reference facts, or an exception', () => {
    const differences = expected.flatMap((property): string[] => {
      const key = `${name}.${property.name}`;
      const node = declared[property.name];
      if (key in NOT_MODELLED) return node === undefined ? [] : [`${key}: listed as not modelled, yet declared`];
      if (!isObject(node)) return [`${key}: missing`];
      const actual = schemaFacts(node);
      const wanted = expectedFacts(name, property);
      return (Object.keys(wanted) as (keyof SchemaFacts)[])
        .filter((fact) => JSON.stringify(actual[fact]) !== JSON.stringify(wanted[fact]))
        .map((fact) => `${key}: ${fact} is ${JSON.stringify(actual[fact])}, the reference says ${JSON.stringify(wanted[fact])}`);
    });
    expect(differences).toEqual([]);
  });

  test('declares nothing the reference lacks, except the listed extras', () => {
    // OData control information (the type tag, a response's context URL) is not a Graph property.
    const known = new Set(['@odata.type', '@odata.context', ...expected.map((p) => p.name)]);
    const extras = Object.keys(declared).filter((p) => !known.has(p)).map((p) => `${name}.${p}`);
    expect(extras.sort()).toEqual(Object.keys(EXTRA_PROPERTIES).filter((key) => key.startsWith(`${name}.`)).sort());
  });

  test('gives every Int32 property the Int32 range', () => {
    for (const property of expected.filter((p) => p.type === 'Int32' && isObject(declared[p.name]))) {
      expect(declared[property.name], property.name).toMatchObject({ minimum: -2147483648, maximum: 2147483647 });
    }
  });
});

describe.each(ENUMS.map((name) => ({ name })))('enum $name', ({ name }) => {
  const raw = referenceEnums.get(name);
  const schema = schemas.get(name) ?? {};

  test('has the reference members, each single-version member marked', () => {
    const members = raw?.members ?? [];
    const spelled = ENUM_MEMBER_DIFFERENCES[name]?.members ?? members.map((m) => m.name);
    expect([...(schema['enum'] as string[])].sort()).toEqual([...spelled].sort());
    const marked = Object.fromEntries(members.filter((m) => m.versions.length < (raw?.versions.length ?? 0)).map((m) => [m.name, m.versions]));
    expect(schema['x-enum-versions'] ?? {}).toEqual(marked);
  });

  test('is open exactly when the service may add members (unknownFutureValue), and marked with its versions', () => {
    const open = ENUM_MEMBER_DIFFERENCES[name]?.open ?? Object.values(raw?.hasUnknownFutureValue ?? {}).includes(true);
    expect(schema['x-open-enum'] === true).toBe(open);
    expect(schema['x-graph-versions']).toEqual(raw?.versions.length === 1 ? raw.versions : undefined);
  });
});

describe('the exception lists', () => {
  const pages = new Map<string, string[]>();
  const lineOf = (page: string, line: number): string => {
    if (!pages.has(page)) {
      const file = ['000_589c9a8ef110123b', '001_4740947201f05aa7', '002_9adb551ebba62e7d', '003_7fc88eaf5a84f421', '004_b2c8a7124b54d088'].find((f) => f.startsWith(page));
      pages.set(page, readFileSync(path.join(CORPUS_DIR, `${file ?? page}.txt`), 'utf8').split('\n'));
    }
    return pages.get(page)?.[line - 1] ?? '';
  };

  test.each(Object.entries(EXTRA_PROPERTIES).map(([key, entry]) => ({ key, entry })))('$key stands where its evidence says', ({ key, entry }) => {
    const [type = '', property = ''] = key.split('.');
    if (entry.evidence === 'metadata') {
      // Checked against Graph's CSDL metadata by `callgen drift` in the shared-data suite.
    } else if (entry.evidence === 'reference') {
      expect(referenceTypes.get(type)?.discrepancies?.join(' ')).toContain(property);
    } else {
      for (const { page, line } of entry.evidence) expect(lineOf(page, line), `${page}:${line}`).toContain(`"${property}"`);
    }
    expect(schemaProperties(type)[property], key).toBeDefined();
  });

  test('every read-only override differs from the reference, and its schema says why', () => {
    for (const [key, { schema }] of Object.entries(READ_ONLY_DIFFERENCES)) {
      const [type = '', property = ''] = key.split('.');
      expect(referenceProperties(type).find((p) => p.name === property)?.readOnly, key).toBe(!schema);
      expect(typeof (schemaProperties(type)[property] as JsonObject)['$comment'], key).toBe('string');
    }
  });

  test('every property not modelled exists in the reference', () => {
    for (const key of Object.keys(NOT_MODELLED)) {
      const [type = '', property = ''] = key.split('.');
      expect(referenceProperties(type).map((p) => p.name), key).toContain(property);
    }
  });
});
