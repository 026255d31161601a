// @ts-check
'use strict';
// The Markdown reference (filters/reference-markdown.js) and
// `stingeripc-to-asyncapi --docs`: golden files, one section per signal,
// method and property with the right TS calls, example payloads that are
// valid JSON and match the message schemas, and the CLI's outputs.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { expect } = require('chai');
const YAML = require('yaml');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const converter = require('../converter');
const { renderReference } = require('../filters/reference-markdown');
const { pascalCase, camelCase } = require('../filters/naming');
const { docsCases, renderFile } = require('./golden-updaters/docs');

const REPO_ROOT = path.resolve(__dirname, '..');
const CLI = path.join(REPO_ROOT, 'bin', 'stingeripc-to-asyncapi.js');
const FULL = path.join(REPO_ROOT, 'examples', 'full.stingeripc');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'example.stingeripc');

/** @param {string} file */
function convert(file) {
  const { document, diagnostics } = converter.convertFile(file);
  if (!document) throw new Error(`${file} does not convert: ${JSON.stringify(diagnostics)}`);
  return document;
}

/**
 * The reference split into its `### ` sections, keyed by heading.
 * @param {string} markdown
 * @returns {Map<string, string>}
 */
function sectionsOf(markdown) {
  const sections = new Map();
  for (const part of markdown.split(/^(?=#{2,3} )/m)) {
    if (part.startsWith('### ')) sections.set(part.slice(4, part.indexOf('\n')), part);
  }
  return sections;
}

/**
 * The JSON code block right after a label line, parsed.
 * @param {string} section
 * @param {string} label  e.g. 'Example payload'
 * @returns {unknown}
 */
function jsonAfter(section, label) {
  const match = new RegExp(`^${label}[^\\n]*:\\n\\n\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``, 'm').exec(section);
  if (!match) throw new Error(`no JSON block after '${label}' in:\n${section}`);
  return JSON.parse(match[1]);
}

/**
 * Operations of the document by kind: [{ kind, name, readOnly }].
 * @param {any} document
 */
function operationsOf(document) {
  return Object.values(document.operations).map((/** @type {any} */ op) => ({
    kind: String(op['x-stinger-kind']),
    name: String(op['x-stinger-name']),
    readOnly: op['x-stinger-read-only'] === true,
  }));
}

/**
 * A validator for the document's component schemas, `$ref`s included.
 * @param {any} document
 * @returns {(schemaKey: string, value: unknown) => string}  '' when valid, else the errors
 */
function schemaValidator(document) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'asyncapi', components: document.components });
  return (schemaKey, value) => {
    const validate = ajv.getSchema(`asyncapi#/components/schemas/${schemaKey.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (!validate) throw new Error(`no schema ${schemaKey}`);
    return validate(value) ? '' : JSON.stringify(validate.errors);
  };
}

/**
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function runCli(args, cwd) {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

describe('Markdown reference', function () {
  const fullDocument = convert(FULL);
  const fullReference = renderReference(fullDocument);
  const sections = sectionsOf(fullReference);

  for (const c of docsCases()) {
    it(`renders ${c.name} exactly as its golden file`, function () {
      expect(fs.existsSync(c.golden), `${c.golden} missing; run npm run golden:update`).to.equal(true);
      expect(renderFile(c.asyncapiFile)).to.equal(fs.readFileSync(c.golden, 'utf8'));
    });
  }

  it('gives the same text from the parser\'s dereferenced JSON as from the converter\'s document', async function () {
    const { Parser } = require('@asyncapi/parser');
    const { document } = await new Parser().parse(converter.serialize(fullDocument, 'yaml'));
    expect(document, 'parsed').to.not.equal(undefined);
    expect(renderReference(/** @type {any} */ (document).json())).to.equal(fullReference);
  });

  it('has a section with the TS calls for every signal, method and property', function () {
    const operations = operationsOf(fullDocument);
    const expected = { signal: 4, method: 6, propertyValue: 4 };
    for (const [kind, count] of Object.entries(expected)) {
      expect(operations.filter((o) => o.kind === kind), kind).to.have.length(count);
    }
    for (const { kind, name } of operations) {
      const pascal = pascalCase(name);
      const camel = camelCase(name);
      if (kind === 'signal') {
        const section = sections.get(`Signal \`${name}\``);
        expect(section, `section of signal ${name}`).to.be.a('string');
        expect(section).to.contain(`server.emit${pascal}(`).and.to.contain(`client.receive${pascal}(`);
        expect(section).to.contain(`\`Kitchen/{service_id}/signal/${name}\``);
      } else if (kind === 'method') {
        const section = sections.get(`Method \`${name}\``);
        expect(section, `section of method ${name}`).to.be.a('string');
        expect(section).to.contain(`server.handle${pascal}(async (`).and.to.contain(`await client.${camel}(`);
        expect(section).to.contain(`\`client/{client_id}/Kitchen/method/${name}/response\``);
        expect(section).to.contain('`ReturnCode.NotImplemented`');
      } else if (kind === 'propertyValue') {
        const section = sections.get(`Property \`${name}\``);
        expect(section, `section of property ${name}`).to.be.a('string');
        expect(section).to.contain(`server.${camel};`).and.to.contain(`await server.set${pascal}(`);
        expect(section).to.contain(`client.on${pascal}Changed(`);
      }
    }
  });

  it('shows a client setter only for writable properties', function () {
    const properties = operationsOf(fullDocument).filter((o) => o.kind === 'propertyValue');
    expect(properties.filter((p) => p.readOnly).map((p) => p.name)).to.deep.equal(['todays_menu']);
    for (const { name, readOnly } of properties) {
      const section = String(sections.get(`Property \`${name}\``));
      const setter = `client.set${pascalCase(name)}(`;
      if (readOnly) {
        expect(section, name).to.not.contain(setter);
        expect(section, name).to.not.contain('/update`');
        expect(section, name).to.contain('Read-only');
      } else {
        expect(section, name).to.contain(setter);
        expect(section, name).to.contain(`\`Kitchen/{service_id}/property/${name}/update\``);
        expect(section, name).to.contain('`ReturnCode.OutOfSync`');
      }
    }
  });

  it('gives example payloads that are JSON and match the message schemas', function () {
    const valid = schemaValidator(fullDocument);
    let checked = 0;
    /** @param {string} key @param {unknown} value */
    const check = (key, value) => {
      expect(valid(key, value), `example of ${key}: ${JSON.stringify(value)}`).to.equal('');
      checked += 1;
    };
    for (const { kind, name } of operationsOf(fullDocument)) {
      if (kind === 'signal') {
        check(`signal.${name}.payload`, jsonAfter(String(sections.get(`Signal \`${name}\``)), 'Example payload'));
      } else if (kind === 'method') {
        const section = String(sections.get(`Method \`${name}\``));
        check(`method.${name}.requestPayload`, jsonAfter(section, 'Example request payload'));
        check(`method.${name}.responsePayload`, jsonAfter(section, 'Example response payload'));
      } else if (kind === 'propertyValue') {
        check(`property.${name}.valuePayload`, jsonAfter(String(sections.get(`Property \`${name}\``)), 'Example value payload'));
      }
    }
    for (const struct of ['lunch', 'tray']) {
      check(struct, jsonAfter(String(sections.get(`Struct \`${struct}\``)), 'Example'));
    }
    expect(checked).to.equal(4 + 2 * 6 + 4 + 2);
    // The validator does reject: a wrong type in the example fails.
    const payload = /** @type {Record<string, unknown>} */ (jsonAfter(String(sections.get('Signal `temperature_changed`')), 'Example payload'));
    expect(valid('signal.temperature_changed.payload', { ...payload, state: 99 })).to.contain('must be equal to one of the allowed values');
  });

  it('shows each type in its wire and TS form, and an absent optional as null', function () {
    const section = String(sections.get('Method `add_numbers`'));
    expect(jsonAfter(section, 'Example request payload')).to.deep.equal({ first: 42, second: 42, third: null });
    expect(section).to.contain('const sum = await client.addNumbers(42, 42);');
    const lunch = /** @type {any} */ (jsonAfter(String(sections.get('Struct `lunch`')), 'Example'));
    expect(lunch.time_of_lunch).to.equal('2026-01-01T12:00:00.000Z');
    expect(lunch.duration_of_lunch).to.equal('PT1H30M');
    expect(Buffer.from(lunch.receipt, 'base64')).to.deep.equal(Buffer.from([0, 1, 2]));
    expect(lunch.day).to.equal(1);
    const orderLunch = String(sections.get('Method `order_lunch`'));
    expect(orderLunch).to.contain('const { orderNumber, readyAt, comment } = await client.orderLunch(');
    expect(orderLunch).to.contain('| `pickup_in` | duration | `pickupIn` | `number` | In milliseconds. |');
  });

  it('tables enums, constants and return codes from the document', function () {
    expect(String(sections.get('Enum `oven_state`'))).to.contain('| `pre_heating` | 10 | `OvenState.PreHeating` |  |');
    expect(fullReference).to.contain('| `max_ovens` | integer | `4` | How many ovens a kitchen has at most. |');
    expect(fullReference).to.contain('| 12 | `ReturnCode.OutOfSync` |');
  });
});

describe('stingeripc-to-asyncapi --docs', function () {
  /** @type {string} */
  let dir;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-docs-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes NAME.md next to the input by default, and nothing else', async () => {
    const input = path.join(dir, 'Kitchen.stingeripc');
    fs.copyFileSync(FULL, input);
    const run = await runCli([input, '--docs'], dir);
    expect(run.code, run.stderr).to.equal(0);
    expect(fs.readdirSync(dir).sort()).to.deep.equal(['Kitchen.md', 'Kitchen.stingeripc']);
    expect(fs.readFileSync(path.join(dir, 'Kitchen.md'), 'utf8')).to.equal(renderReference(convert(input)));
  });

  it("writes to stdout with '-o -' and to a file with -o", async () => {
    const toStdout = await runCli([EXAMPLE, '--docs', '-o', '-'], dir);
    expect(toStdout.code, toStdout.stderr).to.equal(0);
    expect(toStdout.stdout).to.equal(renderReference(convert(EXAMPLE)));
    const target = path.join(dir, 'ref.md');
    const toFile = await runCli([EXAMPLE, '--docs', '-o', target], dir);
    expect(toFile.code, toFile.stderr).to.equal(0);
    expect(fs.readFileSync(target, 'utf8')).to.equal(toStdout.stdout);
  });

  it('puts --host and --port into the reference', async () => {
    const run = await runCli([EXAMPLE, '--docs', '-o', '-', '--host', 'broker.local', '--port', '1884'], dir);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.contain('`broker.local:1884`');
    expect(run.stdout).to.contain("const conn = new MqttConnection('broker.local', 1884);");
  });

  it('reports input errors, exits 1 and writes nothing', async () => {
    const input = path.join(dir, 'bad.stingeripc');
    fs.writeFileSync(input, 'stingeripc:\n  version: 0.1.0\ninterface:\n  name: Bad\n  version: 1.0.0\nsignals:\n  foo:\n    payload:\n      - name: x\n        type: intger\n');
    const run = await runCli([input, '--docs'], dir);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.match(/bad\.stingeripc:10:15: error: /);
    expect(fs.readdirSync(dir)).to.deep.equal(['bad.stingeripc']);
  });

  it('refuses --docs with --format or --check', async () => {
    for (const extra of [['--format', 'json'], ['--check']]) {
      const run = await runCli([EXAMPLE, '--docs', ...extra], dir);
      expect(run.code, extra.join(' ')).to.equal(1);
      expect(run.stderr).to.contain('--docs');
      expect(fs.readdirSync(dir)).to.deep.equal([]);
    }
  });

  it('documents --docs in --help', async () => {
    const run = await runCli(['--help'], dir);
    expect(run.code).to.equal(0);
    expect(run.stdout).to.match(/--docs\s+write the interface's Markdown reference/);
    expect(run.stdout).to.contain('NAME.md');
  });
});
