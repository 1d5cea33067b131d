'use strict';
// Devco SACCO (Kenya): the vendor's Dynamics (AL) SACCO core system as deployed there — member SMS about loans
// (due, in arrears, defaulted, guarantors' notices), every version in the history. Only the texts
// that the SACCO sources read before it do not already hold (same vendor code) are kept.
const { saccoSource, saccoValues } = require('../lib/sacco-sms');
const muriungimartinAcumenDtSaccoCoreSystem = require('./gh_muriungimartin_acumen_dt_sacco_core_system');
const fesmutindaPolytechErpSourcecode = require('./gh_fesmutinda_polytech_erp_sourcecode');
const muriungimartinViwandaSaccoCoreMis = require('./gh_muriungimartin_viwanda_sacco_core_mis');

module.exports = saccoSource({
  id: 'gh_mutiso_ken_devcosacco_dev',
  split: 'train',
  repo: 'Mutiso-Ken/DevcoSacco_dev',
  // newest commit of the snapshot (2024-04-03)
  commit: '3478e557e37e583c4a517e7da2ab9bb2314297ce',
  after: [
    muriungimartinAcumenDtSaccoCoreSystem,
    fesmutindaPolytechErpSourcecode,
    muriungimartinViwandaSaccoCoreMis,
  ],
  values: saccoValues('DEVCO SACCO LTD'),
});
