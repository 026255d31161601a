// @ts-check
'use strict';
// Reads YAML text into a document whose nodes know their positions.

const YAML = require('yaml');
const { makeDiagnostic } = require('./diagnostics');

/** @typedef {import('./diagnostics').Diagnostic} Diagnostic */

/**
 * @typedef {object} LoadedYaml
 * @property {YAML.Document.Parsed} document
 * @property {string} text
 * @property {YAML.LineCounter} lineCounter
 * @property {(offset: number) => { line: number, col: number }} position 1-based position of a text offset
 * @property {Diagnostic[]} diagnostics YAML syntax errors and duplicate keys
 * @property {boolean} syntaxOk false when the YAML itself is broken; the tree is then a guess
 */

/**
 * @param {string} file name used in diagnostics
 * @param {string} text
 * @returns {LoadedYaml}
 */
function loadYaml(file, text) {
  const lineCounter = new YAML.LineCounter();
  // uniqueKeys off: duplicates are reported below, with the first key's line.
  const document = YAML.parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  /** @param {number} offset */
  const position = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  /** @type {Diagnostic[]} */
  const diagnostics = [];
  for (const error of [...document.errors, ...document.warnings]) {
    const message = error.code === 'MULTIPLE_DOCS'
      ? "the file holds more than one YAML document (a second '---'); an interface file is one document"
      : firstLine(error.message);
    diagnostics.push(makeDiagnostic(file, position(error.pos[0]), `YAML: ${message}`));
  }
  reportDuplicateKeys(document.contents, file, position, diagnostics, 'root');
  return { document, text, lineCounter, position, diagnostics, syntaxOk: document.errors.length === 0 };
}

/**
 * The yaml package appends "at line L, column C" and a code frame; the
 * diagnostic already carries the position.
 * @param {string} message
 */
function firstLine(message) {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}

// What the keys of each top-level section name, for messages like "duplicate signal 'foo'".
/** @type {Record<string, string>} */
const SECTION_ITEMS = {
  enums: 'enum', structures: 'structure', signals: 'signal', methods: 'method', properties: 'property', constants: 'constant',
};

/**
 * @param {unknown} node
 * @param {string} file
 * @param {(offset: number) => { line: number, col: number }} position
 * @param {Diagnostic[]} diagnostics
 * @param {'root' | string | undefined} context 'root', a section's item noun, or undefined
 */
function reportDuplicateKeys(node, file, position, diagnostics, context) {
  if (YAML.isMap(node)) {
    /** @type {Map<string, number>} key -> line of its first use */
    const seen = new Map();
    for (const pair of node.items) {
      const key = YAML.isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && YAML.isScalar(pair.key) && pair.key.range) {
        const pos = position(pair.key.range[0]);
        const firstLine = seen.get(key);
        if (firstLine === undefined) {
          seen.set(key, pos.line);
        } else if (context !== undefined && context !== 'root') {
          diagnostics.push(makeDiagnostic(file, pos, `duplicate ${context} '${key}' (first defined on line ${firstLine})`, 'rename or remove one of them'));
        } else {
          diagnostics.push(makeDiagnostic(file, pos, `duplicate key '${key}' (first defined on line ${firstLine})`, 'each key may appear only once in a map'));
        }
      }
      const childContext = context === 'root' && key !== undefined && Object.prototype.hasOwnProperty.call(SECTION_ITEMS, key) ? SECTION_ITEMS[key] : undefined;
      reportDuplicateKeys(pair.value, file, position, diagnostics, childContext);
    }
  } else if (YAML.isSeq(node)) {
    for (const item of node.items) reportDuplicateKeys(item, file, position, diagnostics, undefined);
  }
}

module.exports = { loadYaml };
