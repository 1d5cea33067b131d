// Audit: on scams the checker catches, does it show the behaviour the text shows? A crude
// keyword test per behaviour (for reading only, never used by the checker) lists caught scams
// whose text carries the behaviour's words but whose result lacks that behaviour's signal.
// Train + dev split of data/ and the labelled fixtures; never the test split or probe-blind.
//   node scripts/run-ts.js scripts/audit-signals.ts [--show BEHAVIOUR] [--file F]...
import * as fs from 'fs';
import * as path from 'path';
import { checkNotice } from '../miniprogram/core/check';
import type { NoticeInput } from '../miniprogram/core/types';

const BEHAVIOURS: Record<string, { re: RegExp; signal: string }> = {
  code: { re: /验证码|动态码|校验码|短信码|密码|驗證碼/, signal: 'credential_request' },
  remote: {
    re: /共享屏幕|屏幕共享|远程|腾讯会议|视频会议|下载[^，。,]{0,10}(app|软件|客户端)|安装[^，。,]{0,8}(app|软件)/i,
    signal: 'remote_control',
  },
  pay: {
    re: /安全账户|指定账户|对公账户|个人账户|转账到|转到[^，。]{0,6}(账户|卡)|汇[款入到]|打到[^，。]{0,6}(账户|卡)|收款码/,
    signal: 'pay_to_unofficial_account',
  },
  fee: {
    re: /手续费|保证金|解冻费|工本费|押金|验资|刷流水|会员费|激活费|服务费|缴纳[^，。]{0,6}费|解冻金/,
    signal: 'advance_fee',
  },
  authority: {
    re: /公安|警官|民警|警察|法院|检察院|银保监|金融监管|证监会|人民银行|央行|银监会/,
    signal: 'authority_threat',
  },
  cancel: { re: /注销|註銷/, signal: 'account_cancellation' },
  repair: {
    re: /修复征信|征信修复|洗白|消除[^，。]{0,4}(记录|征信)|删除[^，。]{0,4}(记录|逾期)|铲单/,
    signal: 'credit_repair',
  },
};

const args = process.argv.slice(2);
const show = args.flatMap((a, i) => (a === '--show' ? [args[i + 1]] : []));
const files = args.flatMap((a, i) => (a === '--file' ? [args[i + 1]] : []));
const root = path.resolve(__dirname, '..');
interface L {
  id: string;
  text: string;
  label: string;
  split?: string;
  channel?: string;
  sender?: string;
  borrowed?: string;
}
const sets = new Map<string, L[]>();
const add = (k: string, l: L) => (sets.get(k) || sets.set(k, []).get(k)!).push(l);
if (!files.length) {
  for (const sub of ['data/sources', 'data/snapshots']) {
    const d = path.join(root, sub);
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort())
      for (const raw of fs.readFileSync(path.join(d, f), 'utf8').split('\n')) {
        if (!raw.trim()) continue;
        const o = JSON.parse(raw) as L & { source: string };
        if (o.split !== 'train' && o.split !== 'dev') continue;
        add(o.source === 'gh_jimmyma99_teleantifraud' ? 'teleantifraud' : o.split, o);
      }
  }
} else
  for (const f of files) {
    if (/blind/.test(f)) throw new Error('the blind probe set is for the lead only');
    for (const raw of fs.readFileSync(f, 'utf8').split('\n'))
      if (raw.trim()) add(path.basename(f), JSON.parse(raw));
  }
for (const [k, list] of sets) {
  const miss: Record<string, number> = {};
  const has: Record<string, number> = {};
  let caught = 0;
  const lines: string[] = [];
  for (const l of list) {
    if (l.label !== 'scam') continue;
    const input: NoticeInput = { text: l.text };
    if (l.channel) input.channel = l.channel as NoticeInput['channel'];
    if (l.sender) input.sender = l.sender;
    if (l.borrowed) input.borrowed = l.borrowed as NoticeInput['borrowed'];
    const r = checkNotice(input);
    if (r.verdict !== 'scam') continue;
    caught++;
    const ids = new Set<string>(r.signals.map((s) => s.id));
    for (const [b, { re, signal }] of Object.entries(BEHAVIOURS)) {
      if (!re.test(l.text)) continue;
      has[b] = (has[b] || 0) + 1;
      if (ids.has(signal)) continue;
      miss[b] = (miss[b] || 0) + 1;
      if (show.includes(b) || show.includes('all'))
        lines.push(`${b} ${l.id} [${[...ids]}]: ${l.text.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
  const cells = Object.keys(BEHAVIOURS)
    .filter((b) => has[b])
    .map((b) => `${b} ${(has[b] || 0) - (miss[b] || 0)}/${has[b]}`);
  console.log(`${k}: caught ${caught}; shown/with words: ${cells.join('  ')}`);
  for (const x of lines) console.log('  ' + x);
}
