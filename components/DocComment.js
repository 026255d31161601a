// A JSDoc block: the documentation text, then tags such as `@param x ...`.
// Renders nothing when there is neither.

/**
 * @param {{ text?: string, tags?: string[], indent?: string }} props
 */
export function DocComment({ text, tags = [], indent = '' }) {
  const textLines = (text || '').trim().split('\n').map((line) => line.trimEnd());
  const body = textLines[0] === '' ? [] : textLines;
  const tagLines = tags.flatMap((tag) => tag.trim().split('\n'));
  if (body.length === 0 && tagLines.length === 0) {
    return '';
  }
  // `*/` inside the text would end the comment early.
  const safe = (/** @type {string} */ line) => line.replace(/\*\//g, '*\\/');
  if (tagLines.length === 0 && body.length === 1) {
    return `${indent}/** ${safe(body[0])} */\n`;
  }
  const lines = body.length > 0 && tagLines.length > 0 ? [...body, '', ...tagLines] : [...body, ...tagLines];
  return [
    `${indent}/**\n`,
    ...lines.map((line) => (line === '' ? `${indent} *\n` : `${indent} * ${safe(line)}\n`)),
    `${indent} */\n`,
  ].join('');
}
