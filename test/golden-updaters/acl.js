// @ts-check
'use strict';
// Golden mosquitto ACL files written by `stingeripc acl` for the examples
// (examples/NAME.stingeripc -> test/golden/acl/examples-NAME.acl), with the
// users below. Used by test/acl.test.js (compare) and test/update-golden.js
// (rewrite).

const fs = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden', 'acl');

/** The users every golden ACL is written for. */
const USERS = { serverUsers: ['service'], clientUsers: ['app-1', 'app-2'] };

/** @returns {Array<{ name: string, input: string, golden: string }>} */
function aclCases() {
  return ['example', 'full'].map((name) => ({
    name: `examples-${name}`,
    input: path.join(REPO_ROOT, 'examples', `${name}.stingeripc`),
    golden: path.join(GOLDEN_DIR, `examples-${name}.acl`),
  }));
}

/**
 * The ACL of one interface file, as the command writes it.
 * @param {string} input
 * @returns {string}
 */
function renderAcl(input) {
  const { document, diagnostics } = require('../../converter').convertFile(input);
  if (!document) throw new Error(`${input} does not convert: ${JSON.stringify(diagnostics)}`);
  return require('../../bin/acl').aclFromDocument(document, USERS);
}

/** @returns {Promise<string[]>} files written */
async function update() {
  fs.mkdirSync(GOLDEN_DIR, { recursive: true });
  const written = [];
  for (const c of aclCases()) {
    fs.writeFileSync(c.golden, renderAcl(c.input));
    written.push(c.golden);
  }
  return written;
}

module.exports = { name: 'acl', aclCases, renderAcl, update, USERS, GOLDEN_DIR };
