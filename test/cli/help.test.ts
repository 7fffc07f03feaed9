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
  const source = readFileSync(new URL(`../../generator/commands/${name}.ts`, import.meta.url), 'utf8');
  expect(statuses).toEqual(source.includes('EXIT_FOUND_WANTING') ? ['0', '1', '2'] : ['0', '2']);
});
