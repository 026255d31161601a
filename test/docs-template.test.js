// @ts-check
'use strict';
// The document must serve the whole AsyncAPI tool chain, not only our own
// template: render it with the official HTML docs template and check that
// the page describes every channel.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { expect } = require('chai');
const YAML = require('yaml');

const REPO = path.resolve(__dirname, '..');
const DOCUMENT = path.join(REPO, 'test', 'golden', 'asyncapi', 'examples-full.asyncapi.yaml');

describe('The AsyncAPI document with the official @asyncapi/html-template', function () {
  // Transpiling and bundling the official template takes most of a minute on 2 cores.
  this.timeout(300000);

  it('renders examples/full.stingeripc without errors, with every channel address', async function () {
    const Generator = require('@asyncapi/generator');
    const templateDir = path.dirname(require.resolve('@asyncapi/html-template/package.json'));
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-html-'));
    try {
      const generator = new Generator(templateDir, outDir, { forceWrite: true, templateParams: { singleFile: 'true' } });
      await generator.generateFromFile(DOCUMENT);
      const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
      const document = YAML.parse(fs.readFileSync(DOCUMENT, 'utf8'));
      expect(html).to.include(document.info.title);
      const addresses = Object.values(document.channels)
        .map((channel) => channel.address)
        .filter((address) => typeof address === 'string');
      expect(addresses.length).to.be.greaterThan(10);
      for (const address of addresses) {
        expect(html, address).to.include(address);
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
