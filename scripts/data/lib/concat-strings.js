'use strict';
const { quotedBody } = require('./quoted');
// Reads a message that Java / JavaScript code builds by concatenation (`"尊敬的" + p.getName() +
// "客户您好" ...`) into one template: string literals verbatim, every other operand replaced by a
// `{name}` placeholder (a getter `p.getCustomerName()` → `{customerName}`) that fill.js can fill.
// HTML that only lays out a mail body (<br>, &nbsp;, logo <img>) is turned into line breaks or
// dropped, so the text reads as the notice the customer saw.

function placeholder(expr) {
  const e = expr.trim();
  if (!e) return '';
  const key = /\[\s*['"](\w+)['"]\s*\]\s*$/.exec(e) || /->(\w+)\s*$/.exec(e);
  if (key) return `{${key[1]}}`;
  const getter = /\.get([A-Z]\w*)\s*\(\s*\)\s*$/.exec(e);
  if (getter) return `{${getter[1][0].toLowerCase()}${getter[1].slice(1)}}`;
  // a call with arguments is named by its function: DateUtil.getDateString(new Date(), …)
  const ident =
    /([A-Za-z_$][\w$]*)\s*\((?:[^()]|\([^()]*\))*\)\s*$/.exec(e) ||
    /([A-Za-z_$][\w$]*)\s*$/.exec(e);
  return ident ? `{${ident[1].replace(/^\$/, '')}}` : '{value}';
}

function unescapeJs(body) {
  return body
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, ' ')
    .replace(/\\u([0-9a-fA-F]{4})/g, (m, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(.)/g, '$1');
}

/**
 * Evaluates a concatenation expression (no trailing `;`) into a template; `op` is the
 * concatenation operator ('+' in Java / JavaScript, '.' in PHP).
 */
function evaluate(expr, op = '+') {
  let out = '';
  let other = '';
  const flush = () => {
    out += placeholder(other);
    other = '';
  };
  for (let i = 0; i < expr.length;) {
    const c = expr[i];
    if (c === '/' && expr[i + 1] === '/') {
      // a commented-out operand inside the expression
      const nl = expr.indexOf('\n', i);
      i = nl < 0 ? expr.length : nl + 1;
    } else if (c === '/' && expr[i + 1] === '*') {
      const end = expr.indexOf('*/', i + 2);
      i = end < 0 ? expr.length : end + 2;
    } else if (c === '"' || c === "'" || c === '`') {
      const { body, end: j } = quotedBody(expr, i);
      if (other.trim()) flush();
      other = '';
      let lit = unescapeJs(body);
      if (c === '`') lit = lit.replace(/\$\{([^}]*)\}/g, (m, e) => placeholder(e));
      out += lit;
      i = j + 1;
    } else if (c === op && !(op === '.' && /\d/.test(expr[i + 1] || ''))) {
      if (other.trim()) flush();
      other = '';
      i++;
    } else if (c === '(' || c === '[') {
      // a parenthesised expression, call or array index is one operand
      const close = c === '(' ? ')' : ']';
      let depth = 0;
      let j = i;
      for (; j < expr.length; j++) {
        if (expr[j] === c) depth++;
        else if (expr[j] === close && --depth === 0) break;
      }
      other += expr.slice(i, j + 1);
      i = j + 1;
    } else {
      other += c;
      i++;
    }
  }
  if (other.trim()) flush();
  return out;
}

/** The index of the `;` (or closing bracket at depth 0) that ends the expression at `from`. */
function expressionEnd(src, from) {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
    } else if (c === '/' && src[i + 1] === '/') {
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? src.length : nl;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if ((c === ';' || c === ',') && depth === 0) return i;
  }
  return src.length;
}

/** Mail-body HTML to plain text: breaks to newlines, layout entities and images dropped. */
function stripHtml(text) {
  return text
    .replace(/<a\b[^>]*>[^<]*<\/a>/gi, '')
    .replace(/<img\b[^>]*>/gi, '')
    .replace(/<\/?br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, '')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/**
 * Every template built right after an anchor: `anchor` is a global regex whose match ends where
 * the concatenation starts (e.g. a regex for `content =`).
 */
function concatAfter(src, anchor, { html = true, op = '+' } = {}) {
  const out = [];
  for (const m of src.matchAll(anchor)) {
    const from = m.index + m[0].length;
    const end = expressionEnd(src, from);
    const raw = evaluate(src.slice(from, end), op);
    out.push({ index: m.index, template: html ? stripHtml(raw) : raw.trim() });
  }
  return out;
}

/** Every string literal (double-quoted) in `src` matching `re`, verbatim, unescaped. */
function literals(src, re) {
  const out = [];
  for (const m of src.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
    const text = unescapeJs(m[1]);
    if (re.test(text)) out.push({ index: m.index, template: text });
  }
  return out;
}

module.exports = { evaluate, concatAfter, literals, stripHtml, placeholder };
