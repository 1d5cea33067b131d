'use strict';
// Acumen DT SACCO (Kenya): its Dynamics (AL) core system's member SMS about loans — e-loan due
// dates, instalments due, defaulter 1st / 2nd / final notices, guarantors' notices, recovery from
// deposits — and the same vendor code's texts for HAZINA, Nafaka and Ollin SACCOs. See its card.
const { saccoSource } = require('../lib/sacco-sms');

module.exports = saccoSource({
  id: 'gh_muriungimartin_acumen_dt_sacco_core_system',
  split: 'train',
  repo: 'MuriungiMartin/Acumen-DT-Sacco-Core-System',
  // newest commit of the snapshot (2022-09-05)
  commit: '02dcbf06207524764f59e64db7d8205a098fbe74',
  values: {
    CompanyName: 'ACUMEN SACCO LTD',
    customercare: '',
    phone: '',
    product: 'Emergency Loan',
    loanindefault: 'LN00123',
    loanno: 'LN00123',
    clientcode: 'M001234',
    staffno: 'M001234',
    accounttype: 'FOSA',
    // the borrower in a guarantor's notice; in the borrower's own notices the addressee
    clientname: 'Peter Otieno',
    membername: 'Peter Otieno',
    loaneesname: 'Peter Otieno',
    name: 'Jane Wanjiru',
    accountno: '0101234567',
    date: '5 December 2026',
    completion: '5 December 2026',
    charges: '50.00',
    '': '1280.00',
  },
});
