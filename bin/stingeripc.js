#!/usr/bin/env node
// @ts-check
'use strict';
// CLI: `stingeripc generate INPUT -o OUTDIR`: interface file -> AsyncAPI
// document -> TypeScript package, in one step.
// Exit codes: 0 ok, 1 invalid input, unwritable OUTDIR or bad usage, 2 internal bug.

const path = require('node:path');
const { parseArgs } = require('node:util');
const { brokerOptions, UsageError } = require('./stingeripc-to-asyncapi');

const PROGRAM = 'stingeripc';

const HELP = `Usage: ${PROGRAM} generate INPUT -o OUTDIR [options]
       ${PROGRAM} --help | --version

Commands:
  generate              convert a stinger-ipc interface file (.stingeripc,
                        .stinger.yaml) to its AsyncAPI 3.0.0 document and
                        render the TypeScript package (MQTT v5 server and
                        client, docs/NAME.md reference, asyncapi.yaml) from
                        it, in one step

Options of generate:
  -o, --output OUTDIR   folder to write the package into (required). It is
                        created when missing; in an existing folder the
                        generated files are replaced and other files (e.g.
                        node_modules, dist) are left alone.
      --host HOST       broker host name or IP address written into the
                        document's server (default: localhost)
      --port PORT       broker port, 1..65535 (default: 1883)
      --package-name N  npm name of the generated package (default: the
                        interface name in kebab-case, e.g. kitchen)
  -h, --help            show this help and exit
      --version         show the version and exit

Prints the files it wrote, relative to OUTDIR, one per line, sorted.
Errors in INPUT are printed to stderr, one per line, as
  FILE:LINE:COL: error: MESSAGE
and nothing is written. The package is rendered into a temporary folder
next to OUTDIR and moved into place only when complete, so a failure never
leaves OUTDIR half-written.

The template is transpiled on the first run and reused while its sources
are unchanged, so later runs are faster.

Exit status:
  0  the package was written
  1  INPUT has errors or cannot be read, OUTDIR cannot be written, or the
     command line is wrong
  2  internal error (please report it)
`;

/**
 * @param {string[]} argv
 */
function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        host: { type: 'string' },
        port: { type: 'string' },
        'package-name': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(/** @type {Error} */ (err).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { values, input: '', outDir: '' };
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('missing command; the command is generate');
  if (command !== 'generate') throw new UsageError(`unknown command '${command}'; the command is generate`);
  if (inputs.length === 0) throw new UsageError('missing INPUT file');
  if (inputs.length > 1) throw new UsageError(`expected one INPUT file, got ${inputs.length}`);
  if (values.output === undefined || values.output === '') throw new UsageError('missing -o OUTDIR');
  const packageName = values['package-name'];
  // npm's rules, in short: lower case, URL-safe, optionally @scope/.
  if (packageName !== undefined && !/^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/.test(packageName)) {
    throw new UsageError(`--package-name must be a valid npm package name, not '${packageName}'`);
  }
  const { host, port } = brokerOptions(values);
  return { values, input: inputs[0], outDir: values.output, host, port, packageName };
}

/**
 * @param {string[]} argv
 * @returns {Promise<number>} exit code
 */
async function main(argv) {
  let args;
  try {
    args = parseCommandLine(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${PROGRAM}: ${err.message}\nTry '${PROGRAM} --help'.\n`);
    return 1;
  }
  if (args.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.values.version) {
    process.stdout.write(`${require('../package.json').version}\n`);
    return 0;
  }

  // The generator is an optional peer dependency: installed with `ag`, not with this package.
  if (!canResolve('@asyncapi/generator')) {
    process.stderr.write(
      `${PROGRAM}: generate needs @asyncapi/generator 2.x next to this package.\n` +
        'Install it with: npm install --save-dev @asyncapi/generator@2\n',
    );
    return 1;
  }
  const { generatePackage } = require('./generate-package');
  const { formatDiagnostic } = require('../converter/front-end');
  let result;
  try {
    result = await generatePackage({
      input: args.input,
      outDir: args.outDir,
      host: args.host,
      port: args.port,
      packageName: args.packageName,
    });
  } catch (err) {
    const code = /** @type {NodeJS.ErrnoException} */ (err).code;
    // File-system refusals are the user's to fix; anything else is our bug.
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      process.stderr.write(`${PROGRAM}: cannot write ${args.outDir}: ${/** @type {Error} */ (err).message}\n`);
      return 1;
    }
    throw err;
  }
  if (result.diagnostics.length > 0) {
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return 1;
  }
  process.stdout.write(result.files.map((f) => `${f}\n`).join(''));
  process.stderr.write(`${PROGRAM}: wrote ${result.files.length} files to ${path.normalize(args.outDir)}\n`);
  return 0;
}

/** @param {string} moduleName */
function canResolve(moduleName) {
  try {
    require.resolve(moduleName);
    return true;
  } catch {
    return false;
  }
}

if (require.main === module) {
  require('./run-cli').runCli(main, PROGRAM, 'stingeripc');
}

module.exports = { main, HELP };
