import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { removeScratch } from '../../support/load.js';
import { sharedPath } from '../support/shared.js';
import { DEVIATIONS, type Deviation } from './deviations.js';
import { readSuiteFile, runGroup, suiteFiles, type SuiteGroup } from './harness.js';

// The official JSON Schema test suite (draft 2020-12): every group goes through `generate`, every
// case through the root type's response validator, and the verdict must be the standard's. The only
// exceptions are the ones declared, with their reason, in deviations.ts; a declared deviation that
// no longer happens fails too, so the table never says more than is true.
const folder = sharedPath('json-schema-test-suite', 'tests', 'draft2020-12');
const files = await suiteFiles(folder);

interface Tally {
  groups: number;
  generated: number;
  cases: number;
  passed: number;
  deviations: number;
}
const tallies = new Map<string, Tally>();

afterAll(async () => {
  await removeScratch();
  const rows = [...tallies].map(([file, t]) => [file.replace(/\.json$/, ''), t.groups, t.generated, t.cases, t.passed, t.deviations]);
  const total = rows.reduce((sum, row) => sum.map((s, i) => (i === 0 ? 'total' : Number(s) + Number(row[i]))), ['total', 0, 0, 0, 0, 0]);
  const header = ['keyword', 'groups', 'generated', 'cases', 'passed', 'declared deviations'];
  const lines = [header, ...rows, total].map((row) => `| ${row.map(String).join(' | ')} |`);
  lines.splice(1, 0, `|${header.map(() => '---').join('|')}|`);
  console.log(`JSON Schema test suite (draft 2020-12), response mode:\n${lines.join('\n')}`);
});

function matching(file: string, group: string, testName?: string): Deviation[] {
  return DEVIATIONS.filter(
    (d) => d.file === file && (d.group === undefined || d.group === group) && (testName === undefined || d.test === undefined || d.test === testName),
  );
}

describe('the JSON Schema test suite, draft 2020-12', () => {
  test.each(files)('%s', async (file) => {
    const groups: SuiteGroup[] = await readSuiteFile(path.join(folder, file));
    const tally: Tally = { groups: groups.length, generated: 0, cases: 0, passed: 0, deviations: 0 };
    tallies.set(file, tally);
    const unexpected: string[] = [];
    const used = new Set<Deviation>();
    for (const group of groups) {
      const outcome = await runGroup(group);
      tally.cases += group.tests.length;
      if (outcome.kind === 'crashed') {
        unexpected.push(`${group.description}: generate crashed: ${outcome.error}`);
        continue;
      }
      if (outcome.kind === 'refused') {
        const declared = matching(file, group.description).filter((d) => d.refused);
        declared.forEach((d) => used.add(d));
        tally.deviations += group.tests.length;
        if (declared.length === 0) unexpected.push(`${group.description}: refused: ${outcome.problems.join(' / ')}`);
        continue;
      }
      tally.generated += 1;
      for (const verdict of outcome.verdicts) {
        if (verdict.actual === verdict.expected) {
          tally.passed += 1;
          continue;
        }
        const declared = matching(file, group.description, verdict.description).filter((d) => !d.refused);
        declared.forEach((d) => used.add(d));
        tally.deviations += 1;
        if (declared.length === 0) {
          unexpected.push(`${group.description} / ${verdict.description}: expected ${verdict.expected ? 'valid' : 'invalid'}, got ${String(verdict.actual)}`);
        }
      }
    }
    const stale = DEVIATIONS.filter((d) => d.file === file && !used.has(d)).map(
      (d) => `declared but did not happen (remove it from deviations.ts): ${d.group ?? '(every group)'}${d.test === undefined ? '' : ` / ${d.test}`}`,
    );
    expect([...unexpected, ...stale]).toEqual([]);
  });
});
