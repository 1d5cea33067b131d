// ESLint rule: a relative import must name a file, never a folder.
// Node, TypeScript and jest resolve `../core/evidence` to `../core/evidence/index.ts`; WeChat's
// module loader resolves it to `../core/evidence.js`, which does not exist, and the official
// compiler then leaves the folder's modules out of the package (a white screen at launch).
'use strict';
const fs = require('fs');
const path = require('path');

const isDir = (p) => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};
const isFile = (p) => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'disallow relative imports that resolve to a folder' },
    messages: {
      folder:
        "'{{spec}}' is a folder; WeChat does not look for index files. Import '{{spec}}/index'.",
    },
    schema: [],
  },
  create(context) {
    const filename = context.filename || context.getFilename();
    const dir = path.dirname(filename);
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const spec = node.value;
      if (!spec.startsWith('./') && !spec.startsWith('../') && spec !== '.' && spec !== '..')
        return;
      const target = path.resolve(dir, spec);
      // A file of that name (with any script extension) wins over a folder, as in TypeScript.
      if (['', '.ts', '.js', '.json'].some((ext) => isFile(target + ext))) return;
      if (isDir(target)) context.report({ node, messageId: 'folder', data: { spec } });
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
      TSImportType: (n) => check(n.argument && n.argument.literal),
      TSExternalModuleReference: (n) => check(n.expression),
      CallExpression: (n) => {
        if (n.callee.type === 'Identifier' && n.callee.name === 'require') check(n.arguments[0]);
      },
    };
  },
};
