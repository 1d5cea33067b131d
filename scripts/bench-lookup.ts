// Micro-benchmark for the directory lookups. Run: node scripts/run-ts.js scripts/bench-lookup.ts
// Prints average microseconds per call (target: < 100 µs, i.e. < 0.1 ms, for numbers and links).
import {
  findInstitutionMentions,
  lookup,
  lookupLink,
  lookupName,
  lookupNumber,
} from '../miniprogram/core/directory';

const NUMBERS = [
  '95384',
  '+86 95384',
  '0086-95188',
  '９５５８８',
  '95017-2',
  '010-12321',
  '400-000-0000',
  '17138526049',
  '020-96110',
  '+86 571 95017',
];
const LINKS = [
  'https://www.webank.com/x',
  'webank-kefu.com',
  'weixin-pay-help.cn',
  '95384.vip',
  'alipey.com',
  'xn--lipay-3ve.com',
  'http://198.51.100.7/pay',
  'jr.jd.com',
  'weather.com',
  'https://webank.com@evil.cn/',
];
const NAMES = ['微粒贷', '借唄', '工行', '招商银行', '微众银衍', '微粒贷客服电话', '不存在的平台'];
const NOTICE =
  '【微众银行】尊敬的客户，您在微粒贷的借款已逾期3天，请及时通过微信 → 我 → 服务 → 微粒贷借钱还款，详询95384。如有疑问请联系官方客服，勿轻信陌生来电。';

function bench(label: string, items: string[], fn: (q: string) => unknown, minMs = 400): void {
  for (let i = 0; i < 2000; i++) fn(items[i % items.length]); // warm up (builds the lazy indexes)
  let n = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 1000; i++) fn(items[(n + i) % items.length]);
    n += 1000;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const us = (elapsed * 1000) / n;
  console.log(
    `${label.padEnd(36)} ${us.toFixed(2).padStart(8)} µs/call   (${n} calls, ${(1e6 / us).toFixed(0)}/s)`,
  );
}

const t0 = process.hrtime.bigint();
lookup('95384');
lookup('webank.com');
lookup('微粒贷');
console.log(
  `first lookup (builds indexes): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(2)} ms`,
);
bench('lookupNumber', NUMBERS, lookupNumber);
bench('lookupLink', LINKS, lookupLink);
bench('lookupName', NAMES, lookupName);
bench('lookup (auto-detect)', [...NUMBERS, ...LINKS, ...NAMES], lookup);
bench(`findInstitutionMentions (${NOTICE.length} ch)`, [NOTICE], findInstitutionMentions);
