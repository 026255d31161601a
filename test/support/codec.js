// @ts-check
'use strict';

// Carries TypeScript-side values (Date, Uint8Array, undefined) between the
// test and its child programs over JSON lines, without losing their kind:
// a Date that arrived as a string must not look like a Date to the test.

/**
 * @param {unknown} value
 * @returns {unknown} JSON-safe form
 */
function encode(value) {
  if (value === undefined) return { $undefined: true };
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString() };
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    /** @type {Record<string, unknown>} */
    const out = {};
    // A struct member that is undefined is the same as one left out.
    for (const [key, member] of Object.entries(value)) {
      if (member !== undefined) out[key] = encode(member);
    }
    return out;
  }
  if (typeof value === 'function') return { $function: true };
  return value;
}

/**
 * @param {unknown} value JSON-safe form made by encode (or written by a test)
 * @returns {any}
 */
function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const tagged = /** @type {Record<string, unknown>} */ (value);
    if (tagged.$undefined === true) return undefined;
    if (typeof tagged.$date === 'string') return new Date(tagged.$date);
    if (typeof tagged.$bytes === 'string') return new Uint8Array(Buffer.from(tagged.$bytes, 'base64'));
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [key, member] of Object.entries(tagged)) {
      const decoded = decode(member);
      if (decoded !== undefined) out[key] = decoded;
    }
    return out;
  }
  return value;
}

/** @param {string} iso */
const date = (iso) => ({ $date: new Date(iso).toISOString() });
/** @param {number[]} bytes */
const bytes = (bytes) => ({ $bytes: Buffer.from(bytes).toString('base64') });
const absent = { $undefined: true };

module.exports = { encode, decode, date, bytes, absent };
