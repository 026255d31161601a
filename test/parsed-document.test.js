// @ts-check
'use strict';
// bin/parsed-document.js must give the template exactly what the official
// parser gives it: the same json(), key order included, for every document
// the tests know; and it must step aside (undefined) for documents it does
// not understand, so generate falls back to the official parser.

const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('chai');
const { Parser } = require('@asyncapi/parser');
const converter = require('../converter');
const { parsedDocument, dereference } = require('../bin/parsed-document');
const { members, structChains } = require('./support/synthetic');

const ROOT = path.join(__dirname, '..');
const INPUTS = [
  ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.stingeripc')).map((f) => path.join('examples', f)),
  ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'upstream')).filter((f) => /\.ya?ml$|\.stingeripc$/.test(f)).map((f) => path.join('test', 'fixtures', 'upstream', f)),
];

/**
 * @param {string} name
 * @param {string} text
 */
async function compare(name, text) {
  const { document, diagnostics } = converter.convertText(name, text);
  expect(diagnostics).to.deep.equal([]);
  const yaml = converter.serialize(/** @type {any} */ (document), 'yaml');
  const official = await new Parser().parse(yaml);
  expect(official.document, name).to.not.equal(undefined);
  const fast = await parsedDocument(/** @type {any} */ (document), yaml);
  expect(fast, name).to.not.equal(undefined);
  // Same data and the same key order (the template iterates over objects).
  expect(JSON.stringify(fast.json())).to.equal(JSON.stringify(official.document.json()));
  expect(fast.meta().asyncapi.input).to.equal(yaml);
  expect(fast.components().schemas().all().map((/** @type {any} */ s) => s.id()))
    .to.deep.equal(official.document.components().schemas().all().map((/** @type {any} */ s) => s.id()));
}

describe('parsed document without the official parser (bin/parsed-document.js)', function () {
  this.timeout(300000);

  for (const input of INPUTS) {
    it(`equals the official parser's document for ${input}`, async () => {
      await compare(input, fs.readFileSync(path.join(ROOT, input), 'utf8'));
    });
  }

  it('equals it for a 100-member interface and for chained structures', async () => {
    await compare('members.stingeripc', members(100));
    await compare('chains.stingeripc', structChains(40, 20));
  });

  it('shares one object per reference target, as the parser does', () => {
    const doc = { a: { x: 1 }, b: { $ref: '#/a' }, c: [{ $ref: '#/b' }], d: { $ref: '#/e~1f' }, 'e/f': { y: { $ref: '#/a' } } };
    expect(dereference(doc)).to.equal(true);
    expect(doc.b).to.equal(doc.a);
    expect(doc.c[0]).to.equal(doc.a);
    expect(doc.d).to.equal(doc['e/f']);
    expect(/** @type {any} */ (doc['e/f']).y).to.equal(doc.a);
  });

  it('steps aside for references it does not handle', async () => {
    for (const bad of [
      { a: { $ref: '#/a' } },
      { a: { $ref: '#/b' }, b: { $ref: '#/a' } },
      { a: { $ref: 'other.yaml#/x' } },
      { a: { $ref: '#/missing' } },
      { a: { x: 1 }, b: { $ref: '#/a', description: 'sibling' } },
    ]) {
      expect(dereference(/** @type {any} */ (bad)), JSON.stringify(bad)).to.equal(false);
    }
    expect(await parsedDocument({ asyncapi: '2.6.0' }, '')).to.equal(undefined);
    expect(await parsedDocument({ asyncapi: '3.0.0', x: { $ref: '#/nowhere' } }, '')).to.equal(undefined);
  });
});
