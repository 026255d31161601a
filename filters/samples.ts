// Example values, as TypeScript expressions, for the generated examples and
// README: every type gets a plain value that type-checks.

import type { TypeRef } from './types';
import type { InterfaceModel, MethodModel, PropertyModel } from './model';

import { typeNames, fieldNames } from './names';
import { objectKey } from './types';

/**
 * A TS expression of `type`. Struct literals span several lines, indented by `indent`.
 * @param indent  indentation of the line the expression starts on
 */
function sampleValue(type: TypeRef, model: InterfaceModel, indent: string = ''): string {
  switch (type.kind) {
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
      const found = model.enums.find((e) => e.name === type.name);
      const first = found && found.values[0];
      return first ? `${typeNames(type.name).tsName}.${first.tsName}` : '0';
    }
    case 'struct': {
      const found = model.structs.find((s) => s.name === type.name);
      if (!found || found.fields.length === 0) return '{}';
      const inner = `${indent}  `;
      const members = found.fields.map((f) => `${inner}${objectKey(f.tsName)}: ${sampleValue(f.type, model, inner)},\n`);
      return `{\n${members.join('')}${indent}}`;
    }
    case 'array':
      return `[${sampleValue(type.items, model, indent)}]`;
    default:
      throw new Error(`unknown stinger type '${JSON.stringify(type)}'`);
  }
}

/**
 * Example arguments for fields in file order, e.g. `42, 1.5, OvenState.Off`.
 */
function sampleArguments(fields: Array<{ type: TypeRef; }>, model: InterfaceModel, indent: string = '') {
  return fields.map((f) => sampleValue(f.type, model, indent)).join(', ');
}

/**
 * A TS expression of `type` computed from a handler's arguments where their
 * types allow: integers add up (an optional one counts as 0), floats add up
 * the numbers, an integer without integer arguments is a string argument's
 * length, a boolean says whether a number is positive or a string non-empty,
 * any other type passes back a required argument of the same type. Else an
 * example value.
 */
function computedValue(type: TypeRef, args: Array<{ parameter: string; type: TypeRef; optional: boolean; }>, model: InterfaceModel, indent: string): string {
  const required = args.filter((a) => !a.optional);
  const ofKind = (kinds: string[]) => args.filter((a) => kinds.includes(a.type.kind));
  const term = (a: { parameter: string; optional: boolean; }) => (a.optional ? `(${a.parameter} ?? 0)` : a.parameter);
  const requiredNumber = required.find((a) => a.type.kind === 'integer' || a.type.kind === 'float');
  const requiredString = required.find((a) => a.type.kind === 'string');
  switch (type.kind) {
    case 'integer': {
      const integers = ofKind(['integer']);
      if (integers.length > 0) return integers.map(term).join(' + ');
      if (requiredString) return `${requiredString.parameter}.length`;
      break;
    }
    case 'float': {
      const numbers = ofKind(['integer', 'float']);
      if (numbers.length > 0) return numbers.map(term).join(' + ');
      break;
    }
    case 'boolean':
      if (requiredNumber) return `${requiredNumber.parameter} > 0`;
      if (requiredString) return `${requiredString.parameter}.length > 0`;
      break;
    default: {
      const same = required.find((a) => typeKey(a.type) === typeKey(type));
      if (same) return same.parameter;
    }
  }
  return sampleValue(type, model, indent);
}

function typeKey(type: TypeRef): string {
  if (type.kind === 'array') return `array:${typeKey(type.items)}`;
  if (type.kind === 'enum' || type.kind === 'struct') return `${type.kind}:${type.name}`;
  return type.kind;
}

/**
 * What a handler of `method` returns in the examples and the README: nothing,
 * the one value, or an object of all return values, each computed from the
 * arguments where the types allow (computedValue), e.g. `left + right`.
 * @returns  undefined when the method returns nothing
 */
function computedResult(method: MethodModel, model: InterfaceModel, indent: string = ''): string | undefined {
  const values = method.returnValues;
  if (values.length === 0) return undefined;
  if (values.length === 1) return computedValue(values[0].type, method.arguments, model, indent);
  const inner = `${indent}  `;
  const members = values.map((v) => `${inner}${objectKey(fieldNames(v.name).tsName)}: ${computedValue(v.type, method.arguments, model, inner)},\n`);
  return `{\n${members.join('')}${indent}}`;
}

/**
 * A value of `property` in TS: its one value, or an object of all its values.
 */
function samplePropertyValue(property: PropertyModel, model: InterfaceModel, indent: string = '') {
  if (!property.valueType) return sampleValue(property.values[0].type, model, indent);
  const inner = `${indent}  `;
  const members = property.values.map((v) => `${inner}${objectKey(v.tsName)}: ${sampleValue(v.type, model, inner)},\n`);
  return `{\n${members.join('')}${indent}}`;
}

export { sampleValue, sampleArguments, computedResult, samplePropertyValue };
