// Preloaded into a benchmarked process (NODE_OPTIONS=--require): on exit, prints its peak
// resident memory as one JSON line on stderr for scripts/bench.ts to read.
process.on('exit', () => {
  process.stderr.write(`\n@@rusage ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
