import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { commandHelp } from '../../generator/commands/command.js';
import { commands } from '../../generator/commands/index.js';

// Each command lists its parser options and their help lines side by side (generator/commands/*.ts).
// --help is only true while the two name the same flags, and the usage line names them too.
test.each(commands.map((entry) => [entry.name, entry] as const))('callgen %s --help names exactly the flags its parser accepts', async (_name, entry) => {
  const command = await entry.load();
  const parsed = Object.keys(command.options).sort();
  const helped = command.optionHelp.map(([flag]) => /^--([\w-]+)/.exec(flag)?.[1] ?? flag).sort();
  const inUsage = [...new Set([...command.usage.matchAll(/--([\w-]+)/g)].map((m) => m[1]))].sort();
  expect(helped).toEqual(parsed);
  expect(inUsage).toEqual(parsed);
});

// A CI step acts on the exit status, so --help says what each one means; it names 1 ("checked and
// found wanting") exactly for the commands whose code can return it.
test.each(commands.map((entry) => [entry.name, entry] as const))('callgen %s --help ends with what each exit status means', async (name, entry) => {
  const command = await entry.load();
  const help = commandHelp(entry.summary, command);
  const statuses = /\nExit status: (.*)\.\n$/.exec(help)?.[1]?.split('; ').map((part) => part.split(' ')[0]);
  expect(statuses).toEqual(commandSource(name).includes('EXIT_FOUND_WANTING') ? ['0', '1', '2'] : ['0', '2']);
});

/**
 * The source of a command's file and of the files beside it that it imports, in turn: the parts
 * it is split into (generate.ts into build.ts, report.ts, ...), not other commands, nor command.ts,
 * which defines the statuses.
 */
function commandSource(name: string): string {
  const seen = new Set<string>(commands.map((entry) => entry.name).filter((other) => other !== name));
  const pending = [name];
  let source = '';
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next) || next === 'command') continue;
    seen.add(next);
    const text = readFileSync(new URL(`../../generator/commands/${next}.ts`, import.meta.url), 'utf8');
    source += text;
    for (const [, local] of text.matchAll(/from '\.\/([\w-]+)\.js'/g)) if (local !== undefined) pending.push(local);
  }
  return source;
}
