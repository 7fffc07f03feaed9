// Preloaded with `node --import` by tests that bound memory: samples the V8 heap while the process
// runs and prints the highest figure on stderr as `@@heap <bytes>` when it exits.
let peak = 0;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().heapUsed);
};
setInterval(sample, 5).unref();
process.on('exit', () => {
  sample();
  process.stderr.write(`@@heap ${peak}\n`);
});
