import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

// `callgen validate` over a folder of 10,000 payload files, as a platform team would run it in CI:
// one report per file, and memory that does not grow with the number of files.

const REPO = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(REPO, 'generator', 'bin', 'callgen.js');
const HEAP = path.join(REPO, 'test', 'support', 'heap-peak.mjs');

async function folderOf(count: number, notification: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `callgen-validate-${count}-`));
  await mkdir(path.join(dir, 'sub'));
  const invalid = notification.replace('"changeType": "updated"', '"changeType": "renamed"');
  await Promise.all(
    Array.from({ length: count }, (_, i) => writeFile(path.join(dir, i % 2 === 0 ? 'sub' : '', `n${String(i).padStart(5, '0')}.json`), i % 1000 === 7 ? invalid : notification)),
  );
  return dir;
}

// A 1 MB young generation makes the collector run often, so the sampled heap peak follows what the
// process keeps rather than when the collector last ran (with the default, the same run measured
// 4-14 MB apart between 100 and 10,000 files, and over the bound when the suite ran in parallel).
function validateFolder(dir: string): { status: number | null; lines: string[]; heapMb: number } {
  const run = spawnSync(process.execPath, ['--max-semi-space-size=1', '--import', HEAP, CLI, 'validate', '--type', 'commsNotifications', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const heap = Number(/@@heap (\d+)/.exec(run.stderr)?.[1]);
  return { status: run.status, lines: run.stdout.trimEnd().split('\n'), heapMb: heap / 2 ** 20 };
}

test('10,000 files: a report for each, a tally, exit 1 for the ten invalid ones, and the heap of a 100-file run', { timeout: 120_000 }, async () => {
  // A batch of twelve call notifications, about 4 KB: if callgen kept every text, 10,000 would add 40 MB.
  const notification = JSON.stringify(
    {
      '@odata.type': '#microsoft.graph.commsNotifications',
      value: Array.from({ length: 12 }, (_, i) => ({
        '@odata.type': '#microsoft.graph.commsNotification',
        changeType: 'updated',
        resourceUrl: `/communications/calls/421f7700-f4ad-4ea9-a3fc-c1d2195675ad/participants/${i}`,
        resourceData: { '@odata.type': '#microsoft.graph.call', state: 'established', id: '421f7700-f4ad-4ea9-a3fc-c1d2195675ad' },
      })),
    },
    null,
    2,
  );
  const small = validateFolder(await folderOf(100, notification));
  const large = validateFolder(await folderOf(10_000, notification));

  expect(small.status).toBe(1);
  expect(large.status).toBe(1);
  const reports = large.lines.filter((l) => /^\S.*\.json: /.test(l));
  expect(reports).toHaveLength(10_000);
  expect(reports.filter((l) => l.endsWith(': ok (a valid CommsNotifications response)'))).toHaveLength(9_990);
  expect(large.lines.at(-1)).toBe('10000 files: 9990 valid, 10 invalid');
  // Sorted by path: the folder's own files first, then sub/.
  expect(reports[0]?.endsWith('n00001.json: ok (a valid CommsNotifications response)')).toBe(true);
  expect(large.heapMb - small.heapMb).toBeLessThan(15);
});
