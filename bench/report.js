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

/**
 * The ratio change of every row against an earlier run's JSON (--compare):
 * the earlier and the new ratio and whether the generated side gained or
 * lost ground (by the row's better direction). Rows only in one run are listed as such.
 * @param {{ rows: Row[], measuredAt?: string }} before
 * @param {{ rows: Row[] }} after
 * @returns {string}
 */
function formatComparison(before, after) {
  const header = ['scenario', 'ratio before', 'ratio now', 'change', ''];
  const earlier = new Map((before.rows || []).map((r) => [r.scenario, r]));
  const lines = after.rows.map((r) => {
    // Runs from before the modes were named measured in one process over TCP.
    const key = earlier.has(r.scenario) ? r.scenario : r.scenario.replace(/^in-process tcp: /, '');
    const old = earlier.get(key);
    earlier.delete(key);
    const was = old?.ratio ?? null;
    const now = r.ratio;
    if (was === null || now === null) {
      return [r.scenario, was === null ? (old ? 'n/a' : 'new row') : `${was.toFixed(2)}x`, now === null ? 'n/a' : `${now.toFixed(2)}x`, '', ''];
    }
    const change = now / was - 1;
    const gained = r.better === 'lower' ? change < 0 : change > 0;
    const word = Math.abs(change) < 0.02 ? 'same' : gained ? 'generated gained' : 'generated lost';
    return [r.scenario, `${was.toFixed(2)}x`, `${now.toFixed(2)}x`, `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}%`, word];
  });
  for (const old of earlier.values()) lines.push([old.scenario, old.ratio === null ? 'n/a' : `${old.ratio.toFixed(2)}x`, 'gone', '', '']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  /** @param {string[]} cells */
  const format = (cells) => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const title = before.measuredAt ? `(earlier run: ${before.measuredAt})\n` : '';
  return title + [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

module.exports = { row, formatTable, formatComparison };
