// @ts-check
'use strict';
// The front end must turn any input into a model or diagnostics and never
// throw (a throw means an internal bug, exit code 2). Feeds it deterministic
// mutations of a valid file: lines dropped, duplicated, re-indented, and
// values replaced by values of other kinds.

const fs = require('fs');
const path = require('path');
const { random } = require('./support/random');
const { expect } = require('chai');
const { loadInterface, formatDiagnostic } = require('../converter/front-end');

const FULL = fs.readFileSync(path.join(__dirname, '..', 'examples', 'full.stingeripc'), 'utf8');
const REPLACEMENTS = ['', '[]', '{}', '~', '42', '-1', 'true', '"text"', '[1, {a: 2}]', '{name: {}}', '&a x', '*a', '!!binary AA=='];


/**
 * @param {string} text
 * @param {() => number} next
 */
function mutate(text, next) {
  const lines = text.split('\n');
  const pick = () => Math.floor(next() * lines.length);
  const edits = 1 + Math.floor(next() * 3);
  for (let i = 0; i < edits; i++) {
    const at = pick();
    const choice = Math.floor(next() * 4);
    if (choice === 0) lines.splice(at, 1);
    else if (choice === 1) lines.splice(at, 0, lines[pick()]);
    else if (choice === 2) lines[at] = ' '.repeat(Math.floor(next() * 6)) + lines[at].trimStart();
    else lines[at] = lines[at].replace(/:\s.*$/, `: ${REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)]}`);
  }
  return lines.join('\n');
}

describe('converter front end: robustness', function () {
  // Slow machines: this is a loop of 200 loads, not a timing check.
  this.timeout(60000);

  it('never throws on mutated input and always gives a model or diagnostics', () => {
    const next = random(20261124);
    let rejected = 0;
    for (let i = 0; i < 200; i++) {
      const text = mutate(FULL, next);
      /** @type {ReturnType<typeof loadInterface>} */
      let result;
      try {
        result = loadInterface(`mutation-${i}.stingeripc`, text);
      } catch (err) {
        throw new Error(`mutation ${i} threw ${err instanceof Error ? err.stack : err}\n--- input ---\n${text}`);
      }
      expect(result.model === undefined, `mutation ${i}`).to.equal(result.diagnostics.length > 0);
      for (const d of result.diagnostics) {
        expect(formatDiagnostic(d), `mutation ${i}`).to.match(/^mutation-\d+\.stingeripc:[1-9]\d*:[1-9]\d*: error: \S/);
      }
      if (result.model === undefined) rejected++;
    }
    // The mutations must actually produce broken files, or this test checks nothing.
    expect(rejected).to.be.greaterThan(60);
  });
});
