'use strict';
// Reads the SMS that Microsoft Dynamics (AL / C/AL) code builds by concatenation, e.g.
//   SMSMessage."SMS Message" := 'Dear ' + Members.Name + ', Your ' + Loans."Loan Product Type Name" + ' is due';
// into one template: single-quoted literals verbatim ('' is a quote), every other operand (a field
// `Rec."Member Name"`, a variable, a FORMAT(...) call) a `{field}` placeholder for fill.js.
// Double quotes in AL name fields, they are not text.

/** Source with // and /* *\/ comments removed (commented-out SMS were never sent). */
function stripComments(src) {
  let out = '';
  for (let i = 0; i < src.length;) {
    const c = src[i];
    if (c === "'") {
      let j = i + 1;
      while (j < src.length) {
        if (src[j] === "'" && src[j + 1] === "'") j += 2;
        else if (src[j] === "'" || src[j] === '\n') break;
        else j++;
      }
      out += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === '"') {
      let j = src.indexOf('"', i + 1);
      if (j < 0) j = src.length;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && src[i + 1] === '/') {
      const nl = src.indexOf('\n', i);
      i = nl < 0 ? src.length : nl;
    } else if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      i = e < 0 ? src.length : e + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index of the `;`, `,` or closing bracket (depth 0) that ends the expression at `from`. */
function expressionEnd(src, from) {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === "'") {
      for (i++; i < src.length; i++) {
        if (src[i] === "'" && src[i + 1] === "'") i++;
        else if (src[i] === "'") break;
      }
    } else if (c === '"') i = src.indexOf('"', i + 1);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      if (depth === 0) return i;
      depth--;
    } else if ((c === ';' || c === ',') && depth === 0) return i;
    if (i < 0) return src.length;
  }
  return src.length;
}

/** `{field}` for an operand: the quoted field name, a call's first argument, or the identifier. */
function placeholder(expr) {
  const e = expr.trim();
  if (!e) return '';
  const call = /^([A-Za-z_]\w*)\s*\(([\s\S]*)\)$/.exec(e);
  if (call) return placeholder(call[2].split(',')[0]);
  // the company record's Name / phone is the SACCO's own signature, not the member's
  if (/^(obj)?comp(any)?info(rmation)?\s*\.\s*"?name"?$/i.test(e)) return '{CompanyName}';
  // fill.js placeholders are identifiers: "Loan Product Type Name" → {LoanProductTypeName}
  const field = /"([^"]+)"\s*$/.exec(e);
  if (field) return `{${field[1].trim() === 'No.' ? 'AccountNo' : field[1].replace(/\W+/g, '')}}`;
  const id = /([A-Za-z_]\w*)\s*$/.exec(e);
  return id ? `{${id[1]}}` : '{value}';
}

/** Evaluates an AL string expression (literals joined with +) into a template. */
function evaluate(expr) {
  let out = '';
  let other = '';
  const flush = () => {
    if (other.trim()) out += placeholder(other);
    other = '';
  };
  for (let i = 0; i < expr.length;) {
    const c = expr[i];
    if (c === "'") {
      let lit = '';
      let j = i + 1;
      for (; j < expr.length; j++) {
        if (expr[j] === "'" && expr[j + 1] === "'") {
          lit += "'";
          j++;
        } else if (expr[j] === "'") break;
        else lit += expr[j];
      }
      flush();
      out += lit;
      i = j + 1;
    } else if (c === '"') {
      const j = expr.indexOf('"', i + 1);
      const end = j < 0 ? expr.length : j + 1;
      other += expr.slice(i, end);
      i = end;
    } else if (c === '(') {
      // a call or parenthesised operand, format strings inside it included, is one operand
      let depth = 0;
      let j = i;
      for (; j < expr.length; j++) {
        if (expr[j] === "'") {
          for (j++; j < expr.length; j++) {
            if (expr[j] === "'" && expr[j + 1] === "'") j++;
            else if (expr[j] === "'") break;
          }
        } else if (expr[j] === '(') depth++;
        else if (expr[j] === ')' && --depth === 0) break;
      }
      other += expr.slice(i, j + 1);
      i = j + 1;
    } else if (c === '+') {
      flush();
      i++;
    } else {
      other += c;
      i++;
    }
  }
  flush();
  return out.replace(/\s+/g, ' ').trim();
}

// Where an SMS body is built: assignments to the SMS text fields and variables, and the text
// argument of the SMS-sending helpers.
const ANCHORS = [
  /"SMS Message"\s*:=/g,
  /\b(?:msg|Msg|smsMessage|SmsMessage|SMSText|smsText)\s*:=/g,
  /\bFnSendSMS\(\s*'[^']*'\s*,/g,
];

/** Every SMS template built in an AL source file, in file order, commented-out code excluded. */
function alSmsTemplates(source) {
  const src = stripComments(source);
  const out = [];
  for (const anchor of ANCHORS)
    for (const m of src.matchAll(anchor)) {
      const from = m.index + m[0].length;
      out.push({ index: m.index, template: evaluate(src.slice(from, expressionEnd(src, from))) });
    }
  return out.sort((a, b) => a.index - b.index);
}

module.exports = { alSmsTemplates, evaluate, stripComments };
