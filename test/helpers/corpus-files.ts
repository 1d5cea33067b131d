// The regression corpus a whole-corpus test runs over: every fixture set and data/sources, never
// the blind probe set, which is the lead's measurement only (no one else runs the checker on it).
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');

export function regressionCorpusFiles(): string[] {
  const files: string[] = [];
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  for (const f of fs.readdirSync(fixtures).sort())
    if (f.endsWith('.jsonl') && !f.startsWith('probe-blind')) files.push(path.join(fixtures, f));
  const sources = path.join(ROOT, 'data', 'sources');
  if (fs.existsSync(sources))
    for (const f of fs.readdirSync(sources).sort())
      if (f.endsWith('.jsonl')) files.push(path.join(sources, f));
  return files;
}
