'use strict';
// Runs a Node script and reports its own CPU time (user + system) on fd 3 at exit, so a
// benchmark can time a child process without counting the time other processes held the core.
//   node scripts/bench/cpu-of.js SCRIPT [args...]   (fd 3 must be open)
const fs = require('fs');
const path = require('path');
process.on('exit', () => {
  const c = process.cpuUsage();
  try {
    fs.writeSync(3, JSON.stringify({ cpuMs: (c.user + c.system) / 1000 }) + '\n');
  } catch {
    /* no fd 3: nothing to report to */
  }
});
const file = path.resolve(process.argv[2]);
process.argv.splice(1, 2, file);
require(file);
