// @ts-check
'use strict';
// The template, rendered from each golden AsyncAPI document through the
// Generator API, must give the golden tree under test/golden/generated/
// byte for byte. `npm run golden:update` rewrites the goldens after an
// intended change; review the diff before committing it.

const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('chai');
const { templateCases, asyncapiFileOf, renderTemplate, listTree, makeTempDir } = require('./golden-updaters/template');

/**
 * The first line where two texts differ, for a readable failure.
 * @param {string} actual
 * @param {string} expected
 */
function firstDifference(actual, expected) {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) return `line ${i + 1}:\n  got:      ${JSON.stringify(a[i])}\n  expected: ${JSON.stringify(e[i])}`;
  }
  return 'no line differs (line endings or encoding?)';
}

describe('template golden trees', function () {
  /** @type {string} */
  let temp;
  before(() => {
    temp = makeTempDir();
  });
  after(() => {
    fs.rmSync(temp, { recursive: true, force: true });
  });

  it('has a golden tree for every golden AsyncAPI document', function () {
    const cases = templateCases();
    expect(cases.map((c) => c.name)).to.include.members([
      'examples-example',
      'examples-full',
      'upstream-doorbell',
      'upstream-greenhouse',
      'upstream-library',
      'fixtures-edge-cases',
    ]);
    for (const c of cases) {
      expect(fs.existsSync(c.goldenDir), `${c.goldenDir} missing; run npm run golden:update`).to.equal(true);
    }
  });

  for (const c of templateCases()) {
    it(`renders ${c.name} exactly as its golden tree`, async function () {
      const out = path.join(temp, c.name);
      await renderTemplate(asyncapiFileOf(c, temp), out);
      const files = listTree(out);
      expect(files).to.deep.equal(listTree(c.goldenDir));
      for (const file of files) {
        const actual = fs.readFileSync(path.join(out, file), 'utf8');
        const expected = fs.readFileSync(path.join(c.goldenDir, file), 'utf8');
        if (actual !== expected) {
          expect.fail(`${c.name}/${file} differs from its golden, ${firstDifference(actual, expected)}`);
        }
      }
    });
  }

  it('renders an already parsed document too, copying the text it was parsed from', async function () {
    const [example] = templateCases().filter((c) => c.name === 'examples-example');
    const text = fs.readFileSync(asyncapiFileOf(example, temp), 'utf8');
    const { Parser } = require('@asyncapi/parser');
    const { document } = await new Parser().parse(text);
    const out = path.join(temp, 'parsed');
    fs.mkdirSync(out, { recursive: true });
    const Generator = require('@asyncapi/generator');
    await new Generator(path.resolve(__dirname, '..'), out, { forceWrite: true }).generate(document);
    expect(listTree(out)).to.deep.equal(listTree(example.goldenDir));
    expect(fs.readFileSync(path.join(out, 'asyncapi.yaml'), 'utf8')).to.equal(text);
    expect(fs.readFileSync(path.join(out, 'src', 'server.ts'), 'utf8')).to.equal(fs.readFileSync(path.join(example.goldenDir, 'src', 'server.ts'), 'utf8'));
  });

  it('names the package after the packageName parameter and copies the document byte for byte', async function () {
    const [full] = templateCases().filter((c) => c.name === 'examples-full');
    const out = path.join(temp, 'named');
    const asyncapiFile = asyncapiFileOf(full, temp);
    await renderTemplate(asyncapiFile, out, { packageName: '@acme/kitchen' });
    const pkg = JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8'));
    expect(pkg.name).to.equal('@acme/kitchen');
    expect(pkg.dependencies.mqtt).to.match(/^\^5\./);
    expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).to.contain("from '@acme/kitchen'");
    expect(fs.readFileSync(path.join(out, 'asyncapi.yaml'))).to.deep.equal(fs.readFileSync(asyncapiFile));
  });
});
