import { createWriteStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { callgen, runNode, WORK } from '../lib/child.js';
import { type Section } from '../lib/report.js';

// `callgen validate` on a 200 MB file of invalid items (issue 15, item 4): it must exit 1 with a
// bounded report, in bounded memory. The file is a notifications payload whose `value` array holds
// about a million notifications, each with a wrong type in it.

const FILE = path.join(WORK, 'big-invalid.json');
const TARGET_BYTES = 200 * 1024 * 1024;

async function writeBigFile(): Promise<void> {
  if (existsSync(FILE) && statSync(FILE).size >= TARGET_BYTES) return;
  const out = createWriteStream(FILE);
  out.write('{"value":[');
  let written = 10;
  for (let i = 0; written < TARGET_BYTES; i++) {
    const item = `${i === 0 ? '' : ','}{"@odata.type":"#microsoft.graph.commsNotification","changeType":"updated","resourceUrl":"/communications/calls/${i}","resource":42,"resourceData":{"@odata.type":"#microsoft.graph.call","state":"established","id":"${i}"}}`;
    written += item.length;
    if (!out.write(item)) await once(out, 'drain');
  }
  out.end(']}');
  await once(out, 'finish');
}

export async function benchBigValidate(): Promise<Section> {
  await writeBigFile();
  const run = runNode(callgen('validate', '--type', 'commsNotifications', FILE), { timeoutMs: 300_000 });
  const lines = run.stdout.split('\n').filter((l) => l !== '');
  const megabytes = statSync(FILE).size / 2 ** 20;
  const ok = run.status === 1 && run.ms < 10_000 && run.maxRssMb < 1024;
  return {
    title: 'callgen validate on a 200 MB file of invalid items',
    header: ['file', 'exit', 'wall', 'CPU', 'peak RSS', 'report lines'],
    rows: [[`${megabytes.toFixed(0)} MB`, String(run.status), `${(run.ms / 1000).toFixed(2)} s`, `${(run.cpuMs / 1000).toFixed(2)} s`, `${run.maxRssMb.toFixed(0)} MB`, String(lines.length)]],
    notes: [`bench/.work/big-invalid.json: one notifications payload whose value array holds ${megabytes.toFixed(0)} MB of notifications, each with a number where a string belongs. Report head: ${lines.slice(0, 2).join(' | ')}; tail: ${lines.at(-1) ?? ''}`],
    targets: [{ name: 'validate on 200 MB of invalid items: exit 1 with a bounded report in under 10 s and under 1 GB', figure: `exit ${String(run.status)}, ${(run.ms / 1000).toFixed(2)} s, ${run.maxRssMb.toFixed(0)} MB, ${lines.length} report lines`, met: ok }],
  };
}
