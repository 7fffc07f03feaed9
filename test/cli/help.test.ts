import { expect, test } from 'vitest';
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
