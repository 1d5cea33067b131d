// The CLI runs a precompiled bundle (scripts/cli-build.js): an edited source must never run
// stale, and an unchanged tree must not pay for a rebuild.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cliBundle, freshBundle } = require('../../scripts/cli-build.js') as {
  cliBundle(at: Tree): string;
  freshBundle(at: Tree): string | null;
};
interface Tree {
  root: string;
  entry: string;
  cache: string;
}

function run(bundle: string): string {
  const r = spawnSync(process.execPath, [bundle], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

test('a build is reused while its sources are unchanged and rebuilt once one changes', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-build-'));
  const at: Tree = { root, entry: 'bin/main.ts', cache: path.join(root, 'cache') };
  fs.mkdirSync(path.join(root, 'bin'));
  fs.mkdirSync(path.join(root, 'lib'));
  fs.writeFileSync(
    path.join(root, 'bin', 'main.ts'),
    "import { word } from '../lib/word';\nconsole.log(word());\n",
  );
  const lib = path.join(root, 'lib', 'word.ts');
  fs.writeFileSync(lib, "export const word = (): string => 'first';\n");
  try {
    expect(freshBundle(at)).toBeNull();
    const first = cliBundle(at);
    expect(run(first)).toBe('first');
    expect(cliBundle(at)).toBe(first);

    fs.writeFileSync(lib, "export const word = (): string => 'second';\n");
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(lib, later, later); // a coarse file clock must not hide the edit
    expect(freshBundle(at)).toBeNull();
    const second = cliBundle(at);
    expect(second).not.toBe(first);
    expect(run(second)).toBe('second');
    expect(freshBundle(at)).toBe(second);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
