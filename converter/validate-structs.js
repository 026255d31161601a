// @ts-check
'use strict';
// Checks on how structures contain each other: no structure may contain
// itself (directly or through others), nesting is at most MAX_STRUCT_DEPTH
// levels deep, and a structure or an element's fields, with every structure
// they contain written out, hold at most MAX_EXPANDED_FIELDS fields.
//
// Why: the official AsyncAPI parser (which `stingeripc generate` runs) and
// the generated examples write every contained structure out where it is
// used, recursively. Without these limits a short file makes them recurse
// past the stack's end (a chain of 500 structures) or take exponential time
// (each structure holding two of the next one). Everything here walks the
// structures with its own stack, so any input finishes in linear time.

/** @typedef {import('./model').Model} Model */
/** @typedef {import('./model').Field} Field */
/** @typedef {import('./model').Loc} Loc */
/** @typedef {import('./model').TypeRef} TypeRef */

/** Structures in structures, counting the outermost: `a` holding `b` is 2 levels. */
const MAX_STRUCT_DEPTH = 32;

/** Fields of one structure or one element with every contained structure written out. */
const MAX_EXPANDED_FIELDS = 10000;

/**
 * The structure a type names, directly or as an array's items.
 * @param {TypeRef} type
 * @returns {string | undefined}
 */
function structOf(type) {
  if (type.kind === 'struct') return type.name;
  if (type.kind === 'array' && type.items.kind === 'struct') return type.items.name;
  return undefined;
}

/**
 * @param {Model} model
 * @param {(loc: Loc, message: string, hint?: string) => void} error
 */
function checkStructNesting(model, error) {
  /** @type {Map<string, import('./model').StructDef>} */
  const structs = new Map();
  for (const s of model.structs) if (!structs.has(s.name)) structs.set(s.name, s);
  /**
   * Members that hold a known structure.
   * @param {import('./model').StructDef} s
   * @returns {Array<{ field: Field, target: string }>}
   */
  const edges = (s) => {
    /** @type {Array<{ field: Field, target: string }>} */
    const found = [];
    for (const field of s.members) {
      const target = structOf(field.type);
      if (target !== undefined && structs.has(target)) found.push({ field, target });
    }
    return found;
  };

  // Depth-first over every structure, iteratively. A member that leads back
  // to a structure on the current path closes a cycle. Post-order gives each
  // structure's depth and expanded size from its members'.
  /** @type {Map<string, 'open' | 'done'>} */
  const state = new Map();
  /** @type {Map<string, number>} */
  const depth = new Map();
  /** @type {Map<string, number>} */
  const size = new Map();
  /** @type {Set<string>} structures on a cycle or containing one: no depth or size */
  const broken = new Set();
  for (const root of structs.values()) {
    if (state.has(root.name)) continue;
    /** @type {Array<{ name: string, edges: Array<{ field: Field, target: string }>, next: number }>} */
    const path = [{ name: root.name, edges: edges(root), next: 0 }];
    state.set(root.name, 'open');
    /** @type {Map<string, number>} index in `path` of each open structure */
    const onPath = new Map([[root.name, 0]]);
    while (path.length > 0) {
      const top = path[path.length - 1];
      if (top.next < top.edges.length) {
        const { field, target } = top.edges[top.next++];
        const seen = state.get(target);
        if (seen === 'open') {
          // The structures above on the path become broken as they are left.
          broken.add(top.name);
          const start = /** @type {number} */ (onPath.get(target));
          const cycle = path.length - start > 8
            ? [...path.slice(start, start + 3).map((p) => p.name), '...', ...path.slice(-2).map((p) => p.name), target]
            : [...path.slice(start).map((p) => p.name), target];
          error(field.loc, `structure '${top.name}' contains itself: ${cycle.join(' -> ')}`,
            'recursive structures are not supported; break the cycle, e.g. refer to the other value by an id');
        } else if (seen === undefined) {
          state.set(target, 'open');
          onPath.set(target, path.length);
          path.push({ name: target, edges: edges(/** @type {import('./model').StructDef} */ (structs.get(target))), next: 0 });
        }
        continue;
      }
      path.pop();
      onPath.delete(top.name);
      state.set(top.name, 'done');
      if (top.edges.some((e) => broken.has(e.target))) broken.add(top.name);
      if (broken.has(top.name)) continue;
      let deepest = 0;
      for (const e of top.edges) deepest = Math.max(deepest, /** @type {number} */ (depth.get(e.target)));
      depth.set(top.name, deepest + 1);
      size.set(top.name, expandedSize(/** @type {import('./model').StructDef} */ (structs.get(top.name)).members, size));
    }
  }

  for (const s of structs.values()) {
    if (broken.has(s.name)) continue;
    const d = /** @type {number} */ (depth.get(s.name));
    // Report where the limit is first crossed, not every structure above it.
    if (d === MAX_STRUCT_DEPTH + 1) {
      error(s.loc, `structure '${s.name}' nests structures ${d} levels deep (${describeChain(deepestChain(s.name, structs, depth, edges))})`,
        `at most ${MAX_STRUCT_DEPTH} levels are supported; flatten the data`);
    }
    const n = /** @type {number} */ (size.get(s.name));
    if (n > MAX_EXPANDED_FIELDS && edges(s).every((e) => /** @type {number} */ (size.get(e.target)) <= MAX_EXPANDED_FIELDS)) {
      error(s.loc, `structure '${s.name}' holds ${n} fields once the structures it contains are written out`,
        `at most ${MAX_EXPANDED_FIELDS} are supported; use fewer copies of large structures`);
    }
  }

  // The fields of signals, methods and properties, measured the same way.
  /** @type {Array<[string, Field[], Loc]>} */
  const lists = [];
  for (const d of model.signals) lists.push([`signal '${d.name}'`, d.payload, d.loc]);
  for (const d of model.methods) {
    lists.push([`the arguments of method '${d.name}'`, d.arguments, d.loc]);
    lists.push([`the return values of method '${d.name}'`, d.returnValues, d.loc]);
  }
  for (const d of model.properties) lists.push([`property '${d.name}'`, d.values, d.loc]);
  for (const [what, fields, loc] of lists) {
    if (fields.some((f) => broken.has(String(structOf(f.type))))) continue;
    const n = expandedSize(fields, size);
    const fromOne = fields.some((f) => (size.get(String(structOf(f.type))) || 0) > MAX_EXPANDED_FIELDS);
    if (n > MAX_EXPANDED_FIELDS && !fromOne) {
      error(loc, `${what} holds ${n} fields once the structures it contains are written out`,
        `at most ${MAX_EXPANDED_FIELDS} are supported; use fewer copies of large structures`);
    }
  }
}

/**
 * Fields with every contained structure written out; an array counts its
 * item once. Structures not in `size` (unknown ones) count as one field.
 * @param {Field[]} fields
 * @param {Map<string, number>} size
 */
function expandedSize(fields, size) {
  let total = 0;
  for (const f of fields) {
    const target = structOf(f.type);
    total += 1 + ((target !== undefined && size.get(target)) || 0);
  }
  return total;
}

/**
 * The names along one deepest path from `start`.
 * @param {string} start
 * @param {Map<string, import('./model').StructDef>} structs
 * @param {Map<string, number>} depth
 * @param {(s: import('./model').StructDef) => Array<{ target: string }>} edges
 */
function deepestChain(start, structs, depth, edges) {
  const chain = [start];
  let current = start;
  for (;;) {
    const next = edges(/** @type {import('./model').StructDef} */ (structs.get(current)))
      .reduce((/** @type {string | undefined} */ best, e) => (best === undefined || /** @type {number} */ (depth.get(e.target)) > /** @type {number} */ (depth.get(best)) ? e.target : best), undefined);
    if (next === undefined) return chain;
    chain.push(next);
    current = next;
  }
}

/**
 * `a -> b -> c`, shortened in the middle when long.
 * @param {string[]} names
 */
function describeChain(names) {
  const shown = names.length > 8 ? [...names.slice(0, 3), '...', ...names.slice(-3)] : names;
  return shown.join(' -> ');
}

module.exports = { checkStructNesting, MAX_STRUCT_DEPTH, MAX_EXPANDED_FIELDS };
