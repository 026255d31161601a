// @ts-check
'use strict';
// Golden web console sources: the per-interface files the template writes
// with the `web` parameter (web/index.html, webconsole/main.ts), rendered
// from golden AsyncAPI documents into test/golden/web/<name>/. The generic
// webconsole/console.ts and forms.ts are this repository's own files, copied
// verbatim; the bundle web/console.js is checked for byte stability instead
// (test/web-golden.test.js), not kept as a golden.

const fs = require('node:fs');
const path = require('node:path');
const { templateCases, asyncapiFileOf, renderTemplate, makeTempDir } = require('./template');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden', 'web');

/** The per-interface files of the console, kept as goldens. */
const GOLDEN_FILES = ['web/index.html', 'webconsole/main.ts'];

/** The template cases whose console is kept: the small and the full example. */
function webCases() {
  return templateCases()
    .filter((c) => c.name === 'examples-example' || c.name === 'examples-full')
    .map((c) => ({ ...c, webGoldenDir: path.join(GOLDEN_DIR, c.name) }));
}

/**
 * Renders a case with `web: 'true'` into outDir (removed first).
 * @param {import('./template').TemplateCase} templateCase
 * @param {string} tempDir  where fixtures are converted
 * @param {string} outDir
 */
async function renderWeb(templateCase, tempDir, outDir) {
  await renderTemplate(asyncapiFileOf(templateCase, tempDir), outDir, { web: 'true' });
}

/** @returns {Promise<string[]>} files written */
async function update() {
  const written = [];
  fs.rmSync(GOLDEN_DIR, { recursive: true, force: true });
  for (const c of webCases()) {
    const temp = makeTempDir();
    try {
      const out = path.join(temp, c.name);
      await renderWeb(c, temp, out);
      for (const file of GOLDEN_FILES) {
        const target = path.join(c.webGoldenDir, file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(path.join(out, file), target);
        written.push(target);
      }
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  }
  return written;
}

module.exports = { name: 'web', webCases, renderWeb, update, GOLDEN_FILES, GOLDEN_DIR };
