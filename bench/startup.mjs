// What callgen's start-up spends loading modules, in the order generator/bin/callgen.js loads
// them, ending with callgen's own TypeScript (compiled by tsx, or read from its cache). Prints one
// JSON line of milliseconds. Plain JavaScript, because it must run before tsx's hooks exist.
const steps = {};
const time = async (step, work) => {
  const start = performance.now();
  const result = await work();
  steps[step] = performance.now() - start;
  return result;
};
const { register } = await time('tsx', () => import('tsx/esm/api'));
await time('prettier', () => import('prettier'));
await time('ts-morph', () => import('ts-morph'));
await time('register', () => register());
await time('callgen', () => import('../generator/cli.ts'));
console.log(JSON.stringify(steps));
