'use strict';
// Viwanda SACCO (Kenya): the vendor's Dynamics (AL) SACCO core system as deployed there — member SMS about loans
// (due, in arrears, defaulted, guarantors' notices), every version in the history. Only the texts
// that the SACCO sources read before it do not already hold (same vendor code) are kept.
const { saccoSource, saccoValues } = require('../lib/sacco-sms');
const muriungimartinAcumenDtSaccoCoreSystem = require('./gh_muriungimartin_acumen_dt_sacco_core_system');
const fesmutindaPolytechErpSourcecode = require('./gh_fesmutinda_polytech_erp_sourcecode');

module.exports = saccoSource({
  id: 'gh_muriungimartin_viwanda_sacco_core_mis',
  split: 'train',
  repo: 'MuriungiMartin/Viwanda-Sacco-Core-MIS',
  // newest commit of the snapshot (2022-09-23)
  commit: '4381d85a6231e28c720fcc9a9bd6756b8ae0b4c5',
  after: [muriungimartinAcumenDtSaccoCoreSystem, fesmutindaPolytechErpSourcecode],
  values: saccoValues('VIWANDA SACCO LTD'),
});
