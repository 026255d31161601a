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

import type { Model, Field, Loc, TypeRef, StructDef } from './model';

/** Structures in structures, counting the outermost: `a` holding `b` is 2 levels. */
const MAX_STRUCT_DEPTH = 32;

/** Fields of one structure or one element with every contained structure written out. */
const MAX_EXPANDED_FIELDS = 10000;

/**
 * The structure a type names, directly or as an array's items.
 */
function structOf(type: TypeRef): string | undefined {
  if (type.kind === 'struct') return type.name;
  if (type.kind === 'array' && type.items.kind === 'struct') return type.items.name;
  return undefined;
}

function checkStructNesting(model: Model, error: (loc: Loc, message: string, hint?: string) => void) {
  const structs: Map<string, StructDef> = new Map();
  for (const s of model.structs) if (!structs.has(s.name)) structs.set(s.name, s);
  /**
   * Members that hold a known structure.
   */
  const edges = (s: StructDef): Array<{ field: Field; target: string; }> => {
    const found: Array<{ field: Field; target: string; }> = [];
    for (const field of s.members) {
      const target = structOf(field.type);
      if (target !== undefined && structs.has(target)) found.push({ field, target });
    }
    return found;
  };

  // Depth-first over every structure, iteratively. A member that leads back
  // to a structure on the current path closes a cycle. Post-order gives each
  // structure's depth and expanded size from its members'.
  const state: Map<string, 'open' | 'done'> = new Map();
  const depth: Map<string, number> = new Map();
  const size: Map<string, number> = new Map();
  /** structures on a cycle or containing one: no depth or size */
  const broken: Set<string> = new Set();
  for (const root of structs.values()) {
    if (state.has(root.name)) continue;
    const path: Array<{ name: string; edges: Array<{ field: Field; target: string; }>; next: number; }> = [{ name: root.name, edges: edges(root), next: 0 }];
    state.set(root.name, 'open');
    /** index in `path` of each open structure */
    const onPath: Map<string, number> = new Map([[root.name, 0]]);
    while (path.length > 0) {
      const top = path[path.length - 1];
      if (top.next < top.edges.length) {
        const { field, target } = top.edges[top.next++];
        const seen = state.get(target);
        if (seen === 'open') {
          // The structures above on the path become broken as they are left.
          broken.add(top.name);
          const start = (onPath.get(target) as number);
          const cycle = path.length - start > 8
            ? [...path.slice(start, start + 3).map((p) => p.name), '...', ...path.slice(-2).map((p) => p.name), target]
            : [...path.slice(start).map((p) => p.name), target];
          error(field.loc, `structure '${top.name}' contains itself: ${cycle.join(' -> ')}`,
            'recursive structures are not supported; break the cycle, e.g. refer to the other value by an id');
        } else if (seen === undefined) {
          state.set(target, 'open');
          onPath.set(target, path.length);
          path.push({ name: target, edges: edges((structs.get(target) as StructDef)), next: 0 });
        }
        continue;
      }
      path.pop();
      onPath.delete(top.name);
      state.set(top.name, 'done');
      if (top.edges.some((e) => broken.has(e.target))) broken.add(top.name);
      if (broken.has(top.name)) continue;
      let deepest = 0;
      for (const e of top.edges) deepest = Math.max(deepest, (depth.get(e.target) as number));
      depth.set(top.name, deepest + 1);
      size.set(top.name, expandedSize((structs.get(top.name) as StructDef).members, size));
    }
  }

  for (const s of structs.values()) {
    if (broken.has(s.name)) continue;
    const d = (depth.get(s.name) as number);
    // Report where the limit is first crossed, not every structure above it.
    if (d === MAX_STRUCT_DEPTH + 1) {
      error(s.loc, `structure '${s.name}' nests structures ${d} levels deep (${describeChain(deepestChain(s.name, structs, depth, edges))})`,
        `at most ${MAX_STRUCT_DEPTH} levels are supported; flatten the data`);
    }
    const n = (size.get(s.name) as number);
    if (n > MAX_EXPANDED_FIELDS && edges(s).every((e) => (size.get(e.target) as number) <= MAX_EXPANDED_FIELDS)) {
      error(s.loc, `structure '${s.name}' holds ${n} fields once the structures it contains are written out`,
        `at most ${MAX_EXPANDED_FIELDS} are supported; use fewer copies of large structures`);
    }
  }

  // The fields of signals, methods and properties, measured the same way.
  const lists: Array<[string, Field[], Loc]> = [];
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
 */
function expandedSize(fields: Field[], size: Map<string, number>) {
  let total = 0;
  for (const f of fields) {
    const target = structOf(f.type);
    total += 1 + ((target !== undefined && size.get(target)) || 0);
  }
  return total;
}

/**
 * The names along one deepest path from `start`.
 */
function deepestChain(start: string, structs: Map<string, StructDef>, depth: Map<string, number>, edges: (s: StructDef) => Array<{ target: string; }>) {
  const chain = [start];
  let current = start;
  for (;;) {
    const next = edges((structs.get(current) as StructDef))
      .reduce((best: string | undefined, e) => (best === undefined || (depth.get(e.target) as number) > (depth.get(best) as number) ? e.target : best), undefined);
    if (next === undefined) return chain;
    chain.push(next);
    current = next;
  }
}

/**
 * `a -> b -> c`, shortened in the middle when long.
 */
function describeChain(names: string[]) {
  const shown = names.length > 8 ? [...names.slice(0, 3), '...', ...names.slice(-3)] : names;
  return shown.join(' -> ');
}

export { checkStructNesting, MAX_STRUCT_DEPTH, MAX_EXPANDED_FIELDS };
