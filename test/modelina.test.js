// @ts-check
'use strict';
// The document as the converter writes it gives good models in
// @asyncapi/modelina (README "In the AsyncAPI document"): named after the
// interface's own names, enums with members named after their values, and
// the models compile under tsc --strict.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { expect } = require('chai');

const REPO = path.resolve(__dirname, '..');
const GOLDEN = path.join(REPO, 'test', 'golden', 'asyncapi');
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * The models of a golden document (test/support/modelina-models.js, the
 * README's recipe), made in a child process: in the full suite, Modelina's
 * $ref resolver failed with "location is not defined" after other tests had
 * loaded browser-minded modules into the same process.
 * @param {string} name
 * @returns {Promise<Array<{ modelName: string, result: string }>>}
 */
async function modelsOfGolden(name) {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'support', 'modelina-models.js'), path.join(GOLDEN, name)], {
    maxBuffer: 1 << 26,
  });
  return JSON.parse(stdout);
}

describe('@asyncapi/modelina on the AsyncAPI document', function () {
  this.timeout(300000);

  /** @type {Record<string, Array<{ modelName: string, result: string }>>} */
  const models = {};
  before(async () => {
    models.example = await modelsOfGolden('examples-example.asyncapi.yaml');
    models.full = await modelsOfGolden('examples-full.asyncapi.yaml');
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
