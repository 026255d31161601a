// @ts-check
'use strict';
// Example values, as TypeScript expressions, for the generated examples and
// README: every type gets a plain value that type-checks.

const { pascalCase, camelCase } = require('./naming');
const { objectKey } = require('./types');

/**
 * @typedef {import('./types').StingerType} StingerType
 * @typedef {import('./model').InterfaceModel} InterfaceModel
 */

/**
 * A TS expression of `type`. Struct literals span several lines, indented by `indent`.
 * @param {StingerType} type
 * @param {InterfaceModel} model
 * @param {string} [indent]  indentation of the line the expression starts on
 * @returns {string}
 */
function sampleValue(type, model, indent = '') {
  switch (type.type) {
    case 'integer':
      return '42';
    case 'float':
      return '1.5';
    case 'string':
      return "'hello'";
    case 'boolean':
      return 'true';
    case 'datetime':
      return 'new Date()';
    case 'duration':
      return '1_500';
    case 'binary':
      return 'Uint8Array.from([1, 2, 3])';
    case 'enum': {
      const found = model.enums.find((e) => e.name === type.enumName);
      const first = found && found.values[0];
      return first ? `${pascalCase(String(type.enumName))}.${first.tsName}` : '0';
    }
    case 'struct': {
      const found = model.structs.find((s) => s.name === type.structName);
      if (!found || found.fields.length === 0) return '{}';
      const inner = `${indent}  `;
      const members = found.fields.map((f) => `${inner}${objectKey(f.tsName)}: ${sampleValue(f.type, model, inner)},\n`);
      return `{\n${members.join('')}${indent}}`;
    }
    case 'array':
      return `[${sampleValue(/** @type {StingerType} */ (type.itemType), model, indent)}]`;
    default:
      throw new Error(`unknown stinger type '${type.type}'`);
  }
}

/**
 * Example arguments for fields in file order, e.g. `42, 1.5, OvenState.Off`.
 * @param {Array<{ type: StingerType }>} fields
 * @param {InterfaceModel} model
 * @param {string} [indent]
 */
function sampleArguments(fields, model, indent = '') {
  return fields.map((f) => sampleValue(f.type, model, indent)).join(', ');
}

/**
 * A value a handler of `method` can return: nothing, the one value, or an
 * object of all return values.
 * @param {import('./model').MethodModel} method
 * @param {InterfaceModel} model
 * @param {string} [indent]
 * @returns {string | undefined}  undefined when the method returns nothing
 */
function sampleResult(method, model, indent = '') {
  const values = method.returnValues;
  if (values.length === 0) return undefined;
  if (values.length === 1) return sampleValue(values[0].type, model, indent);
  const inner = `${indent}  `;
  const members = values.map((v) => `${inner}${objectKey(camelCase(v.name))}: ${sampleValue(v.type, model, inner)},\n`);
  return `{\n${members.join('')}${indent}}`;
}

/**
 * A value of `property` in TS: its one value, or an object of all its values.
 * @param {import('./model').PropertyModel} property
 * @param {InterfaceModel} model
 * @param {string} [indent]
 */
function samplePropertyValue(property, model, indent = '') {
  if (!property.valueType) return sampleValue(property.values[0].type, model, indent);
  const inner = `${indent}  `;
  const members = property.values.map((v) => `${inner}${objectKey(v.tsName)}: ${sampleValue(v.type, model, inner)},\n`);
  return `{\n${members.join('')}${indent}}`;
}

module.exports = { sampleValue, sampleArguments, sampleResult, samplePropertyValue };
