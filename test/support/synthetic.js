// @ts-check
'use strict';
// Synthetic interface files of any size, for the limit and scaling tests and
// bench/generation.js.

/** @param {string} name */
const head = (name) => `stingeripc:\n  version: 0.1.0\ninterface:\n  name: ${name}\n  version: 1.0.0\n`;

/**
 * `count` members: a third each signals, methods and properties.
 * @param {number} count
 * @returns {string}
 */
function members(count) {
  const signals = Math.ceil(count / 3);
  const methods = Math.ceil((count - signals) / 2);
  const properties = count - signals - methods;
  const parts = [head('Big'), 'enums:\n  level:\n    values:\n      - name: low\n      - name: high\n'];
  parts.push('structures:\n  point:\n    members:\n      - name: x\n        type: float\n      - name: y\n        type: float\n');
  if (signals > 0) parts.push('signals:\n');
  for (let i = 0; i < signals; i++) {
    parts.push(`  signal_${i}:\n    documentation: Signal number ${i}.\n    payload:\n      - name: value\n        type: integer\n      - name: where\n        type: struct\n        structName: point\n`);
  }
  if (methods > 0) parts.push('methods:\n');
  for (let i = 0; i < methods; i++) {
    parts.push(`  method_${i}:\n    arguments:\n      - name: a\n        type: integer\n      - name: l\n        type: enum\n        enumName: level\n    returnValues:\n      - name: r\n        type: string\n        optional: true\n`);
  }
  if (properties > 0) parts.push('properties:\n');
  for (let i = 0; i < properties; i++) {
    parts.push(`  property_${i}:\n    values:\n      - name: v\n        type: float\n`);
  }
  return parts.join('');
}

/**
 * `count` signals with two payload fields each.
 * @param {number} count
 */
function signals(count) {
  const parts = [head('Signals'), 'signals:\n'];
  for (let i = 0; i < count; i++) parts.push(`  sig_${i}:\n    payload:\n      - name: a\n        type: integer\n      - name: b\n        type: string\n`);
  return parts.join('');
}

/**
 * `count` structures in chains of `chain` (s_0 holds s_1 ... holds s_{chain-1};
 * then the next chain starts), and a signal using the first of each chain.
 * @param {number} count
 * @param {number} chain
 */
function structChains(count, chain) {
  const parts = [head('Chains'), 'structures:\n'];
  for (let i = 0; i < count; i++) {
    parts.push(`  s_${i}:\n    members:\n      - name: x\n        type: integer\n`);
    if ((i + 1) % chain !== 0 && i + 1 < count) parts.push(`      - name: next\n        type: struct\n        structName: s_${i + 1}\n`);
  }
  parts.push('signals:\n');
  for (let i = 0; i < count; i += chain) parts.push(`  top_${i}:\n    payload:\n      - name: s\n        type: struct\n        structName: s_${i}\n`);
  return parts.join('');
}

/**
 * One enum of `count` values, used by one signal.
 * @param {number} count
 */
function bigEnum(count) {
  const parts = [head('Enums'), 'enums:\n  big:\n    values:\n'];
  for (let i = 0; i < count; i++) parts.push(`      - name: v${i}\n`);
  parts.push('signals:\n  top:\n    payload:\n      - name: e\n        type: enum\n        enumName: big\n');
  return parts.join('');
}

module.exports = { members, signals, structChains, bigEnum, head };
