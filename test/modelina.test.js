// @ts-check
'use strict';
// The document as the converter writes it gives good models in
// @asyncapi/modelina (README "Other AsyncAPI tools"): named after the
// interface's own names, enums with members named after their values, and
// the models compile under tsc --strict.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { expect } = require('chai');
const YAML = require('yaml');
const { TypeScriptGenerator, typeScriptDefaultEnumKeyConstraints } = require('@asyncapi/modelina');

const REPO = path.resolve(__dirname, '..');
const GOLDEN = path.join(REPO, 'test', 'golden', 'asyncapi');
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

// The README's recipe, as written there: enum members take their names from
// `x-enum-varnames` (Modelina would otherwise name them NUMBER_1, ...).
const defaultEnumKey = typeScriptDefaultEnumKeyConstraints();
const generator = new TypeScriptGenerator({
  modelType: 'interface',
  enumType: 'enum',
  constraints: {
    enumKey: (context) => {
      const schema = /** @type {any} */ (context.enumModel.originalInput) || {};
      const names = schema['x-enum-varnames'];
      const index = Array.isArray(schema.enum) ? schema.enum.findIndex((/** @type {unknown} */ v) => String(v) === String(context.enumKey)) : -1;
      return defaultEnumKey(Array.isArray(names) && index >= 0 ? { ...context, enumKey: names[index] } : context);
    },
  },
});

/**
 * Models of a document: its payloads (what Modelina reads from an AsyncAPI
 * document), plus its message headers and the ReturnCode schema (which
 * Modelina skips, given as JSON Schema).
 * @param {any} document
 */
async function modelsOf(document) {
  const models = await generator.generateCompleteModels(document, { exportType: 'named' });
  const extra = [document.components.schemas.ReturnCode];
  const seen = new Set();
  for (const message of Object.values(document.components.messages)) {
    const headers = /** @type {any} */ (message).headers;
    if (headers && !seen.has(headers.title)) {
      seen.add(headers.title);
      extra.push(headers);
    }
  }
  for (const schema of extra) {
    models.push(...(await generator.generateCompleteModels({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema }, { exportType: 'named' })));
  }
  return models;
}

/** @param {string} name */
const readGolden = (name) => YAML.parse(fs.readFileSync(path.join(GOLDEN, name), 'utf8'));

describe('@asyncapi/modelina on the AsyncAPI document', function () {
  this.timeout(300000);

  /** @type {Record<string, Array<{ modelName: string, result: string }>>} */
  const models = {};
  before(async () => {
    models.example = await modelsOf(readGolden('examples-example.asyncapi.yaml'));
    models.full = await modelsOf(readGolden('examples-full.asyncapi.yaml'));
  });

  /** @param {string} key */
  const names = (key) => models[key].map((m) => m.modelName);
  /**
   * @param {string} key
   * @param {string} name
   */
  const model = (key, name) => {
    const found = models[key].find((m) => m.modelName === name);
    if (!found) throw new Error(`no model ${name} among ${names(key).join(', ')}`);
    return found.result;
  };

  it('names the models after the interface: payloads, requests, responses, values, structs, enums, headers', () => {
    expect(names('example')).to.include.members([
      'FooPayload', 'AddNumbersRequest', 'AddNumbersResponse', 'FavoriteNumberValue', 'DiscoveryPayload',
      'PresencePayload', 'ReturnCode', 'MethodResponseHeaders', 'PropertyValueHeaders', 'PropertyUpdateHeaders',
      'PropertyUpdateResponseHeaders',
    ]);
    expect(names('full')).to.include.members(['Lunch', 'Tray', 'DayOfTheWeek', 'OvenState', 'LunchServedPayload', 'OrderLunchRequest']);
    for (const name of [...names('example'), ...names('full')]) {
      expect(name).to.not.match(/Dot|Anonymous|Payload\d|^[a-z]/);
    }
  });

  it('names enum members after the enum values', () => {
    const days = model('full', 'DayOfTheWeek');
    expect(days).to.include('SUNDAY = 1');
    expect(days).to.include('SATURDAY = 7');
    expect(model('full', 'OvenState')).to.include('PRE_HEATING = 10');
    expect(model('full', 'ReturnCode')).to.include('OUT_OF_SYNC = 12');
    for (const key of Object.keys(models)) {
      for (const m of models[key]) expect(m.result, m.modelName).to.not.include('NUMBER_');
    }
  });

  it('types optional fields as optional and nullable, and references structs and enums by name', () => {
    const lunch = model('full', 'Lunch');
    expect(lunch).to.match(/day: DayOfTheWeek;/);
    expect(lunch).to.match(/orderNumber\?: number \| null;/);
    expect(model('full', 'Tray')).to.match(/lunches: Lunch\[\];/);
    expect(model('example', 'MethodResponseHeaders')).to.match(/returnCode: string;\n  debugInfo\?: string;/);
  });

  it('gives models that compile under tsc --strict', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stinger-modelina-'));
    try {
      for (const key of Object.keys(models)) {
        fs.mkdirSync(path.join(dir, key));
        for (const m of models[key]) fs.writeFileSync(path.join(dir, key, `${m.modelName}.ts`), m.result);
      }
      const files = Object.keys(models).flatMap((key) => models[key].map((m) => path.join(dir, key, `${m.modelName}.ts`)));
      await promisify(execFile)(process.execPath, [TSC, '--strict', '--noEmit', '--target', 'es2020', '--module', 'commonjs', ...files]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
