// Preloaded with `node --require` by the bench: reports the process's peak RSS (KiB) on exit.
'use strict';
process.on('exit', () => {
  const file = process.env.OPENSESSION_BENCH_RSS_FILE;
  if (file) require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
});
