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
  reportDuplicateKeys(document.contents, file, position, diagnostics);
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

/**
 * @param {unknown} node
 * @param {string} file
 * @param {(offset: number) => { line: number, col: number }} position
 * @param {Diagnostic[]} diagnostics
 */
function reportDuplicateKeys(node, file, position, diagnostics) {
  if (YAML.isMap(node)) {
    /** @type {Map<string, number>} key -> line of its first use */
    const seen = new Map();
    for (const pair of node.items) {
      if (YAML.isScalar(pair.key) && pair.key.range) {
        const key = String(pair.key.value);
        const pos = position(pair.key.range[0]);
        const firstLine = seen.get(key);
        if (firstLine === undefined) seen.set(key, pos.line);
        else diagnostics.push(makeDiagnostic(file, pos, `duplicate key '${key}' (first defined on line ${firstLine})`, 'each key may appear only once in a map'));
      }
      reportDuplicateKeys(pair.value, file, position, diagnostics);
    }
  } else if (YAML.isSeq(node)) {
    for (const item of node.items) reportDuplicateKeys(item, file, position, diagnostics);
  }
}

module.exports = { loadYaml };
