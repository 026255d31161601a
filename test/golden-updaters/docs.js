// @ts-check
'use strict';
// Golden Markdown references: one per golden AsyncAPI document
// (test/golden/asyncapi/NAME.asyncapi.yaml -> test/golden/docs/NAME.md),
// rendered by filters/reference-markdown.js. Used by
// test/reference-docs.test.js (compare) and test/update-golden.js (rewrite).

const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const asyncapiGoldens = require('./asyncapi');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden', 'docs');

/**
 * Every golden AsyncAPI document with the reference it must render to.
 * @returns {Array<{ name: string, asyncapiFile: string, golden: string }>}
 */
function docsCases() {
  return asyncapiGoldens.goldenCases().map((c) => {
    const name = path.basename(c.golden).replace(/\.asyncapi\.yaml$/, '');
    return { name, asyncapiFile: c.golden, golden: path.join(GOLDEN_DIR, `${name}.md`) };
  });
}

/**
 * The reference of one AsyncAPI file, as the CLI renders it.
 * @param {string} asyncapiFile
 * @returns {string}
 */
function renderFile(asyncapiFile) {
  const { renderReference } = require('../../filters/reference-markdown');
  return renderReference(YAML.parse(fs.readFileSync(asyncapiFile, 'utf8')));
}

/**
 * Rewrites every golden reference and removes those whose document is gone.
 * @returns {Promise<string[]>} files written
 */
async function update() {
  fs.mkdirSync(GOLDEN_DIR, { recursive: true });
  const cases = docsCases();
  const written = [];
  for (const c of cases) {
    fs.writeFileSync(c.golden, renderFile(c.asyncapiFile));
    written.push(c.golden);
  }
  const wanted = new Set(cases.map((c) => c.golden));
  for (const name of fs.readdirSync(GOLDEN_DIR)) {
    const file = path.join(GOLDEN_DIR, name);
    if (!wanted.has(file)) fs.rmSync(file);
  }
  return written;
}

module.exports = { name: 'docs', docsCases, renderFile, update, GOLDEN_DIR };
