// The lint rule behind "imports name files, never folders", run through the project's own
// ESLint config so a change to the config that drops the rule fails here.
import { lintMessages } from '../helpers/lint';

function folderErrors(code: string, file = 'miniprogram/stores/probe.ts'): Promise<string[]> {
  return lintMessages(code, file, 'local/no-folder-import');
}

test('a relative import of a folder is an error, the same import of its index file is not', async () => {
  expect(await folderErrors("import { MSG } from '../core/evidence';\nexport { MSG };\n")).toEqual([
    "'../core/evidence' is a folder; WeChat does not look for index files. Import '../core/evidence/index'.",
  ]);
  expect(
    await folderErrors("import { MSG } from '../core/evidence/index';\nexport { MSG };\n"),
  ).toEqual([]);
});

test('re-exports, type imports and require() of a folder are caught too', async () => {
  const code = [
    "export * from '../core/directory';",
    "import type { KV } from '../core/evidence';",
    "const d = require('../core/directory');",
    'export type T = KV | typeof d;',
    '',
  ].join('\n');
  expect(await folderErrors(code)).toHaveLength(3);
});

test('a file whose name matches a folder is fine (core/check.ts beside core/engine/)', async () => {
  expect(await folderErrors("export * from './check';\n", 'miniprogram/core/probe.ts')).toEqual([]);
});
