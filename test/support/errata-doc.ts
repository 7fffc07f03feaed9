import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

// docs/errata.md holds the decisions a person wrote and the reports `callgen lint-docs` writes for
// each set of pages, each between two marker comments (`<!-- begin KEY -->`, `<!-- end KEY -->`). A test compares each region
// with a fresh report; CALLGEN_UPDATE_ERRATA=1 rewrites the region instead (read the diff).

export const ERRATA_DOC = path.resolve(import.meta.dirname, '../../docs/errata.md');

const open = (key: string): string => `<!-- begin ${key} -->\n`;
const close = (key: string): string => `<!-- end ${key} -->\n`;

/** The report between the markers of `key`; throws naming the markers when they are missing. */
export async function errataRegion(key: string): Promise<string> {
  const doc = await readFile(ERRATA_DOC, 'utf8');
  const from = doc.indexOf(open(key));
  const to = doc.indexOf(close(key));
  if (from === -1 || to < from) throw new Error(`docs/errata.md has no region "${open(key).trim()}" ... "${close(key).trim()}"`);
  return doc.slice(from + open(key).length, to);
}

/** Compares the region with `report`, or rewrites it when CALLGEN_UPDATE_ERRATA=1. */
export async function checkErrataRegion(key: string, report: string): Promise<{ actual: string; expected: string }> {
  if (process.env['CALLGEN_UPDATE_ERRATA'] === '1') {
    const doc = await readFile(ERRATA_DOC, 'utf8');
    const from = doc.indexOf(open(key));
    const to = doc.indexOf(close(key));
    const next = from === -1 || to < from ? `${doc}\n${open(key)}${report}${close(key)}` : `${doc.slice(0, from + open(key).length)}${report}${doc.slice(to)}`;
    await writeFile(ERRATA_DOC, next);
  }
  return { actual: await errataRegion(key), expected: report };
}
