// @ts-check
'use strict';
// The document must serve the whole AsyncAPI tool chain, not only our own
// template: render it with the official HTML docs template and read the page
// in headless chromium as a person would, every section expanded.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { expect } = require('chai');
const converter = require('../converter');
const { renderHtml, readHtml } = require('./support/html-docs');

const REPO = path.resolve(__dirname, '..');

/** The documents read: every kind of element and type, and optional enums and structs. */
const SOURCES = {
  full: path.join(REPO, 'examples', 'full.stingeripc'),
  edge: path.join(REPO, 'test', 'fixtures', 'template', 'edge-cases.stingeripc'),
};

/**
 * @param {string} text
 * @param {string} part
 */
function count(text, part) {
  return text.split(part).length - 1;
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('The AsyncAPI document in the official @asyncapi/html-template, read in chromium', function () {
  // Transpiling and bundling the official template takes most of a minute on 2 cores, per
  // document, and several minutes on a loaded machine.
  this.timeout(1200000);

  /** @type {string} */
  let outDir;
  /** @type {Record<string, { document: any, text: string, operations: Record<string, string> }>} */
  const pages = {};

  before(async function () {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-html-'));
    for (const [key, source] of Object.entries(SOURCES)) {
      const { document, diagnostics } = converter.convertFile(source);
      expect(diagnostics).to.deep.equal([]);
      const file = path.join(outDir, `${key}.asyncapi.yaml`);
      fs.writeFileSync(file, converter.serialize(document));
      const html = await renderHtml(file, path.join(outDir, key));
      pages[key] = { document, ...(await readHtml(html)) };
    }
  });

  after(() => {
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
  });

  /**
   * Every operation of a page with its section text.
   * @param {string} key
   */
  function sections(key) {
    const { document, operations } = pages[key];
    const ids = Object.keys(document.operations);
    expect(Object.keys(operations)).to.have.members(ids);
    return ids.map((id) => ({ id, operation: document.operations[id], text: operations[id] }));
  }

  /**
   * The component a `$ref` points to.
   * @param {any} document
   * @param {any} node
   */
  function resolve(document, node) {
    let current = node;
    while (current && typeof current.$ref === 'string') {
      current = current.$ref.slice(2).split('/').reduce((/** @type {any} */ at, /** @type {string} */ k) => at[k], document);
    }
    return current;
  }

  /**
   * The messages of an operation and of its reply.
   * @param {any} document
   * @param {any} operation
   */
  function messagesOf(document, operation) {
    const refs = [...operation.messages, ...(operation.reply ? operation.reply.messages : [])];
    return refs.map((ref) => resolve(document, ref));
  }

  it('renders every channel address and the title', function () {
    const { document, text } = pages.full;
    expect(text).to.include(document.info.title);
    const addresses = Object.values(document.channels)
      .map((channel) => /** @type {any} */ (channel).address)
      .filter((address) => typeof address === 'string');
    expect(addresses.length).to.be.greaterThan(10);
    for (const address of addresses) expect(text, address).to.include(address);
  });

  it('shows every enum value with its name next to its number', function () {
    for (const key of Object.keys(pages)) {
      const { document, text } = pages[key];
      const enums = Object.values(document.components.schemas).filter((s) => /** @type {any} */ (s)['x-stinger-enum']);
      expect(enums.length, key).to.be.greaterThan(1);
      for (const schema of enums) {
        const info = /** @type {any} */ (schema)['x-stinger-enum'];
        if (info.name === 'ReturnCode') continue; // shown in the ReturnCode header, below
        for (const value of info.values) {
          expect(text, `${key}: ${info.name}.${value.name}`).to.match(new RegExp(`^${value.value} = ${escapeRegExp(value.name)}\\b`, 'm'));
        }
      }
    }
  });

  it('shows an optional field as nullable, not required, and never an anonymous schema', function () {
    let checked = 0;
    for (const key of Object.keys(pages)) {
      const { document, text } = pages[key];
      expect(text, key).to.not.match(/anonymous/i);
      for (const { id, operation, text: section } of sections(key)) {
        const payload = resolve(document, messagesOf(document, operation)[0].payload);
        for (const field of payload['x-stinger-fields'].filter((/** @type {any} */ f) => f.optional)) {
          // The field's name, then its type straight away (a required field has "required" between).
          const shown = new RegExp(`^${escapeRegExp(field.name)}(Collapse all)?\\n[A-Z][a-z]+ \\| Null`, 'm');
          expect(section, `${key} ${id}: ${field.name}`).to.match(shown);
          checked += 1;
        }
      }
    }
    // Optional scalars, enums and structs: examples/full.stingeripc and the edge cases.
    expect(checked).to.be.greaterThan(5);
    expect(pages.edge.text).to.match(/^Object \| Null\nAdheres to point:/m);
    expect(pages.edge.text).to.match(/^Integer \| Null\nAdheres to color:/m);
  });

  it('shows each description once per operation: the operation\'s and its messages\'', function () {
    for (const key of Object.keys(pages)) {
      const { document } = pages[key];
      for (const { id, operation, text } of sections(key)) {
        const texts = [operation.description, ...messagesOf(document, operation).map((m) => m.description)];
        for (const description of texts.filter(Boolean)) {
          expect(count(text, description), `${key} ${id}: ${description}`).to.equal(1);
        }
      }
    }
  });

  it('shows every message\'s user properties, ReturnCode with the meaning of each code', function () {
    const { document } = pages.full;
    const codes = document.components.schemas.ReturnCode['x-stinger-enum'].values;
    let replies = 0;
    for (const { id, operation, text } of sections('full')) {
      for (const message of messagesOf(document, operation)) {
        if (!message.headers) continue;
        expect(text, id).to.include(`Object [${message.headers.title}]`);
        for (const name of Object.keys(message.headers.properties)) {
          expect(text, `${id}: ${name}`).to.match(new RegExp(`^${name}\\n`, 'm'));
        }
      }
      if (operation['x-stinger-kind'] === 'method' || operation['x-stinger-kind'] === 'propertyUpdate') {
        replies += 1;
        for (const code of codes) {
          expect(text, `${id}: ReturnCode ${code.name}`).to.match(new RegExp(`^${code.value} = ${code.name}\\b`, 'm'));
        }
        expect(text, id).to.include('2 = ServerError: the handler failed; DebugInfo tells why.');
      }
      if (operation['x-stinger-kind'] === 'propertyValue') expect(text, id).to.match(/^PropertyVersion\n/m);
    }
    expect(replies).to.be.greaterThan(5);
    expect(pages.full.text).to.not.include('`');
  });

  it('shows a payload example (and user properties example) for every message', function () {
    for (const key of Object.keys(pages)) {
      const { document } = pages[key];
      for (const { id, operation, text } of sections(key)) {
        for (const message of messagesOf(document, operation)) {
          const [example] = message.examples;
          expect(text, `${key} ${id}`).to.include('#1 Example - example');
          expect(text, `${key} ${id}`).to.include(JSON.stringify(example.payload, null, 2));
          if (example.headers) expect(text, `${key} ${id}`).to.include(JSON.stringify(example.headers, null, 2));
        }
        expect(text, `${key} ${id}`).to.not.include('This example has been generated automatically.');
      }
    }
  });
});
