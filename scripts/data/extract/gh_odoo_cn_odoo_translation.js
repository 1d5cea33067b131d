'use strict';
// Odoo 8 payment follow-up letters in the Chinese community's simplified-Chinese translation
// (odoo-cn). Same English originals as gh_l10n_taiwan_translation, another translator; both in
// train. See the card.
const { followupMessages } = require('../lib/odoo-followup');

module.exports = {
  id: 'gh_odoo_cn_odoo_translation',
  split: 'train',
  build: (ctx) =>
    followupMessages(
      ctx,
      'odoo-cn/odoo_translation',
      'a216506586bd52c29b88c9e73bf32dc4dd98d15f',
      'addons/account_followup/i18n/zh_CN.po',
    ),
};
