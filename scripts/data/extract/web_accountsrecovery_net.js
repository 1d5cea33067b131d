'use strict';
// Verbatim quotes from accountsrecovery.net (https://www.accountsrecovery.net/2024/04/15/judge-grants-msj-for-plaintiffs-in-fdcpa-case-over-expletive-laced-communications/); the quotes file is the source of truth.
const { webSource } = require('../web-quotes');

module.exports = webSource('web_accountsrecovery_net', 'dev');
