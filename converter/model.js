// @ts-check
'use strict';
// Builds the language-neutral model (docs/internals.md §1) from the YAML
// document, checking the file's shape on the way: unknown and missing keys,
// wrong value kinds, unknown types. It keeps going after a problem and returns
// what it could read, so the semantic checks can still report their errors.

// The yaml package's node checks, without loading it (the light reader's nodes pass them too).
const YAML = require('./yaml-nodes');
const { makeDiagnostic } = require('./diagnostics');
const { didYouMean, closestKey } = require('./suggest');
const format = require('./format');

/** @typedef {import('./diagnostics').Diagnostic} Diagnostic */
/** @typedef {import('./load').LoadedYaml} LoadedYaml */

/**
 * @typedef {{ file: string, line: number, col: number }} Loc
 * @typedef {{ kind: 'integer'|'float'|'string'|'boolean'|'datetime'|'duration'|'binary' }
 *   | { kind: 'enum', name: string }
 *   | { kind: 'struct', name: string }
 *   | { kind: 'array', items: TypeRef }} TypeRef
 * @typedef {{ name: string, type: TypeRef, description?: string, optional: boolean, loc: Loc }} Field
 * @typedef {{ name: string, value: number, description?: string, loc: Loc }} EnumValue
 * @typedef {{ name: string, documentation?: string, values: EnumValue[], loc: Loc }} EnumDef
 * @typedef {{ name: string, documentation?: string, members: Field[], loc: Loc }} StructDef
 * @typedef {{ name: string, documentation?: string, payload: Field[], loc: Loc }} SignalDef
 * @typedef {{ name: string, documentation?: string, arguments: Field[], returnValues: Field[], loc: Loc }} MethodDef
 * @typedef {{ name: string, documentation?: string, values: Field[], readOnly: boolean, loc: Loc }} PropertyDef
 * @typedef {{ name: string, type: 'integer'|'float'|'string'|'boolean', value: number|string|boolean, description?: string, loc: Loc }} ConstantDef
 * @typedef {{ name: string, version: string, title?: string, summary?: string, documentation?: string, loc: Loc }} InterfaceDef
 * @typedef {object} Model
 * @property {string} file
 * @property {string} stingeripcVersion
 * @property {InterfaceDef} interface
 * @property {EnumDef[]} enums
 * @property {StructDef[]} structs
 * @property {SignalDef[]} signals
 * @property {MethodDef[]} methods
 * @property {PropertyDef[]} properties
 * @property {ConstantDef[]} constants
 */

/**
 * A use of an enum or struct by name, checked once every definition is known.
 * @typedef {{ kind: 'enum'|'struct', name: string, loc: Loc }} Reference
 */

/** @typedef {keyof typeof format.KEYS} MapKind */

/**
 * One key of a map, as read.
 * @typedef {{ key: string, keyNode: import('yaml').Scalar, value: unknown }} Entry
 */

/**
 * @param {LoadedYaml} loaded
 * @param {string} file
 * @returns {{ model: Model, references: Reference[], diagnostics: Diagnostic[] }}
 */
function buildModel(loaded, file) {
  return new ModelBuilder(loaded, file).build();
}

class ModelBuilder {
  /**
   * @param {LoadedYaml} loaded
   * @param {string} file
   */
  constructor(loaded, file) {
    this.loaded = loaded;
    this.file = file;
    /** @type {Diagnostic[]} */
    this.diagnostics = [];
    /** @type {Reference[]} */
    this.references = [];
  }

  /** @returns {{ model: Model, references: Reference[], diagnostics: Diagnostic[] }} */
  build() {
    const start = this.locAt(0);
    /** @type {Model} */
    const model = {
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

  /**
   * @param {Entry | undefined} entry
   * @param {Model} model
   */
  readStingeripc(entry, model) {
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

  /**
   * @param {Entry | undefined} entry
   * @param {Model} model
   */
  readInterface(entry, model) {
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
    for (const key of /** @type {const} */ (['title', 'summary', 'documentation'])) {
      const text = this.readString(keys.get(key), `the interface ${key}`);
      if (text !== undefined) model.interface[key] = text;
    }
    this.readString(keys.get('license'), 'the interface license');
  }

  /**
   * A top-level map of named definitions. An empty section (`signals:`) is allowed.
   * @template T
   * @param {Entry | undefined} entry
   * @param {(name: string, node: import('yaml').YAMLMap, loc: Loc) => T | undefined} readOne
   * @returns {T[]}
   */
  readSection(entry, readOne) {
    /** @type {T[]} */
    const result = [];
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
      const keyNode = /** @type {import('yaml').Scalar} */ (pair.key);
      const what = `${singular(entry.key)} '${name}'`;
      const map = this.expectMap({ key: name, keyNode, value: pair.value }, what);
      if (!map) continue;
      const item = readOne(name, map, this.loc(keyNode));
      if (item !== undefined) result.push(item);
    }
    return result;
  }

  /**
   * @param {string} name
   * @param {import('yaml').YAMLMap} map
   * @param {Loc} loc
   * @returns {EnumDef}
   */
  readEnum(name, map, loc) {
    const what = `enum '${name}'`;
    const keys = this.readMap(map, 'enum', what);
    /** @type {EnumDef} */
    const def = { name, ...this.readDocumentation(keys, what), values: [], loc };
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
      /** @type {EnumValue} */
      const enumValue = { name: valueName, value, loc: this.valueLoc(nameEntry) };
      if (description !== undefined) enumValue.description = description;
      def.values.push(enumValue);
    }
    return def;
  }

  /**
   * @param {string} name
   * @param {import('yaml').YAMLMap} map
   * @param {Loc} loc
   * @returns {StructDef}
   */
  readStruct(name, map, loc) {
    const what = `structure '${name}'`;
    const keys = this.readMap(map, 'structure', what);
    this.readVersionText(keys.get('version'), `the version of ${what}`);
    return { name, ...this.readDocumentation(keys, what), members: this.readFields(keys.get('members'), what, 'member'), loc };
  }

  /**
   * @param {string} name
   * @param {import('yaml').YAMLMap} map
   * @param {Loc} loc
   * @returns {SignalDef}
   */
  readSignal(name, map, loc) {
    const what = `signal '${name}'`;
    const keys = this.readMap(map, 'signal', what);
    this.readElementExtras(keys, what);
    return { name, ...this.readDocumentation(keys, what), payload: this.readFields(keys.get('payload'), what, 'payload field'), loc };
  }

  /**
   * @param {string} name
   * @param {import('yaml').YAMLMap} map
   * @param {Loc} loc
   * @returns {MethodDef}
   */
  readMethod(name, map, loc) {
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

  /**
   * @param {string} name
   * @param {import('yaml').YAMLMap} map
   * @param {Loc} loc
   * @returns {PropertyDef}
   */
  readProperty(name, map, loc) {
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

  /**
   * @param {string} name
   * @param {import('yaml').YAMLMap} map
   * @param {Loc} loc
   * @returns {ConstantDef | undefined}
   */
  readConstant(name, map, loc) {
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
    const type = /** @type {ConstantDef['type']} */ (typeName);
    if (!valueEntry) return undefined;
    const value = YAML.isScalar(valueEntry.value) ? valueEntry.value.value : undefined;
    if (!constantMatches(type, value)) {
      this.error(this.valueLoc(valueEntry), `the value of ${what} must be ${article(type)} ${type}, found ${describe(valueEntry.value)}`,
        type === 'string' ? "quote it to make it text: value: '...'" : undefined);
      return undefined;
    }
    /** @type {ConstantDef} */
    const def = { name, type, value: /** @type {number|string|boolean} */ (value), loc };
    if (description !== undefined) def.description = description;
    return def;
  }

  // ---- fields and types -----------------------------------------------------

  /**
   * A list of fields (payload, arguments, returnValues, values, members).
   * A missing list is an empty list; `readMap` already reported it if required.
   * @param {Entry | undefined} entry
   * @param {string} owner e.g. "method 'foo'"
   * @param {string} noun what one item is called, e.g. 'argument'
   * @returns {Field[]}
   */
  readFields(entry, owner, noun) {
    /** @type {Field[]} */
    const fields = [];
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
      /** @type {Field} */
      const field = { name, type: type || { kind: 'string' }, optional: optional === true, loc: this.valueLoc(nameEntry) };
      if (description !== undefined) field.description = description;
      fields.push(field);
    }
    return fields;
  }

  /**
   * Reads `type` with its `enumName` / `structName` / `itemType`.
   * @param {Map<string, Entry>} keys
   * @param {string} what
   * @param {'field'|'itemType'} mapKind
   * @returns {TypeRef | undefined} undefined when the type could not be read (already reported)
   */
  readType(keys, what, mapKind) {
    const typeEntry = keys.get('type');
    const typeName = this.readString(typeEntry, `the type of ${what}`);
    const allowed = mapKind === 'itemType' ? format.FIELD_TYPES.filter((t) => t !== 'array') : format.FIELD_TYPES;
    /** @type {TypeRef | undefined} */
    let type;
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
        type = { kind: /** @type {PrimitiveKind} */ (typeName) };
      }
    }
    // Keys that belong to another type are almost always a mistake in `type`.
    for (const [key, kind] of /** @type {const} */ ([['enumName', 'enum'], ['structName', 'struct'], ['itemType', 'array']])) {
      const entry = keys.get(key);
      if (entry && typeName !== undefined && typeName !== kind && allowed.includes(typeName)) {
        this.error(this.loc(entry.keyNode), `'${key}' is only used with type '${kind}', but ${what} has type '${typeName}'`, `remove '${key}' or change the type to '${kind}'`);
      }
    }
    return type;
  }

  /**
   * @param {Map<string, Entry>} keys
   * @param {'enum'|'struct'} kind
   * @param {string} what
   * @returns {TypeRef | undefined}
   */
  readNamedType(keys, kind, what) {
    const key = kind === 'enum' ? 'enumName' : 'structName';
    const entry = keys.get(key);
    if (!entry) {
      const typeEntry = /** @type {Entry} */ (keys.get('type'));
      this.error(this.valueLoc(typeEntry), `${what} has type '${kind}' but no '${key}'`, `add '${key}: <name of the ${kind === 'enum' ? 'enum' : 'structure'}>'`);
      return undefined;
    }
    const name = this.readString(entry, `'${key}' of ${what}`);
    if (name === undefined) return undefined;
    this.references.push({ kind, name, loc: this.valueLoc(entry) });
    return { kind, name };
  }

  /**
   * @param {Map<string, Entry>} keys
   * @param {string} what
   * @returns {TypeRef | undefined}
   */
  readArrayType(keys, what) {
    const entry = keys.get('itemType');
    if (!entry) {
      const typeEntry = /** @type {Entry} */ (keys.get('type'));
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

  /**
   * @param {Map<string, Entry>} keys
   * @param {string} what
   */
  readFieldExtras(keys, what) {
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
   * @param {Map<string, Entry>} keys
   * @param {string} what
   */
  readElementExtras(keys, what) {
    this.readVersionText(keys.get('version'), `the version of ${what}`);
    this.readConsumers(keys.get('consumers'), what);
  }

  /**
   * @param {Entry | undefined} entry
   * @param {string} what
   */
  readConsumers(entry, what) {
    const items = this.expectList(entry, `'consumers' of ${what}`);
    if (!items) return;
    for (const item of items) {
      if (!YAML.isScalar(item) || typeof item.value !== 'string') {
        this.error(this.loc(item), `each of 'consumers' of ${what} must be a name, found ${describe(item)}`);
      }
    }
  }

  /**
   * @param {Map<string, Entry>} keys
   * @param {string} what
   * @returns {{ documentation?: string }}
   */
  readDocumentation(keys, what) {
    const documentation = this.readString(keys.get('documentation'), `the documentation of ${what}`);
    return documentation === undefined ? {} : { documentation };
  }

  // ---- maps, lists and scalars ----------------------------------------------

  /**
   * Checks a map's keys against the format: reports unknown keys (with a
   * suggestion) and missing required keys (at the map).
   * @param {import('yaml').YAMLMap} map
   * @param {MapKind} kind
   * @param {string} what
   * @returns {Map<string, Entry>} known keys, first occurrence
   */
  readMap(map, kind, what) {
    /** @type {Map<string, Entry>} */
    const entries = new Map();
    const allowed = format.KEYS[kind];
    // A misspelled required key is reported once, as the misspelling.
    const suggested = new Set();
    for (const pair of map.items) {
      const key = this.keyName(pair, `a key of ${what}`);
      if (key === undefined || entries.has(key)) continue;
      const keyNode = /** @type {import('yaml').Scalar} */ (pair.key);
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

  /**
   * @param {import('yaml').Pair} pair
   * @param {string} what
   * @returns {string | undefined}
   */
  keyName(pair, what) {
    const key = pair.key;
    if (YAML.isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number') && String(key.value) !== '') {
      return typeof key.value === 'string' ? key.value : this.sourceText(key);
    }
    this.error(this.loc(key), `${what} must be a plain name, found ${describe(key)}`);
    return undefined;
  }

  /**
   * @param {Entry | undefined} entry
   * @param {string} what
   * @returns {import('yaml').YAMLMap | undefined}
   */
  expectMap(entry, what) {
    if (!entry) return undefined;
    if (YAML.isMap(entry.value)) return entry.value;
    this.error(this.valueLoc(entry), `${what} must be a map (indented 'key: value' lines), found ${describe(entry.value)}`);
    return undefined;
  }

  /**
   * @param {Entry | undefined} entry
   * @param {string} what
   * @returns {unknown[] | undefined}
   */
  expectList(entry, what) {
    if (!entry) return undefined;
    if (YAML.isSeq(entry.value)) return entry.value.items;
    this.error(this.valueLoc(entry), `${what} must be a list ('- ...' lines or []), found ${describe(entry.value)}`);
    return undefined;
  }

  /**
   * @param {Entry | undefined} entry
   * @param {string} what
   * @returns {string | undefined}
   */
  readString(entry, what) {
    if (!entry) return undefined;
    if (YAML.isScalar(entry.value) && typeof entry.value.value === 'string') return entry.value.value;
    this.error(this.valueLoc(entry), `${what} must be text, found ${describe(entry.value)}`);
    return undefined;
  }

  /**
   * @param {Entry | undefined} entry
   * @param {string} what
   * @returns {boolean | undefined}
   */
  readBoolean(entry, what) {
    if (!entry) return undefined;
    if (YAML.isScalar(entry.value) && typeof entry.value.value === 'boolean') return entry.value.value;
    this.error(this.valueLoc(entry), `${what} must be true or false, found ${describe(entry.value)}`);
    return undefined;
  }

  /**
   * @param {Entry | undefined} entry
   * @param {string} what
   * @returns {number | undefined}
   */
  readInteger(entry, what) {
    if (!entry) return undefined;
    if (YAML.isScalar(entry.value) && Number.isSafeInteger(entry.value.value)) return /** @type {number} */ (entry.value.value);
    this.error(this.valueLoc(entry), `${what} must be a whole number, found ${describe(entry.value)}`);
    return undefined;
  }

  /**
   * A version as written: `1.0` stays `1.0` although YAML reads it as a number.
   * @param {Entry | undefined} entry
   * @param {string} what
   * @returns {string | undefined}
   */
  readVersionText(entry, what) {
    if (!entry) return undefined;
    const node = entry.value;
    if (YAML.isScalar(node) && typeof node.value === 'string') return node.value;
    if (YAML.isScalar(node) && typeof node.value === 'number') return this.sourceText(node);
    this.error(this.valueLoc(entry), `${what} must be text like '1.0.0', found ${describe(node)}`);
    return undefined;
  }

  // ---- positions --------------------------------------------------------------

  /** @param {import('yaml').Scalar} node */
  sourceText(node) {
    return node.range ? this.loaded.text.slice(node.range[0], node.range[1]).trim() : String(node.value);
  }

  /** @param {number} offset @returns {Loc} */
  locAt(offset) {
    return { file: this.file, ...this.loaded.position(offset) };
  }

  /** @param {unknown} node @returns {Loc} */
  loc(node) {
    const range = YAML.isNode(node) ? node.range : undefined;
    return this.locAt(range ? range[0] : 0);
  }

  /**
   * Where a value is; for an empty value (`key:`) that is the key.
   * @param {Entry} entry
   * @returns {Loc}
   */
  valueLoc(entry) {
    return isNull(entry.value) ? this.loc(entry.keyNode) : this.loc(entry.value);
  }

  /**
   * @param {{ line: number, col: number }} pos
   * @param {string} message
   * @param {string} [hint]
   */
  error(pos, message, hint) {
    this.diagnostics.push(makeDiagnostic(this.file, pos, message, hint));
  }
}

/** @typedef {'integer'|'float'|'string'|'boolean'|'datetime'|'duration'|'binary'} PrimitiveKind */

/** @param {unknown} node */
function isNull(node) {
  return node === null || node === undefined || (YAML.isScalar(node) && node.value === null);
}

/**
 * Names what was found, for "must be X, found Y" messages.
 * @param {unknown} node
 * @returns {string}
 */
function describe(node) {
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

/**
 * @param {string} typeName
 * @param {string[]} allowed
 * @returns {string | undefined}
 */
function suggestType(typeName, allowed) {
  const alias = format.TYPE_ALIASES[typeName.toLowerCase()];
  if (alias && allowed.includes(alias)) return `did you mean '${alias}'?`;
  return didYouMean(typeName, allowed);
}

/**
 * @param {'integer'|'float'|'string'|'boolean'} type
 * @param {unknown} value
 */
function constantMatches(type, value) {
  switch (type) {
    case 'integer': return Number.isSafeInteger(value);
    case 'float': return typeof value === 'number' && Number.isFinite(value);
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
  }
}

/** @param {string} word */
function article(word) {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

/** @param {string} section e.g. 'structures' */
function singular(section) {
  return { enums: 'enum', structures: 'structure', signals: 'signal', methods: 'method', properties: 'property', constants: 'constant' }[section] || section;
}

module.exports = { buildModel, describe };
