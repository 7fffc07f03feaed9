import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractFile, type ExtractOptions } from './index.js';
import type { ExtractedPayload } from './types.js';

/** A page to read: where it is, how reports name it, and the folder it was found in (for ids). */
export interface Page {
  readonly file: string;
  readonly shown: string;
  readonly root?: string;
}

/** Page files: Markdown and rendered text. */
const PAGE_FILE = /\.(md|markdown|txt)$/i;

/**
 * The pages the user named: a file is one page, a folder every page file below it (README.md
 * files aside: they describe the folder), in code-unit order of their paths. A path that does not
 * exist rejects with a message naming it. `show` turns a path into the name reports use.
 */
export async function listPages(given: readonly string[], show: (file: string) => string): Promise<Page[]> {
  const pages: Page[] = [];
  for (const target of given) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(target)).isDirectory();
    } catch {
      throw new Error(`${show(target)}: cannot read: no such file or folder`);
    }
    if (!isFolder) {
      pages.push({ file: target, shown: show(target) });
      continue;
    }
    const entries = await readdir(target, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile() && PAGE_FILE.test(e.name) && e.name.toLowerCase() !== 'readme.md')
      .map((e) => path.join(e.parentPath, e.name))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    pages.push(...files.map((file) => ({ file, shown: show(file), root: target })));
  }
  return pages;
}

/** Every payload of the pages, in page order; ids name a page found in a folder by its path below it. */
export async function extractPages(pages: readonly Page[], options: ExtractOptions = {}): Promise<ExtractedPayload[]> {
  const payloads: ExtractedPayload[] = [];
  for (const page of pages) {
    const own = page.root === undefined ? options : { ...options, root: page.root };
    payloads.push(...(await extractFile(page.file, page.shown, own)));
  }
  return payloads;
}
