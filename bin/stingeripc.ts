#!/usr/bin/env node
// CLI: `stingeripc generate INPUT -o OUTDIR`: interface file -> AsyncAPI
// document -> TypeScript package, in one step. `stingeripc acl INPUT ...`:
// a mosquitto ACL file for the interface (bin/acl.ts). `stingeripc bridge
// INPUT --prefix P --servers local|remote`: the topic lines of a mosquitto
// bridge for the interface (bin/bridge.ts).
// Exit codes: 0 ok, 1 invalid input, unwritable OUTDIR or bad usage, 2 internal bug.

import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { brokerOptions, UsageError } from './stingeripc-to-asyncapi';

const PROGRAM = 'stingeripc';

const HELP = `Usage: ${PROGRAM} generate INPUT -o OUTDIR [options]
       ${PROGRAM} acl INPUT --server-user NAME --client-user NAME [options]
       ${PROGRAM} bridge INPUT --prefix P --servers local|remote [options]
       ${PROGRAM} --help | --version

Commands:
  generate              convert a stinger-ipc interface file (.stingeripc,
                        .stinger.yaml) to its AsyncAPI 3.0.0 document and
                        render the TypeScript package (MQTT v5 server and
                        client, docs/NAME.md reference, asyncapi.yaml) from
                        it, in one step
  acl                   write a mosquitto ACL file for an interface: each
                        broker user may publish and read only the topics its
                        role (server or client) uses, as derived from the
                        interface's AsyncAPI document. INPUT is an interface
                        file or an AsyncAPI document that
                        stingeripc-to-asyncapi wrote.
  bridge                write the 'topic' lines of a mosquitto MQTT v5 bridge
                        that joins the broker of one device (its topics
                        under prefix P) to another broker, for one
                        interface: what its servers send goes to the
                        clients' broker, what clients send goes to the
                        servers' broker, nothing else. INPUT as for acl.

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
      --docs html       also write docs/NAME.html next to docs/NAME.md: the
                        document's page from the official
                        @asyncapi/html-template (one self-contained file,
                        made without network access). Needs that template
                        and @asyncapi/generator 2.x installed: npm install
                        --save-dev @asyncapi/html-template@3
      --web             also write web/: a console page for the browser
                        (index.html and one script, console.js, bundled with
                        esbuild while generating) that connects to the
                        broker over WebSockets (?broker=ws://host:port) and
                        shows the instances, properties, methods and
                        signals; its sources go to webconsole/
      --validate        render through @asyncapi/generator, whose official
                        AsyncAPI parser validates and resolves the document,
                        as \`ag\` does; a document it refuses is a bug (exit
                        2). Slower: seconds more, up to tens of seconds for
                        thousands of members. Without it the document (valid
                        by construction) is resolved directly and the
                        template rendered without the generator, with the
                        same result. Needs @asyncapi/generator 2.x installed.
      --config FILE     a stinger-ipc TOML configuration: [topics] templates
                        and params, [properties] stinger_owned_values; may be
                        repeated, a later file overrides an earlier one key
                        by key (see stingeripc-to-asyncapi --help)

Options of acl:
      --server-user NAME  broker user (as in mosquitto's password_file) of
                        the processes that run servers of the interface;
                        required, may be repeated
      --client-user NAME  broker user of the processes that run clients;
                        required, may be repeated. A user name must not hold
                        spaces, control characters, ':', '+' or '#', and
                        each user has one role.
      --param NAME=VALUE  fix a channel parameter instead of allowing any
                        value ('+'), e.g. --param service_id=main limits
                        both roles to instance main; may be repeated, not
                        for client_id
      --config FILE     the TOML configuration(s) the daemons were generated
                        with (as for generate), so that the ACL has the same
                        topics; only with an interface file as INPUT
  -o, --output FILE     where to write the ACL; '-' or no -o writes it to
                        stdout

Options of bridge:
      --prefix P        the value of the {prefix} channel parameter (from
                        the --config the daemons were generated with) of
                        the device whose servers the bridge serves; required
      --servers local|remote  where the servers run, seen from the broker
                        whose mosquitto.conf has the bridge: local (the
                        servers' broker dials the clients' broker) or remote
                        (the clients' broker dials the servers'); required
      --param NAME=VALUE  fix another channel parameter, as for acl
      --config FILE     as for acl
  -o, --output FILE     where to write the lines; '-' or no -o writes them
                        to stdout

Options of all:
  -h, --help            show this help and exit
      --version         show the version and exit

generate prints the files it wrote, relative to OUTDIR, one per line,
sorted. Errors in INPUT are printed to stderr, one per line, as
  FILE:LINE:COL: error: MESSAGE
and nothing is written. The package is rendered into a temporary folder
next to OUTDIR and moved into place only when complete, so a failure never
leaves OUTDIR half-written; the ACL and bridge files are written to a
temporary file in their folder and renamed.

The template is transpiled on the first run and reused while its sources
are unchanged, so later runs are faster.

Exit status:
  0  the package (or the ACL, or the bridge lines) was written
  1  INPUT has errors or cannot be read, the output cannot be written, or
     the command line is wrong
  2  internal error (please report it)
`;

function parseCommandLine(argv: string[]) {
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
        docs: { type: 'string' },
        validate: { type: 'boolean', default: false },
        web: { type: 'boolean', default: false },
        config: { type: 'string', multiple: true },
        'server-user': { type: 'string', multiple: true },
        'client-user': { type: 'string', multiple: true },
        param: { type: 'string', multiple: true },
        prefix: { type: 'string' },
        servers: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { values, command: '', input: '', outDir: '' };
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('missing command; the commands are generate, acl and bridge');
  if (command !== 'generate' && command !== 'acl' && command !== 'bridge') throw new UsageError(`unknown command '${command}'; the commands are generate, acl and bridge`);
  if (inputs.length === 0) throw new UsageError('missing INPUT file');
  if (inputs.length > 1) throw new UsageError(`expected one INPUT file, got ${inputs.length}`);
  const refuse = (names: string[]) => {
    for (const name of names) {
      if ((values as Record<string, unknown>)[name] !== undefined) throw new UsageError(`--${name} is not an option of ${command}`);
    }
  };
  if (command === 'bridge') {
    refuse(['host', 'port', 'package-name', 'docs', 'server-user', 'client-user']);
    if (values.validate) throw new UsageError('--validate is not an option of bridge');
    return {
      values,
      command,
      input: inputs[0],
      outDir: '',
      bridge: {
        input: inputs[0],
        output: values.output,
        prefix: values.prefix,
        servers: values.servers,
        params: values.param || [],
        configFiles: values.config || [],
      },
    };
  }
  if (command === 'acl') {
    refuse(['host', 'port', 'package-name', 'docs', 'prefix', 'servers']);
    if (values.validate) throw new UsageError('--validate is not an option of acl');
    if (values.web) throw new UsageError('--web is not an option of acl');
    return {
      values,
      command,
      input: inputs[0],
      outDir: '',
      acl: {
        input: inputs[0],
        output: values.output,
        serverUsers: values['server-user'] || [],
        clientUsers: values['client-user'] || [],
        params: values.param || [],
        configFiles: values.config || [],
      },
    };
  }
  refuse(['server-user', 'client-user', 'param', 'prefix', 'servers']);
  if (values.output === undefined || values.output === '') throw new UsageError('missing -o OUTDIR');
  const packageName = values['package-name'];
  // npm's rules, in short: lower case, URL-safe, optionally @scope/.
  if (packageName !== undefined && !/^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/.test(packageName)) {
    throw new UsageError(`--package-name must be a valid npm package name, not '${packageName}'`);
  }
  if (values.docs !== undefined && values.docs !== 'html') {
    throw new UsageError(`--docs takes html (the Markdown reference is always written), not '${values.docs}'`);
  }
  const docs = values.docs === 'html' ? (('html') as 'html') : undefined;
  const { host, port } = brokerOptions(values);
  return { values, command, input: inputs[0], outDir: values.output, host, port, packageName, docs, configFiles: values.config || [] };
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
  if (args.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.values.version) {
    process.stdout.write(`${(require('../package.json') as typeof import('../package.json')).version}\n`);
    return 0;
  }
  if (args.acl) return (require('./acl') as typeof import('./acl')).runAcl(args.acl, PROGRAM);
  if (args.bridge) return (require('./bridge') as typeof import('./bridge')).runBridge(args.bridge, PROGRAM);

  // The generator is an optional peer dependency (installed with `ag`, not with
  // this package); generate renders without it, but --validate and --docs html use it.
  if ((args.values.validate || args.docs === 'html') && !canResolve('@asyncapi/generator')) {
    process.stderr.write(
      `${PROGRAM}: generate ${args.values.validate ? '--validate' : '--docs html'} needs @asyncapi/generator 2.x next to this package.\n` +
        'Install it with: npm install --save-dev @asyncapi/generator@2\n',
    );
    return 1;
  }
  const { generatePackage, htmlTemplateDir, HTML_TEMPLATE }: typeof import('./generate-package') = require('./generate-package');
  if (args.docs === 'html' && !htmlTemplateDir()) {
    process.stderr.write(
      `${PROGRAM}: --docs html needs ${HTML_TEMPLATE} 3.x next to this package (an optional peer dependency).\n` +
        `Install it with: npm install --save-dev ${HTML_TEMPLATE}@3\n`,
    );
    return 1;
  }
  const { formatDiagnostic }: typeof import('../converter/front-end') = require('../converter/front-end');
  let result;
  try {
    result = await generatePackage({
      input: args.input,
      outDir: args.outDir,
      host: args.host,
      port: args.port,
      packageName: args.packageName,
      docs: args.docs,
      web: Boolean(args.values.web),
      validate: Boolean(args.values.validate),
      configFiles: args.configFiles,
      onWarning: (warning) => process.stderr.write(`${formatDiagnostic(warning)}\n`),
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // File-system refusals are the user's to fix; anything else is our bug.
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      process.stderr.write(`${PROGRAM}: cannot write ${args.outDir}: ${(err as Error).message}\n`);
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

function canResolve(moduleName: string) {
  try {
    require.resolve(moduleName);
    return true;
  } catch {
    return false;
  }
}

if (require.main === module) {
  (require('./run-cli') as typeof import('./run-cli')).runCli(main, PROGRAM, 'stingeripc');
}

export { main, HELP };
