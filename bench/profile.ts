import { readFileSync } from 'node:fs';
import { tableLines } from './lib/report.js';

// Summarises a V8 CPU profile written by `node --cpu-prof`: self time by function and by package
// (or by callgen folder), so the hot spots of a missed target can be named without a browser.
//   npx tsx bench/profile.ts <file.cpuprofile> [top]

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

export function summarise(profile: CpuProfile, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined) continue;
    const where = shortUrl(frame.url);
    const fn = `${frame.functionName || '(anonymous)'} ${where}${where === '' ? '' : `:${frame.lineNumber + 1}`}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byOwner.set(ownerOf(frame.url, frame.functionName), (byOwner.get(ownerOf(frame.url, frame.functionName)) ?? 0) + us);
  }
  const total = profile.endTime - profile.startTime;
  const rows = (map: Map<string, number>): string[][] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => [name, (us / 1000).toFixed(0), `${((us / total) * 100).toFixed(1)}%`]);
  return [
    `profile: ${(total / 1000).toFixed(0)} ms`,
    '',
    ...tableLines(['self time by package or folder', 'ms', 'share'], rows(byOwner)),
    '',
    ...tableLines(['self time by function', 'ms', 'share'], rows(byFunction)),
  ];
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const repo = url.indexOf('/generator/');
  return repo >= 0 ? url.slice(repo + 1) : url.replace(/^file:\/\//, '');
}

/** `prettier`, `typescript`, `generator/emit`, `(garbage collector)`, `node:internal` ... */
function ownerOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node:internal';
  const repo = url.search(/\/(generator|generated|bench|test)\//);
  if (repo >= 0) return url.slice(repo + 1).split('/').slice(0, 2).join('/');
  return url;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top = '25'] = process.argv.slice(2);
  if (file === undefined) throw new Error('usage: npx tsx bench/profile.ts <file.cpuprofile> [top]');
  for (const line of summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(top))) console.log(line);
}
