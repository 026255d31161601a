// The yaml package's node type checks, without loading the package: nodes
// carry their kind under Symbol.for('yaml.node.type') (nodes/identity.js of
// the package), and converter/yaml-light.ts makes nodes the same way.

import type * as YAML from 'yaml';

const NODE_TYPE = Symbol.for('yaml.node.type');
const ALIAS = Symbol.for('yaml.alias');
const MAP = Symbol.for('yaml.map');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');

function is(node: unknown, kind: symbol): boolean {
  return !!node && typeof node === 'object' && (node as Record<symbol, unknown>)[NODE_TYPE] === kind;
}

export const isAlias = ((node: unknown) => is(node, ALIAS)) as typeof YAML.isAlias;
export const isMap = ((node: unknown) => is(node, MAP)) as typeof YAML.isMap;
export const isScalar = ((node: unknown) => is(node, SCALAR)) as typeof YAML.isScalar;
export const isSeq = ((node: unknown) => is(node, SEQ)) as typeof YAML.isSeq;
export const isNode = ((node: unknown) => is(node, ALIAS) || is(node, MAP) || is(node, SCALAR) || is(node, SEQ)) as typeof YAML.isNode;
