// A TS enum with the file's numbers, and its checked decoder.
import { DocComment } from './DocComment';

/**
 * @param {{ enumModel: import('../filters/model').EnumModel }} props
 */
export function EnumDeclaration({ enumModel }) {
  const { name, tsName, description, values } = enumModel;
  const members = values
    .map((v) => `${DocComment({ text: v.description, indent: '  ' })}  ${v.tsName} = ${v.value},\n`)
    .join('');
  const memberNames = values.map((v) => `${tsName}.${v.tsName}`);
  const oneLine = `  return decodeEnum(value, field, '${tsName}', [${memberNames.join(', ')}]);`;
  const call =
    oneLine.length <= 100
      ? oneLine
      : `  return decodeEnum(value, field, '${tsName}', [\n${memberNames.map((m) => `    ${m},\n`).join('')}  ]);`;
  return `${DocComment({ text: description || `The \`${name}\` enum.` })}export enum ${tsName} {
${members}}

/** Reads \`${tsName}\` from its wire number; throws a DecodeError for a number that is not a member. */
export function ${enumModel.decoder}(value: unknown, field: string): ${tsName} {
${call}
}
`;
}
