// @ts-check
'use strict';
// "did you mean ...?" suggestions for misspelled keys, types and names.

/**
 * Levenshtein distance, case-insensitive (a wrong case is a cheap mistake).
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
function editDistance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[t.length];
}

/**
 * The candidate closest to `name`, if it is close enough to be a likely typo.
 * @param {string} name
 * @param {Iterable<string>} candidates
 * @returns {string | undefined}
 */
function closest(name, candidates) {
  // Allow about one mistake per three characters, at least one.
  const limit = Math.max(1, Math.floor(name.length / 3));
  /** @type {string | undefined} */
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * @param {string} name
 * @param {Iterable<string>} candidates
 * @returns {string | undefined} hint text, or undefined when nothing is close
 */
function didYouMean(name, candidates) {
  const match = closest(name, candidates);
  return match === undefined ? undefined : `did you mean '${match}'?`;
}

module.exports = { editDistance, closest, didYouMean };
