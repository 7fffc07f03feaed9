// What `callgen generate` spends loading modules before its first stage, in the order
// generator/bin/callgen.js and the generate command load them, ending with callgen's own
// TypeScript (compiled by tsx, or read from its cache). Prints one JSON line of milliseconds.
// Plain JavaScript, because it must run before tsx's hooks exist.
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
await time('callgen', async () => {
  await import('../generator/cli.ts');
  // The generate command imports the pipeline when it runs, so other commands start without it.
  await Promise.all([import('../generator/pipeline.ts'), import('../generator/output/write.ts')]);
});
console.log(JSON.stringify(steps));
