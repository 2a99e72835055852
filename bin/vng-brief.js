#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module as the entry would start Node's ES module loader first
require('../dist/cli-entry.cjs')
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
