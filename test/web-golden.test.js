// @ts-check
'use strict';
// The web console's files (template parameter `web`, `stingeripc generate
// --web`): the per-interface sources match their goldens (test/golden/web/),
// the generic ones are this repository's webconsole/ files, the console
// type-checks for the browser under --strict, the bundle web/console.js is
// the same bytes wherever and however it is generated and holds no path of
// the machine, and without the parameter nothing of it is written.

const fs = require('node:fs');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { expect } = require('chai');
const { webCases, renderWeb, GOLDEN_FILES } = require('./golden-updaters/web');
const { templateCases, asyncapiFileOf, renderTemplate, listTree, makeTempDir } = require('./golden-updaters/template');

const REPO_ROOT = path.resolve(__dirname, '..');
const TSC = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const CLI = path.join(REPO_ROOT, 'bin', 'stingeripc.js');
const run = promisify(execFile);

describe('web console files (template parameter web)', function () {
  this.timeout(240_000);
  /** @type {string} */
  let temp;
  /** @type {Map<string, string>} case name -> rendered package */
  const rendered = new Map();

  before(async () => {
    temp = makeTempDir();
    for (const c of webCases()) {
      const out = path.join(temp, c.name);
      await renderWeb(c, temp, out);
      rendered.set(c.name, out);
    }
  });
  after(() => {
    fs.rmSync(temp, { recursive: true, force: true });
  });

  for (const c of webCases()) {
    it(`${c.name}: web/ holds index.html and one script, webconsole/ the sources; the per-interface ones as their goldens`, () => {
      const out = /** @type {string} */ (rendered.get(c.name));
      const files = listTree(out);
      expect(files.filter((f) => f.startsWith('web/'))).to.deep.equal(['web/console.js', 'web/index.html']);
      expect(files.filter((f) => f.startsWith('webconsole/'))).to.deep.equal([
        'webconsole/console.ts',
        'webconsole/forms.ts',
        'webconsole/main.ts',
        'webconsole/tsconfig.json',
      ]);
      for (const file of GOLDEN_FILES) {
        const golden = path.join(c.webGoldenDir, file);
        expect(fs.existsSync(golden), `${golden} missing; run npm run golden:update`).to.equal(true);
        expect(fs.readFileSync(path.join(out, file), 'utf8'), `${c.name}/${file}`).to.equal(fs.readFileSync(golden, 'utf8'));
      }
      for (const file of ['console.ts', 'forms.ts']) {
        expect(fs.readFileSync(path.join(out, 'webconsole', file), 'utf8'), file).to.equal(fs.readFileSync(path.join(REPO_ROOT, 'webconsole', file), 'utf8'));
      }
      expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8'), 'the package README').to.contain('## Web console');
      const html = fs.readFileSync(path.join(out, 'web', 'index.html'), 'utf8');
      expect(html).to.contain('<script src="console.js"></script>');
      expect(html, 'no CDN or other remote resource').to.not.match(/\b(?:src|href)="(?:https?:)?\/\//);
    });
  }

  it('the console sources type-check for the browser (tsc --strict, lib DOM)', async () => {
    const out = /** @type {string} */ (rendered.get('examples-full'));
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(out, 'node_modules'), 'dir');
    await run(process.execPath, [TSC, '-p', path.join(out, 'webconsole')], { cwd: out }).catch((error) => {
      throw new Error(`tsc -p webconsole failed:\n${error.stdout}${error.stderr}`);
    });
  });

  it('the bundle is the same bytes from another folder, holds no local path and no Node-only module', async () => {
    const [example] = webCases().filter((c) => c.name === 'examples-example');
    const again = path.join(temp, 'deeper', 'folder', 'again');
    await renderWeb(example, temp, again);
    const first = fs.readFileSync(path.join(/** @type {string} */ (rendered.get('examples-example')), 'web', 'console.js'));
    const second = fs.readFileSync(path.join(again, 'web', 'console.js'));
    expect(second.equals(first), 'web/console.js differs between two generations').to.equal(true);
    const text = first.toString('utf8');
    expect(text).to.not.contain(temp);
    expect(text).to.not.contain(REPO_ROOT);
    expect(text).to.not.match(/require\(["'](?:node:)?(?:crypto|net|fs|tls)["']\)/);
    expect(text.length).to.be.above(10_000);
  });

  it('stingeripc generate --web writes the same console as the template through the generator', async () => {
    const out = path.join(temp, 'cli');
    await run(process.execPath, [CLI, 'generate', path.join(REPO_ROOT, 'examples', 'example.stingeripc'), '-o', out, '--web']);
    const viaGenerator = /** @type {string} */ (rendered.get('examples-example'));
    for (const file of ['web/index.html', 'web/console.js', 'webconsole/main.ts', 'webconsole/console.ts']) {
      expect(fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(viaGenerator, file))), file).to.equal(true);
    }
  });

  it('without the parameter nothing of the console is written, not even empty folders (generator and stingeripc generate)', async () => {
    const [example] = templateCases().filter((c) => c.name === 'examples-example');
    const plain = path.join(temp, 'plain');
    await renderTemplate(asyncapiFileOf(example, temp), plain);
    const cli = path.join(temp, 'plain-cli');
    await run(process.execPath, [CLI, 'generate', path.join(REPO_ROOT, 'examples', 'example.stingeripc'), '-o', cli]);
    for (const out of [plain, cli]) {
      expect(fs.existsSync(path.join(out, 'web')), `${out}/web`).to.equal(false);
      expect(fs.existsSync(path.join(out, 'webconsole')), `${out}/webconsole`).to.equal(false);
      expect(fs.existsSync(path.join(out, 'src', 'client.ts'))).to.equal(true);
      expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).to.not.contain('## Web console');
    }
  });
});
