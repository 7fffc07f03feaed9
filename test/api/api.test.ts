import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import * as api from '../../generator/index.js';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';
import { FIXTURES } from '../support/generate.js';

const tickets = path.join(FIXTURES, 'request-response');

describe("callgen's programmatic API", () => {
  test('exports the functions the README documents', () => {
    const functions = Object.entries(api).filter(([, value]) => typeof value === 'function').map(([name]) => name).sort();
    expect(functions).toEqual(['buildTargets', 'check', 'exportOpenApi', 'findConfig', 'formatProblem', 'generate', 'loadConfig', 'loadValidators', 'planTargets', 'writeOutput']);
  });

  test('generate returns the files in memory; check lists what writeOutput would change, then nothing', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'callgen-api-')), 'out');
    const result = await api.generate({ schemas: tickets, out });
    if (!result.ok) throw new Error(result.problems.map(api.formatProblem).join('\n'));
    expect(result.files.map((f) => f.path)).toEqual(['types.ts', 'builders.ts', 'validators.ts', 'runtime.ts', 'index.ts']);
    expect((await api.check(out, result.files)).map((d) => `${d.change} ${d.path}`)).toEqual([
      'added types.ts',
      'added builders.ts',
      'added validators.ts',
      'added runtime.ts',
      'added index.ts',
      'added .callgen-manifest.json',
    ]);
    await api.writeOutput(out, result.files);
    expect(await api.check(out, result.files)).toEqual([]);
  });

  test('problems are data, each with its file and JSON Pointer', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'callgen-api-bad-'));
    await writeFile(path.join(dir, 'thing.json'), JSON.stringify({ type: 'object', properties: { a: { type: 'strin' } } }));
    const result = await api.generate({ schemas: dir });
    expect(result.ok ? [] : result.problems.map(api.formatProblem)).toEqual([
      'thing.json#/properties/a/type: "type" "strin" is not a JSON Schema type (string, number, integer, boolean, null, object, array)',
    ]);
  });

  test('loadValidators: the validators and builders of any schema set, ready to call', async () => {
    const loaded = await api.loadValidators({ schemas: tickets });
    if (!loaded.ok) throw new Error('unexpected problems');
    const createTicket = loaded.validators['createTicket'];
    expect(createTicket?.typeName).toBe('CreateTicket');
    expect(createTicket?.request?.({ '@odata.type': '#shop.ticket', priority: 'urgent' })).toEqual({
      ok: false,
      errors: [{ path: '/priority', keyword: 'enum', message: 'must be one of "low", "high"', received: '"urgent"' }],
      warnings: [],
    });
    const build = loaded.exports['createTicket'] as (properties: object) => unknown;
    expect(build({ priority: 'low' })).toEqual({ '@odata.type': '#shop.ticket', priority: 'low' });
  });

  test('without options, generate and loadValidators take the curated schemas', async () => {
    const loaded = await api.loadValidators();
    expect(loaded.ok && typeof loaded.validators['commsNotifications']?.response).toBe('function');
  });
});

describe('callgen validate with any schema set', () => {
  async function project(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'callgen-validate-schemas-'));
    await cp(tickets, path.join(dir, 'schemas'), { recursive: true });
    await writeFile(path.join(dir, 'bad.json'), '{ "@odata.type": "#shop.ticket", "priority": "urgent" }');
    await writeFile(path.join(dir, 'good.json'), '{ "@odata.type": "#shop.ticket", "priority": "low" }');
    await writeFile(path.join(dir, 'callgen.config.json'), JSON.stringify({ targets: [{ name: 'tickets', schemas: 'schemas', out: 'src/generated' }] }));
    return dir;
  }

  test('--schemas validates against that folder', async () => {
    const dir = await project();
    const io = captureIo(dir);
    expect(await main(['validate', '--schemas', 'schemas', '--type', 'createTicket', 'bad.json', 'good.json'], io)).toBe(1);
    expect(io.stdout()).toBe(
      'bad.json: 1 error as a CreateTicket request\n  error /priority must be one of "low", "high" [enum] (received "urgent")\ngood.json: ok (a valid CreateTicket request)\n\n2 files: 1 valid, 1 invalid\n',
    );
  });

  test('--target validates against the input of a config target', async () => {
    const dir = await project();
    const io = captureIo(dir);
    expect(await main(['validate', '--target', 'tickets', '--type', 'CreateTicket', 'good.json'], io)).toBe(0);
    expect(io.stdout()).toBe('good.json: ok (a valid CreateTicket request)\n');
  });

  test('a schema set with problems: they are printed, nothing is validated, exit 2', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'schemas', 'person.json'), '{ "title": "person", "type": "object", "nullable": true }');
    const io = captureIo(dir);
    expect(await main(['validate', '--schemas', 'schemas', '--type', 'createTicket', 'good.json'], io)).toBe(2);
    expect(io.stderr()).toContain('schemas/person.json#/nullable: unsupported keyword "nullable"');
    expect(io.stderr()).toContain('1 problem(s) in schemas; no payload was validated.');
    expect(io.stdout()).toBe('');
  });
});
