// @ts-check
'use strict';
// Diagnostics: what the front end reports about an input file.
// Input problems are values (Diagnostic), never exceptions; only internal bugs throw.

/**
 * @typedef {{ file: string, line: number, col: number, severity: 'error' | 'warning', message: string, hint?: string }} Diagnostic
 */

/**
 * `file:line:col: error: message (hint)`.
 * @param {Diagnostic} d
 * @returns {string}
 */
function formatDiagnostic(d) {
  const head = `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`;
  return d.hint ? `${head} (${d.hint})` : head;
}

/**
 * @param {string} file
 * @param {{ line: number, col: number }} pos 1-based
 * @param {string} message
 * @param {string} [hint]
 * @returns {Diagnostic}
 */
function makeDiagnostic(file, pos, message, hint) {
  /** @type {Diagnostic} */
  const d = { file, line: pos.line, col: pos.col, severity: 'error', message };
  if (hint) d.hint = hint;
  return d;
}

/**
 * File order, so the report reads top to bottom. Stable for equal positions.
 * @param {Diagnostic[]} list
 * @returns {Diagnostic[]}
 */
function sortDiagnostics(list) {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.d.col - b.d.col || a.i - b.i)
    .map((x) => x.d);
}

module.exports = { formatDiagnostic, makeDiagnostic, sortDiagnostics };
