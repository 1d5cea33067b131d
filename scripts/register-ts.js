// Lets Node run the project's TypeScript (core + scripts) directly, so the CLI always runs the
// same source the app ships, with no separate build step to forget. Transpile-only (tsc checks
// types in CI); results are cached by content hash to keep start-up fast.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { transpile } = require('./transpile-ts');
const cacheDir = path.join(__dirname, '..', 'node_modules', '.cache', 'register-ts');
let ts = null;
require.extensions['.ts'] = function compileTs(module, filename) {
  const src = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(filename).update('\0').update(src).digest('hex');
  const cached = path.join(cacheDir, key + '.js');
  let out;
  try {
    out = fs.readFileSync(cached, 'utf8');
  } catch {
    ts = ts || require('typescript');
    out = transpile(ts, src, filename);
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(cached, out);
    } catch {
      /* a read-only tree still runs, just slower */
    }
  }
  module._compile(out, filename);
};
