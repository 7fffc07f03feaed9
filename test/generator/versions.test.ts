import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../generator/diagnostics.js';
import type { ApiVersion, Model, ObjectShape, Shape } from '../../generator/model/types.js';
import { writeOutput } from '../../generator/output/write.js';
import { generate, loadModel } from '../../generator/pipeline.js';

// selectVersion on a small folder written for it: dog is in both versions (chipId beta only,
// tailLength v1.0 only), parrot is beta only, so pet's union loses a branch in v1.0; mood's
// "grumpy" is beta only; owner needs a phone (beta only) or an email.
const FOLDER = fileURLToPath(new URL('../fixtures/versions/', import.meta.url));
const good = path.join(FOLDER, 'good');

async function modelOf(apiVersion: ApiVersion | undefined): Promise<Model> {
  const loaded = await loadModel({ schemas: good, out: path.join(FOLDER, 'generated'), apiVersion });
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.model;
}

function shapeOf(model: Model, name: string): Shape {
  const type = model.types.find((t) => t.name === name);
  if (type === undefined) throw new Error(`no type ${name}`);
  return type.shape;
}

const propertyNames = (shape: Shape): string[] => (shape.kind === 'object' ? shape.properties.map((p) => p.name) : []);

describe('the model of one version', () => {
  test('without a version, everything is there', async () => {
    const model = await modelOf(undefined);
    expect(model.types.map((t) => t.name)).toEqual(['Dog', 'Mood', 'Owner', 'Parrot', 'Pet']);
    expect(propertyNames(shapeOf(model, 'Dog'))).toEqual(['kind', 'name', 'mood', 'chipId', 'tailLength']);
  });

  test('v1.0: the beta type, property and member are gone; the dropped property names stay on their object', async () => {
    const model = await modelOf('v1.0');
    expect(model.types.map((t) => t.name)).toEqual(['Dog', 'Mood', 'Owner', 'Pet']);
    const dog = shapeOf(model, 'Dog') as ObjectShape;
    expect(propertyNames(dog)).toEqual(['kind', 'name', 'mood', 'tailLength']);
    expect(dog.otherVersions).toEqual([{ name: 'chipId', versions: ['beta'] }]);
    expect(shapeOf(model, 'Mood')).toMatchObject({ kind: 'enum', values: ['calm', 'playful'] });
    // A union left with one branch is that branch.
    expect(shapeOf(model, 'Pet')).toMatchObject({ kind: 'ref', target: 'Dog' });
    // "At least one of phone, email" with phone gone: email is required.
    expect(shapeOf(model, 'Owner')).toMatchObject({ requiresOneOf: [], otherVersions: [{ name: 'phone', versions: ['beta'] }] });
    expect((shapeOf(model, 'Owner') as ObjectShape).properties.find((p) => p.name === 'email')?.required).toBe(true);
  });

  test('beta: the v1.0 property goes, the union keeps both branches and its discriminator', async () => {
    const model = await modelOf('beta');
    expect(propertyNames(shapeOf(model, 'Dog'))).toEqual(['kind', 'name', 'mood', 'chipId']);
    expect(shapeOf(model, 'Pet')).toMatchObject({ kind: 'union', discriminator: { property: 'kind', values: [['dog', 0], ['parrot', 1]] } });
    expect(shapeOf(model, 'Mood')).toMatchObject({ values: ['calm', 'playful', 'grumpy'] });
  });

  test('a place in every version that refers to a beta-only type is a marking mistake, reported where it is', async () => {
    const loaded = await loadModel({ schemas: path.join(FOLDER, 'bad'), out: path.join(FOLDER, 'generated'), apiVersion: 'v1.0' });
    expect(loaded.ok || loaded.problems.map(formatProblem)).toEqual([
      'cage.json#/properties/bird: refers to "Parrot", which the v1.0 API does not have; mark this place with "x-graph-versions" too',
    ]);
    expect((await loadModel({ schemas: path.join(FOLDER, 'bad'), out: path.join(FOLDER, 'generated'), apiVersion: 'beta' })).ok).toBe(true);
  });
});

describe('response-only members in one version', () => {
  const folders: string[] = [];
  afterAll(async () => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

  test('an enum keeps them for the versions that have them, and one left with nothing a request may hold is a problem', async () => {
    const schemas = await mkdtemp(path.join(os.tmpdir(), 'callgen-response-only-'));
    folders.push(schemas);
    const enumFile = (members: string[], versions: Record<string, string[]>): string =>
      JSON.stringify({ title: 'route', type: 'string', enum: members, 'x-response-only-members': ['unknownFutureValue'], 'x-enum-versions': versions });
    await writeFile(path.join(schemas, 'route.json'), enumFile(['direct', 'unknownFutureValue'], { unknownFutureValue: ['v1.0'] }));
    const load = (apiVersion: ApiVersion) => loadModel({ schemas, out: path.join(schemas, 'out'), apiVersion });
    const beta = await load('beta');
    expect(beta.ok && beta.model.types[0]?.shape).toMatchObject({ values: ['direct'], responseOnly: [] });
    const v1 = await load('v1.0');
    expect(v1.ok && v1.model.types[0]?.shape).toMatchObject({ values: ['direct', 'unknownFutureValue'], responseOnly: ['unknownFutureValue'] });

    await writeFile(path.join(schemas, 'route.json'), enumFile(['direct', 'unknownFutureValue'], { direct: ['beta'] }));
    const refused = await load('v1.0');
    expect(refused.ok || refused.problems.map(formatProblem)).toEqual([
      'route.json#: every member of this enum in the v1.0 API is response-only ("x-response-only-members"), so no request could hold a value',
    ]);
    expect((await load('beta')).ok).toBe(true);
  });
});

describe('the generated validators of one version', () => {
  const folders: string[] = [];
  afterAll(async () => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

  async function validators(apiVersion: ApiVersion): Promise<Record<string, (value: unknown) => unknown>> {
    const result = await generate({ schemas: good, out: path.join(FOLDER, 'generated'), apiVersion });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const out = await mkdtemp(path.join(os.tmpdir(), `callgen-versions-${apiVersion}-`));
    folders.push(out);
    await writeOutput(out, result.files);
    return (await import(path.join(out, 'index.ts'))) as Record<string, (value: unknown) => unknown>;
  }

  test('a closed object names the version of a property it lacks, in responses too; other unknown keys stay unknown', async () => {
    const v1 = await validators('v1.0');
    expect(v1['validateDog']?.({ kind: 'dog', chipId: 'x', collar: 'red' })).toEqual({
      ok: false,
      errors: [
        { path: '/chipId', keyword: 'additionalProperties', message: 'is only in the Graph beta API' },
        { path: '/collar', keyword: 'additionalProperties', message: 'is not a known property' },
      ],
      warnings: [],
    });
    const beta = await validators('beta');
    expect(beta['validateDog']?.({ kind: 'dog', tailLength: 3 })).toMatchObject({
      ok: false,
      errors: [{ path: '/tailLength', keyword: 'additionalProperties', message: 'is only in the Graph v1.0 API' }],
    });
  });

  test('an open-by-mode object says so in requests only', async () => {
    const v1 = await validators('v1.0');
    expect(v1['validateOwnerInput']?.({ email: 'a@b.c', phone: '+1' })).toMatchObject({
      ok: false,
      errors: [{ path: '/phone', keyword: 'additionalProperties', message: 'is only in the Graph beta API' }],
    });
    expect(v1['validateOwner']?.({ email: 'a@b.c', phone: '+1' })).toMatchObject({ ok: true });
    expect(v1['validateOwnerInput']?.({ phone: '+1' })).toMatchObject({
      ok: false,
      errors: [
        { path: '/phone', keyword: 'additionalProperties' },
        { path: '/email', keyword: 'required', message: 'is required' },
      ],
    });
  });
});
