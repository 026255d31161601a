// docs/<Interface>.md: the Markdown reference of the interface, the same
// text `stingeripc-to-asyncapi --docs` writes (filters/reference-markdown.ts).
import { File } from '@asyncapi/generator-react-sdk';

const { renderReference } = require('../../filters/reference-markdown');

/** @param {import('../../filters/model').TemplateContext} context */
export default function Reference({ asyncapi, params }) {
  // The parser's JSON is the converter's document with its $refs resolved;
  // the renderer reads both alike.
  const document = asyncapi.json();
  const name = document.info['x-stinger-interface'].name;
  return <File name={`${name}.md`}>{renderReference(document, { packageName: params.packageName })}</File>;
}
