// What `callgen generate` spends loading modules before its first stage, in the order
// generator/bin/callgen.js and the generate command load them: tsx, callgen's CLI with the generate
// command (which is all a run with nothing to do needs), then the pipeline (readers, model, emitters, printer, layout),
// which generate imports only when it has code to generate. Prints one JSON line of ms.
// Plain JavaScript, because it must run before tsx's hooks exist.
const steps = {};
const time = async (step, work) => {
  const start = performance.now();
  const result = await work();
  steps[step] = performance.now() - start;
  return result;
};
const { register } = await time('tsx', () => import('tsx/esm/api'));
await time('register', () => register());
await time('callgen', async () => {
  await import('../generator/cli.ts');
  await import('../generator/commands/generate.ts');
});
await time('pipeline', () => import('../generator/pipeline.ts'));
console.log(JSON.stringify(steps));
