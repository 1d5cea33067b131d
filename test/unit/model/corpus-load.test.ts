// The corpus loader refuses data that would make the test split dishonest.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { countTable, loadCorpus } from '../../../scripts/data/load';

function corpus(files: Record<string, object[]>, sub = 'sources'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
  fs.mkdirSync(path.join(root, 'data', sub), { recursive: true });
  for (const [id, rows] of Object.entries(files))
    fs.writeFileSync(
      path.join(root, 'data', sub, `${id}.jsonl`),
      rows.map((r) => JSON.stringify(r)).join('\n') + '\n',
    );
  return root;
}
const msg = (source: string, n: number, split: string, label = 'scam') => ({
  id: `${source}:${n}`,
  text: `text ${source} ${n}`,
  label,
  channel: 'sms',
  source,
  split,
  kind: 'x',
});

test('a source with messages in two splits is refused', () => {
  const root = corpus({ a: [msg('a', 1, 'train'), msg('a', 2, 'test')] });
  expect(() => loadCorpus([root])).toThrow(/source a is in train and test/);
});

test('duplicate ids and unknown labels are refused', () => {
  expect(() => loadCorpus([corpus({ a: [msg('a', 1, 'dev'), msg('a', 1, 'dev')] })])).toThrow(
    /duplicate id a:1/,
  );
  expect(() => loadCorpus([corpus({ a: [msg('a', 1, 'dev', 'spam')] })])).toThrow(/label spam/);
});

test('snapshot-built sources are read unless only committed data is asked for', () => {
  const root = corpus({ b: [msg('b', 1, 'train', 'reminder')] }, 'snapshots');
  fs.mkdirSync(path.join(root, 'data', 'sources'));
  fs.writeFileSync(
    path.join(root, 'data', 'sources', 'a.jsonl'),
    JSON.stringify(msg('a', 1, 'test')),
  );
  const all = loadCorpus([root]);
  expect(all.messages.map((m) => m.id)).toEqual(['a:1', 'b:1']);
  expect([...all.snapshotOnly]).toEqual(['b']);
  expect(loadCorpus([root], { committedOnly: true }).messages.map((m) => m.id)).toEqual(['a:1']);
  const table = countTable(all.messages).join('\n');
  expect(table).toMatch(/scam\s+0 \(0 src\)\s+0 \(0 src\)\s+1 \(1 src\)/);
  expect(table).toMatch(/reminder\s+1 \(1 src\)/);
});
