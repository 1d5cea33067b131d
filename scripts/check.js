#!/usr/bin/env node
// `npm run check`: the CLI (scripts/check.ts) as precompiled JavaScript, built by
// scripts/cli-build.js on `npm ci` and rebuilt here when a source is newer than the build.
'use strict';
require(require('./cli-build').cliBundle());
