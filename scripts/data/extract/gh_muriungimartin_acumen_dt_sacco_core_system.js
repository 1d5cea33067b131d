'use strict';
// Acumen DT SACCO (Kenya): its Dynamics (AL) core system's member SMS about loans — e-loan due
// dates, instalments due, defaulter 1st / 2nd / final notices, guarantors' notices, recovery from
// deposits — and the same vendor code's texts for HAZINA, Nafaka and Ollin SACCOs. See its card.
const { saccoSource, saccoValues } = require('../lib/sacco-sms');

module.exports = saccoSource({
  id: 'gh_muriungimartin_acumen_dt_sacco_core_system',
  split: 'train',
  repo: 'MuriungiMartin/Acumen-DT-Sacco-Core-System',
  // newest commit of the snapshot (2022-09-05)
  commit: '02dcbf06207524764f59e64db7d8205a098fbe74',
  values: saccoValues('ACUMEN SACCO LTD'),
});
