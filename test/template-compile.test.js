// @ts-check
'use strict';
// Every golden generated tree must compile under `tsc --strict --noEmit`.
// (template-golden.test.js shows the template renders exactly these trees.)
// Each tree is copied to a temp dir with the repo's node_modules linked in,
// so `mqtt` and `@types/node` resolve as they would after `npm install`.

const fs = require('node:fs');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');
const { templateCases, listTree, makeTempDir } = require('./golden-updaters/template');

const REPO_ROOT = path.resolve(__dirname, '..');
const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * @param {string} dir
 * @returns {Promise<{ code: number, output: string }>}
 */
function typeCheck(dir) {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSC, '--strict', '--noEmit', '-p', dir], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

describe('generated packages compile (tsc --strict --noEmit)', function () {
  /** @type {string} */
  let temp;
  before(() => {
    temp = makeTempDir();
  });
  after(() => {
    fs.rmSync(temp, { recursive: true, force: true });
  });

  for (const c of templateCases()) {
    it(`${c.name} compiles`, async function () {
      const dir = path.join(temp, c.name);
      for (const file of listTree(c.goldenDir)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.copyFileSync(path.join(c.goldenDir, file), path.join(dir, file));
      }
      fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
      const { code, output } = await typeCheck(dir);
      expect(output.trim(), output).to.equal('');
      expect(code).to.equal(0);
    });
  }

  it('reports a type error in a generated tree (the check can fail)', async function () {
    const [example] = templateCases().filter((c) => c.name === 'examples-example');
    const dir = path.join(temp, 'broken');
    for (const file of listTree(example.goldenDir)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.copyFileSync(path.join(example.goldenDir, file), path.join(dir, file));
    }
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    fs.appendFileSync(path.join(dir, 'examples', 'server.ts'), "\nconst wrong: number = 'text';\n");
    const { code, output } = await typeCheck(dir);
    expect(code).to.not.equal(0);
    expect(output).to.contain('TS2322');
  });
});
