// @ts-check
'use strict';
// generate:after: puts the source AsyncAPI document into the generated
// package as asyncapi.yaml, byte for byte, so the package carries its contract.

const fs = require('node:fs');
const path = require('node:path');

/**
 * The document text the generator was given: the string itself
 * (`ag`, `generateFromFile`, `generate(string)`), or the input a parsed
 * document remembers (`generate(parsedDocument)`).
 * @param {any} original  the generator's `originalAsyncAPI`
 * @returns {string}
 */
function sourceText(original) {
  if (typeof original === 'string') {
    return original;
  }
  // A parsed document keeps the text it was parsed from as meta().asyncapi.input
  // (`source` is where it came from, when known).
  const input = original && typeof original.meta === 'function' ? original.meta()?.asyncapi?.input : undefined;
  if (typeof input === 'string') {
    return input;
  }
  throw new Error('copyAsyncapi hook: the generator holds no text of the source AsyncAPI document');
}

module.exports = {
  /** @param {{ originalAsyncAPI: any, targetDir: string }} generator */
  'generate:after': (generator) => {
    fs.writeFileSync(path.join(generator.targetDir, 'asyncapi.yaml'), sourceText(generator.originalAsyncAPI));
  },
};
