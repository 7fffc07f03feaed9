#!/usr/bin/env node
// Two layouts, one command. In callgen's repository the TypeScript sources are here, and the CLI
// runs them through tsx (a devDependency), so no build step stands between `npm ci` and
// `npx callgen`, and a dist/ left by an earlier `npm pack` can never run instead of the sources.
// In the installed package the sources are absent and the CLI is the compiled dist/, run by plain node.
import { existsSync } from 'node:fs';

const sources = new URL('../cli.ts', import.meta.url);
let main;
if (existsSync(sources)) {
  // prettier and ts-morph are plain JavaScript and the largest modules callgen loads. Imported after
  // register(), each of their files would take a round trip through tsx's loader hooks, which run in
  // another thread; imported first, they load as node loads them, about 0.4 s sooner (bench/README.md).
  // Only the commands that generate code need them; validate, extract and lint-docs start without.
  if (['generate', 'snippet'].includes(process.argv[2] ?? '')) await Promise.all([import('prettier'), import('ts-morph')]);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(sources.href));
} else {
  ({ main } = await import('../../dist/generator/cli.js'));
}
process.exitCode = await main(process.argv.slice(2));
