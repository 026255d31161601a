// @ts-check
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/**
 * Writes via a temporary file in the same folder and a rename, so readers
 * never see a partial file and a failed write leaves nothing behind.
 * @param {string} target
 * @param {string} text
 */
function writeAtomically(target, text) {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

module.exports = { writeAtomically };
