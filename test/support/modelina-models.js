// @ts-check
'use strict';
// Prints, as JSON, the TypeScript models @asyncapi/modelina makes from an
// AsyncAPI document (test/modelina.test.js runs it in a child process).
// Usage: node modelina-models.js DOCUMENT.yaml

const fs = require('node:fs');
const YAML = require('yaml');
const { TypeScriptGenerator, typeScriptDefaultEnumKeyConstraints } = require('@asyncapi/modelina');

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

modelsOf(YAML.parse(fs.readFileSync(process.argv[2], 'utf8')))
  .then((models) => process.stdout.write(JSON.stringify(models.map((m) => ({ modelName: m.modelName, result: m.result })))))
  .catch((err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exitCode = 1;
  });
