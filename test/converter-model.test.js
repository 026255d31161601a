// @ts-check
'use strict';
// The model the front end builds from valid files (docs/internals.md §1).

const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { loadInterface, formatDiagnostic } = require('../converter/front-end');

const ROOT = path.join(__dirname, '..');
const FULL = path.join(ROOT, 'examples', 'full.stingeripc');
const UPSTREAM_DIR = path.join(ROOT, 'test', 'fixtures', 'upstream');

/** @param {string} file */
function loadModel(file) {
  const { model, diagnostics } = loadInterface(file);
  expect(diagnostics.map(formatDiagnostic), file).to.deep.equal([]);
  if (!model) throw new Error(`no model for ${file}`);
  return model;
}

/**
 * @template {{ name: string }} T
 * @param {T[]} list
 * @param {string} name
 * @returns {T}
 */
function byName(list, name) {
  const found = list.find((x) => x.name === name);
  if (!found) throw new Error(`no '${name}' in [${list.map((x) => x.name).join(', ')}]`);
  return found;
}

describe('converter front end: model of examples/full.stingeripc', () => {
  const model = loadModel(FULL);

  it('keeps the interface, the version and the file as given', () => {
    expect(model.file).to.equal(FULL);
    expect(model.stingeripcVersion).to.equal('0.1.0');
    expect(model.interface).to.include({ name: 'Kitchen', version: '1.2.0', title: 'Kitchen controller' });
    expect(model.interface.documentation).to.match(/^Used by the kitchen daemons\./);
  });

  it('lists every kind in file order, names as written', () => {
    expect(model.enums.map((e) => e.name)).to.deep.equal(['dayOfTheWeek', 'oven_state']);
    expect(model.structs.map((s) => s.name)).to.deep.equal(['lunch', 'tray']);
    expect(model.signals.map((s) => s.name)).to.deep.equal(['ready', 'temperature_changed', 'lunch_served', 'photo_taken']);
    expect(model.methods.map((m) => m.name)).to.deep.equal(['add_numbers', 'order_lunch', 'what_time_is_it', 'fill_tray', 'echo_bytes', 'reset']);
    expect(model.properties.map((p) => p.name)).to.deep.equal(['favorite_number', 'oven_setting', 'todays_menu', 'last_cleaned']);
  });

  it('numbers enum values: previous + 1, starting at 1', () => {
    expect(byName(model.enums, 'dayOfTheWeek').values.map((v) => v.value)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(byName(model.enums, 'oven_state').values.map((v) => [v.name, v.value])).to.deep.equal([
      ['off', 0], ['pre_heating', 10], ['baking', 11], ['cooling_down', 12],
    ]);
    expect(byName(model.enums, 'dayOfTheWeek').values[0].description).to.equal('First day of the week.');
  });

  it('defaults readOnly and optional to false', () => {
    expect(model.properties.map((p) => p.readOnly)).to.deep.equal([false, false, true, false]);
    const members = byName(model.structs, 'lunch').members;
    expect(members.map((m) => [m.name, m.optional])).to.deep.equal([
      ['drink', false], ['sandwich', false], ['crackers', false], ['day', false], ['order_number', true],
      ['time_of_lunch', false], ['duration_of_lunch', false], ['receipt', true],
    ]);
  });

  it('builds type references, arrays with their item types', () => {
    const lunch = byName(model.structs, 'lunch').members;
    expect(lunch.map((m) => m.type)).to.deep.equal([
      { kind: 'boolean' }, { kind: 'string' }, { kind: 'float' }, { kind: 'enum', name: 'dayOfTheWeek' },
      { kind: 'integer' }, { kind: 'datetime' }, { kind: 'duration' }, { kind: 'binary' },
    ]);
    const tray = byName(model.structs, 'tray').members;
    expect(tray.map((m) => m.type)).to.deep.equal([
      { kind: 'string' },
      { kind: 'array', items: { kind: 'struct', name: 'lunch' } },
      { kind: 'array', items: { kind: 'enum', name: 'dayOfTheWeek' } },
    ]);
    expect(byName(model.signals, 'photo_taken').payload[1].type).to.deep.equal({ kind: 'array', items: { kind: 'string' } });
  });

  it('keeps methods with empty arguments and return values', () => {
    const reset = byName(model.methods, 'reset');
    expect(reset.arguments).to.deep.equal([]);
    expect(reset.returnValues).to.deep.equal([]);
    expect(byName(model.methods, 'add_numbers').arguments.map((a) => [a.name, a.optional])).to.deep.equal([
      ['first', false], ['second', false], ['third', true],
    ]);
    expect(byName(model.signals, 'ready').payload).to.deep.equal([]);
  });

  it('reads constants with their types and values', () => {
    expect(model.constants.map((c) => [c.name, c.type, c.value])).to.deep.equal([
      ['max_ovens', 'integer', 4], ['default_temperature', 'float', 180.5], ['brand', 'string', 'Stinger'], ['has_grill', 'boolean', true],
    ]);
    expect(model.constants[0].description).to.equal('How many ovens a kitchen has at most.');
  });

  it('gives every node the position of its name', () => {
    const lines = fs.readFileSync(FULL, 'utf8').split('\n');
    /** @param {{ name: string, loc: { file: string, line: number, col: number } }} node */
    const textAt = (node) => {
      expect(node.loc.file).to.equal(FULL);
      return lines[node.loc.line - 1].slice(node.loc.col - 1, node.loc.col - 1 + node.name.length);
    };
    const named = [
      ...model.enums, ...model.enums.flatMap((e) => e.values),
      ...model.structs, ...model.structs.flatMap((s) => s.members),
      ...model.signals, ...model.signals.flatMap((s) => s.payload),
      ...model.methods, ...model.methods.flatMap((m) => [...m.arguments, ...m.returnValues]),
      ...model.properties, ...model.properties.flatMap((p) => p.values),
      ...model.constants,
    ];
    expect(named.length).to.be.greaterThan(60);
    for (const node of named) expect(textAt(node), `${node.name} at ${node.loc.line}:${node.loc.col}`).to.equal(node.name);
    expect(lines[model.interface.loc.line - 1].slice(model.interface.loc.col - 1)).to.equal('interface:');
    expect(byName(model.signals, 'temperature_changed').loc).to.include({ line: 99, col: 3 });
  });
});

describe('converter front end: every valid input loads', () => {
  const upstreamFiles = fs.readdirSync(UPSTREAM_DIR).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(UPSTREAM_DIR, f));
  const files = [path.join(ROOT, 'examples', 'example.stingeripc'), FULL, ...upstreamFiles];

  it('finds the upstream-style fixtures', () => {
    expect(upstreamFiles.map((f) => path.basename(f))).to.deep.equal(['doorbell.stinger.yaml', 'greenhouse.stinger.yaml', 'library.stinger.yaml']);
  });

  for (const file of files) {
    it(`loads ${path.relative(ROOT, file)}`, () => {
      const model = loadModel(file);
      expect(model.interface.name).to.match(/^[A-Za-z]/);
      expect(model.stingeripcVersion).to.be.oneOf(['0.0.5', '0.0.7', '0.0.8', '0.0.9', '0.1.0']);
    });
  }

  it('reads the seed form (0.0.5, signals only)', () => {
    const model = loadModel(path.join(ROOT, 'examples', 'seed.stingeripc'));
    expect(model.stingeripcVersion).to.equal('0.0.5');
    expect(model.signals).to.have.length(1);
    expect(model.signals[0].payload).to.deep.equal([
      { name: 'message', type: { kind: 'string' }, optional: false, loc: { file: model.file, line: 12, col: 15 } },
    ]);
    expect([model.enums, model.structs, model.methods, model.properties, model.constants]).to.deep.equal([[], [], [], [], []]);
  });

  it('reads the enum numbering and readOnly of the upstream-style greenhouse interface', () => {
    const model = loadModel(path.join(UPSTREAM_DIR, 'greenhouse.stinger.yaml'));
    expect(model.stingeripcVersion).to.equal('0.0.7');
    expect(byName(model.enums, 'lampLevel').values.map((v) => v.value)).to.deep.equal([25, 50, 75, 100]);
    expect(byName(model.enums, 'weekday').values.map((v) => v.value)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(byName(model.properties, 'todays_plans').readOnly).to.equal(true);
    expect(byName(model.properties, 'vent_settings').readOnly).to.equal(false);
    expect(byName(model.methods, 'last_reading_time').arguments).to.deep.equal([]);
  });

  it('accepts the stinger-ipc extra keys without putting them into the model', () => {
    const text = [
      'stingeripc: {version: 0.0.9}',
      'interface: {name: Extra, version: 1.0}',
      'enums:',
      '  e: {version: "1.0", values: [{name: a}]}',
      'signals:',
      '  s:',
      '    version: "1.2"',
      '    consumers: [logger]',
      '    payload:',
      '      - {name: x, type: integer, index: 1, example: 3, schema: {minimum: 0}, version: "1"}',
      '      - {name: y, type: enum, enumName: e, enumVersion: "1.0"}',
      '      - {name: z, type: array, itemType: {type: enum, enumName: e, enumVersion: "1.0"}}',
    ].join('\n');
    const { model, diagnostics } = loadInterface('extra.stingeripc', text);
    expect(diagnostics.map(formatDiagnostic)).to.deep.equal([]);
    if (!model) throw new Error('no model');
    expect(model.interface.version).to.equal('1.0');
    expect(model.signals[0].payload.map((f) => Object.keys(f).sort())).to.deep.equal([
      ['loc', 'name', 'optional', 'type'], ['loc', 'name', 'optional', 'type'], ['loc', 'name', 'optional', 'type'],
    ]);
  });
});
