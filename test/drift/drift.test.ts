import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import { captureIo } from '../support/io.js';

// `callgen drift` on a small schema folder written for it (test/fixtures/drift/schemas: call,
// callState, party, phoneParty and the union anyParty) and CSDL documents written here, which
// match it exactly until a test changes one thing on one side.
const SCHEMAS = fileURLToPath(new URL('../fixtures/drift/schemas/', import.meta.url));

function csdl({ version = 'v1.0', callProperties = '', stateMembers = '', extraTypes = '', phoneBase = 'graph.party', targets = 'Collection(graph.party)' } = {}): string {
  const beta = version === 'beta';
  return `<?xml version="1.0" encoding="utf-8"?>
<Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
  <EntityType Name="call" BaseType="graph.entity" OpenType="true">
    <Property Name="state" Type="graph.callState" Nullable="false" />
    <Property Name="targets" Type="${targets}" />
    <Property Name="callbackUri" Type="Edm.String" Nullable="false" />
    ${beta ? '<Property Name="ringTimeout" Type="Edm.Int32" />' : ''}
    ${callProperties}
    <NavigationProperty Name="participants" Type="Collection(graph.participant)" ContainsTarget="true" />
  </EntityType>
  <EnumType Name="callState">
    <Member Name="active" Value="0" />
    ${beta ? '<Member Name="ringing" Value="1" />' : ''}
    <Member Name="unknownFutureValue" Value="2" />
    ${stateMembers}
  </EnumType>
  <ComplexType Name="party" OpenType="true">
    <Property Name="displayName" Type="Edm.String" />
  </ComplexType>
  <ComplexType Name="phoneParty" BaseType="${phoneBase}">
    ${phoneBase === 'graph.party' ? '' : '<Property Name="displayName" Type="Edm.String" />'}
    <Property Name="number" Type="Edm.String" />
  </ComplexType>
  <Action Name="hangUp" IsBound="true">
    <Parameter Name="bindingParameter" Type="graph.call" />
    <Parameter Name="reason" Type="Edm.String" />
  </Action>
  ${extraTypes}
</Schema>
`;
}

const temporary: string[] = [];
afterAll(async () => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'callgen-drift-'));
  temporary.push(dir);
  return dir;
}

interface Run { readonly code: number; readonly stdout: string; readonly stderr: string; readonly items: { type: string; key: string; message: string; decision?: string }[] }

async function drift(metadata: string, version: 'v1.0' | 'beta' = 'v1.0', schemas = SCHEMAS): Promise<Run> {
  const dir = await scratch();
  await writeFile(path.join(dir, 'metadata.xml'), metadata);
  const io = captureIo(dir);
  const code = await main(['drift', '--metadata', 'metadata.xml', '--api-version', version, '--schemas', schemas, '--json'], io);
  const items = code === 2 ? [] : (JSON.parse(io.stdout()) as { items: Run['items'] }).items;
  return { code, stdout: io.stdout(), stderr: io.stderr(), items };
}

/** A copy of the fixture folder with one file changed by `edit`. */
async function schemasWith(file: string, edit: (schema: Record<string, any>) => void): Promise<string> {
  const dir = path.join(await scratch(), 'schemas');
  await cp(SCHEMAS, dir, { recursive: true });
  const schema = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, any>;
  edit(schema);
  await writeFile(path.join(dir, file), JSON.stringify(schema, null, 2));
  return dir;
}

/** A copy of the fixture folder with files added by `add`. */
async function schemasPlus(add: (dir: string) => Promise<void>): Promise<string> {
  const dir = path.join(await scratch(), 'schemas');
  await cp(SCHEMAS, dir, { recursive: true });
  await add(dir);
  return dir;
}

const keys = (run: Run): string[] => run.items.map((i) => `${i.type} ${i.key}`);

describe('schemas that match the metadata', () => {
  test.each(['v1.0', 'beta'] as const)('%s: nothing to report, exit 0', async (version) => {
    const run = await drift(csdl({ version }), version);
    expect(run.items).toEqual([]);
    expect(run.code).toBe(0);
  });

  test('the readable report ends with its count and names the metadata', async () => {
    const dir = await scratch();
    await writeFile(path.join(dir, 'm.xml'), csdl());
    const io = captureIo(dir);
    expect(await main(['drift', '--metadata', 'm.xml', '--api-version', 'v1.0', '--schemas', SCHEMAS], io)).toBe(0);
    expect(io.stdout()).toBe('0 undecided, 0 decided against m.xml (v1.0).\n');
  });
});

describe('the metadata moved on', () => {
  test('a new property, with a type the schemas lack', async () => {
    const run = await drift(csdl({ callProperties: '<Property Name="lobby" Type="graph.lobbyInfo" />', extraTypes: '<ComplexType Name="lobbyInfo" />' }));
    expect(run.items).toEqual([{ type: 'call', file: 'call.json', key: 'missing:lobby', message: 'lacks the property "lobby" (lobbyInfo), and its type lobbyInfo has no schema' }]);
    expect(run.code).toBe(1);
  });

  test('a new enum member', async () => {
    expect(keys(await drift(csdl({ stateMembers: '<Member Name="parked" Value="9" />' })))).toEqual(['callState missing-member:parked']);
  });

  test('a new derived type, and an action whose parameter has no schema', async () => {
    const run = await drift(
      csdl({
        extraTypes: `<ComplexType Name="botParty" BaseType="graph.party" />
          <Action Name="park" IsBound="true"><Parameter Name="bindingParameter" Type="graph.call" /><Parameter Name="spot" Type="graph.parkingSpot" /></Action>`,
      }),
    );
    expect(run.items.map((i) => [i.type, i.key, i.message])).toEqual([
      ['call', 'action:park', 'has the action park, whose parameter spot (parkingSpot) has no schema'],
      ['party', 'derived:botParty', 'has the derived type botParty in the v1.0 metadata, which the schemas lack'],
    ]);
  });

  test('a property typed, collected or nullable differently', async () => {
    const run = await drift(
      csdl({ targets: 'graph.party', callProperties: '' }).replace('Name="callbackUri" Type="Edm.String" Nullable="false"', 'Name="callbackUri" Type="Edm.Int64"'),
    );
    expect(run.items.map((i) => `${i.key}: ${i.message}`)).toEqual([
      'collection:targets: "targets" is a single value in the metadata (party), but an array in the schema',
      'nullable:callbackUri: "callbackUri" is nullable in the metadata, but the schema does not accept null',
      'type:callbackUri: "callbackUri" is Edm.Int64 in the metadata, but the schema holds a string',
    ]);
  });

  test('a base type that changed: the union accepts a type that no longer derives from the slot\'s', async () => {
    const run = await drift(csdl({ phoneBase: 'graph.entity' }));
    expect(run.items.map((i) => `${i.type} ${i.key}: ${i.message}`)).toEqual([
      'call type:targets: "targets" is Collection(party) in the metadata, but the schema also accepts phoneParty, which is not party or derived from it',
      'phoneParty missing:id: lacks the property "id" (Edm.String)',
    ]);
  });

  test('a type the metadata lacks, and one it names without defining (a slice) is only listed', async () => {
    const withoutParty = csdl().replace(/<ComplexType Name="party"[\s\S]*?<\/ComplexType>/, '');
    const run = await drift(withoutParty);
    expect(keys(run)).toEqual([]);
    expect(JSON.parse(run.stdout)).toMatchObject({ notCompared: ['party'] });
    const unnamed = await drift(withoutParty.replace('Collection(graph.party)', 'Collection(graph.phoneParty)').replace('BaseType="graph.party"', ''));
    // With party gone altogether, the union that puts it in targets and phoneParty's inherited displayName are drift too.
    expect(keys(unnamed)).toEqual(['call type:targets', 'party type', 'phoneParty extra:displayName']);
    expect(unnamed.items[1]?.message).toBe('is not a type of the v1.0 metadata');
  });
});

describe('what is compared', () => {
  test('a type no compared type leads to (a webhook answer, say) is listed as not compared, not as drift', async () => {
    const withNote = await schemasPlus(async (dir) => {
      await writeFile(path.join(dir, 'note.json'), JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'note', type: 'object', properties: { text: { type: 'string' } } }));
    });
    const run = await drift(csdl(), 'v1.0', withNote);
    expect(run.items).toEqual([]);
    expect(JSON.parse(run.stdout)).toMatchObject({ notCompared: ['note'] });
  });

  test('a property whose type the document names but does not define is not compared', async () => {
    const run = await drift(csdl({ callProperties: '<Property Name="callbackUri2" Type="graph.somewhereElse" />' }).replace('Name="callbackUri2"', 'Name="state2"'), 'v1.0', await schemasWith('call.json', (s) => (s['properties']['state2'] = { type: ['string', 'null'] })));
    expect(run.items).toEqual([]);
  });
});

describe('the schemas changed', () => {
  test('a property removed is reported at its type, and exits 1', async () => {
    const run = await drift(csdl(), 'v1.0', await schemasWith('party.json', (s) => delete s['properties']['displayName']));
    expect(run.items).toEqual([{ type: 'party', file: 'party.json', key: 'missing:displayName', message: 'lacks the property "displayName" (Edm.String)' }]);
    expect(run.code).toBe(1);
  });

  test('a member added is reported at its enum', async () => {
    const run = await drift(csdl(), 'v1.0', await schemasWith('callState.json', (s) => s['enum'].push('parked')));
    expect(run.items.map((i) => `${i.type} ${i.key}: ${i.message}`)).toEqual(['callState extra-member:parked: has the member "parked", which the v1.0 metadata lacks']);
    expect(run.code).toBe(1);
  });

  test('an evolvable enum closed is reported at its enum: Graph marks evolvable enums by unknownFutureValue', async () => {
    const run = await drift(csdl(), 'v1.0', await schemasWith('callState.json', (s) => delete s['x-open-enum']));
    expect(run.items.map((i) => `${i.type} ${i.key}: ${i.message}`)).toEqual([
      "callState open: is evolvable in the v1.0 metadata (it has unknownFutureValue, so members may be added), but the schema's enum is closed (no x-open-enum)",
    ]);
    expect(run.code).toBe(1);
  });

  test('an evolvable enum whose sentinel a request may hold is reported at its enum: the service refuses unknownFutureValue in a request', async () => {
    const run = await drift(csdl(), 'v1.0', await schemasWith('callState.json', (s) => delete s['x-response-only-members']));
    expect(run.items.map((i) => `${i.type} ${i.key}: ${i.message}`)).toEqual([
      "callState sentinel: lets a request hold unknownFutureValue, the v1.0 metadata's evolvable-enum sentinel, which the service sends but refuses in a request (list it in x-response-only-members)",
    ]);
    expect(run.code).toBe(1);
  });

  test('an enum the metadata keeps closed, opened in the schema, is reported too', async () => {
    const closed = csdl().replace('<Member Name="unknownFutureValue" Value="2" />', '');
    const withoutSentinel = await schemasWith('callState.json', (s) => {
      s['enum'] = ['active', 'ringing'];
      delete s['x-response-only-members'];
    });
    expect((await drift(closed, 'v1.0', withoutSentinel)).items.map((i) => `${i.type} ${i.key}: ${i.message}`)).toEqual([
      "callState open: is open in the schema (x-open-enum), but the v1.0 metadata's enum is not evolvable (it has no unknownFutureValue)",
    ]);
  });

  test('a version mark flipped is reported against both versions', async () => {
    const flipped = await schemasWith('call.json', (s) => (s['properties']['ringTimeout']['x-graph-versions'] = ['v1.0']));
    expect((await drift(csdl(), 'v1.0', flipped)).items.map((i) => `${i.type} ${i.key}: ${i.message}`)).toEqual([
      'call version:ringTimeout: marks "ringTimeout" for v1.0, but the v1.0 metadata lacks it',
    ]);
    expect((await drift(csdl({ version: 'beta' }), 'beta', flipped)).items.map((i) => `${i.type} ${i.key}: ${i.message}`)).toEqual([
      'call version:ringTimeout: marks "ringTimeout" v1.0 only, but the beta metadata has it',
    ]);
    const member = await schemasWith('callState.json', (s) => (s['x-enum-versions'] = { ringing: ['v1.0'] }));
    expect(keys(await drift(csdl({ version: 'beta' }), 'beta', member))).toEqual(['callState member-version:ringing']);
  });
});

describe('decisions', () => {
  test('a declared decision is reported as decided, with its reason, and does not fail the run', async () => {
    const decided = await schemasWith('callState.json', (s) => {
      s['enum'].push('parked');
      s['x-drift-decisions'] = { 'extra-member:parked': 'The service sends it before the metadata lists it.', 'missing-member:gone': 'Never sent.' };
    });
    const run = await drift(csdl(), 'v1.0', decided);
    expect(run.items).toEqual([
      { type: 'callState', file: 'callState.json', key: 'extra-member:parked', message: 'has the member "parked", which the v1.0 metadata lacks', decision: 'The service sends it before the metadata lists it.' },
    ]);
    expect(JSON.parse(run.stdout)).toMatchObject({ undecided: 0, decided: 1, unusedDecisions: ['callState missing-member:gone'] });
    expect(run.code).toBe(0);
  });

  test('a decision key callgen does not know is a schema problem naming its pointer (exit 2)', async () => {
    const bad = await schemasWith('party.json', (s) => (s['x-drift-decisions'] = { 'removed:displayName': 'why' }));
    const run = await drift(csdl(), 'v1.0', bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('party.json#/x-drift-decisions: "x-drift-decisions" has "removed:displayName", which is not a drift key');
  });
});

describe('bad input exits 2 and compares nothing', () => {
  test('malformed XML is reported with its line and column', async () => {
    const run = await drift(csdl().replace('</EnumType>', '</ComplexType>'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^metadata\.xml: line 1[0-9], column \d+: unexpected close tag/);
  });

  test('XML that is not CSDL', async () => {
    const run = await drift('<html><body>Not metadata</body></html>');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('metadata.xml: line 1, column 0: no <Schema> element in the http://docs.oasis-open.org/odata/ns/edm namespace: not a CSDL document');
  });

  test('a missing file, and missing flags', async () => {
    expect((await drift(csdl()).then(() => main(['drift', '--metadata', '/nonexistent/m.xml', '--api-version', 'v1.0'], captureIo())))).toBe(2);
    const folder = captureIo();
    expect(await main(['drift', '--metadata', os.tmpdir(), '--api-version', 'v1.0', '--schemas', SCHEMAS], folder)).toBe(2);
    expect(folder.stderr()).toBe(`${os.tmpdir()}: cannot read the metadata: it is a folder, where a file was expected (EISDIR)\n\n1 problem(s); nothing was compared.\n`);
    const io = captureIo();
    expect(await main(['drift', '--api-version', 'v1.0'], io)).toBe(2);
    expect(io.stderr()).toContain('--metadata <csdl.xml> is required');
    expect(await main(['drift', '--metadata', 'm.xml', '--api-version', 'v2'], captureIo())).toBe(2);
  });
});

describe('actions and the operations that invoke them', () => {
  const operations = (body: Record<string, unknown>, at = '/communications/calls/{call-id}/hangUp') => async (dir: string): Promise<void> => {
    await writeFile(
      path.join(dir, 'callOperations.json'),
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'callOperations',
        'x-operations': { callHangUp: { method: 'POST', path: at, requestBody: { $ref: 'hangUpRequest.json' }, responses: { '204': null } } },
      }),
    );
    await writeFile(path.join(dir, 'hangUpRequest.json'), JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'hangUpRequest', type: 'object', ...body }));
  };

  test('an operation whose body carries the parameters as the metadata types them: nothing to report', async () => {
    const run = await drift(csdl(), 'v1.0', await schemasPlus(operations({ properties: { reason: { type: 'string' } } })));
    expect(run.items).toEqual([]);
  });

  test('a parameter the body lacks, one it types differently, one the metadata lacks', async () => {
    const lacking = await drift(csdl(), 'v1.0', await schemasPlus(operations({ properties: { cause: { type: 'string' } } })));
    expect(lacking.items.map((i) => `${i.type} ${i.key}: ${i.message}`)).toEqual([
      'call parameter:hangUp.cause: has the action hangUp, which has no parameter cause, yet hangUpRequest declares it',
      'call parameter:hangUp.reason: has the action hangUp, whose parameter reason (Edm.String) hangUpRequest lacks',
    ]);
    const retyped = await drift(csdl(), 'v1.0', await schemasPlus(operations({ properties: { reason: { type: 'integer' } } })));
    expect(retyped.items.map((i) => i.message)).toEqual(['has the action hangUp, whose parameter reason is Edm.String, but hangUpRequest.reason holds an integer']);
  });

  test('an action no operation invokes', async () => {
    const run = await drift(csdl(), 'v1.0', await schemasPlus(operations({ properties: { reason: { type: 'string' } } }, '/communications/calls/{call-id}/hangup')));
    expect(run.items.map((i) => `${i.type} ${i.key}: ${i.message}`)).toEqual(['call action:hangUp: has the action hangUp, which no operation of the schemas invokes (POST .../hangUp)']);
  });
});
