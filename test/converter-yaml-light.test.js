// @ts-check
'use strict';
// converter/yaml-light.js against the yaml package: on every interface file
// of the repository, synthetic ones and thousands of mutations of them
// (fixed seed), the light reader either gives up or builds the same tree
// (node kinds, values, key order, the ranges the converter reads) as the
// package's composer, which then reports no error or warning.

const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('chai');
const YAML = require('yaml');
const { readLight, positions, CORE_TESTS } = require('../converter/yaml-light');
const { random } = require('./support/random');
const synthetic = require('./support/synthetic');

const ROOT = path.join(__dirname, '..');

/**
 * Interface files below dir.
 * @param {string} dir
 * @returns {string[]}
 */
function interfaceFiles(dir) {
  /** @type {string[]} */
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...interfaceFiles(file));
    else if (/\.(stingeripc|stinger\.ya?ml)$/.test(entry.name)) found.push(file);
  }
  return found.sort();
}

/**
 * The parts of a node the converter reads: kind, value, key order, where a
 * node starts and (for scalars) where its value ends.
 * @param {any} node
 * @returns {unknown}
 */
function shape(node) {
  if (YAML.isMap(node)) return { map: node.range[0], items: node.items.map((/** @type {any} */ p) => [shape(p.key), shape(p.value)]) };
  if (YAML.isSeq(node)) return { seq: node.range[0], items: node.items.map(shape) };
  if (YAML.isScalar(node)) {
    const v = node.value;
    const value = typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : v;
    return { scalar: `${typeof v}:${value}`, range: [node.range[0], node.range[1]] };
  }
  return { other: String(node) };
}

/** @param {string} text */
function viaPackage(text) {
  const document = YAML.parseDocument(text, { uniqueKeys: false });
  return { document, clean: document.errors.length === 0 && document.warnings.length === 0 };
}

const SNIPPETS = [
  '', ' ', '  ', '\t', '\n', '\r\n', ':', ': ', '- ', '-', '#', ' #', '# x', '{', '}', '[', ']', '[]', '{}', ',', '&a ', '*a',
  '!!str ', '? ', '|', '|-', '|+', '|2', '>', "'", "''", '"', '\\', '%', '@', '`', '---\n', '...\n', '\u0000', '\ufeff',
  '\u2028', 'é', '😀', '\ud800', '~', 'null', 'Null', 'true', 'False', '-0', '+1', '1e3', '.5', '.inf', '-.Inf', '.nan',
  '0o17', '0x1F', '1_000', '1.', '9007199254740993', '\n  ', '\n    x', '\n- ', 'a: b', ': x', 'k:v',
];

/**
 * One mutation of text.
 * @param {string} text
 * @param {() => number} next
 */
function mutate(text, next) {
  const pick = (/** @type {number} */ n) => Math.floor(next() * n);
  const lines = text.split('\n');
  for (let edits = 1 + pick(3); edits > 0; edits--) {
    const at = pick(lines.length);
    switch (pick(6)) {
      case 0: lines.splice(at, 1 + pick(2)); break;
      case 1: lines[at] = ' '.repeat(pick(9)) + lines[at].trimStart(); break;
      case 2: lines.splice(at, 0, lines[pick(lines.length)]); break;
      default: {
        const line = lines[at];
        const col = pick(line.length + 1);
        lines[at] = line.slice(0, col) + SNIPPETS[pick(SNIPPETS.length)] + line.slice(col + pick(3));
      }
    }
  }
  return lines.join('\n');
}

describe('converter/yaml-light.js', function () {
  const bases = [
    ...interfaceFiles(path.join(ROOT, 'examples')),
    ...interfaceFiles(path.join(ROOT, 'test', 'fixtures')),
  ].map((file) => ({ name: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8') }));
  bases.push(
    { name: 'members(40)', text: synthetic.members(40) },
    { name: 'signals(20)', text: synthetic.signals(20) },
    { name: 'structChains(30, 10)', text: synthetic.structChains(30, 10) },
    { name: 'bigEnum(50)', text: synthetic.bigEnum(50) },
    {
      name: 'literals',
      text: 'a: |\n  x\n\n  y\n\nb: |-\n  one\n   two\n\nc: |+\n  kept\n\n\nd:\n  - |\n    item\n  - e: [] # c\n    f: {}\n    g: \'it\'\'s\'\n    h: "q"\n',
    },
  );

  it('uses the core schema tests of the yaml package for plain scalars', function () {
    const tags = /** @type {Array<{ default?: boolean, tag: string, test?: RegExp }>} */ (
      /** @type {any} */ (new YAML.Document()).schema.tags
    ).filter((tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test);
    expect(Object.values(CORE_TESTS).map(String)).to.deep.equal(tags.map((tag) => String(tag.test)));
  });

  it('reads the interface files of the repository exactly as the yaml package does', function () {
    let read = 0;
    for (const { name, text } of bases) {
      const light = readLight(text);
      const { document, clean } = viaPackage(text);
      if (!light) continue;
      read++;
      expect(clean, name).to.equal(true);
      expect(shape(light.contents), name).to.deep.equal(shape(document.contents));
    }
    // Every example and synthetic file is in the light subset.
    expect(read).to.equal(bases.length);
  });

  it('on 3,000 mutated files, gives up or agrees with the yaml package (which finds no error then)', function () {
    const next = random(9);
    let read = 0;
    let gaveUp = 0;
    for (let n = 0; n < 3000; n++) {
      const base = bases[Math.floor(next() * bases.length)];
      const text = mutate(base.text, next);
      const light = readLight(text);
      if (!light) {
        gaveUp++;
        continue;
      }
      read++;
      const { document, clean } = viaPackage(text);
      const label = `case ${n} from ${base.name}:\n${text}`;
      expect(clean, label).to.equal(true);
      expect(shape(light.contents), label).to.deep.equal(shape(document.contents));
    }
    // Both branches are exercised.
    expect(read).to.be.greaterThan(500);
    expect(gaveUp).to.be.greaterThan(500);
  });

  it('gives line and column as the yaml package LineCounter does', function () {
    const text = bases[0].text;
    const position = positions(text);
    const counter = new YAML.LineCounter();
    YAML.parseDocument(text, { lineCounter: counter });
    for (let offset = 0; offset <= text.length; offset += 7) {
      expect(position(offset), String(offset)).to.deep.equal(counter.linePos(offset));
    }
  });
});
