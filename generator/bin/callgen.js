#!/usr/bin/env node
// callgen is written in TypeScript and run through tsx, so no build step stands between
// `npm ci` and `npx callgen`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli.ts');
process.exitCode = await main(process.argv.slice(2));
