import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, REPO } from '../support/generate.js';
import { monorepoSnippets, readmeJson } from '../support/readme.js';
import { mtimes, run, runOk } from './support.js';

// callgen as its users get it: packed, installed from the tarball alone (its dependencies as npm
// resolves them from the registry) into a fresh npm-workspaces monorepo made from the README's
// snippets, run as a workspace's build step, and used by a consumer workspace compiled under the
// strictest flags and run with plain node. Slow and needs the registry: `npm run test:package`.

const STRICTEST = {
  target: 'ES2022',
  lib: ['ES2023'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  types: ['node'],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noPropertyAccessFromIndexSignature: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  isolatedDeclarations: true,
  declaration: true,
  rootDir: 'src',
  outDir: 'dist',
};

const BOT_MAIN = `import { createTicket, validateCreateTicket, type CreateTicket } from '@acme/tickets';
import { createCallRequest, identity, identitySet, invitationParticipantInfo, serviceHostedMediaConfig, validateCommsNotifications, validateCreateCallRequest } from 'callgen/graph';

const ticket: CreateTicket = createTicket({ priority: 'high' });
const call = createCallRequest({
  callbackUri: 'https://bot.contoso.com/callback',
  targets: [invitationParticipantInfo({ identity: identitySet({ user: identity({ id: '112f7296-5fa4-42ca-bae8-6a692b15d4b8' }) }) })],
  requestedModalities: ['audio'],
  mediaConfig: serviceHostedMediaConfig(),
});
const broken = validateCommsNotifications({ value: [{ changeType: 'sideways' }] });
console.log(JSON.stringify({
  ticket: validateCreateTicket(ticket).ok,
  lowTicket: validateCreateTicket({ '@odata.type': '#shop.ticket', priority: 'urgent' }).ok,
  call: validateCreateCallRequest(call).ok,
  notification: broken.ok ? [] : broken.errors.map((e) => \`\${e.path} \${e.keyword}\`),
}));
`;

let work = '';
let tarball = '';
let repo = '';
let tickets = '';

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'callgen-package-'));
  const packed = JSON.parse(runOk('npm', ['pack', '--json', '--pack-destination', work], REPO).stdout) as { filename: string }[];
  tarball = path.join(work, packed[0]?.filename ?? 'missing.tgz');
  repo = path.join(work, 'repo');
  tickets = path.join(repo, 'packages', 'tickets');
  await makeMonorepo();
  runOk('npm', ['install'], repo);
}, 900_000);

async function makeMonorepo(): Promise<void> {
  const bot = path.join(repo, 'packages', 'bot');
  const fromTarball = `file:${path.relative(tickets, tarball)}`;
  await mkdir(path.join(tickets, 'src'), { recursive: true });
  await mkdir(path.join(bot, 'src'), { recursive: true });
  const root = monorepoSnippets.root();
  await writeJson(path.join(repo, 'package.json'), { ...root, devDependencies: { typescript: '5.9.3', '@types/node': '20.19.43' } });
  const workspace = monorepoSnippets.workspace();
  await writeJson(path.join(tickets, 'package.json'), { ...workspace, devDependencies: { ...workspace.devDependencies, callgen: fromTarball } });
  await writeFile(path.join(tickets, 'callgen.config.json'), readmeTicketsConfig());
  await cp(path.join(FIXTURES, 'request-response'), path.join(tickets, 'schemas'), { recursive: true });
  await writeFile(path.join(tickets, 'src', 'index.ts'), "export * from './generated/index.js';\n");
  await writeJson(path.join(tickets, 'tsconfig.json'), { compilerOptions: STRICTEST, include: ['src'] });
  await writeJson(path.join(bot, 'package.json'), {
    name: '@acme/bot',
    version: '1.0.0',
    private: true,
    type: 'module',
    scripts: { build: 'tsc -p tsconfig.json' },
    dependencies: { '@acme/tickets': '1.0.0', callgen: `file:${path.relative(bot, tarball)}` },
  });
  await writeJson(path.join(bot, 'tsconfig.json'), { compilerOptions: STRICTEST, include: ['src'] });
  await writeFile(path.join(bot, 'src', 'main.ts'), BOT_MAIN);
}

/** The workspace's config file as the README shows it, inline in the monorepo section. */
function readmeTicketsConfig(): string {
  const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const config = /`(\{ "targets": \[\{ "schemas": "schemas", "out": "src\/generated" \}\] \})`/.exec(readme)?.[1];
  if (config === undefined) throw new Error("README.md's monorepo section no longer shows the workspace's callgen.config.json");
  return config;
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

describe('the tarball', () => {
  test('holds the compiled CLI and API, the curated output, schemas and docs, and nothing of the tests or benchmarks', () => {
    const listing = JSON.parse(runOk('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], REPO).stdout) as { files: { path: string }[]; size: number; unpackedSize: number }[];
    const files = listing[0]?.files.map((f) => f.path) ?? [];
    expect(files).toEqual(expect.arrayContaining(['generator/bin/callgen.js', 'dist/generator/index.js', 'dist/generator/index.d.ts', 'dist/generated/index.js', 'dist/generated/index.d.ts', 'schemas/call.json', 'docs/dialect.md', 'generator/config/schema/callgenConfig.json', 'generator/emit/runtime/runtime.ts', 'LICENSE']));
    const shipped = /^(package\.json|README\.md|LICENSE|dist\/(generator|generated)\/.*\.(js|d\.ts)|generator\/bin\/callgen\.js|generator\/emit\/runtime\/[^/]+\.ts|generator\/config\/schema\/callgenConfig\.json|schemas\/[^/]+\.json|docs\/dialect\.md)$/;
    expect(files.filter((f) => !shipped.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(test|tests|bench|fixtures|__snapshots__|\.ci)\/|\.test\.|vitest/.test(f))).toEqual([]);
    // 0.49 MB packed with the whole calling API in three builds (both versions, v1.0, beta); a
    // tarball of the repository (tests, fixtures, snapshots, benchmarks) is several times that.
    expect(listing[0]?.size).toBeLessThan(1_000_000);
  });

  test('installs callgen from the tarball alone, without tsx', () => {
    const lock = JSON.parse(readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> };
    expect(lock.packages['node_modules/callgen']?.resolved).toBe(`file:${path.relative(repo, tarball)}`);
    expect(Object.keys(lock.packages).filter((p) => p.endsWith('node_modules/callgen'))).toEqual(['node_modules/callgen']);
    expect(existsSync(path.join(repo, 'node_modules', 'callgen', 'generator', 'cli.ts'))).toBe(false);
    expect(existsSync(path.join(repo, 'node_modules', 'tsx'))).toBe(false);
    expect(runOk('npx', ['callgen', '--version'], repo).stdout).toBe(`${readPackageVersion()}\n`);
  });
});

describe('an npm-workspaces monorepo', () => {
  test('builds: callgen generate as the workspace build step, then the consumer under the strictest flags, run with node', () => {
    const built = runOk('npm', ['run', 'build'], repo);
    expect(built.stdout).toContain('Wrote 5 files to src/generated from 5 types.');
    expect(existsSync(path.join(tickets, 'dist', 'index.d.ts'))).toBe(true);
    const ran = runOk('node', [path.join('packages', 'bot', 'dist', 'main.js')], repo);
    expect(JSON.parse(ran.stdout)).toEqual({ ticket: true, lowTicket: false, call: true, notification: ['/value/0/changeType enum', '/value/0 required'] });
  });

  test('generate --check passes after the build', () => {
    const check = run('npx', ['callgen', 'generate', '--check'], tickets);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('src/generated is up to date');
    expect(check.status).toBe(0);
  });

  test('a second build writes nothing: every generated file keeps its modification time', async () => {    const before = await mtimes(path.join(tickets, 'src', 'generated'));
    runOk('npm', ['run', 'build', '--workspace', '@acme/tickets'], repo);
    expect(await mtimes(path.join(tickets, 'src', 'generated'))).toEqual(before);
  });

  test("the README's programmatic API example compiles against the package's declarations under the strictest flags and runs", async () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const example = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').find((e) => e.includes("from 'callgen';"));
    expect(example).toBeDefined();
    await mkdir(path.join(tickets, 'api'), { recursive: true });
    await writeFile(path.join(tickets, 'api', 'example.ts'), example ?? '');
    await writeJson(path.join(tickets, 'tsconfig.api.json'), { compilerOptions: { ...STRICTEST, rootDir: 'api', outDir: 'api-dist' }, include: ['api'] });
    runOk('npx', ['tsc', '-p', 'tsconfig.api.json'], tickets);
    // After the build src/generated is current, so nothing differs; the ticket is a valid request.
    expect(runOk('node', [path.join('api-dist', 'example.js')], tickets).stdout).toBe('0 true\n');
  });

  test('validate --schemas checks payloads against the workspace\'s own schemas with the compiled CLI', async () => {
    await writeFile(path.join(tickets, 'urgent.json'), '{ "@odata.type": "#shop.ticket", "priority": "urgent" }');
    const ran = run('npx', ['callgen', 'validate', '--schemas', 'schemas', '--type', 'createTicket', 'urgent.json'], tickets);
    expect(ran.stdout).toBe('urgent.json: 1 error as a CreateTicket request\n  error /priority must be one of "low", "high" [enum] (received "urgent")\n');
    expect(ran.status).toBe(1);
  });

  test("the README's Turborepo and Nx inputs and outputs name folders this build has", () => {
    const { inputs, outputs } = monorepoSnippets.turbo().tasks.build;
    const nx = monorepoSnippets.nx().targetDefaults.build;
    const globs = [...inputs, ...outputs, ...nx.inputs.filter((i): i is string => typeof i === 'string'), ...nx.outputs];
    const folders = globs
      .filter((g) => g !== '$TURBO_DEFAULT$')
      .map((g) => g.replace(/^!/, '').replace('{projectRoot}/', '').replace(/\/\*\*(\/\*)?$/, ''));
    expect(folders.filter((f) => !existsSync(path.join(tickets, f)))).toEqual([]);
  });

  test("import('callgen') and import('callgen/graph') work from plain Node ESM; the schemas resolve", () => {
    const script = `
      const api = await import('callgen');
      const graph = await import('callgen/graph');
      const v1 = await import('callgen/graph/v1.0');
      const beta = await import('callgen/graph/beta');
      const schema = await import('callgen/schemas/call.json', { with: { type: 'json' } });
      console.log(JSON.stringify({
        generate: typeof api.generate,
        createCallRequest: graph.createCallRequest({ callbackUri: 'https://x.test/cb', requestedModalities: ['audio'], mediaConfig: graph.serviceHostedMediaConfig(), targets: [] })['@odata.type'],
        notifications: graph.validateCommsNotifications({ value: [] }).ok,
        schema: schema.default.title,
        versions: [typeof v1.validateCommsNotifications, typeof beta.validateCommsNotifications],
      }));`;
    const ran = runOk('node', ['--input-type=module', '-e', script], repo);
    expect(JSON.parse(ran.stdout)).toEqual({ generate: 'function', createCallRequest: '#microsoft.graph.call', notifications: true, schema: 'call', versions: ['function', 'function'] });
  });

  test("the config file's JSON Schema is installed where the README's \"$schema\" points, and the README's config validates against it", async () => {
    const config = readmeJson('## Config file') as { $schema: string };
    // From a config file at the root, as the README writes it; from a workspace, two levels up (hoisted).
    const installed = path.resolve(repo, config.$schema);
    expect(path.resolve(tickets, config.$schema.replace(/^\.\//, '../../'))).toBe(installed);
    const schema = JSON.parse(await readFile(installed, 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true });
    ajv.addKeyword({ keyword: 'x-request-body' });
    const validate = ajv.compile(schema);
    expect([validate(config), validate(readmeJson('declares them, at the top level')), validate({ targets: [{ out: 'src', schema: 'typo' }] })]).toEqual([true, true, false]);
    const script = "const s = await import('callgen/config.schema.json', { with: { type: 'json' } }); console.log(s.default.$id);";
    expect(runOk('node', ['--input-type=module', '-e', script], repo).stdout).toBe(`${(schema as { $id: string }).$id}\n`);
  });

  test('an empty project generates the curated output with npx callgen generate --out src/graph', async () => {
    const app = path.join(work, 'app');
    await mkdir(app, { recursive: true });
    await writeJson(path.join(app, 'package.json'), { name: 'app', private: true, type: 'module' });
    runOk('npm', ['install', tarball], app);
    expect(runOk('npx', ['callgen', 'generate', '--out', 'src/graph'], app).stdout).toMatch(/^Wrote \d+ files to src\/graph from \d+ types\.\n$/);
    expect((await readFile(path.join(app, 'src', 'graph', 'index.ts'), 'utf8')).length).toBeGreaterThan(0);
    // The bundled pages stay in the repository: an example id says to save the payload as a file, which works.
    const byId = run('npx', ['callgen', 'snippet', '001/join-scheduled-meeting-with-service-hosted-media/request'], app);
    expect(byId.stderr).toBe('001/join-scheduled-meeting-with-service-hosted-media/request: no such file; example ids name payloads of the bundled "Create call" pages, which ship with callgen\'s repository, not its package: save the payload as a .json file and name that\n');
    expect(byId.status).toBe(2);
    await writeJson(path.join(app, 'body.json'), { callbackUri: 'https://bot.contoso.com/callback', requestedModalities: ['audio'], mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' } });
    expect(runOk('npx', ['callgen', 'snippet', 'body.json'], app).stdout).toContain('mediaConfig: serviceHostedMediaConfig(),');
  });
});

describe('a bundler consumer', () => {
  // A bot built with a bundler: moduleResolution Bundler, no @types/node (callgen/graph needs none),
  // the library's declarations checked too (skipLibCheck false), bundled with esbuild (installed
  // with callgen) and run.
  const BUNDLER = { ...STRICTEST, module: 'Preserve', moduleResolution: 'Bundler', types: [], lib: ['ES2023'], skipLibCheck: false, emitDeclarationOnly: true, outDir: 'types' };
  const BOT = `declare const console: { log(message: string): void };
import { createCallRequest, serviceHostedMediaConfig, validateCommsNotifications, type CommsNotification } from 'callgen/graph';
import { validateCreateCallRequest } from 'callgen/graph/v1.0';

const call = createCallRequest({ callbackUri: 'https://bot.contoso.com/callback', targets: [], requestedModalities: ['audio'], mediaConfig: serviceHostedMediaConfig() });
const posted: unknown = JSON.parse('{"value": [{"changeType": "updated", "resourceUrl": "/communications/calls/1", "resourceData": {"@odata.type": "#microsoft.graph.call", "state": "established"}}]}');
const seen: string[] = [];
function handle(notification: CommsNotification): void {
  const data = notification.resourceData;
  if (data === undefined || Array.isArray(data)) return;
  if (data['@odata.type'] === '#microsoft.graph.call') seen.push(data.state ?? 'unknown');
}
const result = validateCommsNotifications(posted);
if (result.ok) for (const notification of result.value.value) handle(notification);
const v1 = validateCreateCallRequest({ ...call, ringingTimeoutInSeconds: 30 });
console.log(JSON.stringify({ seen, v1: v1.ok ? [] : v1.errors.map((e) => \`\${e.path} \${e.message}\`) }));
`;

  test('compiles against the package under Bundler resolution without Node types, bundles with esbuild and runs', async () => {
    const app = path.join(work, 'bundled');
    await mkdir(path.join(app, 'src'), { recursive: true });
    await writeJson(path.join(app, 'package.json'), { name: 'bundled', private: true, type: 'module', devDependencies: { typescript: '5.9.3', esbuild: '0.28.2' } });
    await writeJson(path.join(app, 'tsconfig.json'), { compilerOptions: BUNDLER, include: ['src'] });
    await writeFile(path.join(app, 'src', 'bot.ts'), BOT);
    runOk('npm', ['install', tarball], app);
    runOk('npx', ['tsc', '-p', 'tsconfig.json'], app);
    runOk('npx', ['esbuild', 'src/bot.ts', '--bundle', '--format=esm', '--platform=neutral', '--outfile=out/bot.js'], app);
    expect(JSON.parse(runOk('node', [path.join('out', 'bot.js')], app).stdout)).toEqual({ seen: ['established'], v1: ['/ringingTimeoutInSeconds is only in the Graph beta API'] });
  });
});

function readPackageVersion(): string {
  return (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
}
