#!/usr/bin/env node
// @ts-check
'use strict';
// `npm run golden:update`: rewrites the golden files the tests compare against.
// Each updater module owns one folder under test/golden/ and exports
// `{ name, update(): Promise<string[]> }`. Add new updaters (e.g. template
// goldens) to UPDATERS. `node test/update-golden.js NAME...` runs only those.

const path = require('node:path');

// template and docs render the asyncapi goldens, so they run after them.
const UPDATERS = [
  require('./golden-updaters/asyncapi'),
  require('./golden-updaters/template'),
  require('./golden-updaters/docs'),
  require('./golden-updaters/acl'),
  require('./golden-updaters/web'),
];

async function main() {
  const only = process.argv.slice(2);
  const unknown = only.filter((n) => !UPDATERS.some((u) => u.name === n));
  if (unknown.length > 0) {
    throw new Error(`unknown updater(s): ${unknown.join(', ')}; known: ${UPDATERS.map((u) => u.name).join(', ')}`);
  }
  for (const updater of UPDATERS) {
    if (only.length > 0 && !only.includes(updater.name)) continue;
    const written = await updater.update();
    for (const file of written) console.log(`${updater.name}: wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exitCode = 1;
});
