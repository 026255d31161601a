// @ts-check
'use strict';
// An extra: the upstream stinger-ipc interface files, where a checkout of them
// lies beside this project (../shared/interfaces/stinger-ipc, as in CI), must
// load, pass the editor schema, convert to a document the official parser
// accepts, and give a package that compiles under `tsc --strict`. No goldens:
// those files change upstream. The suite's own inputs in the same style are
// test/fixtures/upstream/ (with goldens); without ../shared this file prints
// one line saying what it skipped and adds no tests.

const fs = require('node:fs');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');
const YAML = require('yaml');
const Ajv = require('ajv').default;

const ROOT = path.resolve(__dirname, '..');
const UPSTREAM_DIR = path.resolve(ROOT, '..', 'shared', 'interfaces', 'stinger-ipc');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

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

if (!fs.existsSync(UPSTREAM_DIR)) {
  console.log(`upstream compatibility extra skipped: no ${path.relative(ROOT, UPSTREAM_DIR)} beside this checkout, so the upstream stinger-ipc interface files were not checked (load, schema, AsyncAPI parser, generated package compiles)`);
} else {
  describe(`upstream compatibility: ${path.relative(ROOT, UPSTREAM_DIR)}`, function () {
    this.timeout(180000);
    const files = fs
      .readdirSync(UPSTREAM_DIR)
      .filter((name) => /\.stinger\.ya?ml$/.test(name))
      .sort()
      .map((name) => path.join(UPSTREAM_DIR, name));
    const converter = require('../converter');
    const { loadInterface, formatDiagnostic } = require('../converter/front-end');
    const { renderReference } = require('../filters/reference-markdown');
    const { renderTemplate, makeTempDir } = require('./golden-updaters/template');
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'stingeripc.schema.json'), 'utf8'));
    const checkSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);
    /** @type {string} */
    let temp;
    before(() => {
      temp = makeTempDir();
    });
    after(() => {
      fs.rmSync(temp, { recursive: true, force: true });
    });

    it('holds upstream interface files', () => {
      expect(files.length, UPSTREAM_DIR).to.be.at.least(1);
    });

    for (const file of files) {
      const name = path.basename(file).replace(/\.stinger\.ya?ml$/, '');
      it(`${name}: loads with no diagnostics and passes the editor schema`, () => {
        const { model, diagnostics } = loadInterface(file);
        expect(diagnostics.map(formatDiagnostic)).to.deep.equal([]);
        expect(model?.interface.name).to.match(/^[A-Za-z]/);
        const ok = checkSchema(YAML.parse(fs.readFileSync(file, 'utf8')));
        expect((checkSchema.errors || []).map((e) => `${e.instancePath} ${e.message}`)).to.deep.equal([]);
        expect(ok).to.equal(true);
      });

      it(`${name}: converts to a document @asyncapi/parser accepts, renders a reference and a package that compiles (tsc --strict)`, async () => {
        const { document, diagnostics } = converter.convertFile(file);
        expect(diagnostics.map(formatDiagnostic)).to.deep.equal([]);
        if (!document) throw new Error(`${file} did not convert`);
        expect(converter.problemsOf(await converter.validateDocument(document))).to.deep.equal([]);
        const reference = renderReference(document);
        const addresses = Object.values(document.channels)
          .map((/** @type {{ address?: unknown }} */ channel) => channel.address)
          .filter((address) => typeof address === 'string' && address.includes('{service_id}'));
        expect(addresses.length).to.be.at.least(1);
        for (const address of addresses) expect(reference, address).to.contain(address);
        const asyncapiFile = path.join(temp, `${name}.asyncapi.yaml`);
        fs.writeFileSync(asyncapiFile, converter.serialize(document, 'yaml'));
        const out = path.join(temp, name);
        await renderTemplate(asyncapiFile, out);
        fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'), 'dir');
        const { code, output } = await typeCheck(out);
        expect(output.trim(), output).to.equal('');
        expect(code).to.equal(0);
      });
    }
  });
}
