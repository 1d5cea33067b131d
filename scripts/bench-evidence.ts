// Bench for the evidence store (issues 5 and 10): a 5,000-item case with 1,000 attachments
// (~98 KB each, ~98 MB in all, like the probe) in an in-memory KV, then time what the
// user waits for: opening the case (summary + first page of the timeline) and verifying it
// (re-hashing every attachment) through the real store and file service, which read each file
// in 1 MB pieces with FileSystemManager.readSync on the wx fake.
// Usage: node scripts/run-ts.js scripts/bench-evidence.ts [--json] [--items N] [--attachments N]
import type { Attachment, KV } from '../miniprogram/core/evidence/index';

// core/evidence hashes with its own SHA-256 in TypeScript (evidence/sha256.ts), never Node's
// crypto, so the figures below run the code a phone's JS engine runs (modulo CPU speed).
/* eslint-disable @typescript-eslint/no-require-imports */
const { EvidenceRepository, sha256Hex } =
  require('../miniprogram/core/evidence/index') as typeof import('../miniprogram/core/evidence/index');
const { RecordsStore } =
  require('../miniprogram/stores/records') as typeof import('../miniprogram/stores/records');
const { createEvidenceFiles } =
  require('../miniprogram/services/files') as typeof import('../miniprogram/services/files');
const { createWxFake } = require('../test/wx-fake') as typeof import('../test/wx-fake');
/* eslint-enable @typescript-eslint/no-require-imports */

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

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

const ITEMS = arg('--items', 5000);
const ATTACHMENTS = arg('--attachments', 1000);
const FILE_BYTES = 98 * 1024;
const PAGE = 30;
const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const kv = new MemKV();
  const fake = createWxFake({ usedFileBytes: 0 });
  const files = createEvidenceFiles(() => fake.wx);
  let t = Date.UTC(2024, 0, 1);
  const repo = new EvidenceRepository({ kv, now: () => (t += 1000) });
  repo.init();
  const c = repo.createCase({ institution: { name: '某消费金融' } });
  const t0 = Date.now();
  const every = Math.max(1, Math.floor(ITEMS / Math.max(1, ATTACHMENTS)));
  let withFile = 0;
  let bytes = 0;
  for (let i = 0; i < ITEMS; i++) {
    const attachments: Attachment[] = [];
    if (withFile < ATTACHMENTS && i % every === 0) {
      const data = new Uint8Array(FILE_BYTES).map((_, j) => (i * 7 + j * 13) & 0xff);
      const path = fake.putFile({ path: `http://usr/evidence/${i}.jpg`, data });
      attachments.push({
        name: `截图${i}.jpg`,
        mime: 'image/jpeg',
        size: data.length,
        path,
        sha256: sha256Hex(data),
      });
      withFile++;
      bytes += data.length;
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
  // CPU time of this process too: on a shared machine the wall clock mostly measures the others.
  const verifyCpu: number[] = [];
  let pageBytes = 0;
  let ok = false;
  let progressEvents = 0;
  for (let run = 0; run < RUNS; run++) {
    // A fresh repository and store each time: nothing cached, as after an app start.
    const store = new RecordsStore();
    store.configure({ repo: new EvidenceRepository({ kv }), files });
    const a = process.hrtime.bigint();
    store.openCase(c.id);
    openRuns.push(Number(process.hrtime.bigint() - a) / 1e6);
    pageBytes = Buffer.byteLength(JSON.stringify(store.items.slice(0, PAGE)), 'utf8');
    let last = -1;
    const b = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const poll = setInterval(() => {
      if (store.progress !== last) progressEvents++;
      last = store.progress;
    }, 10);
    const v = await store.verify();
    clearInterval(poll);
    verifyRuns.push(Number(process.hrtime.bigint() - b) / 1e6);
    const cpu = process.cpuUsage(cpu0);
    verifyCpu.push((cpu.user + cpu.system) / 1000);
    ok = !!v?.ok;
  }
  let storeBytes = 0;
  let largestKey = 0;
  for (const [k, v] of kv.m) {
    storeBytes += k.length + v.length;
    largestKey = Math.max(largestKey, k.length + v.length);
  }
  const reads = fake.readStats();
  const out = {
    items: ITEMS,
    attachments: withFile,
    attachment_mb: +(bytes / 1024 / 1024).toFixed(1),
    build_ms: buildMs,
    open_ms: +median(openRuns).toFixed(2),
    verify_ms: +median(verifyRuns).toFixed(2),
    verify_cpu_ms: +median(verifyCpu).toFixed(2),
    verify_ok: ok,
    largest_single_read_bytes: reads.maxRead,
    progress_updates_seen: progressEvents,
    first_page_setdata_bytes: pageBytes,
    storage_chars: storeBytes,
    largest_key_chars: largestKey,
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(out));
  else {
    console.log(
      `evidence bench: ${ITEMS} items, ${withFile} attachments, ${out.attachment_mb} MB (built in ${buildMs} ms)`,
    );
    console.log(`  open case (summary + first ${PAGE}): ${out.open_ms} ms (median of ${RUNS})`);
    console.log(
      `  verify (re-hash all, 1 MB reads):  ${out.verify_ms} ms wall, ${out.verify_cpu_ms} ms CPU (median of ${RUNS}), ok=${ok}`,
    );
    console.log(
      `  largest single read ${reads.maxRead} bytes; progress updates seen ${progressEvents}; first page setData ${pageBytes} bytes; storage ${storeBytes} chars; largest key ${largestKey} chars`,
    );
  }
  if (!ok) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
