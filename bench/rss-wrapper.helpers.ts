// Runs the CLI (argv after this file) and reports the process's peak RSS and CPU time on stderr at exit.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`MAXRSS_KB ${u.maxRSS}\nCPU_S ${(u.userCPUTime + u.systemCPUTime) / 1e6}\n`);
});
await import('../src/cli/main.js');
