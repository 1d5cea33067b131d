'use strict';
// One node run under valgrind's callgrind, for instruction counts a loaded machine does not move.
const { spawnSync } = require('child_process');

/**
 * Runs `node [--jitless] script ...args` under callgrind, writing its profile to `outFile`.
 * Returns the instructions it executed (null when valgrind failed) and the process result.
 */
function callgrind(outFile, { jitless, script, args, timeout }) {
  const p = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      `--callgrind-out-file=${outFile}`,
      process.execPath,
      ...(jitless ? ['--jitless'] : []),
      // Fixed seeds and no helper threads: otherwise hash seeds and GC tasks move a count by
      // a few million instructions from run to run.
      '--single-threaded',
      '--hash-seed=1',
      '--random-seed=1',
      script,
      ...args,
    ],
    // Node's start-up reading extra CA certificates is most of a run and varies: not ours.
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: '' },
      ...(timeout ? { timeout, killSignal: 'SIGKILL' } : {}),
    },
  );
  const m = /Collected : (\d+)/.exec(p.stderr || '');
  return { count: p.status === 0 && !p.error && m ? Number(m[1]) : null, p };
}

module.exports = { callgrind };
