'use strict';
// The body of a quoted literal in source code, escapes kept as written: `expr[i]` is the opening
// quote. Shared by the readers of strings that PHP and Java/JS code build by joining literals.
function quotedBody(expr, i) {
  const q = expr[i];
  let j = i + 1;
  let body = '';
  while (j < expr.length && expr[j] !== q) {
    if (expr[j] === '\\' && j + 1 < expr.length) {
      body += expr[j] + expr[j + 1];
      j += 2;
    } else body += expr[j++];
  }
  return { body, end: j };
}

module.exports = { quotedBody };
