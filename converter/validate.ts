// Semantic checks on the model: references, duplicates, and names that would
// break or collide in the generated TypeScript. Runs even when the shape
// checks found problems, on whatever the model builder could read.

import type { Diagnostic } from './diagnostics';
import type { Model, Field, Loc, Reference, EnumDef } from './model';

import { makeDiagnostic } from './diagnostics';
import { didYouMean } from './suggest';
import { NAME_PATTERN } from './format';
import { checkGeneratedMembers, elementsOf } from './validate-members';
import { checkStructNesting } from './validate-structs';
import * as naming from '../filters/naming';
import * as names from '../filters/names';

// Type names the generated package already uses; an enum or struct with one
// of these TypeScript names would shadow or clash with it. Its codec
// functions are `decode<Type>` / `encode<Type>`, so the names of the
// protocol's own helpers (decodeInteger, encodeDuration, ...) are taken too.
// The runtime's names (and the X of its decodeX / encodeX helpers) are read
// from runtime/*.ts (filters/names.ts runtimeTypeNames); the rest are the
// JavaScript and TypeScript globals the generated code uses.
const TAKEN_TYPE_NAMES = [
  ...names.runtimeTypeNames(),
  'Date', 'Uint8Array', 'ArrayBuffer', 'Buffer', 'Promise', 'Error', 'Array', 'Record', 'Map', 'Set',
  'Object', 'String', 'Number', 'Boolean', 'Symbol', 'JSON', 'Math', 'AbortSignal', 'Function',
  'Partial', 'Readonly', 'Required', 'Pick', 'Omit', 'Awaited', 'Iterable',
];

function validateModel(model: Model, references: Reference[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const error: (loc: Loc, message: string, hint?: string) => void = (loc, message, hint): void => {
    diagnostics.push(makeDiagnostic(loc.file, loc, message, hint));
  };

  checkReferences(model, references, error);
  checkTypeNames(model, error);
  checkElementNames(model, error);
  for (const def of model.enums) checkEnumValues(def, error);
  for (const def of model.structs) checkFields(def.members, `structure '${def.name}'`, 'member', false, error);
  for (const def of model.signals) checkFields(def.payload, `signal '${def.name}'`, 'payload field', true, error);
  for (const def of model.methods) {
    checkFields(def.arguments, `method '${def.name}'`, 'argument', true, error);
    checkFields(def.returnValues, `method '${def.name}'`, 'return value', true, error);
  }
  for (const def of model.properties) checkFields(def.values, `property '${def.name}'`, 'value', true, error);
  checkGeneratedMembers(model, error);
  checkStructNesting(model, error);
  return diagnostics;
}

function checkReferences(model: Model, references: Reference[], error: (loc: Loc, message: string, hint?: string) => void) {
  const enumNames = model.enums.map((e) => e.name);
  const structNames = model.structs.map((s) => s.name);
  for (const ref of references) {
    const [wanted, other] = ref.kind === 'enum' ? [enumNames, structNames] : [structNames, enumNames];
    if (wanted.includes(ref.name)) continue;
    const noun = ref.kind === 'enum' ? 'enum' : 'structure';
    if (other.includes(ref.name)) {
      const otherKind = ref.kind === 'enum' ? 'struct' : 'enum';
      error(ref.loc, `'${ref.name}' is ${ref.kind === 'enum' ? 'a structure' : 'an enum'}, not ${ref.kind === 'enum' ? 'an enum' : 'a structure'}`,
        `use 'type: ${otherKind}' with '${otherKind}Name: ${ref.name}'`);
      continue;
    }
    const section = ref.kind === 'enum' ? 'enums' : 'structures';
    error(ref.loc, `unknown ${noun} '${ref.name}'`, didYouMean(ref.name, wanted) || `define it under '${section}'`);
  }
}

/**
 * Enums and structs both become TypeScript types, so they share one namespace.
 */
function checkTypeNames(model: Model, error: (loc: Loc, message: string, hint?: string) => void) {
  const taken = [...TAKEN_TYPE_NAMES, ...names.interfaceTypeNames(model.interface.name)];
  const types = [
    ...model.enums.map((e) => ({ what: `enum '${e.name}'`, name: e.name, tsName: names.typeNames(e.name).tsName, loc: e.loc })),
    ...model.structs.map((s) => ({ what: `structure '${s.name}'`, name: s.name, tsName: names.typeNames(s.name).tsName, loc: s.loc })),
  ];
  const usable = types.filter((t) => checkName(t.what, t.name, t.tsName, t.loc, false, error));
  for (const t of usable) {
    if (taken.includes(t.tsName)) {
      error(t.loc, `${t.what} becomes the TypeScript type '${t.tsName}', which the generated code already uses`, 'rename it');
    }
  }
  reportCollisions([...usable, ...payloadTypes(model)], (t) => t.tsName, 'the TypeScript type', error);
}

/**
 * The TypeScript types the template declares for wire objects, listeners and
 * handlers, next to the enums and structs (filters/names.ts). Two of these
 * only collide when their elements' names do, which is reported already.
 */
function payloadTypes(model: Model): Array<{ what: string; name: string; tsName: string; loc: Loc; derived: true; }> {
  return elementsOf(model).flatMap(([element, loc]) =>
    names.typesOf(element).map((t) => ({
      what: `${t.what} of ${element.kind} '${element.name}'`,
      name: `${element.kind}:${element.name}:${t.role}`,
      tsName: t.tsName,
      loc,
      derived: (true as true),
    })),
  );
}

/**
 * Signals, methods, properties, constants and the interface itself.
 */
function checkElementNames(model: Model, error: (loc: Loc, message: string, hint?: string) => void) {
  const { interface: iface } = model;
  if (iface.name !== '') checkName(`interface '${iface.name}'`, iface.name, naming.pascalCase(iface.name), iface.loc, false, error);
  const groups: Array<[string, Array<{ name: string; loc: Loc; }>]> = [['signal', model.signals], ['method', model.methods], ['property', model.properties], ['constant', model.constants]];
  for (const [noun, defs] of groups) {
    const usable = defs
      .map((d) => ({ what: `${noun} '${d.name}'`, name: d.name, loc: d.loc }))
      .filter((d) => checkName(d.what, d.name, naming.camelCase(d.name), d.loc, false, error));
    reportCollisions(usable, (d) => naming.camelCase(d.name), 'the TypeScript name', error);
  }
}

function checkEnumValues(def: EnumDef, error: (loc: Loc, message: string, hint?: string) => void) {
  const owner = `enum '${def.name}'`;
  const values = def.values.map((v) => ({ what: `value '${v.name}' of ${owner}`, name: v.name, loc: v.loc, value: v.value }));
  const unique = reportDuplicates(values, error);
  const usable = unique.filter((v) => checkName(v.what, v.name, naming.pascalCase(v.name), v.loc, false, error));
  reportCollisions(usable, (v) => naming.pascalCase(v.name), 'the enum member', error);
  const numbers: Map<number, { name: string; loc: Loc; }> = new Map();
  for (const v of values) {
    const first = numbers.get(v.value);
    if (first) {
      error(v.loc, `${v.what} has the number ${v.value}, which '${first.name}' on line ${first.loc.line} already has`, 'give each value its own number');
    } else {
      numbers.set(v.value, v);
    }
  }
}

/**
 * One list of fields: duplicates, collisions, usable names; parameters must
 * not be reserved words.
 */
function checkFields(fields: Field[], owner: string, noun: string, becomesParameter: boolean, error: (loc: Loc, message: string, hint?: string) => void) {
  const items = fields.map((f) => ({ what: `${noun} '${f.name}' of ${owner}`, name: f.name, loc: f.loc }));
  const unique = reportDuplicates(items, error);
  const usable = unique.filter((f) => checkName(f.what, f.name, naming.camelCase(f.name), f.loc, becomesParameter, error));
  reportCollisions(usable, (f) => naming.camelCase(f.name), 'the TypeScript name', error);
}

/**
 * Reports a name that cannot be written as given or cannot become `tsName`.
 * @returns true when the name is usable
 */
function checkName(what: string, name: string, tsName: string, loc: Loc, becomesParameter: boolean, error: (loc: Loc, message: string, hint?: string) => void): boolean {
  if (name === '') {
    error(loc, `${what.replace(/ ''/, '')} has an empty name`, 'give it a name');
    return false;
  }
  if (!NAME_PATTERN.test(name)) {
    error(loc, `${what}: a name may only contain letters, digits, '_' and '-'`, 'it is used as written in MQTT topics and JSON keys');
    return false;
  }
  if (tsName === '') {
    error(loc, `${what} has no letters or digits, so it cannot become a TypeScript name`, 'give it a name with letters');
    return false;
  }
  if (!naming.isIdentifier(tsName)) {
    error(loc, `${what} becomes '${tsName}', which is not a valid TypeScript name because it starts with a digit`, 'start the name with a letter');
    return false;
  }
  if (becomesParameter && naming.isReservedWord(tsName)) {
    error(loc, `${what} becomes the parameter '${tsName}', a reserved word in TypeScript`, 'rename it');
    return false;
  }
  return true;
}

/**
 * Same name as written, twice in one list. Returns the first of each name.
 */
function reportDuplicates<T extends { what: string, name: string, loc: Loc }>(items: T[], error: (loc: Loc, message: string, hint?: string) => void): T[] {
  const seen: Map<string, T> = new Map();
  for (const item of items) {
    const first = seen.get(item.name);
    if (first) error(item.loc, `duplicate ${item.what} (first defined on line ${first.loc.line})`, 'names in one list must be unique');
    else seen.set(item.name, item);
  }
  return [...seen.values()];
}

/**
 * Names that become the same TypeScript name (within one list the exact
 * duplicates are removed first, so those are not reported twice).
 * Reports the later one, naming the line of the earlier. Items marked
 * `derived` are only reported against items that are not.
 * @param target e.g. 'the TypeScript type'
 */
function reportCollisions<T extends { what: string, name: string, loc: Loc, derived?: boolean }>(items: T[], convert: (item: T) => string, target: string, error: (loc: Loc, message: string, hint?: string) => void) {
  const ordered = [...items].sort((a, b) => a.loc.line - b.loc.line || a.loc.col - b.loc.col);
  const seen: Map<string, T> = new Map();
  for (const item of ordered) {
    const tsName = convert(item);
    const first = seen.get(tsName);
    if (first && !(first.derived && item.derived)) {
      error(item.loc, `${item.what} and ${first.what} (line ${first.loc.line}) both become ${target} '${tsName}'`, 'rename one of them');
    } else if (!first) {
      seen.set(tsName, item);
    }
  }
}

export { validateModel, reportCollisions, TAKEN_TYPE_NAMES };
