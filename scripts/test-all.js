#!/usr/bin/env node
// `npm test`: type checks, lint and the whole jest suite. Every step runs even when an earlier
// one fails, so one report shows everything that is wrong and the jest summary is always
// printed; the exit code is non-zero if any step failed. Extra arguments go to jest.
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const jestArgs = process.argv.slice(2);

const steps = [
  { name: 'typecheck app', cmd: bin('tsc'), args: ['-p', 'tsconfig.json'] },
  { name: 'typecheck tests', cmd: bin('tsc'), args: ['-p', 'tsconfig.node.json'] },
  { name: 'eslint', cmd: bin('eslint'), args: ['.'] },
  { name: 'prettier', cmd: bin('prettier'), args: ['--check', '**/*.{ts,js,json,wxss}'] },
  { name: 'jest', cmd: bin('jest'), args: jestArgs, summary: /^(Test Suites|Tests):.*$/gm },
];

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n== ${step.name}: ${path.basename(step.cmd)} ${step.args.join(' ')}`);
    const child = spawn(step.cmd, step.args, { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk, out) => {
      out.write(chunk);
      if (step.summary) tail = (tail + chunk.toString()).slice(-20000);
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    child.on('error', (err) => {
      console.error(err);
      resolve({ ...step, code: 1, ms: Date.now() - started, notes: [] });
    });
    child.on('close', (code) => {
      // Strip ANSI colours from jest's summary.
      const plain = tail.replace(/\x1b\[[0-9;]*m/g, '');
      const notes = step.summary ? plain.match(step.summary) || [] : [];
      resolve({ ...step, code: code ?? 1, ms: Date.now() - started, notes });
    });
  });
}

(async () => {
  const results = [];
  for (const step of steps) results.push(await run(step));
  console.log('\n== npm test summary');
  for (const r of results) {
    const status = r.code === 0 ? 'ok    ' : 'FAILED';
    console.log(`${status} ${r.name.padEnd(16)} ${(r.ms / 1000).toFixed(1).padStart(6)}s`);
    for (const n of r.notes) console.log(`       ${n.trim()}`);
  }
  const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
  if (failed.length) {
    console.log(`\nFailed: ${failed.join(', ')}`);
    if (failed.includes('prettier')) console.log('Fix formatting with: npm run format');
  }
  // One plain closing line that any CI reader understands: jest's own "Tests: N passed, M total"
  // is not in the form "N passed, N failed".
  let passed = 0;
  let failedTests = 0;
  for (const r of results)
    for (const n of r.notes) {
      const p = /Tests:.*?(\d+) passed/.exec(n);
      const f = /Tests:.*?(\d+) failed/.exec(n);
      if (p) passed += Number(p[1]);
      if (f) failedTests += Number(f[1]);
    }
  if (failed.length && !failedTests) failedTests = failed.length;
  console.log(`\ntests: ${passed} passed, ${failedTests} failed`);
  process.exit(failed.length ? 1 : 0);
})();
