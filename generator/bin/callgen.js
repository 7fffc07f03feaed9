#!/usr/bin/env node
// callgen is written in TypeScript and run through tsx, so no build step stands between
// `npm ci` and `npx callgen`.
import { register } from 'tsx/esm/api';

// prettier and ts-morph are plain JavaScript and the largest modules callgen loads. Imported after
// register(), each of their files would take a round trip through tsx's loader hooks, which run in
// another thread; imported first, they load as node loads them, about 0.4 s sooner (bench/README.md).
// Only the commands that generate code need them; validate, extract and lint-docs start without.
if (['generate', 'snippet'].includes(process.argv[2] ?? '')) await Promise.all([import('prettier'), import('ts-morph')]);
register();
const { main } = await import('../cli.ts');
process.exitCode = await main(process.argv.slice(2));
