// @ts-check
'use strict';
// converter/yaml-emit.js must write exactly what the yaml package writes:
// the golden documents, large generated ones, and strings chosen to hit every
// quoting rule.

const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('chai');
const YAML = require('yaml');
const { emitYaml } = require('../converter/yaml-emit');
const { convertText } = require('../converter');
const { members } = require('./support/synthetic');

const OPTIONS = { aliasDuplicateObjects: false, lineWidth: 0 };
const GOLDEN = path.join(__dirname, 'golden', 'asyncapi');

const ODD_STRINGS = [
  '', ' ', 'a', 'a ', ' a', 'a: b', 'a:b', 'a #b', 'a#b', '#a', '#/components/x', '-', '- a', '-a', '?', '? a', ':', 'a:',
  'yes', 'no', 'on', 'off', 'y', 'n', 'null', 'NULL', 'Null', '~', 'true', 'True', 'FALSE', '1', '1.5', '1e3', '0x1F', '0o7',
  '.inf', '.nan', '-.inf', '+1', '1_000', '12:30', '2020-01-01', "'", '"', "a'b", 'a"b', `a'b"c`, '\n', 'a\nb', 'a\n',
  'a\n\n', '\na', ' a\nb', 'a\n b', 'a \nb', 'a\n\nb\n', 'a\tb', '\t', 'a\u0001b', '\u0000', '\u0007\u000b\u001b', 'a\u007fb',
  '\u0085', '\u00a0', 'a\u2028b', 'a\u2029', '\ud800', 'é', '日本', '😀', '---', '--- a', '...', 'a\n---\nb', 'a\n...\n',
  '%x', 'a\n%x', '{a}', '[a]', 'a,b', 'a, b', '{', 'a{', 'a}', '%a', '@a', '`a', '!a', '&a', '*a', '|a', '>a', 'a|', 'a>',
  'x'.repeat(300), 'word '.repeat(100).trim(), 'a\r\nb', 'a\rb', 'http://x.y/z', 'a/b', '$ref', '$', '_', 'A-', 'a.',
  'a;', 'a(b)', '{service_id}', 'client/{client_id}/x', "It's", 'a  b', 'a - b', 'a -b', '0', '00', '-1', '-0', '0.0',
  'a\\b', 'a\\nb', ' \n', 'a\n ', 'line one\n  indented\nback\n',
  'a\n\n\nb', 'a\n \nb', 'a: b\n- c', '#x\ny', 'a\n#b', 'x\n---', "a\n'b'", 'a\n"b"', 'a\nb:', 'a\n\u00a0', 'é\n😀', 'a\n|\n>',
];
const ODD_NUMBERS = [0, -0, 1, -1, 1.5, 180.5, 1e21, 1e-7, 2 ** 53, 2 ** 53 + 2, -2.5e-10, 123456789012, 0.1 + 0.2];

/** @param {unknown} value */
function expectSame(value) {
  expect(emitYaml(/** @type {any} */ (value))).to.equal(YAML.stringify(value, OPTIONS));
}

describe('converter YAML emitter', function () {
  this.timeout(120000);

  for (const file of fs.readdirSync(GOLDEN).filter((f) => f.endsWith('.yaml'))) {
    it(`writes golden ${file} as the yaml package does`, () => {
      const document = YAML.parse(fs.readFileSync(path.join(GOLDEN, file), 'utf8'));
      expectSame(document);
      expect(emitYaml(document)).to.equal(fs.readFileSync(path.join(GOLDEN, file), 'utf8'));
    });
  }

  it('writes odd strings, numbers, keys and empty collections as the yaml package does, at every depth', () => {
    /** @type {Record<string, any>} */
    const values = {};
    /** @type {any[]} */
    const list = [];
    /** @type {Record<string, number>} */
    const keyed = {};
    ODD_STRINGS.forEach((s, i) => {
      values[`s${i}`] = s;
      list.push(s, { name: s, nested: [s, { d: s }] });
      keyed[s] = i;
    });
    ODD_NUMBERS.forEach((n, i) => {
      values[`n${i}`] = n;
      list.push(n);
    });
    const empties = { a: {}, b: [], c: [[], {}, [1, [2, []]], { x: [] }], d: null, t: true, f: false };
    for (const part of [values, list, keyed, empties]) {
      expectSame({ top: part });
      expectSame({ x: { y: { z: part } } });
      expectSame({ x: [[part]] });
    }
    expectSame(keyed);
  });

  it('writes a 1,000-member document as the yaml package does', () => {
    const { document } = convertText('members.stingeripc', members(1000));
    expect(document).to.not.equal(null);
    expectSame(document);
  });
});
