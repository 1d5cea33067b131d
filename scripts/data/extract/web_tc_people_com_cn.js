'use strict';
// Verbatim quotes from tc.people.com.cn (人民网 通信频道, reposting 北京青年报); data/quotes/web_tc_people_com_cn.json is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_tc_people_com_cn', 'train');
