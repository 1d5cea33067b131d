'use strict';
// Spotloan (BlueChip Financial, a US online instalment lender): the e-mail templates its
// servicing and recovery agents sent borrowers, kept in an agent's internal template tool. Only
// templates whose body is plain text with inline values are taken; bodies that branch in PHP
// (if / else around sentences) have no single verbatim text and are skipped. See the card.
const REPO = 'jrosalesd/bluechip.collective.lan';
const COMMIT = 'da25d5e0a2a37dfa1c633abaf6b8630a07884b81';

// brwname() (includes/functions.inc.php) prints the greeting; its mode picks the second line.
const GREETING = {
  0: '<p>Hi ${name},</p><p>Thank you for contacting Spotloan.</p>',
  1: '<p>Hi ${name},</p>',
  2: '<p>Hi ${name},</p>',
};
// Calls that print optional add-on paragraphs (pending payment, state notice): left out.
const ADD_ONS = /^(echo\s+)?(pendingpayment|checkState|statedrop)\(/;

function placeholder(expr, dollarBefore) {
  if (/bank/i.test(expr)) return '${bank}';
  // nextpayment() prints its own "$"; a bare number_format() follows a literal "$"
  if (/Amt|amount|number_format|pmtamt|balance/i.test(expr))
    return dollarBefore ? '${amount}' : '${amountd}';
  if (/date|day|strtotime/i.test(expr)) return '${duedate}';
  if (/name/i.test(expr)) return '${name}';
  if (/lastfour|last4/i.test(expr)) return '${card}';
  return null;
}

function bodyTemplate(src) {
  const i = src.indexOf('id="email-body"');
  if (i < 0) return null;
  let body = src.slice(src.indexOf('>', i) + 1);
  const j = body.search(/include\(['"]includes\/signature/);
  if (j > 0) body = body.slice(0, j);
  // the signature include sits inside a PHP block that the cut leaves open
  const open = body.lastIndexOf('<?php');
  if (open >= 0 && body.indexOf('?>', open) < 0) body = body.slice(0, open);
  body = body.replace(/<!--[\s\S]*?-->/g, '').replace(/<button[\s\S]*?<\/button>/g, '');
  let ok = true;
  body = body.replace(/<\?php([\s\S]*?)\?>/g, (m, code, at, whole) => {
    const c = code.trim().replace(/;$/, '');
    const greet = /^echo\s+brwname\([^)]*?(?:,\s*(\d))?\s*\)$/.exec(c);
    if (greet) return GREETING[greet[1] || 0];
    if (ADD_ONS.test(c) || c === '') return '';
    const echo = /^echo\s+([^;]+)$/.exec(c);
    const ph = echo && placeholder(echo[1], whole[at - 1] === '$');
    if (ph) return ph;
    ok = false; // control flow or an unknown value: no single verbatim text
    return '';
  });
  if (!ok) return null;
  const text = body
    .replace(/<br\s*\/?>|<\/p>|<\/li>|<\/div>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return text.length > 60 ? text : null;
}

// Which templates are about the borrower's own loan (→ reminder), by the tool's own usage note.
const ABOUT_LOAN =
  /payment|pay ?off|paid-off|paid off|defer|balance|settlement|restructur|missed|delinquen|interest accru|sold account/i;
const OVERDUE =
  /missed|broke|breaks a promise|past due|overdue|delinquen|\blate\b|null and void|collections/i;

// The voicemail scripts agents left borrowers (vmspill.php): blanks stand for the borrower, then
// the agent.
function voicemails(src) {
  return [...src.matchAll(/<p style="text-indent: 50px;">([\s\S]*?)<\/p>/g)].map((m) => {
    const template = m[1].replace(/\s+/g, ' ').trim();
    let blank = 0;
    const text = template
      .replace(/_{3,}/g, () => (blank++ === 0 ? 'David' : 'Sarah'))
      .replace(/\((borrower )?name\)/gi, 'David')
      .replace(/\(RM( name)?\)/g, 'Sarah');
    return { template, text };
  });
}

module.exports = {
  id: 'gh_jrosalesd_bluechip_collective_lan',
  split: 'train',
  build(ctx) {
    const msgs = [];
    for (const file of ctx.ls(REPO, COMMIT)) {
      if (!/^email\/(rm|fr)\/\d+-\d+\.php$/.test(file)) continue;
      const src = ctx.git(REPO, COMMIT, file);
      const template = bodyTemplate(src);
      if (!template) continue;
      const usage = ((/Template Usage: <\/b>([^<]*)/.exec(src) || [])[1] || '').trim();
      const about = `${usage} ${template}`;
      const reminder = ABOUT_LOAN.test(about);
      msgs.push({
        text: ctx.fill(template, {
          values: {
            name: 'David',
            amountd: '$128.00',
            amount: '128.00',
            bank: 'Wells Fargo',
            duedate: 'Friday, December 4th',
            card: '8866',
          },
        }),
        template,
        label: reminder ? 'reminder' : 'unrelated',
        channel: 'other',
        kind: reminder
          ? OVERDUE.test(about)
            ? 'lender_email_overdue'
            : 'lender_email_repayment'
          : 'lender_email_other',
        url: `https://github.com/${REPO}/blob/${COMMIT}/${file}`,
      });
    }
    for (const { template, text } of voicemails(ctx.git(REPO, COMMIT, 'vmspill.php'))) {
      const missed =
        /problem with your most recent transaction|work with you|get back on track/.test(text);
      msgs.push({
        text,
        template,
        label: missed ? 'reminder' : 'unrelated',
        channel: 'call',
        kind: missed ? 'lender_call_overdue' : 'lender_call_other',
        url: `https://github.com/${REPO}/blob/${COMMIT}/vmspill.php`,
      });
    }
    return msgs;
  },
};
