// @ts-check
'use strict';

// Checks wire JSON against what the protocol says, written from the protocol
// (issue 2), not from our generated code. Values whose text form may vary
// (datetime, duration, base64) are compared by meaning, after checking form.

const { expect } = require('chai');

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|\+00:00)$/;
const ISO_DURATION = /^(-)?P(?!$)(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * @param {string} text ISO 8601 duration without years or months
 * @returns {number} milliseconds
 */
function parseIsoDuration(text) {
  const match = ISO_DURATION.exec(text);
  if (!match) throw new Error(`not an ISO 8601 duration (days to seconds): ${JSON.stringify(text)}`);
  const [, sign, weeks, days, hours, minutes, seconds] = match;
  const n = (/** @type {string | undefined} */ part) => (part ? Number(part) : 0);
  const ms = (((n(weeks) * 7 + n(days)) * 24 + n(hours)) * 60 + n(minutes)) * 60000 + n(seconds) * 1000;
  return Math.round(sign ? -ms : ms);
}

/** Expected value matchers for expectWire. */
const wire = {
  /** @param {number} ms */
  duration: (ms) => ({ $duration: ms }),
  /** @param {string} iso */
  datetime: (iso) => ({ $datetime: iso }),
  /** @param {number[]} bytes */
  base64: (bytes) => ({ $base64: bytes }),
};

/**
 * Asserts that actual wire JSON matches expected: objects need exactly the
 * same keys (an absent optional is a null that is present), numbers and
 * strings equal, and the matchers above by meaning.
 * @param {unknown} actual
 * @param {unknown} expected
 * @param {string} [where]
 */
function expectWire(actual, expected, where = 'payload') {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    const e = /** @type {Record<string, any>} */ (expected);
    if ('$duration' in e) {
      expect(actual, `${where}: duration text`).to.be.a('string').and.match(ISO_DURATION);
      expect(parseIsoDuration(/** @type {string} */ (actual)), `${where}: ${actual} in ms`).to.equal(e.$duration);
      return;
    }
    if ('$datetime' in e) {
      expect(actual, `${where}: datetime text in UTC`).to.be.a('string').and.match(ISO_UTC);
      expect(Date.parse(/** @type {string} */ (actual)), `${where}: ${actual}`).to.equal(Date.parse(e.$datetime));
      return;
    }
    if ('$base64' in e) {
      expect(actual, `${where}: base64 text`).to.be.a('string').and.match(BASE64);
      expect([...Buffer.from(/** @type {string} */ (actual), 'base64')], `${where}: bytes`).to.deep.equal(e.$base64);
      return;
    }
    expect(actual, `${where}: object`).to.be.an('object').that.is.not.null;
    expect(Array.isArray(actual), `${where}: object, not array`).to.equal(false);
    const a = /** @type {Record<string, unknown>} */ (actual);
    expect(Object.keys(a).sort(), `${where}: keys`).to.deep.equal(Object.keys(e).sort());
    for (const key of Object.keys(e)) expectWire(a[key], e[key], `${where}.${key}`);
    return;
  }
  if (Array.isArray(expected)) {
    expect(actual, `${where}: array`).to.be.an('array').with.lengthOf(expected.length);
    expected.forEach((item, i) => expectWire(/** @type {unknown[]} */ (actual)[i], item, `${where}[${i}]`));
    return;
  }
  expect(actual, where).to.equal(expected);
}

module.exports = { expectWire, wire, parseIsoDuration, ISO_DURATION, ISO_UTC };
