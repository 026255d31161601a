// The `PropertyCodec` constant of one property: how its value is written to
// and read from the wire object on its value and update topics.
import { DocComment } from './DocComment';

/**
 * @param {{ property: import('../filters/model').PropertyModel }} props
 */
export function PropertyCodec({ property }) {
  const text = `The \`${property.name}\` property on the wire: an object keyed by its value names as written.`;
  return `${DocComment({ text })}export const ${property.codec}: PropertyCodec<${property.tsType}> = {
  encode: (value) => ${property.encode},
  decode: (payload) => ${property.decode},
};
`;
}
