'use strict';
// Akaunting (open-source accounting software): the default e-mail a business sends its customer
// when an invoice is overdue, and the new / recurring invoice e-mails, as shipped in English and
// in the Chinese (simplified, traditional) translations. Read from a `fetch` snapshot at a pinned
// commit; see the card.
const REPO = 'akaunting/akaunting';
const COMMIT = 'dfc1171cf1e3749b2763cb0ade9f997c434e8f0e';
const LANGS = ['en-GB', 'zh-CN', 'zh-TW'];
const KEYS = {
  invoice_remind_customer: ['reminder', 'dunning_letter'],
  invoice_new_customer: ['unrelated', 'invoice_notice'],
  invoice_recur_customer: ['unrelated', 'invoice_notice'],
};
// The installer's default company name; the rest are fill.js's neutral values.
const VALUES = {
  company_name: 'My Company',
  customer_name: '张三',
  invoice_number: 'INV-00001',
  invoice_total: '1280.00',
  invoice_due_date: '2026年12月5日',
};

const plain = (html) =>
  html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

module.exports = {
  id: 'gh_akaunting_akaunting',
  split: 'train',
  build(ctx) {
    const out = [];
    for (const lang of LANGS) {
      const file = `resources/lang/${lang}/email_templates.php`;
      const src = ctx.git(REPO, COMMIT, file);
      for (const m of src.matchAll(
        /'(\w+)'\s*=>\s*\[\s*'subject'\s*=>\s*'((?:[^'\\]|\\.)*)',\s*'body'\s*=>\s*'((?:[^'\\]|\\.)*)'/g,
      )) {
        const [label, kind] = KEYS[m[1]] || [];
        if (!label) continue; // the admin-facing copies are not sent to the customer
        const template = plain(m[3].replace(/\\'/g, "'"));
        let text = template;
        for (const [k, v] of Object.entries(VALUES)) text = text.split(`{${k}}`).join(v);
        out.push({
          template,
          text,
          label,
          channel: 'letter',
          kind,
          url: `https://github.com/${REPO}/blob/${COMMIT}/${file}`,
        });
      }
    }
    return out;
  },
};
