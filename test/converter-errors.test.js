// @ts-check
'use strict';
// One test per class of input error: the exact formatted message and position.

const path = require('path');
const { expect } = require('chai');
const { loadInterface, formatDiagnostic } = require('../converter/front-end');

const FILE = 'bad.stingeripc';
const HEADER = ['stingeripc:', '  version: 0.1.0', 'interface:', '  name: Example', '  version: 0.0.1'];

/**
 * Formatted diagnostics for a file made of `lines` (no trailing newline needed).
 * @param {string[]} lines
 */
function errorsOf(lines) {
  const result = loadInterface(FILE, lines.join('\n') + '\n');
  if (result.diagnostics.length > 0) expect(result.model, 'no model when there are errors').to.equal(undefined);
  return result.diagnostics.map(formatDiagnostic);
}

describe('converter front end: errors', () => {
  it('reports every YAML syntax error with its position, and only those', () => {
    const errors = errorsOf(['stingeripc:', '  version: 0.1.0', 'interface:', '  name: Example: Dog', '  version: 0.0.1',
      'signals:', '  foo:', '    payload: []', '   bar: 1', 'methods: {a: 1']);
    expect(errors).to.deep.equal([
      `${FILE}:4:9: error: YAML: Nested mappings are not allowed in compact mappings`,
      `${FILE}:9:1: error: YAML: All mapping items must start at the same column`,
      `${FILE}:11:1: error: YAML: Flow map in block collection must be sufficiently indented and end with a }`,
    ]);
  });

  it('reports a second YAML document', () => {
    expect(errorsOf([...HEADER, '---', 'signals: {}'])).to.deep.equal([
      `${FILE}:6:1: error: YAML: the file holds more than one YAML document (a second '---'); an interface file is one document`,
    ]);
  });

  it('reports duplicate map keys, naming the first line', () => {
    expect(errorsOf([...HEADER, 'signals:', '  foo:', '    payload: []', '    payload: []', '  foo: {payload: []}',
      'constants:', '  c: {type: integer, value: 1}', '  c: {type: integer, value: 2}'])).to.deep.equal([
      `${FILE}:9:5: error: duplicate key 'payload' (first defined on line 8) (each key may appear only once in a map)`,
      `${FILE}:10:3: error: duplicate signal 'foo' (first defined on line 7) (rename or remove one of them)`,
      `${FILE}:13:3: error: duplicate constant 'c' (first defined on line 12) (rename or remove one of them)`,
    ]);
  });

  it('reports an empty file', () => {
    expect(errorsOf([''])).to.deep.equal([
      `${FILE}:1:1: error: the file is empty (an interface file needs at least 'stingeripc' and 'interface')`,
    ]);
  });

  it('suggests the right key for a misspelled one', () => {
    expect(errorsOf([...HEADER, 'structs:', '  lunch:', '    members: []'])).to.deep.equal([
      `${FILE}:6:1: error: unknown key 'structs' at the top level (did you mean 'structures'?)`,
    ]);
    expect(errorsOf([...HEADER, 'signals:', '  foo:', '    payload:', '      - name: a', '        tpye: string'])).to.deep.equal([
      `${FILE}:10:9: error: unknown key 'tpye' in payload field 'a' of signal 'foo' (did you mean 'type'?)`,
    ]);
  });

  it('lists the allowed keys when no key is close', () => {
    expect(errorsOf([...HEADER, '  colour: blue'])).to.deep.equal([
      `${FILE}:6:3: error: unknown key 'colour' in 'interface' (allowed keys: name, version, title, summary, documentation, license)`,
    ]);
  });

  it('reports missing required fields at the map that lacks them', () => {
    expect(errorsOf(['stingeripc:', '  version: 0.1.0', 'interface:', '  version: 0.0.1'])).to.deep.equal([
      `${FILE}:4:3: error: missing required key 'name' in 'interface'`,
    ]);
    expect(errorsOf(['interface:', '  name: Example', '  version: 0.0.1'])).to.deep.equal([
      `${FILE}:1:1: error: missing required key 'stingeripc' at the top level`,
    ]);
  });

  it('requires at least one value for a property and an enum', () => {
    expect(errorsOf([...HEADER, 'properties:', '  speed:', '    values: []', 'enums:', '  color:', '    values: []'])).to.deep.equal([
      `${FILE}:8:13: error: property 'speed' has no values (a property needs at least one \`- name: ..., type: ...\` entry)`,
      `${FILE}:11:13: error: enum 'color' has no values (add at least one \`- name: ...\` entry)`,
    ]);
  });

  it('reports wrong value types', () => {
    expect(errorsOf([...HEADER, 'signals:', '  foo:', '    payload:', '      name: a', 'properties:', '  p:',
      '    values: [{name: v, type: integer}]', '    readOnly: yes'])).to.deep.equal([
      `${FILE}:9:7: error: 'payload' of signal 'foo' must be a list ('- ...' lines or []), found a map`,
      `${FILE}:13:15: error: 'readOnly' of property 'p' must be true or false, found the text 'yes'`,
    ]);
    expect(errorsOf([...HEADER, 'signals:', '  - foo'])).to.deep.equal([
      `${FILE}:7:3: error: 'signals' must be a map of names to definitions, found a list`,
    ]);
  });

  it('reports unknown type names with a suggestion', () => {
    expect(errorsOf([...HEADER, 'signals:', '  foo:', '    payload:', '      - name: a', '        type: int',
      '      - name: b', '        type: strng', '      - name: c', '        type: thing'])).to.deep.equal([
      `${FILE}:10:15: error: unknown type 'int' for payload field 'a' of signal 'foo' (did you mean 'integer'?)`,
      `${FILE}:12:15: error: unknown type 'strng' for payload field 'b' of signal 'foo' (did you mean 'string'?)`,
      `${FILE}:14:15: error: unknown type 'thing' for payload field 'c' of signal 'foo' (use one of integer, float, string, boolean, datetime, duration, binary, enum, struct, array)`,
    ]);
  });

  it('requires enumName, structName and itemType where the type needs them', () => {
    expect(errorsOf([...HEADER, 'signals:', '  foo:', '    payload:',
      '      - name: a', '        type: enum',
      '      - name: b', '        type: struct',
      '      - name: c', '        type: array',
      '      - name: d', '        type: array', '        itemType:', '          type: enum',
      '      - name: e', '        type: string', '        enumName: color'])).to.deep.equal([
      `${FILE}:10:15: error: payload field 'a' of signal 'foo' has type 'enum' but no 'enumName' (add 'enumName: <name of the enum>')`,
      `${FILE}:12:15: error: payload field 'b' of signal 'foo' has type 'struct' but no 'structName' (add 'structName: <name of the structure>')`,
      `${FILE}:14:15: error: payload field 'c' of signal 'foo' has type 'array' but no 'itemType' (add 'itemType: { type: ... }')`,
      `${FILE}:18:17: error: 'itemType' of payload field 'd' of signal 'foo' has type 'enum' but no 'enumName' (add 'enumName: <name of the enum>')`,
      `${FILE}:21:9: error: 'enumName' is only used with type 'enum', but payload field 'e' of signal 'foo' has type 'string' (remove 'enumName' or change the type to 'enum')`,
    ]);
  });

  it('reports references to undefined enums and structures, suggesting close names', () => {
    expect(errorsOf([...HEADER, 'enums:', '  color:', '    values: [{name: red}]', 'structures:', '  lunch:', '    members: []',
      'signals:', '  foo:', '    payload:',
      '      - {name: a, type: enum, enumName: colour}',
      '      - {name: b, type: struct, structName: lunchbox}',
      '      - {name: c, type: struct, structName: color}',
      '      - {name: d, type: array, itemType: {type: enum, enumName: Colors}}'])).to.deep.equal([
      `${FILE}:15:41: error: unknown enum 'colour' (did you mean 'color'?)`,
      `${FILE}:16:45: error: unknown structure 'lunchbox' (define it under 'structures')`,
      `${FILE}:17:45: error: 'color' is an enum, not a structure (use 'type: enum' with 'enumName: color')`,
      `${FILE}:18:65: error: unknown enum 'Colors' (did you mean 'color'?)`,
    ]);
  });

  it('reports duplicate names in lists and enum values', () => {
    expect(errorsOf([...HEADER, 'methods:', '  add:', '    arguments:', '      - {name: a, type: integer}',
      '      - {name: a, type: integer}', '    returnValues: []',
      'enums:', '  color:', '    values:', '      - name: red', '      - name: red', '      - name: green', '        value: 1'])).to.deep.equal([
      `${FILE}:10:16: error: duplicate argument 'a' of method 'add' (first defined on line 9) (names in one list must be unique)`,
      `${FILE}:16:15: error: duplicate value 'red' of enum 'color' (first defined on line 15) (names in one list must be unique)`,
      `${FILE}:17:15: error: value 'green' of enum 'color' has the number 1, which 'red' on line 15 already has (give each value its own number)`,
    ]);
  });

  it('reports names that collide once turned into TypeScript names', () => {
    expect(errorsOf([...HEADER, 'signals:', '  foo_bar: {payload: []}', '  fooBar: {payload: []}',
      'enums:', '  day_kind: {values: [{name: week_day}, {name: WeekDay}]}',
      'structures:', '  DayKind: {members: [{name: a_b, type: string}, {name: aB, type: string}]}'])).to.deep.equal([
      `${FILE}:8:3: error: signal 'fooBar' and signal 'foo_bar' (line 7) both become the TypeScript name 'fooBar' (rename one of them)`,
      `${FILE}:10:48: error: value 'WeekDay' of enum 'day_kind' and value 'week_day' of enum 'day_kind' (line 10) both become the enum member 'WeekDay' (rename one of them)`,
      `${FILE}:12:3: error: structure 'DayKind' and enum 'day_kind' (line 10) both become the TypeScript type 'DayKind' (rename one of them)`,
      `${FILE}:12:57: error: member 'aB' of structure 'DayKind' and member 'a_b' of structure 'DayKind' (line 12) both become the TypeScript name 'aB' (rename one of them)`,
    ]);
  });

  it('reports elements whose generated class members clash', () => {
    expect(errorsOf([...HEADER, 'signals:', '  foo: {payload: []}',
      'properties:', '  emit_foo: {values: [{name: v, type: integer}]}',
      '  on_emit_foo_updated: {values: [{name: v, type: integer}]}', '  constructor: {values: [{name: v, type: integer}]}',
      'methods:', '  close: {arguments: []}', '  set_emit_foo: {arguments: []}'])).to.deep.equal([
      `${FILE}:9:3: error: property 'emit_foo' and signal 'foo' (line 7) both become the server member 'emitFoo' (rename one of them)`,
      `${FILE}:10:3: error: property 'on_emit_foo_updated' and property 'emit_foo' (line 9) both become the server member 'onEmitFooUpdated' (rename one of them)`,
      `${FILE}:11:3: error: property 'constructor' becomes the server member 'constructor', which every generated server already has (rename the property)`,
      `${FILE}:13:3: error: method 'close' becomes the client member 'close', which every generated client already has (rename the method)`,
      `${FILE}:14:3: error: method 'set_emit_foo' and property 'emit_foo' (line 9) both become the client member 'setEmitFoo' (rename one of them)`,
    ]);
  });

  it('reports an enum and a structure with the same name', () => {
    expect(errorsOf([...HEADER, 'enums:', '  lunch: {values: [{name: a}]}', 'structures:', '  lunch: {members: []}'])).to.deep.equal([
      `${FILE}:9:3: error: structure 'lunch' and enum 'lunch' (line 7) both become the TypeScript type 'Lunch' (rename one of them)`,
    ]);
  });

  it('reports enums and structures that collide with generated payload types', () => {
    expect(errorsOf([...HEADER, 'signals:', '  foo: {payload: [{name: a, type: string}]}',
      'methods:', '  add: {arguments: [{name: a, type: integer}], returnValues: [{name: s, type: integer}]}',
      'structures:', '  foo_payload: {members: []}', '  AddResult: {members: []}'])).to.deep.equal([
      `${FILE}:11:3: error: structure 'foo_payload' and the payload type of signal 'foo' (line 7) both become the TypeScript type 'FooPayload' (rename one of them)`,
      `${FILE}:12:3: error: structure 'AddResult' and the result type of method 'add' (line 9) both become the TypeScript type 'AddResult' (rename one of them)`,
    ]);
  });

  it('reports type names the generated code already uses', () => {
    expect(errorsOf([...HEADER, 'structures:', '  date: {members: []}', '  example_client: {members: []}',
      '  duration: {members: []}', '  ExampleServerOptions: {members: []}'])).to.deep.equal([
      `${FILE}:7:3: error: structure 'date' becomes the TypeScript type 'Date', which the generated code already uses (rename it)`,
      `${FILE}:8:3: error: structure 'example_client' becomes the TypeScript type 'ExampleClient', which the generated code already uses (rename it)`,
      `${FILE}:9:3: error: structure 'duration' becomes the TypeScript type 'Duration', which the generated code already uses (rename it)`,
      `${FILE}:10:3: error: structure 'ExampleServerOptions' becomes the TypeScript type 'ExampleServerOptions', which the generated code already uses (rename it)`,
    ]);
  });

  it('reports elements that clash with private members and types of the generated classes', () => {
    expect(errorsOf([...HEADER, 'signals:', '  foo: {payload: []}',
      'methods:', '  foo_listeners: {arguments: []}', '  topic_parameters: {arguments: []}', '  bar: {arguments: []}',
      'structures:', '  bar_handler: {members: []}'])).to.deep.equal([
      `${FILE}:9:3: error: method 'foo_listeners' and signal 'foo' (line 7) both become the client member 'fooListeners' (rename one of them)`,
      `${FILE}:10:3: error: method 'topic_parameters' becomes the client member 'topicParameters', which every generated client already has (rename the method)`,
      `${FILE}:13:3: error: structure 'bar_handler' and the handler type of method 'bar' (line 11) both become the TypeScript type 'BarHandler' (rename one of them)`,
    ]);
  });

  it('reports unusable names and reserved words used as parameters', () => {
    expect(errorsOf([...HEADER, 'signals:', '  foo:', '    payload:',
      '      - {name: class, type: string}',
      '      - {name: 2nd, type: string}',
      '      - {name: ___, type: string}',
      '      - {name: "a b", type: string}',
      '      - {name: "", type: string}',
      'structures:', '  s: {members: [{name: default, type: string}]}'])).to.deep.equal([
      `${FILE}:9:16: error: payload field 'class' of signal 'foo' becomes the parameter 'class', a reserved word in TypeScript (rename it)`,
      `${FILE}:10:16: error: payload field '2nd' of signal 'foo' becomes '2nd', which is not a valid TypeScript name because it starts with a digit (start the name with a letter)`,
      `${FILE}:11:16: error: payload field '___' of signal 'foo' has no letters or digits, so it cannot become a TypeScript name (give it a name with letters)`,
      `${FILE}:12:16: error: payload field 'a b' of signal 'foo': a name may only contain letters, digits, '_' and '-' (it is used as written in MQTT topics and JSON keys)`,
      `${FILE}:13:16: error: payload field of signal 'foo' has an empty name (give it a name)`,
    ]);
  });

  it('reports an empty interface name and values reached through YAML aliases', () => {
    expect(errorsOf(['stingeripc:', '  version: 0.1.0', 'interface:', "  name: ''", '  version: 0.0.1',
      'signals:', '  a: &shared {payload: []}', '  b: *shared'])).to.deep.equal([
      `${FILE}:4:9: error: the interface name is empty (it names the MQTT topics and the generated classes)`,
      `${FILE}:8:6: error: signal 'b' must be a map (indented 'key: value' lines), found an alias (*name), which the converter does not follow`,
    ]);
  });

  it('reports a file it cannot read as a diagnostic, not an exception', () => {
    const missing = path.join(__dirname, 'fixtures', 'errors', 'no-such-file.stingeripc');
    const { model, diagnostics } = loadInterface(missing);
    expect(model).to.equal(undefined);
    expect(diagnostics.map(formatDiagnostic)).to.deep.equal([`${missing}:1:1: error: cannot read the file (ENOENT)`]);
  });

  it('reports an unsupported stingeripc version and lists the supported ones', () => {
    expect(errorsOf(['stingeripc:', '  version: 0.2.0', 'interface:', '  name: Example', '  version: 0.0.1'])).to.deep.equal([
      `${FILE}:2:12: error: unsupported stingeripc version '0.2.0' (supported versions: 0.0.5, 0.0.7, 0.0.8, 0.0.9, 0.1.0)`,
    ]);
  });

  it('checks constant types and values', () => {
    expect(errorsOf([...HEADER, 'constants:', '  a: {type: int, value: 3}', '  b: {type: string, value: 3}',
      '  c: {type: integer, value: 2.5}', '  d: {type: boolean}'])).to.deep.equal([
      `${FILE}:7:13: error: unknown constant type 'int' for constant 'a' (did you mean 'integer'?)`,
      `${FILE}:8:28: error: the value of constant 'b' must be a string, found the number 3 (quote it to make it text: value: '...')`,
      `${FILE}:9:29: error: the value of constant 'c' must be an integer, found the number 2.5`,
      `${FILE}:10:6: error: missing required key 'value' in constant 'd'`,
    ]);
  });

  it('checks the basic type of accepted stinger-ipc extra keys', () => {
    expect(errorsOf([...HEADER, 'signals:', '  foo:', '    version: 1.0', '    consumers: [a, b]', '    payload:',
      '      - {name: a, type: integer, index: 1, example: 3, schema: {minimum: 0}, version: "1.0"}',
      '      - {name: b, type: integer, index: zero, schema: 3, consumers: a}'])).to.deep.equal([
      `${FILE}:12:41: error: 'index' of payload field 'b' of signal 'foo' must be a whole number, found the text 'zero'`,
      `${FILE}:12:55: error: 'schema' of payload field 'b' of signal 'foo' must be a map (a JSON Schema), found the number 3`,
      `${FILE}:12:69: error: 'consumers' of payload field 'b' of signal 'foo' must be a list ('- ...' lines or []), found the text 'a'`,
    ]);
  });

  it('reports every error of a file in one run, in file order', () => {
    const file = path.join(__dirname, 'fixtures', 'errors', 'many-errors.stingeripc');
    const { model, diagnostics } = loadInterface(file);
    expect(model).to.equal(undefined);
    const relative = diagnostics.map((d) => formatDiagnostic({ ...d, file: 'many-errors.stingeripc' }));
    expect(diagnostics.every((d) => d.file === file)).to.equal(true);
    expect(relative).to.deep.equal([
      "many-errors.stingeripc:2:12: error: unsupported stingeripc version '0.0.6' (supported versions: 0.0.5, 0.0.7, 0.0.8, 0.0.9, 0.1.0)",
      "many-errors.stingeripc:5:3: error: missing required key 'version' in 'interface'",
      "many-errors.stingeripc:7:1: error: unknown key 'enumerations' at the top level (did you mean 'enums'?)",
      "many-errors.stingeripc:16:15: error: unknown type 'bool' for payload field 'loud' of signal 'bark' (did you mean 'boolean'?)",
      "many-errors.stingeripc:19:19: error: unknown enum 'sound' (define it under 'enums')",
      "many-errors.stingeripc:24:15: error: argument 'delete' of method 'sit' becomes the parameter 'delete', a reserved word in TypeScript (rename it)",
      "many-errors.stingeripc:28:15: error: argument 'forHowLong' of method 'sit' and argument 'for_how_long' of method 'sit' (line 26) both become the TypeScript name 'forHowLong' (rename one of them)",
      "many-errors.stingeripc:30:5: error: unknown key 'returns' in method 'sit' (did you mean 'returnValues'?)",
      "many-errors.stingeripc:33:3: error: method 'close' becomes the client member 'close', which every generated client already has (rename the method)",
      "many-errors.stingeripc:41:15: error: 'readOnly' of property 'name' must be true or false, found the text 'yes'",
    ]);
  });
});
