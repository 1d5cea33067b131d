'use strict';
// Odoo 8 payment follow-up letters in the simplified-Chinese catalogue kept by the l10n-taiwan
// translation project. Same English originals as gh_odoo_cn_odoo_translation, another translator;
// both in train. See the card.
const { followupMessages } = require('../lib/odoo-followup');

module.exports = {
  id: 'gh_l10n_taiwan_translation',
  split: 'train',
  build: (ctx) =>
    followupMessages(
      ctx,
      'l10n-taiwan/translation',
      '6c0407f1a5c2562601e55a17caf5838aada7ec79',
      'addons/account_followup/i18n/zh_CN.po',
    ),
};
