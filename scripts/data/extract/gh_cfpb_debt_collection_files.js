'use strict';
// The US CFPB's model validation notice (Regulation F, Model Form B-1, English and Spanish): the
// letter a debt collector sends at the start of collection, as the regulator publishes it with
// its own sample values (North South Group, Bank of Rockville). CC0. Read from the Word files of a
// `fetch` snapshot; see the card.
const { docxParagraphs } = require('../lib/docx');

const REPO = 'cfpb/debt-collection-files';
const COMMIT = '4e421bdde2be1182e44f2dfe9683d120e2827a34';
const FILES = [
  [
    'print/cfpb_debt-collection_model-validation-notice_en.docx',
    /is a debt collector\./,
    /^Mail this form to/,
  ],
  [
    'print/cfpb_debt-collection_model-validation-notice_es.docx',
    /es un cobrador de deudas\./,
    /^Envíe este formulario/,
  ],
];
// The notice's second half, from the rights section to the offer to talk about payment, before
// the tear-off response form.
const SECOND = /^(How can you dispute the debt\?|¿Qué más puede hacer\?)$/;
const END =
  /^(Contact us about your payment options\.|Contáctenos acerca de sus opciones de pago\.)$/;

function noticeText(paras, start, stop) {
  const from = paras.findIndex((p) => start.test(p));
  const to = paras.findIndex((p, i) => i > from && stop.test(p));
  const second = paras.findIndex((p, i) => i > to && SECOND.test(p));
  const end = paras.findIndex((p, i) => i > second && END.test(p));
  if (from < 0 || to < 0 || second < 0 || end < 0) throw new Error('notice layout changed');
  return [...paras.slice(from, to), ...paras.slice(second, end + 1)]
    .map((p) => p.replace(/^-?\d{12,}/, '')) // text-box anchors the export left in the text
    .filter(Boolean)
    .join('\n')
    .replace(/\n([+-])\n\$\n/g, ' $1 $')
    .replace(/\n\$\n/g, ' $')
    .replace(/:\s+\$/g, ': $');
}

module.exports = {
  id: 'gh_cfpb_debt_collection_files',
  split: 'dev',
  build(ctx) {
    return FILES.map(([file, start, stop]) => ({
      text: noticeText(docxParagraphs(ctx.gitBuffer(REPO, COMMIT, file)), start, stop),
      label: 'reminder',
      channel: 'letter',
      kind: 'collector_letter_model',
      url: `https://github.com/${REPO}/blob/${COMMIT}/${file}`,
    }));
  },
};
