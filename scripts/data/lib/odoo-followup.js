'use strict';
// The payment follow-up (dunning) letters of Odoo 8's account_followup module as one Chinese
// translation catalogue (.po) has them: the e-mail templates of the follow-up levels and the
// letter texts of the follow-up lines. Used by the two Chinese translation repositories (see
// their cards): the same English originals, two translators.
const REFS = /model:(email\.template,body_html|account_followup\.followup\.line,description):/;

function unquote(s) {
  return [...s.matchAll(/"((?:[^"\\]|\\.)*)"/g)]
    .map((m) => m[1])
    .join('')
    .replace(/\\n/g, '\n')
    .replace(/\\"/g, '"')
    .replace(/\\\\/g, '\\');
}

/** [{ ref, template }] for every follow-up letter with a translation. */
function followupLetters(po) {
  const out = [];
  for (const block of po.split(/\n\s*\n/)) {
    const refs = [...block.matchAll(/^#: (.*)$/gm)].map((m) => m[1]);
    if (!refs.some((r) => REFS.test(r))) continue;
    const str = /^msgstr ([\s\S]*)$/m.exec(block);
    if (!str) continue;
    const template = unquote(str[1])
      .replace(/\$\{object\.get_followup_table_html\(\) \| safe\}/g, '')
      .replace(/<br\s*\/?>|<\/p>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (template.length >= 40) out.push({ ref: refs.join(' '), template });
  }
  return out;
}

/** Messages for an extractor: the greeting's placeholder is the customer, the signature dropped. */
function followupMessages(ctx, repo, commit, file) {
  return followupLetters(ctx.git(repo, commit, file)).map(({ template }) => ({
    template,
    text: template
      .replace(/\$\{user\.name\}\n?/g, '')
      .replace(/\$\{object\.name\}|%\(partner_name\)s?/g, '张三')
      .trim(),
    label: 'reminder',
    channel: 'letter',
    kind: /法律|起诉|诉讼/.test(template) ? 'dunning_letter_legal' : 'dunning_letter',
    url: `https://github.com/${repo}/blob/${commit}/${file}`,
  }));
}

module.exports = { followupLetters, followupMessages };
