#!/usr/bin/env node
// Usage: node scripts/run-ts.js FILE.ts [args...]
require('./register-ts');
const path = require('path');
const file = path.resolve(process.argv[2]);
process.argv.splice(1, 2, file);
require(file);
