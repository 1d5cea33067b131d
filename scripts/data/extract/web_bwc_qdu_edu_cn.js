'use strict';
// Verbatim quotes from bwc.qdu.edu.cn (https://bwc.qdu.edu.cn/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_bwc_qdu_edu_cn', 'train');
