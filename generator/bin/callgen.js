#!/usr/bin/env node
// Two layouts, one command. In callgen's repository the TypeScript sources are here, and the CLI
// runs them as they are: bundled on first use into generator/.cli/ under a hash of their bytes
// (sources.js says why), or through tsx (a devDependency) when they cannot be bundled. So no build
// step stands between `npm ci` and `npx callgen`, and a dist/ left by an earlier `npm pack` can
// never run instead of the sources. In the installed package the sources are absent and the CLI
// is the compiled dist/, run by plain node.
import { existsSync } from 'node:fs';

const sources = new URL('../cli.ts', import.meta.url);
let main;
if (existsSync(sources)) {
  // The generator (and prettier, for snippet or --prettier) loads only when code is generated, so
  // a generate with nothing to do, and the other commands, start without it.
  const { importFromSources } = await import('./sources.js');
  let cli = await importFromSources();
  if (cli === undefined) {
    const { register } = await import('tsx/esm/api');
    register();
    cli = await import(sources.href);
  }
  ({ main } = cli);
} else {
  ({ main } = await import('../../dist/generator/cli.js'));
}
process.exitCode = await main(process.argv.slice(2));
