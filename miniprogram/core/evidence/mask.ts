// Masking of sensitive numbers for reports and complaint drafts that leave the phone.
// Only numbers that pass their check digit are masked, so amounts, dates and order numbers
// stay readable: ID cards use ISO 7064 MOD 11-2, bank cards the Luhn check.

export interface MaskOptions {
  idCard?: boolean; // default true
  bankCard?: boolean; // default true
  mobile?: boolean; // default false: collectors' numbers are usually evidence, not secrets
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** True for a valid 18-character mainland resident ID number (checksum and plausible date). */
export function isValidIdCard(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === s[17].toUpperCase();
}

export { luhnValid } from '../text/luhn';
import { luhnValid } from '../text/luhn';

export function maskIdCard(id: string): string {
  return id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4);
}

/** Replace digits with '*' except the first `keepStart` and last `keepEnd`; separators stay. */
function maskDigits(run: string, keepStart: number, keepEnd: number): string {
  const total = run.replace(/\D/g, '').length;
  let seen = 0;
  return run.replace(/\d/g, (d) => {
    seen++;
    return seen <= keepStart || seen > total - keepEnd ? d : '*';
  });
}

/** Keeps first 4 and last 4 digits; keeps the original grouping spaces/dashes. */
export function maskBankCard(card: string): string {
  return maskDigits(card, 4, 4);
}

/** 138****5678 */
export function maskMobile(m: string): string {
  return maskDigits(m, 3, 4);
}

// A run of digits (optionally grouped by single spaces or dashes, as cards are written),
// not touching other digits. The ID's final X is allowed. No look-behind: iOS JavaScriptCore
// before 16.4 rejects it at parse time, so the preceding character is captured instead.
const NUMBER_RUN = /(^|[^\dA-Za-z])(\d(?:[ -]?\d){10,22}[Xx]?)(?![\dA-Za-z])/g;

export function maskSensitive(text: string, opts: MaskOptions = {}): string {
  const idCard = opts.idCard !== false;
  const bankCard = opts.bankCard !== false;
  const mobile = opts.mobile === true;
  return text.replace(NUMBER_RUN, (_m, pre: string, run: string) => pre + maskRun(run));
  function maskRun(run: string): string {
    const compact = run.replace(/[ -]/g, '');
    if (idCard && compact.length === 18 && run === compact && isValidIdCard(compact))
      return maskIdCard(compact);
    if (/[Xx]$/.test(compact)) return run;
    if (bankCard && compact.length >= 16 && compact.length <= 19 && luhnValid(compact))
      return maskBankCard(run);
    if (mobile && /^1[3-9]\d{9}$/.test(compact)) return maskMobile(run);
    return run;
  }
}
