import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { urlRefusal } from '../config/urls.js';
import { extractPage, type ExtractedPayload } from '../extract/index.js';
import { extractPages, listPages, type Page } from '../extract/pages.js';
import { packagePath } from '../paths.js';
import { display, EXIT_FOUND_WANTING, EXIT_OK, EXIT_USAGE, UsageError, type Command } from './command.js';

/** The five "Create call" pages that ship with callgen: the default when no page is named. */
export const BUNDLED_PAGES_DIR = packagePath('test/corpus/graph-docs');

export function bundledPages(): string[] {
  if (!existsSync(BUNDLED_PAGES_DIR)) {
    throw new UsageError('the five bundled "Create call" pages ship with callgen\'s repository, not its package; name the page files to read');
  }
  return readdirSync(BUNDLED_PAGES_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => path.join(BUNDLED_PAGES_DIR, file));
}

/** Every block of the bundled pages, in page order: what the tests and the benchmark run on. */
export function extractBundledPages(): ExtractedPayload[] {
  return bundledPages().flatMap((file) => extractPage(file, readFileSync(file, 'utf8')));
}

export const extractCommand: Command = {
  name: 'extract',
  usage: 'callgen extract [--json] [page or folder...]',
  optionHelp: [['--json', 'print every payload as JSON: id, file, lines, section, label, kind, HTTP line, API version, metadata, text, parsed value and repairs']],
  options: { json: { type: 'boolean' } },
  exits: '0 listed; 1 a documented request, response or notification that no repair makes JSON; 2 a usage error or a page that cannot be read',
  allowPositionals: true,
  run: async ({ values, positionals }, io) => {
    let pages: Page[];
    let payloads: ExtractedPayload[];
    try {
      pages = await namedPages(positionals, io.cwd);
      payloads = await extractPages(pages);
    } catch (error) {
      io.err(`${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_USAGE;
    }
    io.out(values['json'] === true ? `${JSON.stringify(payloads, null, 2)}\n` : textReport(pages.map((p) => p.shown), payloads));
    // A request, response or notification that no repair makes JSON is a defect of the page.
    return payloads.some((p) => p.kind !== 'other' && !p.parsed.ok) ? EXIT_FOUND_WANTING : EXIT_OK;
  },
};

/** The pages named on the command line (files or folders), or the bundled ones when none is named. */
export async function namedPages(positionals: readonly string[], cwd: string): Promise<Page[]> {
  const show = (file: string): string => display(cwd, file);
  if (positionals.length === 0) return bundledPages().map((file) => ({ file, shown: show(file) }));
  const url = positionals.map((p) => urlRefusal('the page', p)).find((refused) => refused !== undefined);
  if (url !== undefined) throw new UsageError(url);
  return listPages(positionals.map((p) => path.resolve(cwd, p)), show);
}

function textReport(pages: readonly string[], payloads: readonly ExtractedPayload[]): string {
  const lines: string[] = [];
  for (const page of pages) {
    const onPage = payloads.filter((p) => p.file === page);
    lines.push(`${page}: ${count(onPage.filter((p) => p.kind !== 'other').length, 'payload')}${otherNote(onPage)}`);
    const width = Math.max(0, ...onPage.map((p) => p.id.length));
    for (const p of onPage) lines.push(`  ${p.id.padEnd(width)}  ${describe(p)}`);
  }
  // Resource representations only stand on resource pages: named when there are some.
  const kinds = (['request', 'response', 'notification', 'resource'] as const)
    .filter((kind) => kind !== 'resource' || payloads.some((p) => p.kind === kind))
    .map((kind) => count(payloads.filter((p) => p.kind === kind).length, kind));
  const total = payloads.filter((p) => p.kind !== 'other').length;
  lines.push('', `${count(total, 'payload')} in ${count(pages.length, 'page')} (${kinds.join(', ')})${otherNote(payloads)}`);
  return `${lines.join('\n')}\n`;
}

function describe(p: ExtractedPayload): string {
  const http = p.http === null ? '' : p.http.status !== undefined ? `${p.http.status} ${p.http.reason ?? ''}`.trim() : `${p.http.method ?? ''} ${p.http.url ?? ''}`;
  const parts = [p.kind.padEnd(12), (p.apiVersion ?? '-').padEnd(5), `lines ${p.lines.start}-${p.lines.end}`.padEnd(15), http];
  if (p.parsed.ok && p.parsed.repairs.length > 0) parts.push(`(repaired: ${p.parsed.repairs.map((r) => `line ${p.lines.start + r.line - 1}: ${r.what}`).join('; ')})`);
  if (!p.parsed.ok && p.kind !== 'other') parts.push(`NOT JSON at line ${p.lines.start + p.parsed.error.line - 1}, column ${p.parsed.error.column}: ${p.parsed.error.message}`);
  for (const warning of p.warnings) parts.push(`(warning: ${warning})`);
  return parts.join('  ').trimEnd();
}

function otherNote(payloads: readonly ExtractedPayload[]): string {
  const others = payloads.filter((p) => p.kind === 'other').length;
  return others === 0 ? '' : `, and ${count(others, 'other block')} (a media-session blob sample is not a payload)`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
