import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as builders from '../../generated/builders.js';
import { Deriver } from './arbitraries.js';
import { oracles } from './engine.js';
import { isObject, pascal, SchemaSet, type Json, type JsonObject } from './schemas.js';
import { fuzzSettings, timeoutFor } from './settings.js';
import { targets, type Target } from './targets.js';

// Every builder of generated/builders.ts, fed request-shape inputs derived from the curated schemas
// (no readOnly properties, no null where a request may not carry it, no near misses): the output
// must pass its request-mode validator without a warning, carry the type's tag, and hold every
// input property unchanged (same key, same value, by identity) and nothing else.

const settings = fuzzSettings();
const set = new SchemaSet();
const ajv = oracles(set);
const requestTargets = targets(set, ajv, ajv).filter((t) => t.mode === 'request');
const deriver = new Deriver(set, 'request', { nearMisses: false, readOnlyInRequest: 'never' });
const TAG = '@odata.type';

type Builder = (properties?: JsonObject) => unknown;

interface Subject {
  readonly name: string;
  readonly build: Builder;
  readonly target: Target;
  readonly tag: string;
  /** Whether the builder may be called without properties: nothing but the tag is required. */
  readonly argumentOptional: boolean;
}

/** `createCallRequest` → the request-mode target of the type titled createCallRequest. */
function targetFor(builderName: string): Target {
  const typeName = pascal(builderName.replace(/_$/, ''));
  const found = requestTargets.find((t) => pascal(t.type.title) === typeName);
  if (found === undefined) throw new Error(`builder ${builderName}: no request-mode validator for a type named ${typeName}`);
  return found;
}

function tagOf(t: Target): string | undefined {
  const property = deriver.objectModel(t.type.located).properties.find((p) => p.name === TAG);
  if (property === undefined) return undefined;
  const schema = set.deref(property.schema).node;
  return isObject(schema) && typeof schema['const'] === 'string' ? schema['const'] : undefined;
}

const subjects: Subject[] = Object.entries(builders).map(([name, build]) => {
  const target = targetFor(name);
  const tag = tagOf(target);
  if (tag === undefined) throw new Error(`builder ${name}: its type has no const ${TAG}`);
  const model = deriver.objectModel(target.type.located);
  const argumentOptional = [...model.required].every((r) => r === TAG) && model.alternatives.length === 0;
  return { name, build: build as Builder, target, tag, argumentOptional };
});

/** Request-shape inputs for a builder: the type's derived values without the tag the builder sets. */
function inputs(subject: Subject): fc.Arbitrary<JsonObject> {
  return deriver.derive(subject.target.type.located).map((value: Json) => {
    if (!isObject(value)) throw new Error(`${subject.name}: derived a non-object`);
    const { [TAG]: _tag, ...rest } = value;
    return rest;
  });
}

describe('builders', () => {
  test('every request type with a const tag has a builder, and every builder a request type', () => {
    const tagged = requestTargets.filter((t) => tagOf(t) !== undefined);
    expect(subjects.length).toBeGreaterThanOrEqual(20);
    expect(subjects.map((s) => s.target.name).sort()).toEqual(tagged.map((t) => t.name).sort());
  });

  const runs = Math.max(50, Math.round(settings.runs / 20));
  test.each(subjects.map((s) => ({ ...s, label: `${s.name} → ${s.target.name}` })))(
    '$label: valid in request mode, every input property kept as given',
    (subject) => {
      fc.assert(
        fc.property(inputs(subject), (input) => {
          const before = JSON.stringify(input);
          const output = subject.build(input);
          expect(isObject(output)).toBe(true);
          const built = output as JsonObject;
          expect(built).not.toBe(input);
          expect(subject.target.generated(built)).toEqual({ ok: true, issues: [], warnings: [] });
          expect(Object.keys(built).sort()).toEqual([...new Set([...Object.keys(input), TAG])].sort());
          for (const key of Object.keys(input)) expect(Object.is(built[key], input[key]), key).toBe(true);
          expect(built[TAG]).toBe(subject.tag);
          expect(JSON.stringify(input)).toBe(before);
        }),
        { seed: settings.seed, numRuns: runs, ...(settings.path === undefined ? {} : { path: settings.path }) },
      );
      if (subject.argumentOptional) expect(subject.build()).toEqual({ [TAG]: subject.tag });
    },
    timeoutFor(runs),
  );
});
