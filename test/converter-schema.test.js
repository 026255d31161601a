// @ts-check
'use strict';
// schema/stingeripc.schema.json: the editor schema accepts every valid file,
// rejects bad ones, and lists the same keys the converter accepts.

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const Ajv = require('ajv').default;
const { expect } = require('chai');
const format = require('../converter/format');

const ROOT = path.join(__dirname, '..');
const UPSTREAM_DIR = path.join(ROOT, 'test', 'fixtures', 'upstream');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'stingeripc.schema.json'), 'utf8'));

const check = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** @param {string} text */
function validate(text) {
  const ok = check(YAML.parse(text));
  return { ok, errors: (check.errors || []).map((e) => `${e.instancePath} ${e.message}`) };
}

describe('JSON Schema for .stingeripc files', () => {
  const valid = [
    path.join(ROOT, 'examples', 'example.stingeripc'),
    path.join(ROOT, 'examples', 'full.stingeripc'),
    ...fs.readdirSync(UPSTREAM_DIR).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(UPSTREAM_DIR, f)),
  ];

  it('is a draft-07 schema that compiles', () => {
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(() => new Ajv({ strict: false }).compile(schema)).not.to.throw();
  });

  for (const file of valid) {
    it(`accepts ${path.relative(ROOT, file)}`, () => {
      expect(validate(fs.readFileSync(file, 'utf8')).errors).to.deep.equal([]);
    });
  }

  it('rejects the many-errors fixture', () => {
    const result = validate(fs.readFileSync(path.join(__dirname, 'fixtures', 'errors', 'many-errors.stingeripc'), 'utf8'));
    expect(result.ok).to.equal(false);
    expect(result.errors).to.include('/stingeripc/version must be equal to one of the allowed values');
    expect(result.errors).to.include('/interface must have required property \'version\'');
  });

  it('rejects a missing enumName, an unknown type and a wrongly typed constant', () => {
    const text = [
      'stingeripc: {version: 0.1.0}',
      'interface: {name: X, version: 1.0.0}',
      'signals:',
      '  s:',
      '    payload:',
      '      - {name: a, type: enum}',
      '      - {name: b, type: int}',
      'constants:',
      '  c: {type: integer, value: "4"}',
    ].join('\n');
    const result = validate(text);
    expect(result.ok).to.equal(false);
    expect(result.errors).to.include("/signals/s/payload/0 must have required property 'enumName'");
    expect(result.errors).to.include('/signals/s/payload/1/type must be equal to one of the allowed values');
    expect(result.errors).to.include('/constants/c/value must be integer');
  });

  it('lists exactly the keys the converter accepts, and requires the same ones', () => {
    const defs = schema.definitions;
    /** @type {Record<string, any>} */
    const objects = {
      topLevel: schema, stingeripc: schema.properties.stingeripc, interface: schema.properties.interface,
      enum: defs.enum, enumValue: defs.enumValue, structure: defs.structure, signal: defs.signal, method: defs.method,
      property: defs.property, constant: defs.constant, field: defs.field, itemType: defs.itemType,
    };
    expect(Object.keys(objects).sort()).to.deep.equal(Object.keys(format.KEYS).sort());
    for (const [kind, object] of Object.entries(objects)) {
      const keyKind = /** @type {keyof typeof format.KEYS} */ (kind);
      expect(Object.keys(object.properties).sort(), kind).to.deep.equal([...format.KEYS[keyKind]].sort());
      expect([...(object.required || [])].sort(), kind).to.deep.equal([...format.REQUIRED_KEYS[keyKind]].sort());
      expect(object.additionalProperties, kind).to.equal(false);
    }
    expect(schema.properties.stingeripc.properties.version.enum).to.deep.equal(format.SUPPORTED_VERSIONS);
    expect(defs.typeName.enum).to.deep.equal(format.FIELD_TYPES);
    expect(defs.constant.properties.type.enum).to.deep.equal(format.CONSTANT_TYPES);
  });
});
