// Preloaded into a benchmarked process (NODE_OPTIONS=--require): on exit, prints its peak
// resident memory and CPU time (all threads) as one JSON line on stderr for scripts/bench.ts to read.
process.on('exit', () => {
  process.stderr.write(`\n@@rusage ${JSON.stringify((({ maxRSS, userCPUTime, systemCPUTime }) => ({ maxRssKb: maxRSS, cpuUs: userCPUTime + systemCPUTime }))(process.resourceUsage()))}\n`);
});
