import { readFileSync } from 'node:fs';
import { REPO } from './generate.js';

/** The first ```json block of README.md after the first line that contains `marker`, parsed. */
export function readmeJson(marker: string): unknown {
  const readme = readFileSync(`${REPO}/README.md`, 'utf8');
  const at = readme.split('\n').findIndex((line) => line.includes(marker));
  if (at < 0) throw new Error(`README.md has no line with ${marker}`);
  const rest = readme.split('\n').slice(at + 1).join('\n');
  const block = /```json\n([\s\S]*?)```/.exec(rest)?.[1];
  if (block === undefined) throw new Error(`README.md has no JSON block after ${marker}`);
  return JSON.parse(block) as unknown;
}

/** The README's monorepo snippets, by what they are. */
export const monorepoSnippets = {
  root: () => readmeJson('`package.json` (the repository root)') as { workspaces: string[]; scripts: Record<string, string> },
  workspace: () => readmeJson('`packages/tickets/package.json`') as { name: string; scripts: Record<string, string>; devDependencies: Record<string, string> },
  turbo: () => readmeJson('Turborepo, `turbo.json`') as { tasks: { build: { inputs: string[]; outputs: string[]; dependsOn: string[] } } },
  nx: () => readmeJson('Nx, `nx.json`') as { targetDefaults: { build: { inputs: unknown[]; outputs: string[] } } },
};
