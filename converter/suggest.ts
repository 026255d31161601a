// "did you mean ...?" suggestions for misspelled keys, types and names.

import { KEY_ALIASES } from './format';

/**
 * Edit distance counting a swap of two neighbours as one edit (`tpye`),
 * case-insensitive (a wrong case is a cheap mistake).
 */
function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    d.push([i]);
    for (let j = 1; j <= t.length; j++) {
      if (i === 0) {
        d[i][j] = j;
        continue;
      }
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[s.length][t.length];
}

/**
 * Spelling-neutral form: `return_values`, `Return-Values` and `returnValues` match.
 */
function normalize(name: string) {
  return name.replace(/[-_\s]/g, '').toLowerCase();
}

/**
 * The candidate closest to `name`, if it is close enough to be a likely typo.
 * A candidate that starts with `name` (`struct` for `structures`) also counts.
 */
function closest(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalize(name);
  const list = [...candidates];
  const sameWords = list.find((c) => normalize(c) === wanted);
  if (sameWords !== undefined) return sameWords;
  // Plurals and abbreviations: `struct` -> `structures`, `prop` -> `properties`.
  const stem = wanted.replace(/s$/, '');
  const extended = stem.length >= 3 ? list.filter((c) => normalize(c).startsWith(stem)) : [];
  if (extended.length === 1) return extended[0];
  // Otherwise allow about one mistake per three characters, at least one.
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const distance = editDistance(wanted, normalize(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * @param aliases known other words for a candidate
 * @returns hint text, or undefined when nothing is close
 */
function didYouMean(name: string, candidates: Iterable<string>, aliases: Record<string, string> = {}): string | undefined {
  const match = closestWithAliases(name, candidates, aliases);
  return match === undefined ? undefined : `did you mean '${match}'?`;
}

function closestWithAliases(name: string, candidates: Iterable<string>, aliases: Record<string, string>): string | undefined {
  const list = [...candidates];
  const alias = Object.prototype.hasOwnProperty.call(aliases, name.toLowerCase()) ? aliases[name.toLowerCase()] : undefined;
  return alias !== undefined && list.includes(alias) ? alias : closest(name, list);
}

/**
 * The key of the file format that `name` most likely meant.
 */
function closestKey(name: string, allowed: string[]): string | undefined {
  return closestWithAliases(name, allowed, KEY_ALIASES);
}

export { editDistance, closest, closestKey, didYouMean, normalize };
