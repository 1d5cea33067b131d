'use strict';
// FBS Spam SMS Dataset (CCS'20 "Lies in the Air", Tsinghua): spam SMS sent by real fake base
// stations in China, labelled by the researchers into 14 categories. Only the four fraud
// categories (`FR:*`) are taken, as `scam`. The released text is word-segmented, punctuation
// stripped and contacts anonymised to tokens (URL, DIGIT, NAME …): `template` keeps each line
// verbatim, `text` joins the segments and fills the tokens with fixed neutral values (the corpus
// convention of fill.js for links and contacts: left out; the dataset's NAME / PLACE tokens often
// stand for words that are no name, so they are left out too). Capped at the first 150 distinct
// texts per category in file order, where a text whose last 10 Chinese characters repeat an earlier
// one's is the same campaign with another greeting (the 相册 links sent to '运城', '姨姨', '老夏' …)
// and is not taken again.

const REPO = 'Cypher-Z/FBS_SMS_Dataset';
// newest commit of the snapshot (README contact update)
const COMMIT = '49173b12ab0a42eb9f6ce42e401e6acaef1fbdfd';
const FILES = {
  'FR:Financial': 'fraud_dataset_financial',
  'FR:Phishing(Bank)': 'fraud_dataset_phishing_bank',
  'FR:Phishing(Other)': 'fraud_dataset_phishing_other',
  'FR:Other': 'fraud_dataset_other',
};
const CAP = 150;
const MIN_HAN = 12; // shorter remains ('农村信用合作联社', an account's bank) carry no message
const TOKENS =
  /PHONEPHONEPHONE|PHONEPHONE|CELLPHONE|HOTLINE|PHONE|WECHAT|BANK|URL|PLACE|DIGIT|NAME/g;

/** Joins the dataset's word segments back into one message and fills its tokens. */
function desegment(line) {
  const filled = line.replace(TOKENS, ' ');
  return filled
    .split(/\s+/)
    .filter(Boolean)
    .reduce((acc, tok) => {
      if (!acc) return tok;
      const ascii = /[A-Za-z0-9]$/.test(acc) && /^[A-Za-z0-9]/.test(tok);
      return acc + (ascii ? ' ' : '') + tok;
    }, '');
}

module.exports = {
  id: 'gh_cypher_z_fbs_sms_dataset',
  split: 'train',
  build(ctx) {
    const out = [];
    const seen = new Set();
    for (const [file, kind] of Object.entries(FILES)) {
      let n = 0;
      for (const raw of ctx.git(REPO, COMMIT, file).split('\n')) {
        const template = raw.trim();
        if (!template || n >= CAP) continue;
        const text = desegment(template);
        const han = text.match(/[\u4e00-\u9fa5]/g) || [];
        const key = han.slice(-10).join('');
        if (han.length < MIN_HAN || seen.has(key)) continue;
        seen.add(key);
        n++;
        out.push({ text, template, label: 'scam', channel: 'sms', kind });
      }
    }
    return out;
  },
};
