// @ts-check
'use strict';
// Loads the template's JSX components (components/**/*.js) in a test, the way
// the generator's transpiler sees them (Babel's React preset, automatic
// runtime), and renders them with the React SDK's own renderer. Each file is
// compiled where it lies, so its relative requires (filters/, other
// components) resolve as in the repository. Also: the interface model of a
// fixture interface, made the way `stingeripc generate` makes it
// (converter -> bin/parsed-document.js -> filters/model.js).

const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const ROOT = path.resolve(__dirname, '..', '..');
const COMPONENTS = path.join(ROOT, 'components') + path.sep;

let installed = false;

/** Compiles components/**\/*.js with Babel when they are required. */
function installComponentLoader() {
  if (installed) return;
  installed = true;
  const babel = require('@babel/core');
  /** @type {Record<string, (module: any, filename: string) => void>} */
  const extensions = /** @type {any} */ (Module)._extensions;
  const previous = extensions['.js'];
  extensions['.js'] = (module, filename) => {
    if (!filename.startsWith(COMPONENTS)) {
      previous(module, filename);
      return;
    }
    const result = babel.transformSync(fs.readFileSync(filename, 'utf8'), {
      filename,
      babelrc: false,
      configFile: false,
      presets: [[require.resolve('@babel/preset-react'), { runtime: 'automatic' }]],
      plugins: [require.resolve('@babel/plugin-transform-modules-commonjs')],
    });
    if (!result || typeof result.code !== 'string') throw new Error(`Babel gave nothing for ${filename}`);
    module._compile(result.code, filename);
  };
}

/**
 * The exports of one component file, e.g. `component('server/ServerSignal')`.
 * @param {string} name  path below components/, without `.js`
 * @returns {Record<string, Function>}
 */
function component(name) {
  installComponentLoader();
  return require(path.join(COMPONENTS, `${name}.js`));
}

/**
 * Renders a component with props to text, as the generator does.
 * @param {Function} type
 * @param {Record<string, unknown>} [props]
 * @returns {string}
 */
function renderComponent(type, props = {}) {
  const { render } = require('@asyncapi/generator-react-sdk');
  const React = require('react');
  return render(React.createElement(/** @type {any} */ (type), props));
}

/**
 * The template's interface model of an interface file: converted, parsed by
 * bin/parsed-document.js (the parser's own models) and read by filters/model.js.
 * @param {string} file  path below the repository root
 * @param {{ stingerOwnedValues?: boolean }} [options]
 * @returns {Promise<import('../../filters/model').InterfaceModel>}
 */
async function fixtureModel(file, options = {}) {
  const { convertText, serialize } = require('../../converter');
  const { DEFAULT_TOPICS } = require('../../converter/config');
  const { parsedDocument } = require('../../bin/parsed-document');
  const { interfaceModel } = require('../../filters/model');
  const config = { topics: DEFAULT_TOPICS, params: [], stingerOwnedValues: options.stingerOwnedValues !== false };
  const { document, diagnostics } = convertText(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), { config });
  if (!document) throw new Error(`${file}: ${JSON.stringify(diagnostics)}`);
  const parsed = await parsedDocument(document, serialize(document, 'yaml'));
  if (!parsed) throw new Error(`${file}: bin/parsed-document.js could not parse it`);
  return interfaceModel(parsed, {});
}

module.exports = { component, renderComponent, fixtureModel };
