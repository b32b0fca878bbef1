// Preloaded with `node --require` by the bench: reports the process's peak RSS (KiB) and its CPU time
// (user + system, ms) on exit, as "<rssKb> <cpuMs>".
'use strict';
process.on('exit', () => {
  const file = process.env.OPENSESSION_BENCH_RSS_FILE;
  if (!file) return;
  const u = process.resourceUsage();
  require('node:fs').writeFileSync(file, `${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1000}`);
});
