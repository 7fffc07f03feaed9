import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { callgen, REPO, type Run, runNode, WORK } from './lib/child.js';
import { count, ratio, type Section } from './lib/report.js';
import { median } from './lib/timing.js';

// Generation from an OpenAPI document: `callgen generate --openapi` beside openapi-typescript (the
// dev dependency, its own CLI) on the same document, each run a new process. The documents: the
// curated schemas exported by `callgen export --openapi` (62 types, 3 operations), and the OpenAPI
// Initiative's tictactoe example when ../shared is beside the clone.

const OPENAPI_TYPESCRIPT = path.join(REPO, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const SHARED_EXAMPLE = path.join(REPO, '..', 'shared', 'openapi-examples', 'examples', 'v3.1', 'tictactoe.yaml');

interface Measured {
  readonly document: string;
  readonly callgen: readonly Run[];
  readonly openapiTypescript: readonly Run[];
}

export async function benchOpenApi(samples: number): Promise<Section> {
  await mkdir(WORK, { recursive: true });
  const folder = await mkdtemp(path.join(WORK, 'openapi-'));
  try {
    const curated = path.join(folder, 'curated.yaml');
    const exported = runNode(callgen('export', '--openapi', '--out', curated));
    if (exported.status !== 0) throw new Error(`callgen export --openapi failed: ${exported.stderr}`);
    const documents = [['curated schemas, exported', curated], ...(existsSync(SHARED_EXAMPLE) ? [['tictactoe (OAI example)', SHARED_EXAMPLE]] : [])] as const;
    const measured = documents.map(([label, file]) => measure(label, file, folder, samples));
    return {
      title: 'Generation from an OpenAPI document: callgen beside openapi-typescript',
      header: ['document', 'tool', 'runs', 'wall', 'CPU', 'peak RSS'],
      rows: measured.flatMap((m) => [row(m.document, 'callgen generate --openapi', m.callgen), row('', 'openapi-typescript', m.openapiTypescript)]),
      notes: [
        'Medians; each run a new node process, taken in turn (callgen, then openapi-typescript), so both see the same load. wall: spawn to exit, start-up included; CPU: user and system time of all threads.',
        'They do not make the same thing: openapi-typescript writes one file of types (paths, operations, components); callgen writes types, request shapes, builders, straight-line validators and the operations table, laid out by callgen itself (no prettier).',
        ...measured.map((m) => `${m.document}: callgen takes ${ratio(median(sorted(m.callgen.map((r) => r.ms))) / median(sorted(m.openapiTypescript.map((r) => r.ms))))} the wall time of openapi-typescript.`),
      ],
      targets: [],
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function measure(label: string, file: string, folder: string, samples: number): Measured {
  const ours: Run[] = [];
  const theirs: Run[] = [];
  for (let i = 0; i < samples; i++) {
    ours.push(checked(runNode(callgen('generate', '--openapi', file, '--out', path.join(folder, `callgen-${i}`)))));
    theirs.push(checked(runNode([OPENAPI_TYPESCRIPT, file, '--output', path.join(folder, `openapi-typescript-${i}.ts`)])));
  }
  return { document: label, callgen: ours, openapiTypescript: theirs };
}

function checked(run: Run): Run {
  if (run.status !== 0) throw new Error(`a generation run failed (exit ${String(run.status)}): ${run.stderr}`);
  return run;
}

function row(document: string, tool: string, runs: readonly Run[]): string[] {
  const of = (pick: (r: Run) => number): number => median(sorted(runs.map(pick)));
  return [document, tool, String(runs.length), `${count(of((r) => r.ms))} ms`, `${count(of((r) => r.cpuMs))} ms`, `${count(of((r) => r.maxRssMb))} MB`];
}

function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
