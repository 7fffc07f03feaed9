// Preloaded into a measured child process (`node --import`): reports its peak memory and the CPU
// time it used (all threads, user and system) on exit. CPU time, unlike wall time, leaves out the
// time the process waited while other processes on a shared machine ran.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  const report = { maxRssKb: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime };
  writeSync(2, `\n@@bench ${JSON.stringify(report)}\n`);
});
