// Every entry point into core/ on 100 KB of hostile text: long runs of the characters its
// regexes and scanners care about. A pattern that backtracks (like /\.+$/ on "a" + "." ×
// 100,000 + "ab", which took 11 s in parseLink) makes one of these take seconds; linear code
// takes milliseconds. The bound is a generous guard (CPU time, so a busy machine does not
// trip it), not a benchmark: `npm run bench` measures speed.
import { checkNotice } from '../../miniprogram/core/check';
import {
  lookup,
  lookupLink,
  lookupName,
  lookupNumber,
} from '../../miniprogram/core/directory/index';
import { maskSensitive } from '../../miniprogram/core/evidence/mask';
import { extractEntities } from '../../miniprogram/core/engine/extract';
import { normalize } from '../../miniprogram/core/text/normalize';

const N = 100_000;
const GUARD_MS = 2000;

const HOSTILE: Record<string, string> = {
  'dots then letters': 'a' + '.'.repeat(N) + 'ab',
  'fullwidth dots': 'a' + '。'.repeat(N) + 'ab',
  digits: '1'.repeat(N),
  'digits and spaces': '1 '.repeat(N / 2),
  'digits and dashes': '1-'.repeat(N / 2),
  'fullwidth digits': '１'.repeat(N),
  'plus-86 prefixes': '+86 '.repeat(N / 4),
  'id-card-like': '11010519491231002'.repeat(N / 17) + 'X',
  'card groups': '6222 '.repeat(N / 5),
  'spaces then x': ' '.repeat(N) + 'x',
  'zero-width spaces': '\u200b'.repeat(N),
  'http and labels': 'http://' + 'a.'.repeat(N / 2),
  'scheme and one label': 'https://' + 'a'.repeat(N),
  'www runs': 'www.'.repeat(N / 4),
  'label-digit-dot': 'a1.'.repeat(N / 3),
  'hyphen runs': 'a-'.repeat(N / 2),
  punycode: 'xn--' + 'a'.repeat(N),
  'at signs': '@'.repeat(N),
  'userinfo and dots': ('a@' + '.'.repeat(10)).repeat(N / 12),
  slashes: '/'.repeat(N),
  'path segments': 'http://a.com/' + 'a/'.repeat(N / 2),
  colons: ':'.repeat(N),
  brackets: '['.repeat(N),
  percent: '%'.repeat(N),
  'han characters': '微'.repeat(N),
  'transfer and digits': '转账'.repeat(N / 4) + '1'.repeat(N / 2),
  'qq and digits': 'QQ' + '1'.repeat(N),
};

const ENTRY_POINTS: Record<string, (s: string) => unknown> = {
  checkNotice: (s) => checkNotice({ text: s, channel: 'sms', sender: s.slice(0, 200) }),
  'lookup (auto)': (s) => lookup(s),
  'lookup by number': (s) => lookupNumber(s),
  'lookup by link': (s) => lookupLink(s),
  'lookup by name': (s) => lookupName(s),
  mask: (s) => maskSensitive(s, { idCard: true, bankCard: true, mobile: true }),
  extract: (s) => extractEntities(normalize(s)),
};

function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

describe.each(Object.entries(ENTRY_POINTS))('%s on 100 KB of hostile text', (_name, entry) => {
  test.each(Object.entries(HOSTILE))(`%s finishes within ${GUARD_MS} ms of CPU`, (_c, text) => {
    expect(text.length).toBeGreaterThanOrEqual(N * 0.99);
    const ms = cpuMs(() => entry(text));
    expect(ms).toBeLessThan(GUARD_MS);
  });
});

test('the case that used to take 11 s answers as a link that is not official', () => {
  const r = lookup('a' + '.'.repeat(N) + 'ab');
  expect(r.official).not.toBe(true);
});
