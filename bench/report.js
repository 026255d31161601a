// @ts-check
'use strict';
// Turns measurements into rows and prints them as a table.

/**
 * @typedef {object} Row
 * @property {string} scenario
 * @property {string} unit
 * @property {number} generated
 * @property {number} raw
 * @property {number | null} ratio   generated / raw; null when raw is not above zero
 * @property {'lower' | 'higher'} better  which direction is better for this number
 */

/**
 * @param {string} scenario
 * @param {string} unit
 * @param {number} generated
 * @param {number} raw
 * @param {'lower' | 'higher'} better
 * @returns {Row}
 */
function row(scenario, unit, generated, raw, better) {
  // A memory delta can be zero or negative (RSS moves in pages); no ratio then.
  const ratio = raw > 0 && generated >= 0 ? generated / raw : null;
  return { scenario, unit, generated, raw, ratio, better };
}

/** @param {number} value @param {string} unit */
function formatValue(value, unit) {
  return unit === 'µs' ? value.toFixed(1) : Math.round(value).toString();
}

/**
 * What the ratio says in words, e.g. "generated 1.3x slower".
 * @param {Row} r
 */
function verdict(r) {
  if (r.ratio === null) return '';
  const worse = r.better === 'lower' ? r.ratio > 1 : r.ratio < 1;
  const factor = r.ratio >= 1 ? r.ratio : 1 / r.ratio;
  if (factor < 1.05) return 'about the same';
  const word = r.unit === 'KiB' ? (worse ? 'more' : 'less') : worse ? 'slower' : 'faster';
  return `generated ${factor.toFixed(1)}x ${word}`;
}

/**
 * @param {Row[]} rows
 * @returns {string} the table, one line per row, with a header
 */
function formatTable(rows) {
  const header = ['scenario', 'generated', 'raw mqtt.js', 'ratio gen/raw', 'better', ''];
  const lines = rows.map((r) => [
    `${r.scenario} (${r.unit})`,
    formatValue(r.generated, r.unit),
    formatValue(r.raw, r.unit),
    r.ratio === null ? 'n/a' : `${r.ratio.toFixed(2)}x`,
    `${r.better} is better`,
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  /** @param {string[]} cells */
  const format = (cells) =>
    cells
      .map((cell, i) => (i === 0 || i >= 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

module.exports = { row, formatTable };
