// TeleAntiFraud's caller texts at other caps than the committed extractor's, read from its git
// snapshot with the extractor's own rule, as training messages (for scripts/model/gatecost.ts
// --taf). Ids follow the extractor's numbering, so the committed cap's messages keep theirs only
// when the cap is the same.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Labelled } from './lib';

const ID = 'gh_jimmyma99_teleantifraud';

function gitDir(ownerName: string): string {
  const roots = [path.resolve(__dirname, '..', '..', '..', '.mirror'), '/work/.mirror'];
  const root = roots.find((d) => fs.existsSync(path.join(d, ownerName.replace('/', '+'))));
  if (!root) throw new Error(`no snapshot of ${ownerName}`);
  const stack = [path.join(root, ownerName.replace('/', '+'))];
  while (stack.length) {
    const d = stack.pop() as string;
    if (fs.existsSync(path.join(d, 'HEAD')) && fs.existsSync(path.join(d, 'objects'))) return d;
    for (const e of fs.readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) stack.push(path.join(d, e.name));
  }
  throw new Error(`no git dir for ${ownerName}`);
}

export function tafMessages(scams: number, unrelated: number): Labelled[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ex = require('../data/extract/gh_jimmyma99_teleantifraud.js') as {
    buildCapped: (ctx: unknown, cap: Record<string, number>) => Array<Record<string, string>>;
  };
  const run = (a: string[]) =>
    execFileSync('git', a, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ctx = {
    ls: (repo: string, commit: string) =>
      run(['--git-dir', gitDir(repo), 'ls-tree', '-r', '-z', '--name-only', commit])
        .split('\0')
        .filter(Boolean),
    git: (repo: string, commit: string, file: string) =>
      run(['--git-dir', gitDir(repo), 'show', `${commit}:${file}`]),
  };
  const seen = new Set<string>();
  const out: Labelled[] = [];
  for (const m of ex.buildCapped(ctx, { scam: scams, unrelated })) {
    const text = m.text.trim();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push({
      id: `${ID}:${out.length + 1}`,
      text,
      label: m.label,
      channel: m.channel,
      source: ID,
      split: 'train',
      kind: m.kind,
    } as Labelled);
  }
  return out;
}
