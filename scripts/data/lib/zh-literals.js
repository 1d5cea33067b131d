'use strict';
// Helpers for Chinese lender code whose SMS / push texts are plain string literals (Java, PHP,
// Kotlin): read every quoted literal that holds Chinese, and a key to recognise the same template
// sent under another brand name or sign.

/** Every double- or single-quoted literal of `src` that holds a CJK character, unescaped. */
function cjkLiterals(src) {
  const out = [];
  for (const m of src.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'/g)) {
    const body = m[1] !== undefined ? m[1] : m[2];
    if (!/[\u4e00-\u9fff]/.test(body)) continue;
    out.push(body.replace(/\\n/g, '\n').replace(/\\(["'\\])/g, '$1'));
  }
  return out;
}

/**
 * A key for "same template": sign (【…】 / […]) and the given brand names blanked, placeholders
 * and punctuation dropped, so brand variants of one text are taken once.
 */
function templateKey(t, brands = []) {
  let k = t.replace(/【[^】]*】|\[[^\]]*\]/g, '').replace(/您与/g, '您于');
  for (const b of brands) k = k.split(b).join('');
  return k
    .replace(/&param\d|%s|\{[^}]*\}|\$\{[^}]*\}/g, '')
    .replace(/[\s，。、,.!！；;：:~>《》“”"'()（）]/g, '');
}

module.exports = { cjkLiterals, templateKey };
