// Masking of identity-like numbers for everything that leaves the phone (reports, complaint
// drafts, file names, share titles). On by default and deliberately broad: a report sent to a
// chat cannot be called back, so any run of 12–19 digits is treated as an ID, card or account
// number whether or not its check digit passes, in any width (full-width digits), grouped by
// spaces, dashes or dots; 11-digit mobiles too; and the text after an address marker
// (地址：…). Amounts, dates and times stay readable (they are shorter or broken by other signs).
import { luhnValid } from '../text/luhn';

export interface MaskOptions {
  idCard?: boolean; // default true: 15/18-digit IDs
  bankCard?: boolean; // default true: 12–19-digit card and account numbers
  mobile?: boolean; // default true: 11-digit mobiles
  address?: boolean; // default true: text after 地址 / 住址 markers
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

export { luhnValid };

/** Full-width digits and X to ASCII (U+FF10–FF19 → 0–9). */
function asciiDigits(s: string): string {
  return s.replace(/[０-９ＸｘXx]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
    return 'X';
  });
}

const DIGIT = /[0-9０-９]/;

/** Replace digits with '*' except the first `keepStart` and last `keepEnd`; separators stay. */
function maskDigits(run: string, keepStart: number, keepEnd: number): string {
  const total = [...run].filter((ch) => DIGIT.test(ch) || /[XxＸｘ]/.test(ch)).length;
  let seen = 0;
  return run.replace(/[0-9０-９XxＸｘ]/g, (d) => {
    seen++;
    return seen <= keepStart || seen > total - keepEnd ? d : '*';
  });
}

export function maskIdCard(id: string): string {
  return maskDigits(id, 3, 4);
}

/** Keeps first 4 and last 4 digits; keeps the original grouping spaces/dashes. */
export function maskBankCard(card: string): string {
  return maskDigits(card, 4, 4);
}

/** 138****5678 */
export function maskMobile(m: string): string {
  return maskDigits(m, 3, 4);
}

// A run of digits (ASCII or full-width), optionally grouped by one space, full-width space,
// dash or dot between digits, not touching other digits; an ID's final X allowed. Letters
// around it are fine ("ID11010…", "卡号:6222…"), except inside a long hex token (a digest).
// No look-behind: iOS JavaScriptCore before 16.4 rejects it at parse time, so the preceding
// character is captured instead.
const NUMBER_RUN =
  /(^|[^0-9０-９])([0-9０-９](?:[ \u3000.\-－]?[0-9０-９]){10,22}(?:[ \u3000.\-－]?[XxＸｘ])?)(?![0-9０-９])/g;

function inHexToken(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && /[0-9a-fA-F]/.test(text[a - 1])) a--;
  while (b < text.length && /[0-9a-fA-F]/.test(text[b])) b++;
  return b - a >= 32 && /^[0-9a-fA-F]+$/.test(text.slice(start, end));
}

// 地址：广东省深圳市南山区…  — the first six characters (province, city) stay.
const ADDRESS =
  /((?:家庭住址|户籍地址|现住址|居住地址|工作地址|单位地址|收货地址|住址|地址)\s*[:：]\s*)([^，。；;,\n\r]{1,80})/g;

export function maskSensitive(text: string, opts: MaskOptions = {}): string {
  const idCard = opts.idCard !== false;
  const bankCard = opts.bankCard !== false;
  const mobile = opts.mobile !== false;
  let out = text.replace(NUMBER_RUN, (m: string, pre: string, run: string, at: number) => {
    const start = at + pre.length;
    return inHexToken(text, start, start + run.length) ? m : pre + maskRun(run);
  });
  if (opts.address !== false)
    out = out.replace(ADDRESS, (_m, label: string, addr: string) => {
      const chars = Array.from(addr.trim());
      return label + chars.slice(0, 6).join('') + (chars.length > 6 ? '****' : '');
    });
  return out;
  function maskRun(run: string): string {
    const compact = asciiDigits(run).replace(/[^0-9X]/g, '');
    const n = compact.length;
    const hasX = compact.endsWith('X');
    if (hasX) return idCard && (n === 18 || n === 15) ? maskIdCard(run) : run;
    if (idCard && (n === 18 || n === 15) && !(bankCard && n >= 16 && luhnValid(compact)))
      return maskIdCard(run);
    if (bankCard && n >= 12 && n <= 19) return n >= 16 ? maskBankCard(run) : maskDigits(run, 0, 4);
    if (idCard && (n === 18 || n === 15)) return maskIdCard(run);
    if (mobile && n === 11 && /^1[3-9]/.test(compact)) return maskMobile(run);
    return run;
  }
}
