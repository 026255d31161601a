// An object type (a struct, or the payload of a signal or a method) as a TS
// interface with camelCase keys, plus the functions that convert it from and
// to its wire JSON, which keeps the names as written.
import { DocComment } from './DocComment';


/**
 * @param {{
 *   typeName: string, codec: { decode: string, encode: string }, description: string,
 *   fields: import('../filters/model').Field[], topLevel: boolean,
 * }} props
 *   `topLevel`: a message payload, decoded from the parsed payload object;
 *   otherwise a struct, decoded from any JSON value at a field path.
 */
export function RecordCodec({ typeName, codec, description, fields, topLevel }) {
  const members = fields
    .map((f) => `${DocComment({ text: f.documentation, indent: '  ' })}  ${f.tsName}${f.optional ? '?' : ''}: ${f.tsType};\n`)
    .join('');
  const decodedMembers = fields
    .map((f) => `    ${f.tsName}: ${topLevel ? f.decodeInPayload : f.decodeInStruct},\n`)
    .join('');
  const encodedMembers = fields.map((f) => `    ${wireKey(f.name)}: ${f.encode},\n`).join('');
  const decoder = topLevel
    ? `export function ${codec.decode}(payload: Record<string, unknown>): ${typeName} {
  return {
${decodedMembers}  };
}`
    : `export function ${codec.decode}(value: unknown, field: string): ${typeName} {
  const object = decodeObject(value, field);
  return {
${decodedMembers}  };
}`;
  return `${DocComment({ text: description })}export interface ${typeName} {
${members}}

/** Reads \`${typeName}\` from its wire JSON; throws a DecodeError naming the first bad field. */
${decoder}

/** Writes \`${typeName}\` as wire JSON. */
export function ${codec.encode}(value: ${typeName}): JsonObject {
  return {
${encodedMembers}  };
}
`;
}

/**
 * @param {string} name as written
 */
function wireKey(name) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
