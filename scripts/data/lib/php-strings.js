'use strict';
const { quotedBody } = require('./quoted');
// Reads the message strings a PHP file assigns (`$content = "…" . $x . "…";`) and turns each
// assignment into one template: literal text verbatim, every variable or expression replaced by
// a `{name}` placeholder that scripts/data/fill.js can fill.

function placeholder(expr) {
  const m = /\$([A-Za-z_]\w*)(?:->(\w+)|\[['"](\w+)['"]\])?/.exec(expr);
  if (!m) return '{value}';
  return `{${m[3] || m[2] || m[1]}}`;
}

/** Interpolates a double-quoted PHP string body. */
function doubleQuoted(body) {
  return body
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, ' ')
    .replace(/\\(["\\$])/g, '$1')
    .replace(/\{\$[^}]+\}/g, (m) => placeholder(m))
    .replace(/\$[A-Za-z_]\w*(?:->\w+|\[['"]?\w+['"]?\])?/g, (m) => placeholder(m));
}

/** Evaluates a PHP concatenation expression into a template string. */
function evaluate(expr) {
  let out = '';
  let i = 0;
  let other = '';
  const flush = () => {
    if (other.trim()) out += placeholder(other);
    other = '';
  };
  while (i < expr.length) {
    const c = expr[i];
    if (c === '"' || c === "'") {
      flush();
      const { body, end: j } = quotedBody(expr, i);
      out += c === '"' ? doubleQuoted(body) : body.replace(/\\(['\\])/g, '$1');
      i = j + 1;
    } else if (c === '.' && !/\d/.test(expr[i + 1] || '')) {
      flush();
      i++;
    } else if (c === '(') {
      // a whole parenthesised expression or call is one value
      let depth = 0;
      let j = i;
      for (; j < expr.length; j++) {
        if (expr[j] === '(') depth++;
        else if (expr[j] === ')' && --depth === 0) break;
      }
      other += expr.slice(i, j + 1);
      i = j + 1;
    } else {
      other += c;
      i++;
    }
  }
  flush();
  return out;
}

/** The end of a PHP statement starting at `from` (the `;` outside strings and brackets). */
function statementEnd(src, from) {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === "'") {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ';' && depth <= 0) return i;
  }
  return src.length;
}

/** Every `$var = …;` assignment of the named variables, in file order. */
function assignments(src, names) {
  const re = new RegExp(`\\$(${names.join('|')})\\s*=\\s*`, 'g');
  const out = [];
  let m;
  while ((m = re.exec(src))) {
    const start = m.index + m[0].length;
    const end = statementEnd(src, start);
    out.push({ name: m[1], index: m.index, template: evaluate(src.slice(start, end)).trim() });
    re.lastIndex = end;
  }
  return out;
}

module.exports = { assignments, evaluate };
