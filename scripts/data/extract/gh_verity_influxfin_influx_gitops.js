'use strict';
// 普匯 inFlux (a licensed Taiwanese P2P lending platform): the in-app / e-mail notices and SMS its
// own back end sends to borrowers and investors, from the notification and SMS libraries.
const { assignments } = require('../lib/php-strings');
const { financeLabel, financeKind } = require('../lib/finance-label');

const REPO = 'verity-influxfin/influx-gitops';
// last commit that touched application/libraries/Notification_lib.php (2023-01-10)
const COMMIT = '24b5129582554b5529db5fa377bfd1e217c4f48a';
const FILES = [
  { path: 'application/libraries/Notification_lib.php', channel: 'other' },
  { path: 'application/libraries/Sms_lib.php', channel: 'sms' },
];
const VALUES = {
  product_name: '普匯inFlux',
  loan_type: '信用貸款',
  username: '張三',
  name: '實名認證',
  item: '手機',
  instalment: '12',
  delivery: '線上',
  target_no: 'STN2026120500001',
  difference: '320.00',
  total: '1600.00',
  delay_interest: '1.28',
  remaining_amount: '640.00',
  bankaccount: '8866',
  // longer keys first: fill() takes the first key contained in the placeholder's name
  new_user_id: '10087',
  user_id: '10086',
  loan_userid: '10086',
  value: '2026-12-05 09:30:00',
  fail: '',
  character: '保證人',
  subProduct: '普匯inFlux',
  remark: '',
  descri: '',
};
const INVESTOR = /您投資的|投資人|受讓|出讓|投資端|出借人/;

function literalLength(template) {
  return template.replace(/\{[^}]*\}/g, '').replace(/\s/g, '').length;
}

module.exports = {
  id: 'gh_verity_influxfin_influx_gitops',
  split: 'train',
  build(ctx) {
    const msgs = [];
    // the pinned version first, then every earlier version of the same two files: each is
    // wording the lender shipped at some point (older ones under its former 手機ATM brand)
    const versions = FILES.map(({ path, channel }) => ({
      channel,
      text: ctx.git(REPO, COMMIT, path),
    }));
    for (const blob of ctx.history(
      REPO,
      COMMIT,
      /^application\/libraries\/(Notification|Sms)_lib\.php$/,
    ))
      versions.push({
        channel: /Sms_lib/.test(blob.file) ? 'sms' : 'other',
        text: blob.text,
      });
    for (const { channel, text: src } of versions) {
      const found = assignments(src, ['title', 'content']);
      found.forEach((a, i) => {
        if (a.name !== 'content' || !a.template) return;
        // an in-app notice shows its title above the body
        const prev = found[i - 1];
        const title =
          prev && prev.name === 'title' && a.index - prev.index < 200 ? prev.template : '';
        // older versions wrote line breaks as <br /> for the mailed copy
        const template = (title ? `${title}\n${a.template}` : a.template).replace(
          /\n?<br\s*\/?>/g,
          '\n',
        );
        // not user-facing text (HTML mail bodies, variables passed through, links only)
        if (/<[a-z/]/i.test(template) || / \/\/ /.test(template) || literalLength(a.template) < 8)
          return;
        const text = ctx.fill(template, { values: VALUES }).replace(/ +\n/g, '\n');
        const investor = INVESTOR.test(text);
        msgs.push({
          text,
          template,
          label: investor ? 'unrelated' : financeLabel(text),
          channel,
          kind: investor ? 'lender_investor_notice' : financeKind(text, 'lender_notice'),
        });
      });
    }
    return msgs;
  },
};
