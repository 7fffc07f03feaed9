// What `callgen generate` spends before its first stage, in the order generator/bin/callgen.js
// does it in a clone: hashing the generator's sources to name their bundle, then loading the
// bundled CLI (generator/.cli/, built by a run before this probe). The generate command and the
// pipeline are chunks the CLI loads when it runs, so their loading counts in a run's own time.
// Prints one JSON line of ms. Plain JavaScript, like the bin it follows.
const steps = {};
const time = async (step, work) => {
  const start = performance.now();
  const result = await work();
  steps[step] = performance.now() - start;
  return result;
};
const { currentEntry, importFromSources } = await import('../generator/bin/sources.js');
const entry = await time('key', () => currentEntry());
await time('callgen', () => importFromSources(entry));
console.log(JSON.stringify(steps));
