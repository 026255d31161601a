// @ts-check
'use strict';
// generate:after, with the `web` parameter: bundles the console page's
// sources (webconsole/main.ts, the generated src/ it drives, and mqtt.js's
// browser build) into web/console.js with esbuild: one classic script, so
// the page works from any static file server and from file://. The output
// is minified and carries no paths, so it is the same bytes wherever the
// package is generated.

const fs = require('node:fs');
const path = require('node:path');
const { webWanted } = require('../filters/web');

/** mqtt.js's own browser build (ESM, its Node dependencies replaced). */
function mqttBrowserBuild() {
  return path.join(path.dirname(require.resolve('mqtt/package.json')), 'dist', 'mqtt.esm.js');
}

/**
 * The generated src/connection.ts imports `connect` from 'mqtt'. The package
 * has no node_modules yet, so this takes the template's own mqtt, in its
 * browser build, whose one export is the default (the whole module).
 * @type {import('esbuild').Plugin}
 */
const mqttForBrowsers = {
  name: 'stingeripc-mqtt-browser',
  setup(build) {
    build.onResolve({ filter: /^mqtt$/ }, () => ({ path: 'mqtt', namespace: 'stingeripc-mqtt' }));
    build.onLoad({ filter: /.*/, namespace: 'stingeripc-mqtt' }, () => ({
      contents: `import mqtt from ${JSON.stringify(mqttBrowserBuild())};\nexport const connect = mqtt.connect;\nexport default mqtt;\n`,
      loader: 'js',
      resolveDir: path.dirname(mqttBrowserBuild()),
    }));
  },
};

/**
 * Bundles `<targetDir>/webconsole/main.ts` into `<targetDir>/web/console.js`.
 * @param {string} targetDir
 */
async function buildWebConsole(targetDir) {
  const esbuild = require('esbuild');
  const entry = path.join(targetDir, 'webconsole', 'main.ts');
  if (!fs.existsSync(entry)) {
    throw new Error(`buildWebConsole hook: ${entry} was not generated`);
  }
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: targetDir,
    bundle: true,
    write: false,
    outfile: path.join(targetDir, 'web', 'console.js'),
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    sourcemap: false,
    logLevel: 'silent',
    plugins: [mqttForBrowsers],
  });
  const [output] = result.outputFiles;
  fs.mkdirSync(path.join(targetDir, 'web'), { recursive: true });
  fs.writeFileSync(path.join(targetDir, 'web', 'console.js'), output.contents);
}

module.exports = {
  /** @param {{ targetDir: string, templateParams: Record<string, unknown> }} generator */
  'generate:after': async (generator) => {
    if (webWanted(generator.templateParams)) await buildWebConsole(generator.targetDir);
  },
};
