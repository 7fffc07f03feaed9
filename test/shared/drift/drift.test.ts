import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { drift, type DriftReport } from '../../../generator/drift/index.js';
import { main } from '../../../generator/cli.js';
import { captureIo } from '../../support/io.js';
import { repositoryRoot, sharedPath } from '../support/shared.js';

// The curated schemas against Graph's own metadata (the calls slices in ../shared, never
// committed), and copies of them changed in one place, which drift must report at that type.
const SCHEMAS = path.join(repositoryRoot, 'schemas');
const metadataOf = (version: 'v1.0' | 'beta'): string => sharedPath('graph-reference', 'csdl', `${version}-calls.xml`);

async function reportOf(version: 'v1.0' | 'beta', schemas = SCHEMAS): Promise<DriftReport> {
  const result = await drift({ schemas, metadata: metadataOf(version), apiVersion: version });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.report;
}

const undecided = (report: DriftReport): string[] => report.items.filter((i) => i.decision === undefined).map((i) => `${i.type} ${i.key}`);

const temporary: string[] = [];
afterAll(async () => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

async function curatedWith(file: string, edit: (schema: Record<string, any>) => void): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'callgen-drift-curated-'));
  temporary.push(dir);
  await cp(SCHEMAS, dir, { recursive: true });
  const schema = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, any>;
  edit(schema);
  await writeFile(path.join(dir, file), JSON.stringify(schema, null, 2));
  return dir;
}

describe('the curated schemas', () => {
  test.each(['v1.0', 'beta'] as const)('have no undecided drift against the %s metadata', async (version) => {
    const report = await reportOf(version);
    expect(undecided(report)).toEqual([]);
    expect(report.items.length).toBeGreaterThan(0);
  });

  test('the command agrees: exit 0 on both versions', async () => {
    for (const version of ['v1.0', 'beta'] as const) {
      const io = captureIo();
      expect(await main(['drift', '--metadata', metadataOf(version), '--api-version', version], io)).toBe(0);
      expect(io.stdout()).toMatch(new RegExp(`\\n0 undecided, \\d+ decided against .*${version}-calls\\.xml \\(${version.replace('.', '\\.')}\\)\\.\\n$`));
    }
  });

  test('every decision they declare is one some version of the metadata needs', async () => {
    const [v1, beta] = await Promise.all([reportOf('v1.0'), reportOf('beta')]);
    const unusedInBoth = v1.unusedDecisions.filter((d) => beta.unusedDecisions.includes(d));
    expect(unusedInBoth).toEqual([]);
  });
});

describe('a copy of the curated schemas changed in one place', () => {
  test('a property removed: reported at its type, against both versions, and the command exits 1', async () => {
    const copy = await curatedWith('call.json', (s) => delete s['properties']['callChainId']);
    for (const version of ['v1.0', 'beta'] as const) {
      const items = (await reportOf(version, copy)).items.filter((i) => i.key === 'missing:callChainId');
      expect(items.map((i) => [i.type, i.file, i.message, i.decision])).toEqual([['call', 'call.json', 'lacks the property "callChainId" (Edm.String)', undefined]]);
    }
    const io = captureIo();
    expect(await main(['drift', '--metadata', metadataOf('v1.0'), '--api-version', 'v1.0', '--schemas', copy], io)).toBe(1);
    expect(io.stdout()).toContain('call (call.json)\n');
    expect(io.stdout()).toContain('  DRIFT    missing:callChainId: call lacks the property "callChainId" (Edm.String)\n');
  });

  test('an enum member added: reported at the enum against v1.0 (the beta slice defines no enums)', async () => {
    const copy = await curatedWith('tone.json', (s) => s['enum'].push('tone10'));
    expect(undecided(await reportOf('v1.0', copy)).filter((k) => k.startsWith('tone '))).toEqual(['tone extra-member:tone10']);
  });

  test('a version mark flipped: reported against both versions', async () => {
    const copy = await curatedWith('call.json', (s) => (s['properties']['ringingTimeoutInSeconds']['x-graph-versions'] = ['v1.0']));
    for (const version of ['v1.0', 'beta'] as const) {
      expect(undecided(await reportOf(version, copy)).filter((k) => k.includes('ringingTimeoutInSeconds'))).toEqual(['call version:ringingTimeoutInSeconds']);
    }
    const member = await curatedWith('callState.json', (s) => delete s['x-enum-versions']);
    expect(undecided(await reportOf('v1.0', member)).filter((k) => k.startsWith('callState '))).toEqual(['callState extra-member:ringing']);
  });

  test('a type-level mark flipped: a type of both versions marked beta, a beta type marked v1.0', async () => {
    const chatInfo = await curatedWith('chatInfo.json', (s) => (s['x-graph-versions'] = ['beta']));
    const v1 = (await reportOf('v1.0', chatInfo)).items.filter((i) => i.type === 'chatInfo');
    expect(v1.map((i) => `${i.key}: ${i.message}`)).toEqual(['type: is marked for beta only, but the v1.0 metadata has it']);
    const capability = await curatedWith('meetingCapability.json', (s) => (s['x-graph-versions'] = ['v1.0']));
    const beta = (await reportOf('beta', capability)).items.filter((i) => i.type === 'meetingCapability');
    expect(beta.map((i) => `${i.key}: ${i.message}`)).toEqual(['type: is marked for v1.0 only, but the beta metadata has it']);
  });
});
