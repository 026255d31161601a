// @ts-check
'use strict';
// `stingeripc acl` (issue 9): the ACL text for the examples (goldens and the
// rules behind them, read-only properties included), that `%c` lines cannot
// be stretched over another client's topics with a client id holding '/',
// AsyncAPI documents as input, and errors: file:line:col, exit 1, nothing
// written. test/e2e/acl.test.js runs the ACL in a real mosquitto.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');

const converter = require('../converter');
const { aclFromDocument } = require('../bin/acl');
const { aclCases, renderAcl, USERS } = require('./golden-updaters/acl');

const REPO_ROOT = path.resolve(__dirname, '..');
const CLI = path.join(REPO_ROOT, 'bin', 'stingeripc.js');
const CONVERTER_CLI = path.join(REPO_ROOT, 'bin', 'stingeripc-to-asyncapi.js');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');
const FULL = path.join(REPO_ROOT, 'examples', 'full.stingeripc');

/**
 * @param {string} script
 * @param {string[]} args
 * @param {string} [cwd]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function run(script, args, cwd = REPO_ROOT) {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

/**
 * The ACL's lines by section: 'pattern' (before any user) and each user.
 * @param {string} text
 * @returns {Record<string, string[]>}
 */
function sections(text) {
  /** @type {Record<string, string[]>} */
  const found = { pattern: [] };
  let current = 'pattern';
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const user = /^user (.+)$/.exec(line);
    if (user) {
      current = user[1];
      found[current] = [];
    } else {
      found[current].push(line);
    }
  }
  return found;
}

/** @param {string} file */
function aclOf(file) {
  const { document } = converter.convertFile(file);
  if (!document) throw new Error(`${file} does not convert`);
  return sections(aclFromDocument(document, USERS));
}

describe('stingeripc acl: the ACL text', function () {
  for (const c of aclCases()) {
    it(`writes ${path.basename(c.golden)} exactly as its golden file`, function () {
      expect(fs.existsSync(c.golden), `${c.golden} missing; run npm run golden:update`).to.equal(true);
      expect(renderAcl(c.input)).to.equal(fs.readFileSync(c.golden, 'utf8'));
    });
  }

  it('gives each role of the Example interface exactly its topics', function () {
    const acl = aclOf(EXAMPLE);
    expect(Object.keys(acl)).to.deep.equal(['pattern', 'service', 'app-1', 'app-2']);
    expect(acl.pattern).to.deep.equal([
      'pattern write client/%c/online',
      'pattern read client/%c/Example/method/add_numbers/response',
      'pattern read client/%c/Example/property/favorite_number/update/response',
    ]);
    expect(acl.service).to.deep.equal([
      'topic write Example/+/signal/foo',
      'topic write client/+/Example/method/add_numbers/response',
      'topic write Example/+/property/favorite_number/value',
      'topic write client/+/Example/property/favorite_number/update/response',
      'topic write Example/+/interface',
      'topic read Example/+/method/add_numbers/request',
      'topic read Example/+/property/favorite_number/update',
    ]);
    const client = [
      'topic write Example/+/method/add_numbers/request',
      'topic write Example/+/property/favorite_number/update',
      'topic read Example/+/signal/foo',
      'topic read Example/+/property/favorite_number/value',
      'topic read Example/+/interface',
      'topic read client/+/online',
    ];
    expect(acl['app-1']).to.deep.equal(client);
    expect(acl['app-2']).to.deep.equal(client);
  });

  it('Kitchen: no one may write the update topic of the read-only todays_menu; clients read its value; no role writes what the other publishes', function () {
    const acl = aclOf(FULL);
    const all = Object.values(acl).flat();
    expect(all.filter((l) => l.includes('todays_menu/update'))).to.deep.equal([]);
    expect(acl['app-1']).to.include('topic read Kitchen/+/property/todays_menu/value');
    expect(acl.service).to.include('topic write Kitchen/+/property/todays_menu/value');
    // Writable properties: clients write the update topic, the server reads it.
    for (const property of ['favorite_number', 'oven_setting', 'last_cleaned']) {
      expect(acl['app-1']).to.include(`topic write Kitchen/+/property/${property}/update`);
      expect(acl.service).to.include(`topic read Kitchen/+/property/${property}/update`);
      expect(acl.pattern).to.include(`pattern read client/%c/Kitchen/property/${property}/update/response`);
    }
    const clientWrites = acl['app-1'].filter((l) => l.startsWith('topic write '));
    for (const line of clientWrites) expect(line, 'client writes').to.match(/^topic write Kitchen\/\+\/(method\/[a-z_]+\/request|property\/[a-z_]+\/update)$/);
    expect(clientWrites).to.have.length(6 + 3);
    const serverWrites = acl.service.filter((l) => l.startsWith('topic write '));
    for (const line of serverWrites) {
      expect(line, 'server writes').to.match(/^topic write (Kitchen\/\+\/(signal\/[a-z_]+|property\/[a-z_]+\/value|interface)|client\/\+\/Kitchen\/(method\/[a-z_]+\/response|property\/[a-z_]+\/update\/response))$/);
    }
    expect(serverWrites).to.have.length(4 + 6 + 4 + 3 + 1);
    // Nothing grants '#' or reads of client/+/... other than presence.
    expect(all.filter((l) => l.includes('#'))).to.deep.equal([]);
    expect(all.filter((l) => /^topic read client\//.test(l))).to.deep.equal(['topic read client/+/online', 'topic read client/+/online']);
  });

  it('--param fixes a channel parameter in every address that has it', function () {
    const { document } = converter.convertFile(EXAMPLE);
    if (!document) throw new Error('no document');
    const acl = sections(aclFromDocument(document, { ...USERS, params: { service_id: 'main' } }));
    expect(acl.service).to.include('topic write Example/main/signal/foo');
    expect(acl.service).to.include('topic read Example/main/method/add_numbers/request');
    expect(acl['app-1']).to.include('topic write Example/main/property/favorite_number/update');
    // Reply and presence topics have no service_id.
    expect(acl.service).to.include('topic write client/+/Example/method/add_numbers/response');
    expect(Object.values(acl).flat().filter((l) => l.includes('/+/') && !l.startsWith('topic write client/+/') && l !== 'topic read client/+/online')).to.deep.equal([]);
  });

  it('a client id holding "/" cannot make a %c line match another client\'s topics', function () {
    // mosquitto puts the client id into %c as it is (only '+' and '#' are
    // refused), so a client id 'victim/Kitchen' would stretch a line ending
    // in '#'. Every line that names %c has a fixed number of levels; check
    // that no client id of one or more levels other than the victim's own
    // can make any %c line match any topic of the victim's.
    for (const file of [EXAMPLE, FULL]) {
      const acl = aclOf(file);
      const patterns = acl.pattern.map((l) => l.replace(/^pattern (read|write) /, ''));
      for (const pattern of patterns) expect(pattern, 'no # after %c').to.not.include('#');
      const victimTopics = patterns.map((p) => p.split('/').map((level) => (level === '%c' ? 'victim' : level)));
      for (const pattern of patterns) {
        const levels = pattern.split('/');
        for (let extra = 1; extra <= 8; extra += 1) {
          // %c = 'victim' followed by `extra` levels of the attacker's choice ('*').
          const stretched = levels.flatMap((level) => (level === '%c' ? ['victim', ...Array(extra).fill('*')] : [level]));
          for (const topic of victimTopics) {
            const matches =
              stretched.length === topic.length &&
              stretched.every((level, i) => level === '*' || level === '+' || topic[i] === '+' || level === topic[i]);
            expect(matches, `${pattern} with a ${extra + 1}-level client id matches ${topic.join('/')}`).to.equal(false);
          }
        }
      }
    }
  });
});

describe('stingeripc acl: the command', function () {
  this.timeout(60000);
  /** @type {string} */
  let temp;

  beforeEach(function () {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-acl-'));
  });

  afterEach(function () {
    fs.rmSync(temp, { recursive: true, force: true });
  });

  const users = ['--server-user', 'service', '--client-user', 'app-1', '--client-user', 'app-2'];

  it('writes the golden ACL to stdout, and with -o atomically to a file', async function () {
    const golden = fs.readFileSync(path.join(REPO_ROOT, 'test', 'golden', 'acl', 'examples-full.acl'), 'utf8');
    const toStdout = await run(CLI, ['acl', FULL, ...users]);
    expect(toStdout.code, toStdout.stderr).to.equal(0);
    expect(toStdout.stdout).to.equal(golden);
    const out = path.join(temp, 'kitchen.acl');
    fs.writeFileSync(out, 'old');
    const toFile = await run(CLI, ['acl', FULL, ...users, '-o', out]);
    expect(toFile.code, toFile.stderr).to.equal(0);
    expect(toFile.stdout).to.equal('');
    expect(fs.readFileSync(out, 'utf8')).to.equal(golden);
    expect(fs.readdirSync(temp)).to.deep.equal(['kitchen.acl']);
  });

  it('takes the AsyncAPI document (YAML or JSON) that stingeripc-to-asyncapi wrote and gives the same ACL', async function () {
    const golden = fs.readFileSync(path.join(REPO_ROOT, 'test', 'golden', 'acl', 'examples-example.acl'), 'utf8');
    for (const format of ['yaml', 'json']) {
      const doc = path.join(temp, `example.${format}`);
      const converted = await run(CONVERTER_CLI, [EXAMPLE, '-f', format, '-o', doc]);
      expect(converted.code, converted.stderr).to.equal(0);
      const result = await run(CLI, ['acl', doc, ...users]);
      expect(result.code, result.stderr).to.equal(0);
      expect(result.stdout, format).to.equal(golden);
    }
  });

  it('reports a document it cannot turn into an ACL as FILE:LINE:COL, exits 1 and writes nothing', async function () {
    const doc = path.join(temp, 'example.yaml');
    expect((await run(CONVERTER_CLI, [EXAMPLE, '-o', doc])).code).to.equal(0);
    const text = fs.readFileSync(doc, 'utf8');
    const lines = text.split('\n');
    const out = path.join(temp, 'out.acl');
    fs.writeFileSync(out, 'old');
    /**
     * @param {string} name
     * @param {string} broken
     * @param {RegExp} message
     */
    const expectError = async (name, broken, message) => {
      const file = path.join(temp, name);
      fs.writeFileSync(file, broken);
      const result = await run(CLI, ['acl', file, ...users, '-o', out]);
      expect(result.code, `${name}: ${result.stderr}`).to.equal(1);
      expect(result.stderr, name).to.match(message);
      expect(result.stdout).to.equal('');
      expect(fs.readFileSync(out, 'utf8')).to.equal('old');
    };
    // A '+' inside an address: an ACL line could not match it literally.
    const signalLine = lines.findIndex((l) => l.includes('address: Example/{service_id}/signal/foo')) + 1;
    await expectError(
      'plus.yaml',
      text.replace('address: Example/{service_id}/signal/foo', 'address: Example/{service_id}/sig+nal/foo'),
      new RegExp(`plus\\.yaml:${signalLine}:\\d+: error: address 'Example/\\{service_id\\}/sig\\+nal/foo' holds '\\+'`),
    );
    // A reply channel without its address.
    const replyChannel = lines.findIndex((l) => l === '  method.add_numbers.response:') + 1;
    await expectError(
      'noreply.yaml',
      text.replace('    x-stinger-address: client/{client_id}/Example/method/add_numbers/response\n', ''),
      new RegExp(`noreply\\.yaml:${replyChannel}:3: error: the channel has no address and no x-stinger-address`),
    );
    // A reply that does not go to a client's own topic.
    await expectError(
      'shared.yaml',
      text.replace('x-stinger-address: client/{client_id}/Example/method/add_numbers/response', 'x-stinger-address: Example/replies'),
      /shared\.yaml:\d+:\d+: error: reply address 'Example\/replies' has no \{client_id\} level/,
    );
    // A parameter that is only part of a level.
    await expectError(
      'partial.yaml',
      text.replace('address: Example/{service_id}/interface', 'address: Example/x{service_id}/interface'),
      /partial\.yaml:\d+:\d+: error: address 'Example\/x\{service_id\}\/interface': the parameter in level 'x\{service_id\}' must fill the whole topic level/,
    );
    // Not a valid AsyncAPI document: the official parser's finding, with its position.
    await expectError('action.yaml', text.replace('action: send', 'action: shout'), /action\.yaml:\d+:\d+: error: operation 'signal\.foo' has action "shout"; expected send or receive/);
    await expectError('invalid.yaml', text.replace('  title: Example\n', ''), /invalid\.yaml:2:1: error: AsyncAPI: .*title/);
    await expectError('alias.yaml', `${text}x-a: &a [1]\nx-b: *a\n`, /alias\.yaml:1:1: error: cannot read the AsyncAPI document: it uses YAML aliases/);
    // An interface file with an error: the converter's diagnostics.
    await expectError('bad.stingeripc', 'stingeripc:\n  version: 0.1.0\ninterface:\n  name: Bad\n  version: 1.0.0\nsignals:\n  foo:\n    payload:\n      - name: x\n        type: intger\n', /bad\.stingeripc:10:15: error: unknown type 'intger'/);
    await expectError('old-version.stingeripc', fs.readFileSync(EXAMPLE, 'utf8').replace('version: 0.1.0', 'version: 0.0.6'), /old-version\.stingeripc:5:12: error: unsupported stingeripc version/);
    const missing = await run(CLI, ['acl', path.join(temp, 'nope.stingeripc'), ...users]);
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.match(/nope\.stingeripc:1:1: error: cannot read the file \(ENOENT\)/);
    expect(fs.readdirSync(temp).filter((f) => f.endsWith('.tmp'))).to.deep.equal([]);
  });

  it('--config gives the topics of a TOML configuration (as generate does); not with an AsyncAPI document', async function () {
    const config = path.join(temp, 'prefix.toml');
    fs.writeFileSync(config, '[topics]\nparams = ["prefix"]\nsignals = "{prefix}/{interface_name}/{service_id}/signal/{signal_name}"\n');
    const result = await run(CLI, ['acl', EXAMPLE, ...users, '--config', config, '--param', 'prefix=site/3']);
    expect(result.code, result.stderr).to.equal(0);
    const acl = sections(result.stdout);
    expect(acl.service).to.include('topic write site/3/Example/+/signal/foo');
    expect(acl['app-1']).to.include('topic read site/3/Example/+/signal/foo');
    expect(acl.service).to.not.include('topic write Example/+/signal/foo');
    const doc = path.join(temp, 'example.yaml');
    expect((await run(CONVERTER_CLI, [EXAMPLE, '-o', doc])).code).to.equal(0);
    const refused = await run(CLI, ['acl', doc, ...users, '--config', config]);
    expect(refused.code).to.equal(1);
    expect(refused.stderr).to.match(/example\.yaml:1:1: error: --config applies to interface files/);
  });

  it('exits 1 on a bad command line without writing anything', async function () {
    const out = path.join(temp, 'out.acl');
    const cases = [
      { args: ['acl', EXAMPLE, '--client-user', 'a'], message: 'missing --server-user NAME' },
      { args: ['acl', EXAMPLE, '--server-user', 's'], message: 'missing --client-user NAME' },
      { args: ['acl', EXAMPLE, '--server-user', 's', '--client-user', 's'], message: "user 's' is given both as --server-user and as --client-user" },
      { args: ['acl', EXAMPLE, '--server-user', 's', '--client-user', 'a', '--client-user', 'a'], message: '--client-user a is given twice' },
      { args: ['acl', EXAMPLE, '--server-user', 'bad name', '--client-user', 'a'], message: "--server-user 'bad name': a user name must not hold spaces" },
      { args: ['acl', EXAMPLE, '--server-user', 's', '--client-user', 'a+b'], message: "--client-user 'a+b'" },
      { args: ['acl', EXAMPLE, '--server-user', 's', '--client-user', 'a:b'], message: "--client-user 'a:b'" },
      { args: ['acl', EXAMPLE, '--server-user', '', '--client-user', 'a'], message: '--server-user needs a user name' },
      { args: ['acl', EXAMPLE, ...users, '--param', 'client_id=x'], message: '--param client_id: the client id is the connecting client' },
      { args: ['acl', EXAMPLE, ...users, '--param', 'service_id'], message: "--param must be NAME=VALUE, not 'service_id'" },
      { args: ['acl', EXAMPLE, ...users, '--param', 'service_id=a#'], message: "holds '#'" },
      { args: ['acl', EXAMPLE, ...users, '--param', 'prefix=x'], message: "--param prefix: the document has no channel parameter 'prefix' (its parameters: service_id)" },
      { args: ['acl', EXAMPLE, ...users, '--host', 'h'], message: '--host is not an option of acl' },
      { args: ['acl', ...users], message: 'missing INPUT' },
      { args: ['generate', EXAMPLE, '-o', 'x', '--server-user', 's'], message: '--server-user is not an option of generate' },
    ];
    for (const c of cases) {
      const result = await run(CLI, [...c.args, '-o', out], temp);
      expect(result.code, c.args.join(' ')).to.equal(1);
      expect(result.stderr, c.args.join(' ')).to.contain(c.message);
      expect(result.stderr).to.contain("Try 'stingeripc --help'.");
    }
    expect(fs.readdirSync(temp)).to.deep.equal([]);
  });

  it('documents acl and each of its options in --help', async function () {
    const help = await run(CLI, ['--help']);
    expect(help.code).to.equal(0);
    for (const option of ['acl INPUT', '--server-user NAME', '--client-user NAME', '--param NAME=VALUE', '--config FILE', '-o, --output FILE']) {
      expect(help.stdout, option).to.contain(option);
    }
    expect((await run(CLI, ['acl', '--help'])).stdout).to.equal(help.stdout);
  });
});
