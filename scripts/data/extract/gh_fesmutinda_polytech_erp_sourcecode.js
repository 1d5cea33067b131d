'use strict';
// Polytech SACCO (Kenya): its Dynamics (AL) core system's member SMS about loans (M-Polytech
// e-loans due, rolled over, recovered from deposits; defaulter first / second / third notices;
// guarantors' notices), every version in the history. Texts the vendor's shared code also sent
// at Acumen SACCO (gh_muriungimartin_acumen_dt_sacco_core_system) are left to that source.
const { saccoSource, saccoValues } = require('../lib/sacco-sms');
const acumen = require('./gh_muriungimartin_acumen_dt_sacco_core_system');

module.exports = saccoSource({
  id: 'gh_fesmutinda_polytech_erp_sourcecode',
  split: 'train',
  repo: 'fesmutinda/Polytech-ERP-SourceCode',
  // newest commit of the snapshot (2026-05-22)
  commit: '5f772612bc09a166ca24b83e9cb085737f49efa1',
  after: [acumen],
  values: saccoValues('POLYTECH SACCO LTD'),
});
