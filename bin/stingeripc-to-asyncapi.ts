#!/usr/bin/env node
// CLI: .stingeripc interface file -> AsyncAPI 3.0.0 document.
// Exit codes: 0 ok, 1 invalid input or bad usage, 2 internal bug.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { writeAtomically } from './write-atomically';

const PROGRAM = 'stingeripc-to-asyncapi';

const HELP = `Usage: ${PROGRAM} INPUT [options]

Converts a stinger-ipc interface file (.stingeripc, .stinger.yaml) into an
AsyncAPI 3.0.0 document that describes its MQTT v5 wire protocol.

Arguments:
  INPUT                 the interface file to convert

Options:
  -o, --output FILE     where to write the document; '-' writes to stdout.
                        Default: next to INPUT, named NAME.asyncapi.yaml
                        (NAME.asyncapi.json with --format json), where NAME is
                        INPUT's file name without .stingeripc, .stinger.yaml,
                        .stinger.yml, .yaml or .yml.
  -f, --format FORMAT   yaml (default) or json
      --docs            write the interface's Markdown reference instead of
                        the document: per signal, method and property its
                        purpose, TypeScript calls, topics, types, an example
                        JSON payload and its errors; enums, structs, constants
                        and return codes as tables. Default output: next to
                        INPUT, named NAME.md. Not with --format or --check.
      --host HOST       broker host name or IP address written into the
                        document's server (default: localhost)
      --port PORT       broker port, 1..65535 (default: 1883)
      --config FILE     a stinger-ipc TOML configuration; may be repeated, a
                        later file overrides an earlier one key by key.
                        [topics]: the topic templates signals,
                        property_values, property_updates,
                        property_update_responses, method_requests,
                        method_responses, interface_discovery and lwt, with
                        placeholders {interface_name}, {service_id},
                        {client_id}, {signal_name}, {property_name},
                        {method_name} and the extra ones listed in
                        params = ["prefix", ...]; each extra param becomes a
                        channel parameter and a required option of the
                        generated classes. [properties]
                        stinger_owned_values = false: the generated server
                        takes property accessors. Errors name FILE:LINE:COL;
                        unknown keys are warnings.
      --check           only check INPUT; write nothing
      --validate        also check the generated document with the official
                        AsyncAPI parser (@asyncapi/parser) before writing it;
                        a document it refuses is a bug of the converter
                        (exit 2). Slower: about 1 s more, and several seconds
                        for interfaces with thousands of members. With
                        --check: check both, write nothing.
  -h, --help            show this help and exit
      --version         show the version and exit

Errors in INPUT are printed to stderr, one per line, as
  FILE:LINE:COL: error: MESSAGE
and nothing is written. The output file is written atomically (a temporary
file in the same folder, then renamed), so it is never left half-written.

Exit status:
  0  the document was written (or, with --check, INPUT is valid)
  1  INPUT has errors or cannot be read, OUTPUT cannot be written, or the
     command line is wrong
  2  internal error of the converter (please report it)
`;

/** Bad command line: message on stderr, exit 1. */
class UsageError extends Error {}

/**
 * Checks --host and --port; `port` is the number, undefined when not given.
 * Shared with bin/stingeripc.ts.
 */
function brokerOptions(values: { host?: string; port?: string; }): { host: string | undefined; port: number | undefined; } {
  if (values.host !== undefined && !/^([^\s:/[\]]+|\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\]?)$/.test(values.host)) {
    throw new UsageError(`--host must be a host name or IP address, not '${values.host}'`);
  }
  let port;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^[0-9]+$/.test(values.port) || port < 1 || port > 65535) {
      throw new UsageError(`--port must be a number from 1 to 65535, not '${values.port}'`);
    }
  }
  return { host: values.host, port };
}

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        docs: { type: 'boolean', default: false },
        host: { type: 'string' },
        port: { type: 'string' },
        config: { type: 'string', multiple: true },
        check: { type: 'boolean', default: false },
        validate: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { values, input: '' };
  if (positionals.length === 0) throw new UsageError('missing INPUT file');
  if (positionals.length > 1) throw new UsageError(`expected one INPUT file, got ${positionals.length}`);
  if (values.docs && values.format !== undefined) throw new UsageError('--docs writes Markdown; drop --format');
  if (values.docs && values.check) throw new UsageError('--check writes nothing; drop --docs');
  if (values.format === undefined) values.format = 'yaml';
  if (values.format !== 'yaml' && values.format !== 'json') {
    throw new UsageError(`--format must be 'yaml' or 'json', not '${values.format}'`);
  }
  const { port } = brokerOptions(values);
  if (values.check && values.output !== undefined) throw new UsageError('--check writes nothing; drop --output');
  return { values, input: positionals[0], port };
}

/**
 * `dir/Kitchen.stingeripc` -> `dir/Kitchen.asyncapi.yaml` (`dir/Kitchen.md` for 'md').
 */
function defaultOutputPath(input: string, format: 'yaml' | 'json' | 'md') {
  const base = path.basename(input).replace(/(\.stingeripc|\.stinger\.ya?ml|\.ya?ml)$/i, '');
  const extension = format === 'md' ? 'md' : `asyncapi.${format}`;
  return path.join(path.dirname(input), `${base || 'interface'}.${extension}`);
}

/**
 * @returns exit code
 */
async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCommandLine(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${PROGRAM}: ${err.message}\nTry '${PROGRAM} --help'.\n`);
    return 1;
  }
  const { values, input, port } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${(require('../package.json') as typeof import('../package.json')).version}\n`);
    return 0;
  }

  const converter: typeof import('../converter') = require('../converter');
  const { formatDiagnostic }: typeof import('../converter/front-end') = require('../converter/front-end');
  const { document, diagnostics, warnings } = converter.convertFile(input, { host: values.host, port, configFiles: values.config || [] });
  for (const w of warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
  if (diagnostics.length > 0 || !document) {
    for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return 1;
  }

  // A valid input must give a valid document; anything else is our bug.
  // The official parser is slow to load and to run, so only on request
  // (the tests run it on every document they generate).
  if (values.validate) {
    const problems = converter.problemsOf(await converter.validateDocument(document));
    if (problems.length > 0) {
      const lines = problems.map((p) => `  ${p.path.join('.')}: ${p.message} [${p.code}]`);
      throw new Error(`the generated AsyncAPI document is invalid:\n${lines.join('\n')}`);
    }
  }
  if (values.check) return 0;

  const format = values.docs ? 'md' : (values.format as 'yaml' | 'json');
  const text = format === 'md' ? (require('../filters/reference-markdown') as typeof import('../filters/reference-markdown')).renderReference(document) : converter.serialize(document, format);
  const output = values.output === undefined ? defaultOutputPath(input, format) : values.output;
  if (output === '-') {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeAtomically(output, text);
  } catch (err) {
    process.stderr.write(`${PROGRAM}: cannot write ${output}: ${(err as Error).message}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) {
  (require('./run-cli') as typeof import('./run-cli')).runCli(main, PROGRAM, 'the converter');
}

export { main, defaultOutputPath, brokerOptions, UsageError, HELP };
