// @ts-check
'use strict';
// Golden generated packages: the template rendered from each golden AsyncAPI
// document (test/golden/asyncapi/), one tree per document under
// test/golden/generated/<name>/. Used by test/template-golden.test.js and
// test/template-compile.test.js (compare, compile) and by
// test/update-golden.js (rewrite).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const asyncapiGoldens = require('./asyncapi');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden', 'generated');

const FIXTURE_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'template');

/**
 * @typedef {{ name: string, goldenDir: string, asyncapiFile?: string, stingeripcFile?: string }} TemplateCase
 *   Input: a golden AsyncAPI document (`asyncapiFile`), or an interface file of
 *   the template's own fixtures (`stingeripcFile`), converted when rendered.
 */

/**
 * Every golden AsyncAPI document, e.g. test/golden/asyncapi/examples-full.asyncapi.yaml
 * -> test/golden/generated/examples-full/, then every fixture in
 * test/fixtures/template/, e.g. edge-cases.stingeripc -> fixtures-edge-cases/.
 * @returns {TemplateCase[]}
 */
function templateCases() {
  const fromGoldens = asyncapiGoldens.goldenCases().map((c) => {
    const name = path.basename(c.golden).replace(/\.asyncapi\.yaml$/, '');
    return { name, asyncapiFile: c.golden, goldenDir: path.join(GOLDEN_DIR, name) };
  });
  const fromFixtures = fs
    .readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.stingeripc'))
    .sort()
    .map((file) => {
      const name = `fixtures-${file.replace(/\.stingeripc$/, '')}`;
      return { name, stingeripcFile: path.join(FIXTURE_DIR, file), goldenDir: path.join(GOLDEN_DIR, name) };
    });
  return [...fromGoldens, ...fromFixtures];
}

/**
 * The AsyncAPI file to render for a case; fixtures are converted into `tempDir`.
 * @param {TemplateCase} templateCase
 * @param {string} tempDir
 * @returns {string}
 */
function asyncapiFileOf(templateCase, tempDir) {
  if (templateCase.asyncapiFile) return templateCase.asyncapiFile;
  const converter = require('../../converter');
  const { formatDiagnostic } = require('../../converter/front-end');
  const input = String(templateCase.stingeripcFile);
  const { document, diagnostics } = converter.convertFile(input);
  if (!document) throw new Error(`${input} does not convert:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  const file = path.join(tempDir, `${templateCase.name}.asyncapi.yaml`);
  fs.writeFileSync(file, converter.serialize(document, 'yaml'));
  return file;
}

/**
 * Renders the repo's template with the Generator API into a fresh outDir.
 * @param {string} asyncapiFile
 * @param {string} outDir  removed first
 * @param {Record<string, string>} [templateParams]
 */
async function renderTemplate(asyncapiFile, outDir, templateParams = {}) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const Generator = require('@asyncapi/generator');
  const generator = new Generator(REPO_ROOT, outDir, { forceWrite: true, templateParams });
  await generator.generateFromFile(asyncapiFile);
}

/**
 * Every file below dir, relative with `/`, sorted; skips node_modules and dist.
 * @param {string} dir
 * @returns {string[]}
 */
function listTree(dir) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} rel */
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else files.push(child);
    }
  };
  walk('');
  return files.sort();
}

/** A temp dir for one rendering; the caller removes it. */
function makeTempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-template-'));
}

/**
 * Rewrites every golden tree from its golden AsyncAPI document and removes
 * trees whose document is gone.
 * @returns {Promise<string[]>} files written
 */
async function update() {
  const written = [];
  const cases = templateCases();
  for (const c of cases) {
    const temp = makeTempDir();
    try {
      const out = path.join(temp, c.name);
      await renderTemplate(asyncapiFileOf(c, temp), out);
      fs.rmSync(c.goldenDir, { recursive: true, force: true });
      for (const file of listTree(out)) {
        const target = path.join(c.goldenDir, file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(path.join(out, file), target);
        written.push(target);
      }
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  }
  const wanted = new Set(cases.map((c) => path.basename(c.goldenDir)));
  if (fs.existsSync(GOLDEN_DIR)) {
    for (const name of fs.readdirSync(GOLDEN_DIR)) {
      if (!wanted.has(name)) fs.rmSync(path.join(GOLDEN_DIR, name), { recursive: true, force: true });
    }
  }
  return written;
}

module.exports = { name: 'template', templateCases, asyncapiFileOf, renderTemplate, listTree, makeTempDir, update, GOLDEN_DIR };
