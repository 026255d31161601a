// @ts-check
'use strict';
// schema/x-stinger.schema.json specifies the x-stinger-* extensions the
// template reads; every document the converter makes must follow it, and so
// must a document written by hand from the README.

const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('chai');
const YAML = require('yaml');
const Ajv = require('ajv').default;
const { Parser } = require('@asyncapi/parser');
const { render, compile } = require('./support/generate');
const os = require('node:os');

const REPO = path.resolve(__dirname, '..');
const SCHEMA = path.join(REPO, 'schema', 'x-stinger.schema.json');
const GOLDEN = path.join(REPO, 'test', 'golden');
const HAND_WRITTEN = path.join(REPO, 'test', 'fixtures', 'hand-written.asyncapi.yaml');

/** Every AsyncAPI document among the goldens, and the hand-written one. */
function documents() {
  const files = fs.readdirSync(path.join(GOLDEN, 'asyncapi')).map((f) => path.join(GOLDEN, 'asyncapi', f));
  for (const dir of fs.readdirSync(path.join(GOLDEN, 'generated'))) {
    const file = path.join(GOLDEN, 'generated', dir, 'asyncapi.yaml');
    if (fs.existsSync(file)) files.push(file);
  }
  files.push(HAND_WRITTEN);
  return files;
}

describe('schema/x-stinger.schema.json', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  const files = documents();

  it('covers the goldens of every example, fixture and upstream-style file', () => {
    expect(files.length).to.be.greaterThan(10);
    expect(files.some((f) => f.endsWith('examples-full.asyncapi.yaml'))).to.equal(true);
    expect(files.some((f) => f.includes('fixtures-edge-cases'))).to.equal(true);
  });

  for (const file of files) {
    it(`accepts ${path.relative(REPO, file)}`, () => {
      const document = YAML.parse(fs.readFileSync(file, 'utf8'));
      const ok = validate(document);
      expect(validate.errors || [], JSON.stringify(validate.errors, null, 1)).to.deep.equal([]);
      expect(ok).to.equal(true);
    });
  }

  /** @param {(doc: any) => void} change */
  const broken = (change) => {
    const document = YAML.parse(fs.readFileSync(path.join(GOLDEN, 'asyncapi', 'examples-full.asyncapi.yaml'), 'utf8'));
    change(document);
    return validate(document);
  };

  it('rejects documents whose extensions the template could not read', () => {
    expect(broken(() => {})).to.equal(true);
    expect(broken((d) => delete d.info['x-stinger-interface'])).to.equal(false);
    expect(broken((d) => { d.operations['signal.ready']['x-stinger-kind'] = 'event'; })).to.equal(false);
    expect(broken((d) => delete d.operations['signal.ready']['x-stinger-name'])).to.equal(false);
    expect(broken((d) => delete d.operations['property.favorite_number.value']['x-stinger-read-only'])).to.equal(false);
    expect(broken((d) => delete d.operations['method.add_numbers'].reply)).to.equal(false);
    expect(broken((d) => { d.components.schemas.dayOfTheWeek['x-stinger-enum'].values[0].value = 'one'; })).to.equal(false);
    expect(broken((d) => delete d.components.schemas.lunch['x-stinger-fields'])).to.equal(false);
    const fields = (/** @type {any} */ d) => d.components.schemas['signal.lunch_served.payload']['x-stinger-fields'];
    expect(broken((d) => delete fields(d)[0].structName)).to.equal(false);
    expect(broken((d) => { fields(d)[0].type = 'object'; })).to.equal(false);
    expect(broken((d) => delete fields(d)[0].optional)).to.equal(false);
    expect(broken((d) => { fields(d)[0].itemType = { type: 'integer' }; })).to.equal(false);
  });

  it('a document written by hand from the README passes the parser and renders a package that compiles', async function () {
    this.timeout(300000);
    const { diagnostics } = await new Parser().parse(fs.readFileSync(HAND_WRITTEN, 'utf8'));
    expect(diagnostics.filter((d) => d.severity < 2).map((d) => d.message)).to.deep.equal([]);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-hand-'));
    try {
      await render(HAND_WRITTEN, outDir);
      await compile(outDir);
      const server = fs.readFileSync(path.join(outDir, 'src', 'server.ts'), 'utf8');
      expect(server).to.include('class LampServer');
      expect(server).to.include('emitSwitched');
      const types = fs.readFileSync(path.join(outDir, 'src', 'interfaceTypes.ts'), 'utf8');
      expect(types).to.match(/enum Hue \{[^}]*Warm = 1,[^}]*Cold = 2,/);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
