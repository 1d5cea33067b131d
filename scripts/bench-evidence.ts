// Bench for the evidence store (issue 5): build a 1,000-item case with 300 attachments of a
// few KB in an in-memory KV, then time what the user waits for: opening the case (summary +
// first page of the timeline) and verifying its chain (re-hashing every attachment).
// Usage: node scripts/run-ts.js scripts/bench-evidence.ts [--json]
import type { Attachment, KV } from '../miniprogram/core/evidence';

// In Node, js-sha256 hands hashing to Node's native crypto. The mini program has no Node, so
// it runs the pure-JS path; a `window` global before loading makes Node take that path too,
// so the figures below are the ones a phone's JS engine sees (modulo CPU speed).
// Pass --native to measure Node's crypto instead.
if (!process.argv.includes('--native')) (globalThis as unknown as { window: object }).window = {};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { EvidenceRepository, sha256Hex } =
  require('../miniprogram/core/evidence') as typeof import('../miniprogram/core/evidence');

class MemKV implements KV {
  m = new Map<string, string>();
  get(k: string) {
    return this.m.get(k);
  }
  set(k: string, v: string) {
    this.m.set(k, v);
  }
  remove(k: string) {
    this.m.delete(k);
  }
  keys() {
    return [...this.m.keys()];
  }
}

const ITEMS = 1000;
const ATTACHMENTS = 300;
const PAGE = 30;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const kv = new MemKV();
  const files = new Map<string, Uint8Array>();
  let t = Date.UTC(2024, 0, 1);
  const repo = new EvidenceRepository({ kv, now: () => (t += 1000) });
  repo.init();
  const c = repo.createCase({ institution: { name: '某消费金融' } });
  const t0 = Date.now();
  let withFile = 0;
  for (let i = 0; i < ITEMS; i++) {
    const attachments: Attachment[] = [];
    if (withFile < ATTACHMENTS && i % 10 < 3) {
      const bytes = new Uint8Array(2048 + (i % 5) * 1024).map((_, j) => (i * 7 + j) & 0xff);
      const path = `mem://evidence/${i}.jpg`;
      files.set(path, bytes);
      attachments.push({
        name: `截图${i}.jpg`,
        mime: 'image/jpeg',
        size: bytes.length,
        path,
        sha256: sha256Hex(bytes),
      });
      withFile++;
    }
    repo.addItem(c.id, {
      kind: 'communication',
      comm: 'sms',
      text: `第${i}条：【某金融】您的借款已逾期，请于今日内还款，否则将采取进一步措施。`,
      attachments,
      tags: ['催收'],
    });
  }
  const buildMs = Date.now() - t0;

  const openRuns: number[] = [];
  const verifyRuns: number[] = [];
  let pageBytes = 0;
  let ok = false;
  for (let run = 0; run < 5; run++) {
    // A fresh repository each time: nothing cached, as after an app start.
    const r = new EvidenceRepository({ kv });
    const a = process.hrtime.bigint();
    r.loadCaseSummary(c.id);
    const page = r.loadItemsPage(c.id, 0, PAGE);
    openRuns.push(Number(process.hrtime.bigint() - a) / 1e6);
    pageBytes = Buffer.byteLength(JSON.stringify(page.items), 'utf8');
    const b = process.hrtime.bigint();
    const v = await r.verify(c.id, (att) => files.get(att.path) ?? null);
    verifyRuns.push(Number(process.hrtime.bigint() - b) / 1e6);
    ok = v.ok;
  }
  let storeBytes = 0;
  let largestKey = 0;
  for (const [k, v] of kv.m) {
    storeBytes += k.length + v.length;
    largestKey = Math.max(largestKey, k.length + v.length);
  }
  const out = {
    items: ITEMS,
    attachments: withFile,
    build_ms: buildMs,
    open_ms: +median(openRuns).toFixed(2),
    verify_ms: +median(verifyRuns).toFixed(2),
    verify_ok: ok,
    first_page_setdata_bytes: pageBytes,
    storage_chars: storeBytes,
    largest_key_chars: largestKey,
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(out));
  else {
    console.log(`evidence bench: ${ITEMS} items, ${withFile} attachments (built in ${buildMs} ms)`);
    console.log(`  open case (summary + first ${PAGE}): ${out.open_ms} ms (median of 5)`);
    console.log(`  verify chain (re-hash all):        ${out.verify_ms} ms (median of 5), ok=${ok}`);
    console.log(
      `  first page setData: ${pageBytes} bytes; storage ${storeBytes} chars; largest key ${largestKey} chars`,
    );
  }
  if (!ok) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
