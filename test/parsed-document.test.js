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
const { parsedDocument, dereference, nameAnonymous } = require('../bin/parsed-document');
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
  // generate hands over its document (no copy): the converter's document is
  // plain JSON data sharing no object between two places, and the result is the same.
  const own = converter.convertText(name, text).document;
  const consumed = await parsedDocument(/** @type {any} */ (own), yaml, { consume: true });
  expect(consumed, `${name} consumed`).to.not.equal(undefined);
  expect(consumed.json()).to.equal(own);
  expect(JSON.stringify(consumed.json())).to.equal(JSON.stringify(official.document.json()));
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

  it('takes a consumed document as it is only when it is what a JSON text parses to', async () => {
    const base = () => ({ asyncapi: '3.0.0', info: { title: 't', version: '1' }, components: { schemas: { a: { type: 'string' } } } });
    expect(dereference(base(), { plain: true })).to.equal(true);
    const shared = { type: 'string' };
    const bad = [
      { ...base(), channels: { x: { address: 'x', a: shared, b: shared } } },
      { ...base(), extra: undefined },
      { ...base(), extra: -0 },
      { ...base(), extra: Number.NaN },
      { ...base(), extra: [1, , 2] }, // eslint-disable-line no-sparse-arrays
      { ...base(), extra: new Date(0) },
      { ...base(), extra: () => 1 },
    ];
    for (const doc of bad) {
      expect(dereference(/** @type {any} */ (doc), { plain: true }), JSON.stringify(doc)).to.equal(false);
      expect(await parsedDocument(/** @type {any} */ (doc), '', { consume: true })).to.equal(undefined);
    }
    // A reference target is reached at its own place too: that is no sharing.
    const withRef = { ...base(), channels: { x: { address: 'x', schema: { $ref: '#/components/schemas/a' } } } };
    expect(dereference(/** @type {any} */ (withRef), { plain: true })).to.equal(true);
    expect(/** @type {any} */ (withRef).channels.x.schema).to.equal(withRef.components.schemas.a);
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

  // A document using every schema keyword the parser's iterator walks, and
  // component messages, parameters and message traits: the anonymous naming
  // done on plain JSON must number its schemas as the parser does.
  it('names anonymous schemas as the parser does for every keyword its iterator walks', async () => {
    const leaf = (/** @type {string} */ type) => ({ type });
    const document = {
      asyncapi: '3.0.0',
      info: { title: 'Keywords', version: '1.0.0' },
      channels: {
        first: {
          address: 'a/{id}',
          parameters: { id: { description: 'an id' } },
          messages: { one: { $ref: '#/components/messages/one' }, inline: { name: 'inline', payload: { type: 'array', items: [leaf('string'), { $ref: '#/components/schemas/Shared' }], additionalItems: leaf('integer'), contains: leaf('number') } } },
        },
        second: { address: 'b', messages: { two: { $ref: '#/components/messages/two' } } },
      },
      components: {
        schemas: {
          Shared: {
            type: ['object', 'null'],
            properties: { x: leaf('number'), nested: { type: 'object', properties: { deep: leaf('boolean') } } },
            additionalProperties: leaf('string'),
            propertyNames: { type: 'string', pattern: '^[a-z]+$' },
            patternProperties: { '^p': leaf('integer') },
          },
          Combined: {
            oneOf: [leaf('string'), { $ref: '#/components/schemas/Shared' }],
            anyOf: [leaf('integer')],
            allOf: [{ description: 'no type' }],
            not: leaf('null'),
            if: leaf('object'),
            then: leaf('object'),
            else: leaf('string'),
            dependencies: { a: ['b'], c: leaf('object') },
            definitions: { d: { type: 'array', items: leaf('string') } },
          },
          Untyped: { properties: { skipped: leaf('string') }, items: leaf('string') },
        },
        messages: {
          one: { name: 'one', headers: { type: 'object', properties: { h: leaf('string') } }, payload: { $ref: '#/components/schemas/Combined' } },
          two: { payload: { type: 'object', properties: { y: { $ref: '#/components/schemas/Untyped' }, z: leaf('string') } } },
          unused: { payload: leaf('string') },
        },
        parameters: { extra: { description: 'x' }, more: {} },
        messageTraits: { trait: { headers: { type: 'object', properties: { t: leaf('string') } } } },
      },
    };
    const text = JSON.stringify(document);
    const official = await new Parser().parse(text);
    expect(official.diagnostics.filter((/** @type {any} */ d) => d.severity === 0)).to.deep.equal([]);
    const fast = await parsedDocument(/** @type {any} */ (JSON.parse(text)), text);
    expect(fast).to.not.equal(undefined);
    expect(JSON.stringify(fast.json())).to.equal(JSON.stringify(official.document.json()));
    expect(JSON.stringify(fast.json())).to.include('<anonymous-schema-2').and.include('x-parser-message-name');
  });

  it('leaves the anonymous naming to the parser for what it does not reproduce', () => {
    const withSchema = (/** @type {any} */ payload) => ({
      asyncapi: '3.0.0',
      channels: { c: { address: 'c', messages: { m: { name: 'm', payload } } } },
    });
    expect(nameAnonymous(withSchema({ type: 'object' }))).to.equal(true);
    expect(nameAnonymous(withSchema({ type: 'object', properties: { a: true } }))).to.equal(false);
    expect(nameAnonymous(withSchema({ type: 'object', properties: null }))).to.equal(false);
    expect(nameAnonymous(withSchema({ schemaFormat: 'application/vnd.aai.asyncapi+json;version=3.0.0', schema: { type: 'string' } }))).to.equal(false);
    expect(nameAnonymous(withSchema({ $id: 'urn:x', type: 'string' }))).to.equal(false);
    expect(nameAnonymous(withSchema({ type: 'object', additionalProperties: 5 }))).to.equal(false);
    expect(nameAnonymous({ asyncapi: '3.0.0', channels: { c: { address: 'c', messages: { m: { payload: { type: 'string' } } } } } })).to.equal(false);
    expect(nameAnonymous({ asyncapi: '3.0.0', components: { schemas: { '': { type: 'string' } } } })).to.equal(false);
  });
});
