// @ts-check
'use strict';
// Golden AsyncAPI documents: one per example and per upstream-style fixture
// (test/fixtures/upstream/, written here in the style of the upstream
// stinger-ipc files). The upstream files themselves (../shared, where it
// exists) are checked by test/upstream-compat.test.js, without goldens.
// Used by test/converter-asyncapi.test.js (compare) and test/update-golden.js (rewrite).

const fs = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden', 'asyncapi');

/** Input folders; `prefix` keeps same-named inputs (full) apart. */
const INPUT_GROUPS = [
  { prefix: 'examples', dir: path.join(REPO_ROOT, 'examples'), pattern: /\.stingeripc$/ },
  { prefix: 'upstream', dir: path.join(REPO_ROOT, 'test', 'fixtures', 'upstream'), pattern: /\.stinger\.ya?ml$/ },
];

/**
 * Every input with the golden file it must produce, in a stable order.
 * A missing input folder throws: silently testing less would hide it.
 * @returns {Array<{ input: string, golden: string }>}
 */
function goldenCases() {
  const cases = [];
  for (const group of INPUT_GROUPS) {
    const names = fs.readdirSync(group.dir).filter((n) => group.pattern.test(n)).sort();
    for (const name of names) {
      const base = name.replace(group.pattern, '');
      cases.push({
        input: path.join(group.dir, name),
        golden: path.join(GOLDEN_DIR, `${group.prefix}-${base}.asyncapi.yaml`),
      });
    }
  }
  return cases;
}

/**
 * Rewrites every golden document; refuses to write one the parser rejects.
 * Removes goldens whose input is gone.
 * @returns {Promise<string[]>} files written
 */
async function update() {
  const converter = require('../../converter');
  const { formatDiagnostic } = require('../../converter/front-end');
  fs.mkdirSync(GOLDEN_DIR, { recursive: true });
  const written = [];
  const cases = goldenCases();
  for (const c of cases) {
    const { document, diagnostics } = converter.convertFile(c.input);
    if (!document) throw new Error(`${c.input} does not convert:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
    const problems = converter.problemsOf(await converter.validateDocument(document));
    if (problems.length > 0) throw new Error(`${c.input}: parser problems: ${JSON.stringify(problems, null, 2)}`);
    fs.writeFileSync(c.golden, converter.serialize(document, 'yaml'));
    written.push(c.golden);
  }
  const wanted = new Set(cases.map((c) => c.golden));
  for (const name of fs.readdirSync(GOLDEN_DIR)) {
    const file = path.join(GOLDEN_DIR, name);
    if (!wanted.has(file)) fs.rmSync(file);
  }
  return written;
}

module.exports = { name: 'asyncapi', goldenCases, update, GOLDEN_DIR };
