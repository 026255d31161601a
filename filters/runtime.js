// @ts-check
'use strict';
// The parts of the generated package that are the same for every interface
// (src/connection.ts, src/protocol.ts) are kept as real TypeScript in
// runtime/, where they are type-checked, and emitted verbatim.

const fs = require('node:fs');
const path = require('node:path');

const RUNTIME_DIR = path.resolve(__dirname, '..', 'runtime');

/**
 * The text of `runtime/<fileName>`.
 * @param {string} fileName e.g. `connection.ts`
 */
function runtimeSource(fileName) {
  return fs.readFileSync(path.join(RUNTIME_DIR, fileName), 'utf8');
}

module.exports = { runtimeSource, RUNTIME_DIR };
