// `export class Name { ... }`: its documentation, its fields, then its
// members one blank line apart. The members are written at column 0; the
// renderer's <Text indent> puts them inside the class.
import { Text } from '@asyncapi/generator-react-sdk';
import { DocComment } from './DocComment';

/**
 * @param {{ doc: string, name: string, fields: unknown, members: unknown[] }} props
 *   `fields`: the field declarations, one per line; `members`: rendered
 *   elements, each one or more members (a group separates its own members by a blank line too).
 * @example
 * <ClassDeclaration doc="A thing." name="Thing" fields={'private readonly a: string;\n'} members={[<Constructor />, <Close />]} />
 */
export function ClassDeclaration({ doc, name, fields, members }) {
  return (
    <>
      <DocComment text={doc} />
      {`export class ${name} {\n`}
      <Text indent={2} newLines={0}>{fields}</Text>
      {members.map((member) => ['\n', <Text indent={2} newLines={0}>{member}</Text>])}
      {'}\n'}
    </>
  );
}

/**
 * Several members, one blank line apart.
 * @param {unknown[]} members
 * @returns {unknown[]}
 */
export function blankLineApart(members) {
  return members.flatMap((member, index) => (index === 0 ? [member] : ['\n', member]));
}
