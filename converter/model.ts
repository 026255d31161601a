// Builds the language-neutral model (docs/internals.md §1) from the YAML
// document, checking the file's shape on the way: unknown and missing keys,
// wrong value kinds, unknown types. It keeps going after a problem and returns
// what it could read, so the semantic checks can still report their errors.

import type { Diagnostic } from './diagnostics';
import type { LoadedYaml } from './load';
import type { Scalar, YAMLMap, Pair } from 'yaml';

// The yaml package's node checks, without loading it (the light reader's nodes pass them too).
import * as YAML from './yaml-nodes';
import { makeDiagnostic } from './diagnostics';
import { didYouMean, closestKey } from './suggest';
import * as format from './format';

export type Loc = { file: string, line: number, col: number };

export type TypeRef = { kind: 'integer'|'float'|'string'|'boolean'|'datetime'|'duration'|'binary' }
  | { kind: 'enum', name: string }
  | { kind: 'struct', name: string }
  | { kind: 'array', items: TypeRef };

export type Field = { name: string, type: TypeRef, description?: string, optional: boolean, loc: Loc };

export type EnumValue = { name: string, value: number, description?: string, loc: Loc };

export type EnumDef = { name: string, documentation?: string, values: EnumValue[], loc: Loc };

export type StructDef = { name: string, documentation?: string, members: Field[], loc: Loc };

export type SignalDef = { name: string, documentation?: string, payload: Field[], loc: Loc };

export type MethodDef = { name: string, documentation?: string, arguments: Field[], returnValues: Field[], loc: Loc };

export type PropertyDef = { name: string, documentation?: string, values: Field[], readOnly: boolean, loc: Loc };

export type ConstantDef = { name: string, type: 'integer'|'float'|'string'|'boolean', value: number|string|boolean, description?: string, loc: Loc };

export type InterfaceDef = { name: string, version: string, title?: string, summary?: string, documentation?: string, loc: Loc };

export interface Model {
  file: string;
  stingeripcVersion: string;
  interface: InterfaceDef;
  enums: EnumDef[];
  structs: StructDef[];
  signals: SignalDef[];
  methods: MethodDef[];
  properties: PropertyDef[];
  constants: ConstantDef[];
}

/** A use of an enum or struct by name, checked once every definition is known. */
export type Reference = { kind: 'enum'|'struct', name: string, loc: Loc };

export type MapKind = keyof typeof format.KEYS;

/** One key of a map, as read. */
export type Entry = { key: string, keyNode: Scalar, value: unknown };

function buildModel(loaded: LoadedYaml, file: string): { model: Model; references: Reference[]; diagnostics: Diagnostic[]; } {
  return new ModelBuilder(loaded, file).build();
}

class ModelBuilder {
  readonly loaded: LoadedYaml;
  readonly file: string;
  readonly diagnostics: Diagnostic[] = [];
  readonly references: Reference[] = [];

  constructor(loaded: LoadedYaml, file: string) {
    this.loaded = loaded;
    this.file = file;
  }

  build(): { model: Model; references: Reference[]; diagnostics: Diagnostic[]; } {
    const start = this.locAt(0);
    const model: Model = {
      file: this.file,
      stingeripcVersion: '',
      interface: { name: '', version: '', loc: start },
      enums: [], structs: [], signals: [], methods: [], properties: [], constants: [],
    };
    const root = this.loaded.document.contents;
    if (root === null || (YAML.isScalar(root) && root.value === null)) {
      this.error(start, 'the file is empty', "an interface file needs at least 'stingeripc' and 'interface'");
    } else if (!YAML.isMap(root)) {
      this.error(this.loc(root), `the top level must be a map of sections, found ${describe(root)}`, "start with 'stingeripc:' and 'interface:'");
    } else {
      const top = this.readMap(root, 'topLevel', 'the top level');
      this.readStingeripc(top.get('stingeripc'), model);
      this.readInterface(top.get('interface'), model);
      model.enums = this.readSection(top.get('enums'), (name, node, loc) => this.readEnum(name, node, loc));
      model.structs = this.readSection(top.get('structures'), (name, node, loc) => this.readStruct(name, node, loc));
      model.signals = this.readSection(top.get('signals'), (name, node, loc) => this.readSignal(name, node, loc));
      model.methods = this.readSection(top.get('methods'), (name, node, loc) => this.readMethod(name, node, loc));
      model.properties = this.readSection(top.get('properties'), (name, node, loc) => this.readProperty(name, node, loc));
      model.constants = this.readSection(top.get('constants'), (name, node, loc) => this.readConstant(name, node, loc));
    }
    return { model, references: this.references, diagnostics: this.diagnostics };
  }

  // ---- sections -------------------------------------------------------------

  readStingeripc(entry: Entry | undefined, model: Model) {
    const map = this.expectMap(entry, "'stingeripc'");
    if (!map) return;
    const keys = this.readMap(map, 'stingeripc', "'stingeripc'");
    const version = keys.get('version');
    if (!version) return;
    const text = this.readVersionText(version, "'stingeripc.version'");
    if (text === undefined) return;
    if (!format.SUPPORTED_VERSIONS.includes(text)) {
      this.error(this.valueLoc(version), `unsupported stingeripc version '${text}'`, `supported versions: ${format.SUPPORTED_VERSIONS.join(', ')}`);
      return;
    }
    model.stingeripcVersion = text;
  }

  readInterface(entry: Entry | undefined, model: Model) {
    if (entry) model.interface.loc = this.loc(entry.keyNode);
    const map = this.expectMap(entry, "'interface'");
    if (!map) return;
    const keys = this.readMap(map, 'interface', "'interface'");
    const nameEntry = keys.get('name');
    const name = this.readString(nameEntry, 'the interface name');
    if (name === '' && nameEntry) this.error(this.valueLoc(nameEntry), 'the interface name is empty', 'it names the MQTT topics and the generated classes');
    if (name !== undefined) model.interface.name = name;
    const version = keys.get('version');
    const versionText = version && this.readVersionText(version, 'the interface version');
    if (versionText !== undefined) model.interface.version = versionText;
    for (const key of (['title', 'summary', 'documentation'] as const)) {
      const text = this.readString(keys.get(key), `the interface ${key}`);
      if (text !== undefined) model.interface[key] = text;
    }
    this.readString(keys.get('license'), 'the interface license');
  }

  /**
   * A top-level map of named definitions. An empty section (`signals:`) is allowed.
   */
  readSection<T>(entry: Entry | undefined, readOne: (name: string, node: YAMLMap, loc: Loc) => T | undefined): T[] {
    const result: T[] = [];
    if (!entry || isNull(entry.value)) return result;
    const section = `'${entry.key}'`;
    if (!YAML.isMap(entry.value)) {
      this.error(this.valueLoc(entry), `${section} must be a map of names to definitions, found ${describe(entry.value)}`);
      return result;
    }
    const seen = new Set();
    for (const pair of entry.value.items) {
      const name = this.keyName(pair, `a name in ${section}`);
      // Duplicate keys were reported by load.js; the first one counts.
      if (name === undefined || seen.has(name)) continue;
      seen.add(name);
      const keyNode = (pair.key as Scalar);
      const what = `${singular(entry.key)} '${name}'`;
      const map = this.expectMap({ key: name, keyNode, value: pair.value }, what);
      if (!map) continue;
      const item = readOne(name, map, this.loc(keyNode));
      if (item !== undefined) result.push(item);
    }
    return result;
  }

  readEnum(name: string, map: YAMLMap, loc: Loc): EnumDef {
    const what = `enum '${name}'`;
    const keys = this.readMap(map, 'enum', what);
    const def: EnumDef = { name, ...this.readDocumentation(keys, what), values: [], loc };
    this.readVersionText(keys.get('version'), `the version of ${what}`);
    const valuesEntry = keys.get('values');
    const items = this.expectList(valuesEntry, `the values of ${what}`);
    if (!items) return def;
    if (items.length === 0 && valuesEntry) {
      this.error(this.valueLoc(valuesEntry), `${what} has no values`, 'add at least one `- name: ...` entry');
    }
    let next = 1;
    for (const item of items) {
      if (!YAML.isMap(item)) {
        this.error(this.loc(item), `a value of ${what} must be a map with 'name' (and optionally 'value', 'description'), found ${describe(item)}`);
        continue;
      }
      const valueKeys = this.readMap(item, 'enumValue', `a value of ${what}`);
      const nameEntry = valueKeys.get('name');
      const valueName = this.readString(nameEntry, `the name of a value of ${what}`);
      const number = this.readInteger(valueKeys.get('value'), `the number of a value of ${what}`);
      const description = this.readString(valueKeys.get('description'), `the description of a value of ${what}`);
      const value = number === undefined ? next : number;
      next = value + 1;
      if (valueName === undefined || !nameEntry) continue;
      const enumValue: EnumValue = { name: valueName, value, loc: this.valueLoc(nameEntry) };
      if (description !== undefined) enumValue.description = description;
      def.values.push(enumValue);
    }
    return def;
  }

  readStruct(name: string, map: YAMLMap, loc: Loc): StructDef {
    const what = `structure '${name}'`;
    const keys = this.readMap(map, 'structure', what);
    this.readVersionText(keys.get('version'), `the version of ${what}`);
    return { name, ...this.readDocumentation(keys, what), members: this.readFields(keys.get('members'), what, 'member'), loc };
  }

  readSignal(name: string, map: YAMLMap, loc: Loc): SignalDef {
    const what = `signal '${name}'`;
    const keys = this.readMap(map, 'signal', what);
    this.readElementExtras(keys, what);
    return { name, ...this.readDocumentation(keys, what), payload: this.readFields(keys.get('payload'), what, 'payload field'), loc };
  }

  readMethod(name: string, map: YAMLMap, loc: Loc): MethodDef {
    const what = `method '${name}'`;
    const keys = this.readMap(map, 'method', what);
    this.readElementExtras(keys, what);
    return {
      name,
      ...this.readDocumentation(keys, what),
      arguments: this.readFields(keys.get('arguments'), what, 'argument'),
      returnValues: this.readFields(keys.get('returnValues'), what, 'return value'),
      loc,
    };
  }

  readProperty(name: string, map: YAMLMap, loc: Loc): PropertyDef {
    const what = `property '${name}'`;
    const keys = this.readMap(map, 'property', what);
    this.readElementExtras(keys, what);
    const valuesEntry = keys.get('values');
    const values = this.readFields(valuesEntry, what, 'value');
    if (valuesEntry && YAML.isSeq(valuesEntry.value) && valuesEntry.value.items.length === 0) {
      this.error(this.valueLoc(valuesEntry), `${what} has no values`, 'a property needs at least one `- name: ..., type: ...` entry');
    }
    const readOnly = this.readBoolean(keys.get('readOnly'), `'readOnly' of ${what}`);
    return { name, ...this.readDocumentation(keys, what), values, readOnly: readOnly === true, loc };
  }

  readConstant(name: string, map: YAMLMap, loc: Loc): ConstantDef | undefined {
    const what = `constant '${name}'`;
    const keys = this.readMap(map, 'constant', what);
    const typeEntry = keys.get('type');
    const typeName = this.readString(typeEntry, `the type of ${what}`);
    const valueEntry = keys.get('value');
    const description = this.readString(keys.get('description'), `the description of ${what}`);
    if (typeName === undefined || !typeEntry) return undefined;
    if (!format.CONSTANT_TYPES.includes(typeName)) {
      this.error(this.valueLoc(typeEntry), `unknown constant type '${typeName}' for ${what}`,
        suggestType(typeName, format.CONSTANT_TYPES) || `use one of ${format.CONSTANT_TYPES.join(', ')}`);
      return undefined;
    }
    const type = (typeName as ConstantDef['type']);
    if (!valueEntry) return undefined;
    const value = YAML.isScalar(valueEntry.value) ? valueEntry.value.value : undefined;
    if (!constantMatches(type, value)) {
      this.error(this.valueLoc(valueEntry), `the value of ${what} must be ${article(type)} ${type}, found ${describe(valueEntry.value)}`,
        type === 'string' ? "quote it to make it text: value: '...'" : undefined);
      return undefined;
    }
    const def: ConstantDef = { name, type, value: (value as number|string|boolean), loc };
    if (description !== undefined) def.description = description;
    return def;
  }

  // ---- fields and types -----------------------------------------------------

  /**
   * A list of fields (payload, arguments, returnValues, values, members).
   * A missing list is an empty list; `readMap` already reported it if required.
   * @param owner e.g. "method 'foo'"
   * @param noun what one item is called, e.g. 'argument'
   */
  readFields(entry: Entry | undefined, owner: string, noun: string): Field[] {
    const fields: Field[] = [];
    const items = this.expectList(entry, `'${entry ? entry.key : ''}' of ${owner}`);
    const what = `${article(noun)} ${noun} of ${owner}`;
    if (!items) return fields;
    for (const item of items) {
      if (!YAML.isMap(item)) {
        this.error(this.loc(item), `${what} must be a map with 'name' and 'type', found ${describe(item)}`);
        continue;
      }
      // Name the field in messages about its other keys when it has a name.
      const namePair = item.items.find((pair) => YAML.isScalar(pair.key) && pair.key.value === 'name');
      const rawName = namePair && YAML.isScalar(namePair.value) ? namePair.value.value : undefined;
      const label = typeof rawName === 'string' ? `${noun} '${rawName}' of ${owner}` : what;
      const keys = this.readMap(item, 'field', label);
      const nameEntry = keys.get('name');
      const name = this.readString(nameEntry, `the name of ${what}`);
      const named = name === undefined ? what : `${noun} '${name}' of ${owner}`;
      const type = this.readType(keys, named, 'field');
      const description = this.readString(keys.get('description'), `the description of ${named}`);
      const optional = this.readBoolean(keys.get('optional'), `'optional' of ${named}`);
      this.readFieldExtras(keys, named);
      if (name === undefined || !nameEntry) continue;
      const field: Field = { name, type: type || { kind: 'string' }, optional: optional === true, loc: this.valueLoc(nameEntry) };
      if (description !== undefined) field.description = description;
      fields.push(field);
    }
    return fields;
  }

  /**
   * Reads `type` with its `enumName` / `structName` / `itemType`.
   * @returns undefined when the type could not be read (already reported)
   */
  readType(keys: Map<string, Entry>, what: string, mapKind: 'field' | 'itemType'): TypeRef | undefined {
    const typeEntry = keys.get('type');
    const typeName = this.readString(typeEntry, `the type of ${what}`);
    const allowed = mapKind === 'itemType' ? format.FIELD_TYPES.filter((t) => t !== 'array') : format.FIELD_TYPES;
    let type: TypeRef | undefined;
    if (typeName !== undefined && typeEntry) {
      if (typeName === 'array' && mapKind === 'itemType') {
        this.error(this.valueLoc(typeEntry), `arrays of arrays are not supported (${what})`, 'use an array of a structure that holds an array');
      } else if (!allowed.includes(typeName)) {
        this.error(this.valueLoc(typeEntry), `unknown type '${typeName}' for ${what}`,
          suggestType(typeName, allowed) || `use one of ${allowed.join(', ')}`);
      } else if (typeName === 'enum' || typeName === 'struct') {
        type = this.readNamedType(keys, typeName, what);
      } else if (typeName === 'array') {
        type = this.readArrayType(keys, what);
      } else {
        type = { kind: (typeName as PrimitiveKind) };
      }
    }
    // Keys that belong to another type are almost always a mistake in `type`.
    for (const [key, kind] of ([['enumName', 'enum'], ['structName', 'struct'], ['itemType', 'array']] as const)) {
      const entry = keys.get(key);
      if (entry && typeName !== undefined && typeName !== kind && allowed.includes(typeName)) {
        this.error(this.loc(entry.keyNode), `'${key}' is only used with type '${kind}', but ${what} has type '${typeName}'`, `remove '${key}' or change the type to '${kind}'`);
      }
    }
    return type;
  }

  readNamedType(keys: Map<string, Entry>, kind: 'enum' | 'struct', what: string): TypeRef | undefined {
    const key = kind === 'enum' ? 'enumName' : 'structName';
    const entry = keys.get(key);
    if (!entry) {
      const typeEntry = (keys.get('type') as Entry);
      this.error(this.valueLoc(typeEntry), `${what} has type '${kind}' but no '${key}'`, `add '${key}: <name of the ${kind === 'enum' ? 'enum' : 'structure'}>'`);
      return undefined;
    }
    const name = this.readString(entry, `'${key}' of ${what}`);
    if (name === undefined) return undefined;
    this.references.push({ kind, name, loc: this.valueLoc(entry) });
    return { kind, name };
  }

  readArrayType(keys: Map<string, Entry>, what: string): TypeRef | undefined {
    const entry = keys.get('itemType');
    if (!entry) {
      const typeEntry = (keys.get('type') as Entry);
      this.error(this.valueLoc(typeEntry), `${what} has type 'array' but no 'itemType'`, "add 'itemType: { type: ... }'");
      return undefined;
    }
    const map = this.expectMap(entry, `'itemType' of ${what}`);
    if (!map) return undefined;
    const itemWhat = `'itemType' of ${what}`;
    const itemKeys = this.readMap(map, 'itemType', `'itemType' of ${what}`);
    for (const key of ['enumVersion', 'structVersion']) this.readVersionText(itemKeys.get(key), `'${key}' of ${itemWhat}`);
    const items = this.readType(itemKeys, itemWhat, 'itemType');
    return items && { kind: 'array', items };
  }

  // ---- accepted but unused keys ---------------------------------------------

  readFieldExtras(keys: Map<string, Entry>, what: string) {
    const schema = keys.get('schema');
    if (schema && !YAML.isMap(schema.value)) {
      this.error(this.valueLoc(schema), `'schema' of ${what} must be a map (a JSON Schema), found ${describe(schema.value)}`);
    }
    const index = this.readInteger(keys.get('index'), `'index' of ${what}`);
    const indexEntry = keys.get('index');
    if (index !== undefined && index < 1 && indexEntry) {
      this.error(this.valueLoc(indexEntry), `'index' of ${what} must be 1 or more, found ${index}`);
    }
    for (const key of ['version', 'enumVersion', 'structVersion']) this.readVersionText(keys.get(key), `'${key}' of ${what}`);
    this.readConsumers(keys.get('consumers'), what);
  }

  /**
   * `version` and `consumers` of a signal, method or property.
   */
  readElementExtras(keys: Map<string, Entry>, what: string) {
    this.readVersionText(keys.get('version'), `the version of ${what}`);
    this.readConsumers(keys.get('consumers'), what);
  }

  readConsumers(entry: Entry | undefined, what: string) {
    const items = this.expectList(entry, `'consumers' of ${what}`);
    if (!items) return;
    for (const item of items) {
      if (!YAML.isScalar(item) || typeof item.value !== 'string') {
        this.error(this.loc(item), `each of 'consumers' of ${what} must be a name, found ${describe(item)}`);
      }
    }
  }

  readDocumentation(keys: Map<string, Entry>, what: string): { documentation?: string; } {
    const documentation = this.readString(keys.get('documentation'), `the documentation of ${what}`);
    return documentation === undefined ? {} : { documentation };
  }

  // ---- maps, lists and scalars ----------------------------------------------

  /**
   * Checks a map's keys against the format: reports unknown keys (with a
   * suggestion) and missing required keys (at the map).
   * @returns known keys, first occurrence
   */
  readMap(map: YAMLMap, kind: MapKind, what: string): Map<string, Entry> {
    const entries: Map<string, Entry> = new Map();
    const allowed = format.KEYS[kind];
    // A misspelled required key is reported once, as the misspelling.
    const suggested = new Set();
    for (const pair of map.items) {
      const key = this.keyName(pair, `a key of ${what}`);
      if (key === undefined || entries.has(key)) continue;
      const keyNode = (pair.key as Scalar);
      if (!allowed.includes(key)) {
        const where = kind === 'topLevel' ? 'at the top level' : `in ${what}`;
        const match = closestKey(key, allowed);
        if (match) suggested.add(match);
        this.error(this.loc(keyNode), `unknown key '${key}' ${where}`, match ? `did you mean '${match}'?` : `allowed keys: ${allowed.join(', ')}`);
        continue;
      }
      entries.set(key, { key, keyNode, value: pair.value });
    }
    for (const required of format.REQUIRED_KEYS[kind]) {
      if (!entries.has(required) && !suggested.has(required)) {
        const where = kind === 'topLevel' ? 'at the top level' : `in ${what}`;
        this.error(this.loc(map), `missing required key '${required}' ${where}`);
      }
    }
    return entries;
  }

  keyName(pair: Pair, what: string): string | undefined {
    const key = pair.key;
    if (YAML.isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number') && String(key.value) !== '') {
      return typeof key.value === 'string' ? key.value : this.sourceText(key);
    }
    this.error(this.loc(key), `${what} must be a plain name, found ${describe(key)}`);
    return undefined;
  }

  expectMap(entry: Entry | undefined, what: string): YAMLMap | undefined {
    if (!entry) return undefined;
    if (YAML.isMap(entry.value)) return entry.value;
    this.error(this.valueLoc(entry), `${what} must be a map (indented 'key: value' lines), found ${describe(entry.value)}`);
    return undefined;
  }

  expectList(entry: Entry | undefined, what: string): unknown[] | undefined {
    if (!entry) return undefined;
    if (YAML.isSeq(entry.value)) return entry.value.items;
    this.error(this.valueLoc(entry), `${what} must be a list ('- ...' lines or []), found ${describe(entry.value)}`);
    return undefined;
  }

  readString(entry: Entry | undefined, what: string): string | undefined {
    if (!entry) return undefined;
    if (YAML.isScalar(entry.value) && typeof entry.value.value === 'string') return entry.value.value;
    this.error(this.valueLoc(entry), `${what} must be text, found ${describe(entry.value)}`);
    return undefined;
  }

  readBoolean(entry: Entry | undefined, what: string): boolean | undefined {
    if (!entry) return undefined;
    if (YAML.isScalar(entry.value) && typeof entry.value.value === 'boolean') return entry.value.value;
    this.error(this.valueLoc(entry), `${what} must be true or false, found ${describe(entry.value)}`);
    return undefined;
  }

  readInteger(entry: Entry | undefined, what: string): number | undefined {
    if (!entry) return undefined;
    if (YAML.isScalar(entry.value) && Number.isSafeInteger(entry.value.value)) return (entry.value.value as number);
    this.error(this.valueLoc(entry), `${what} must be a whole number, found ${describe(entry.value)}`);
    return undefined;
  }

  /**
   * A version as written: `1.0` stays `1.0` although YAML reads it as a number.
   */
  readVersionText(entry: Entry | undefined, what: string): string | undefined {
    if (!entry) return undefined;
    const node = entry.value;
    if (YAML.isScalar(node) && typeof node.value === 'string') return node.value;
    if (YAML.isScalar(node) && typeof node.value === 'number') return this.sourceText(node);
    this.error(this.valueLoc(entry), `${what} must be text like '1.0.0', found ${describe(node)}`);
    return undefined;
  }

  // ---- positions --------------------------------------------------------------

  sourceText(node: Scalar) {
    return node.range ? this.loaded.text.slice(node.range[0], node.range[1]).trim() : String(node.value);
  }

  /** @param offset @returns */
  locAt(offset: number): Loc {
    return { file: this.file, ...this.loaded.position(offset) };
  }

  /** @param node @returns */
  loc(node: unknown): Loc {
    const range = YAML.isNode(node) ? node.range : undefined;
    return this.locAt(range ? range[0] : 0);
  }

  /**
   * Where a value is; for an empty value (`key:`) that is the key.
   */
  valueLoc(entry: Entry): Loc {
    return isNull(entry.value) ? this.loc(entry.keyNode) : this.loc(entry.value);
  }

  error(pos: { line: number; col: number; }, message: string, hint?: string) {
    this.diagnostics.push(makeDiagnostic(this.file, pos, message, hint));
  }
}

export type PrimitiveKind = 'integer'|'float'|'string'|'boolean'|'datetime'|'duration'|'binary';

function isNull(node: unknown) {
  return node === null || node === undefined || (YAML.isScalar(node) && node.value === null);
}

/**
 * Names what was found, for "must be X, found Y" messages.
 */
function describe(node: unknown): string {
  if (isNull(node)) return 'nothing';
  if (YAML.isMap(node)) return 'a map';
  if (YAML.isSeq(node)) return 'a list';
  if (YAML.isAlias(node)) return 'an alias (*name), which the converter does not follow';
  if (YAML.isScalar(node)) {
    const value = node.value;
    if (typeof value === 'string') return `the text '${value}'`;
    if (typeof value === 'number') return `the number ${value}`;
    if (typeof value === 'boolean') return `${value}`;
    return `'${String(value)}'`;
  }
  return 'something else';
}

function suggestType(typeName: string, allowed: string[]): string | undefined {
  const alias = format.TYPE_ALIASES[typeName.toLowerCase()];
  if (alias && allowed.includes(alias)) return `did you mean '${alias}'?`;
  return didYouMean(typeName, allowed);
}

function constantMatches(type: 'integer' | 'float' | 'string' | 'boolean', value: unknown) {
  switch (type) {
    case 'integer': return Number.isSafeInteger(value);
    case 'float': return typeof value === 'number' && Number.isFinite(value);
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
  }
}

function article(word: string) {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** @param section e.g. 'structures' */
function singular(section: string) {
  return { enums: 'enum', structures: 'structure', signals: 'signal', methods: 'method', properties: 'property', constants: 'constant' }[section] || section;
}

export { buildModel, describe };
