'use strict';
// Lender templates carry placeholders ({0}, %s, ${amount}, #name#, {{name}}). The corpus keeps the
// verbatim template and fills it with fixed neutral values, so a text reads as the SMS a user would
// get and the same template always gives the same text.

const BY_HINT = [
  [/name|user|customer|姓名|用户|客户|realname|xm/i, '张三'],
  [
    /amount|money|amt|fee|sum|balance|capital|principal|interest|金额|本金|利息|费用|余额|应还|罚息/i,
    '1280.00',
  ],
  [/day|days|天数|overdue_?days?/i, '3'],
  [/date|time|日期|时间|due/i, '2026年12月5日'],
  [/phone|tel|mobile|hotline|电话|手机/i, ''],
  [/url|link|href|链接/i, ''],
  [/code|验证码/i, '482913'],
  [/card|卡号|尾号/i, '8866'],
  [/order|no|num|编号|单号/i, '20261205001'],
  [/count|times|期数|term|period|期/i, '3'],
];

/**
 * Fills a template's placeholders. `values` (hint → text) wins over the hints above, e.g.
 * { app: '易借' } for the lender's own name; positional placeholders ({0}, %s) take
 * `positional[i]` or a hint from `names[i]`.
 */
function fill(template, { values = {}, positional = [], names = [] } = {}) {
  let pos = 0;
  const pick = (hint, index) => {
    if (index !== undefined && positional[index] !== undefined) return positional[index];
    if (index !== undefined && names[index]) hint = names[index];
    for (const [k, v] of Object.entries(values))
      if (hint && hint.toLowerCase().includes(k.toLowerCase())) return v;
    for (const [re, v] of BY_HINT) if (hint && re.test(hint)) return v;
    return '';
  };
  return template
    .replace(
      /\$\{\s*([^}]*)\}|\{\{\s*([^}]*)\}\}|#([A-Za-z_\u4e00-\u9fa5][\w\u4e00-\u9fa5]*)#|\{(\d+)\}|\{([A-Za-z_][\w.]*)\}|%(?:\d+\$)?[sdf]/g,
      (m, a, b, c, idx, d) => {
        if (idx !== undefined) return pick(undefined, Number(idx));
        const hint = a || b || c || d;
        if (hint) return pick(hint);
        return pick(undefined, pos++);
      },
    )
    .replace(/\s{2,}/g, ' ')
    .trim();
}

module.exports = { fill };
