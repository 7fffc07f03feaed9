import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledPages } from '../../generator/commands/extract.js';
import { BUNDLED_SCHEMAS } from '../../generator/commands/generate.js';
import { extractFile, type ExtractedPayload } from '../../generator/extract/index.js';
import type { Model, NamedType } from '../../generator/model/types.js';
import { loadModel } from '../../generator/pipeline.js';
import { DEFAULT_IMPORT, requestTypeNamed, snippet } from '../../generator/snippet/index.js';
import type { Note } from '../../generator/snippet/index.js';

export const REPO = path.resolve(import.meta.dirname, '../..');

/** The curated model, as `callgen snippet` loads it. */
export async function curatedModel(): Promise<Model> {
  const loaded = await loadModel({ schemas: BUNDLED_SCHEMAS, out: path.join(REPO, 'generated') });
  if (!loaded.ok) throw new Error(`the curated schemas have problems: ${JSON.stringify(loaded.problems)}`);
  return loaded.model;
}

export function typeNamed(model: Model, name: string): NamedType {
  const type = requestTypeNamed(model, name);
  if (type === undefined) throw new Error(`no request type ${name}`);
  return type;
}

/** Every documented request, with its parsed value (after the documented repairs). */
export async function documentedRequests(): Promise<(ExtractedPayload & { readonly value: unknown })[]> {
  const payloads = (await Promise.all(bundledPages().map((page) => extractFile(page, path.relative(REPO, page))))).flat();
  return payloads
    .filter((p) => p.kind === 'request')
    .map((p) => {
      if (!p.parsed.ok) throw new Error(`${p.id} is not JSON`);
      return { ...p, value: p.parsed.value };
    });
}

export async function snippetOf(model: Model, value: unknown, type = 'createCallRequest', importFrom = DEFAULT_IMPORT): Promise<{ text: string; notes: readonly Note[] }> {
  const result = await snippet(model, value, { type: typeNamed(model, type), importFrom });
  if (!result.ok) throw new Error(`refused: ${result.pointer}: ${result.message}`);
  return result;
}

/**
 * A folder laid out the way the snippet assumes: the snippets beside a copy of generated/, in an
 * ES module package, so `./generated/index.js` resolves as it would in a user's repository.
 */
export class Workspace {
  private constructor(readonly dir: string) {}

  static async create(): Promise<Workspace> {
    const dir = await mkdtemp(path.join(tmpdir(), 'callgen-snippet-'));
    await cp(path.join(REPO, 'generated'), path.join(dir, 'generated'), { recursive: true });
    await writeFile(path.join(dir, 'package.json'), '{"type": "module"}\n');
    return new Workspace(dir);
  }

  /** Writes a snippet as `<name>.ts`; ids name folders (`000/example-1/request`), so slashes become `__`. */
  async write(name: string, text: string): Promise<string> {
    const file = path.join(this.dir, `${name.replaceAll('/', '__')}.ts`);
    await writeFile(file, text);
    return file;
  }

  /** Runs a snippet (vitest transpiles it on import) and returns what it exports as `requestBody`. */
  async run(file: string): Promise<unknown> {
    const module = (await import(pathToFileURL(file).href)) as { requestBody?: unknown };
    if (!('requestBody' in module)) throw new Error(`${file} exports no requestBody`);
    return module.requestBody;
  }
}
