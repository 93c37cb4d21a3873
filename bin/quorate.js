#!/usr/bin/env node
'use strict';
// `npx quorate` / `npm run quorate --`: runs the built CLI (npm install builds it).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'build', 'electron', 'cli', 'quorate.js');
if (!existsSync(cli)) {
  process.stderr.write('quorate: the app is not built yet; run "npm install" (or "npm run build") first.\n');
  process.exit(1);
}
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `quorate: needs Node 22 or later (this is ${process.version}); run it as "npx quorate" or "npm run quorate --" so the project's Node is used.\n`,
  );
  process.exit(1);
}
// Piped into `head` and the like: a closed pipe ends the output quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { runCli } = require(cli);
runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
