import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import * as validators from '../../generated/validators.js';
import { idOf, isObject, pascal, type Located, type Mode, type SchemaSet } from './schemas.js';

// What the fuzzer compares: every exported validator of generated/validators.ts, with the schema
// of its type (a file root, or a titled `$defs` entry) and the matching Ajv validator of its mode.

export interface NamedType {
  readonly title: string;
  readonly located: Located;
  /** The Ajv key: the file's `$id`, with a JSON Pointer for a `$defs` entry. */
  readonly ajvKey: string;
}

export interface Verdict {
  readonly ok: boolean;
  /** `path keyword` of each error. */
  readonly issues: readonly string[];
  /** `path keyword` of each warning (the generated validators only; Ajv has none). */
  readonly warnings: readonly string[];
}

export interface Target {
  /** The export name, such as `validateCreateCallRequest`. */
  readonly name: string;
  readonly mode: Mode;
  readonly type: NamedType;
  readonly generated: (value: unknown) => Verdict;
  readonly ajv: (value: unknown) => Verdict;
  /** Ajv with the generated code's format regexes: agrees where only a known format bug differs. */
  readonly lenient: (value: unknown) => Verdict;
}

/** Every type the generator names: file roots and titled `$defs` entries. */
export function namedTypes(set: SchemaSet): NamedType[] {
  const found: NamedType[] = [];
  for (const file of set.files) {
    const base = idOf(file);
    found.push({ title: String(file.schema['title'] ?? file.name), located: { node: file.schema, base }, ajvKey: base });
    const defs = file.schema['$defs'];
    if (!isObject(defs)) continue;
    for (const [key, node] of Object.entries(defs)) {
      if (!isObject(node) || typeof node['title'] !== 'string') continue;
      found.push({ title: node['title'], located: { node, base }, ajvKey: `${base}#/$defs/${key.replaceAll('~', '~0').replaceAll('/', '~1')}` });
    }
  }
  return found;
}

interface Issue {
  readonly path: string;
  readonly keyword: string;
}
type ExportedValidator = ((value: unknown) => { ok: boolean; errors?: readonly Issue[]; warnings: readonly Issue[] }) & { mode: Mode };

const pairs = (issues: readonly Issue[] | undefined): string[] => (issues ?? []).map((i) => `${i.path} ${i.keyword}`);

export type Oracles = Readonly<Record<Mode, Ajv2020>>;

export function targets(set: SchemaSet, ajv: Oracles, lenient: Oracles): Target[] {
  const types = new Map(namedTypes(set).map((t) => [pascal(t.title), t]));
  const exported = Object.entries(validators).filter(([name]) => name.startsWith('validate')) as [string, ExportedValidator][];
  const guards = validators as unknown as Readonly<Record<string, (value: unknown) => boolean>>;
  return exported.map(([name, validate]) => {
    const is = guards[`is${name.slice('validate'.length)}`];
    if (is === undefined) throw new Error(`${name} has no matching is… function`);
    const mode = validate.mode;
    const typeName = name.slice('validate'.length).replace(mode === 'request' ? /Input$/ : /$^/, '');
    const type = types.get(typeName);
    if (type === undefined) throw new Error(`${name}: no curated schema type is named ${typeName}`);
    // Compiled on first use: a test that looks at a few targets does not compile them all.
    const oracle = (instances: Oracles): ((value: unknown) => Verdict) => {
      let compiled: ValidateFunction | undefined;
      return (value) => {
        compiled ??= instances[mode].getSchema(type.ajvKey);
        if (compiled === undefined) throw new Error(`${name}: Ajv has no schema ${type.ajvKey}`);
        const ok = compiled(value) === true;
        return { ok, issues: pairs((compiled.errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword }))), warnings: [] };
      };
    };
    return {
      name,
      mode,
      type,
      generated: (value) => {
        const result = validate(value);
        // The boolean path is written apart from the full one: on every case it must give the same verdict.
        if (is(value) !== result.ok) throw new Error(`is${name.slice('validate'.length)} says ${String(!result.ok)} where ${name} says ${String(result.ok)}`);
        return { ok: result.ok, issues: pairs(result.errors), warnings: pairs(result.warnings) };
      },
      ajv: oracle(ajv),
      lenient: oracle(lenient),
    };
  });
}
