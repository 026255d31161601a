// @ts-check
'use strict';
// The yaml package's node type checks, without loading the package: nodes
// carry their kind under Symbol.for('yaml.node.type') (nodes/identity.js of
// the package), and converter/yaml-light.js makes nodes the same way.

const NODE_TYPE = Symbol.for('yaml.node.type');
const ALIAS = Symbol.for('yaml.alias');
const MAP = Symbol.for('yaml.map');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');

/** @param {any} node @param {symbol} kind */
const is = (node, kind) => !!node && typeof node === 'object' && node[NODE_TYPE] === kind;

/** @type {typeof import('yaml').isAlias} */
const isAlias = /** @type {any} */ ((/** @type {any} */ node) => is(node, ALIAS));
/** @type {typeof import('yaml').isMap} */
const isMap = /** @type {any} */ ((/** @type {any} */ node) => is(node, MAP));
/** @type {typeof import('yaml').isScalar} */
const isScalar = /** @type {any} */ ((/** @type {any} */ node) => is(node, SCALAR));
/** @type {typeof import('yaml').isSeq} */
const isSeq = /** @type {any} */ ((/** @type {any} */ node) => is(node, SEQ));
/** @type {typeof import('yaml').isNode} */
const isNode = /** @type {any} */ ((/** @type {any} */ node) => is(node, ALIAS) || is(node, MAP) || is(node, SCALAR) || is(node, SEQ));

module.exports = { isAlias, isMap, isScalar, isSeq, isNode };
