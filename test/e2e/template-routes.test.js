// @ts-check
'use strict';

// The template must give the same package whether it runs through the `ag`
// CLI or through the Generator's programmatic API.

const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { generateCached, generatedKitchen, listFiles, FULL_EXAMPLE } = require('../support/generate');

const EXPECTED_FILES = [
  'README.md',
  'asyncapi.yaml',
  'examples/client.ts',
  'examples/server.ts',
  'package.json',
  'src/client.ts',
  'src/connection.ts',
  'src/index.ts',
  'src/interfaceTypes.ts',
  'src/protocol.ts',
  'src/server.ts',
  'tsconfig.json',
];

describe('e2e: template routes (ag CLI and Generator API)', function () {
  this.timeout(180000);

  it('renders the same files, byte for byte, through ag and through the Generator API', async function () {
    const viaApi = await generatedKitchen();
    const viaAg = await generateCached(FULL_EXAMPLE, { via: 'ag', compile: false });
    const apiFiles = listFiles(viaApi.outDir);
    expect(apiFiles).to.include.members(EXPECTED_FILES);
    expect(listFiles(viaAg.outDir)).to.deep.equal(apiFiles);
    for (const file of apiFiles) {
      const fromAg = fs.readFileSync(path.join(viaAg.outDir, file));
      const fromApi = fs.readFileSync(path.join(viaApi.outDir, file));
      expect(fromAg.equals(fromApi), `${file} differs between ag and the API`).to.equal(true);
    }
  });

  it('passes template parameters on both routes (packageName)', async function () {
    const params = { packageName: 'kitchen-e2e-param' };
    for (const via of /** @type {const} */ (['api', 'ag'])) {
      const generated = await generateCached(FULL_EXAMPLE, { via, templateParams: params, compile: false });
      const pkg = JSON.parse(fs.readFileSync(path.join(generated.outDir, 'package.json'), 'utf8'));
      expect(pkg.name, via).to.equal('kitchen-e2e-param');
    }
    const plain = JSON.parse(fs.readFileSync(path.join((await generatedKitchen()).outDir, 'package.json'), 'utf8'));
    expect(plain.name, 'default package name').to.equal('kitchen');
  });
});
