// @ts-check
'use strict';
// The converter knows the names the template generates for properties,
// discovery and presence, and reports interface files that would clash with them.

const { expect } = require('chai');
const { loadInterface, formatDiagnostic } = require('../converter/front-end');

const FILE = 'names.stingeripc';
const HEADER = ['stingeripc:', '  version: 0.1.0', 'interface:', '  name: Example', '  version: 0.0.1'];

/** @param {string[]} lines */
function errorsOf(lines) {
  return loadInterface(FILE, lines.join('\n') + '\n').diagnostics.map(formatDiagnostic);
}

describe('converter front end: names generated for properties and discovery', () => {
  it('reports structs named like the generated discovery and initial-values types and runtime types', () => {
    expect(errorsOf([...HEADER, 'structures:', '  example_discovery: {members: []}', '  ExampleInitialValues: {members: []}',
      '  property_codec: {members: []}', '  DiscoveredInstance: {members: []}'])).to.deep.equal([
      `${FILE}:7:3: error: structure 'example_discovery' becomes the TypeScript type 'ExampleDiscovery', which the generated code already uses (rename it)`,
      `${FILE}:8:3: error: structure 'ExampleInitialValues' becomes the TypeScript type 'ExampleInitialValues', which the generated code already uses (rename it)`,
      `${FILE}:9:3: error: structure 'property_codec' becomes the TypeScript type 'PropertyCodec', which the generated code already uses (rename it)`,
      `${FILE}:10:3: error: structure 'DiscoveredInstance' becomes the TypeScript type 'DiscoveredInstance', which the generated code already uses (rename it)`,
    ]);
  });

  it('reports a struct that clashes with a property value type or listener type', () => {
    const errors = errorsOf([...HEADER, 'structures:', '  oven_value: {members: []}', '  speed_changed_listener: {members: []}',
      'properties:',
      '  oven: {values: [{name: a, type: integer}, {name: b, type: integer}]}',
      '  speed: {values: [{name: a, type: integer}]}']);
    expect(errors.join('\n')).to.contain("'OvenValue'");
    expect(errors.join('\n')).to.contain("'SpeedChangedListener'");
    expect(errors).to.have.length(2);
  });

  it('a property of one value has no value type, and a read-only one no update listener type', () => {
    expect(errorsOf([...HEADER, 'structures:', '  speed_value: {members: []}', '  speed_updated_listener: {members: []}',
      'properties:', '  speed: {readOnly: true, values: [{name: a, type: integer}]}'])).to.deep.equal([]);
  });

  it('reports properties that become private members of the generated classes', () => {
    const errors = errorsOf([...HEADER, 'properties:', '  announcer: {values: [{name: a, type: integer}]}',
      '  properties_ready: {values: [{name: a, type: integer}]}', '  publish_all: {values: [{name: a, type: integer}]}']);
    expect(errors).to.deep.equal([
      `${FILE}:7:3: error: property 'announcer' becomes the server member 'announcer', which every generated server already has (rename the property)`,
      `${FILE}:8:3: error: property 'properties_ready' becomes the client member 'propertiesReady', which every generated client already has (rename the property)`,
      `${FILE}:9:3: error: property 'publish_all' becomes the server member 'publishAll', which every generated server already has (rename the property)`,
    ]);
  });
});
