// @ts-check
'use strict';
// The AsyncAPI builder and the converter API: document shape (docs/internals.md §2),
// parser validity, the parser-API view the template uses, goldens, determinism.

const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('chai');
const { Parser } = require('@asyncapi/parser');
const { buildAsyncApi } = require('../converter/asyncapi');
const { fieldSchema } = require('../converter/asyncapi-schemas');
const converter = require('../converter');
const { goldenCases, GOLDEN_DIR } = require('./golden-updaters/asyncapi');

/** @param {string} kind @param {string} [name] */
const t = (kind, name) => (name ? { kind, name } : { kind });
const loc = { file: 'hand.stingeripc', line: 1, col: 1 };
/**
 * @param {string} name @param {any} type @param {boolean} [optional] @param {string} [description]
 */
const field = (name, type, optional = false, description) =>
  description ? { name, type, optional, description, loc } : { name, type, optional, loc };

/** A small hand-made Model (docs/internals.md §1) that uses every type and kind. */
function handModel() {
  return {
    file: 'hand.stingeripc',
    stingeripcVersion: '0.1.0',
    interface: { name: 'Hand', version: '2.0.1', summary: 'Made by hand.', documentation: 'For tests.\n', loc },
    enums: [
      {
        name: 'color',
        documentation: 'Colors.',
        values: [
          { name: 'red', value: 1, description: 'Like blood.', loc },
          { name: 'green', value: 5, loc },
        ],
        loc,
      },
    ],
    structs: [
      {
        name: 'point',
        documentation: 'A point.',
        members: [field('x', t('float')), field('label', t('string'), true, 'Optional label.'), field('tint', t('enum', 'color'))],
        loc,
      },
    ],
    signals: [
      {
        name: 'moved',
        documentation: 'The point moved.',
        payload: [
          field('where', t('struct', 'point'), false, 'New place.'),
          field('at', t('datetime')),
          field('took', t('duration'), true),
          field('raw', t('binary')),
          field('path', { kind: 'array', items: t('struct', 'point') }),
          field('ok', t('boolean')),
          field('count', t('integer')),
        ],
        loc,
      },
      { name: 'nothing', payload: [], loc },
    ],
    methods: [
      {
        name: 'add',
        documentation: 'Adds.',
        arguments: [field('a', t('integer')), field('b', t('integer'), true)],
        returnValues: [field('sum', t('integer'))],
        loc,
      },
    ],
    properties: [
      { name: 'speed', documentation: 'How fast.', values: [field('value', t('float'))], readOnly: false, loc },
      { name: 'origin', values: [field('p', t('struct', 'point'))], readOnly: true, loc },
    ],
    constants: [{ name: 'limit', type: 'integer', value: 3, description: 'A limit.', loc }],
  };
}

/** One parser for the whole file: creating it is the slow part. */
const parser = new Parser();

/** @param {any} document */
async function parse(document) {
  return parser.parse(converter.serialize(document, 'json'));
}

/** @param {Array<{ severity: number }>} diagnostics */
const errorsAndWarnings = (diagnostics) => diagnostics.filter((d) => d.severity === 0 || d.severity === 1);

describe('AsyncAPI builder (hand-made model)', () => {
  const doc = buildAsyncApi(/** @type {any} */ (handModel()), { host: 'broker.local', port: 1999 });

  it('fills root, info and the broker server', () => {
    expect(doc.asyncapi).to.equal('3.0.0');
    expect(doc.defaultContentType).to.equal('application/json');
    expect(doc.info.title).to.equal('Hand');
    expect(doc.info.version).to.equal('2.0.1');
    expect(doc.info.description).to.equal('Made by hand.\n\nFor tests.');
    expect(doc.info['x-stinger-interface']).to.deep.equal({
      name: 'Hand',
      version: '2.0.1',
      stingeripcVersion: '0.1.0',
      summary: 'Made by hand.',
      documentation: 'For tests.\n',
    });
    expect(doc.info['x-stinger-constants']).to.deep.equal([
      { name: 'limit', type: 'integer', value: 3, description: 'A limit.' },
    ]);
    const broker = doc.servers.broker;
    expect(broker.host).to.equal('broker.local:1999');
    expect(broker.protocol).to.equal('mqtt');
    expect(broker.protocolVersion).to.equal('5');
    expect(broker.bindings.mqtt.bindingVersion).to.equal('0.2.0');
    expect(broker.bindings.mqtt.cleanSession).to.equal(true);
    expect(broker.bindings.mqtt.lastWill).to.deep.equal({
      topic: 'client/{client_id}/online',
      qos: 1,
      retain: true,
      message: '{"online":false}',
    });
  });

  it('defaults the server to localhost:1883', () => {
    const plain = buildAsyncApi(/** @type {any} */ (handModel()));
    expect(plain.servers.broker.host).to.equal('localhost:1883');
    const ipv6 = buildAsyncApi(/** @type {any} */ (handModel()), { host: '::1', port: 1884 });
    expect(ipv6.servers.broker.host).to.equal('[::1]:1884');
  });

  it('uses the wire addresses of the protocol', () => {
    const addressOf = (/** @type {string} */ id) => doc.channels[id].address;
    expect(addressOf('signal.moved')).to.equal('Hand/{service_id}/signal/moved');
    expect(addressOf('method.add.request')).to.equal('Hand/{service_id}/method/add/request');
    expect(addressOf('method.add.response')).to.equal(null);
    expect(doc.channels['method.add.response']['x-stinger-address']).to.equal('client/{client_id}/Hand/method/add/response');
    expect(addressOf('property.speed.value')).to.equal('Hand/{service_id}/property/speed/value');
    expect(addressOf('property.speed.update')).to.equal('Hand/{service_id}/property/speed/update');
    expect(doc.channels['property.speed.updateResponse']['x-stinger-address']).to.equal(
      'client/{client_id}/Hand/property/speed/update/response',
    );
    expect(addressOf('discovery')).to.equal('Hand/{service_id}/interface');
    expect(addressOf('presence')).to.equal('client/{client_id}/online');
    expect(doc.channels.presence.parameters).to.have.keys('client_id');
    expect(doc.channels['signal.moved'].parameters).to.have.keys('service_id');
  });

  it('describes operations from the server side, with kinds, names and bindings', () => {
    const ops = doc.operations;
    expect(Object.keys(ops)).to.deep.equal([
      'signal.moved',
      'signal.nothing',
      'method.add',
      'property.speed.value',
      'property.speed.update',
      'property.origin.value',
      'discovery',
      'presence',
    ]);
    const summary = Object.fromEntries(
      Object.entries(ops).map(([id, op]) => [
        id,
        [op.action, op['x-stinger-kind'], op['x-stinger-name'], op.bindings.mqtt.qos, op.bindings.mqtt.retain, Boolean(op.reply)],
      ]),
    );
    expect(summary).to.deep.equal({
      'signal.moved': ['send', 'signal', 'moved', 1, false, false],
      'signal.nothing': ['send', 'signal', 'nothing', 1, false, false],
      'method.add': ['receive', 'method', 'add', 1, false, true],
      'property.speed.value': ['send', 'propertyValue', 'speed', 1, true, false],
      'property.speed.update': ['receive', 'propertyUpdate', 'speed', 1, false, true],
      'property.origin.value': ['send', 'propertyValue', 'origin', 1, true, false],
      discovery: ['send', 'discovery', 'Hand', 1, true, false],
      presence: ['send', 'presence', 'presence', 1, true, false],
    });
    expect(ops['property.speed.value']['x-stinger-read-only']).to.equal(false);
    expect(ops['property.origin.value']['x-stinger-read-only']).to.equal(true);
    expect(doc.channels).to.not.have.property('property.origin.update');
    expect(ops['method.add'].description).to.equal('Adds.');
    expect(ops['discovery'].bindings.mqtt.messageExpiryInterval.type).to.equal('integer');
  });

  it('gives requests a reply, correlation id and response topic', () => {
    const op = doc.operations['method.add'];
    expect(op.reply).to.deep.equal({
      address: { description: 'The MQTT v5 Response Topic of the request.', location: '$message.header#/responseTopic' },
      channel: { $ref: '#/channels/method.add.response' },
      messages: [{ $ref: '#/channels/method.add.response/messages/method.add.response' }],
    });
    expect(op.bindings.mqtt.messageExpiryInterval).to.include({ type: 'integer' });
    const request = doc.components.messages['method.add.request'];
    expect(request.correlationId.location).to.equal('$message.header#/correlationData');
    expect(request.bindings.mqtt).to.include({
      contentType: 'application/json',
      responseTopic: 'client/{client_id}/Hand/method/add/response',
      bindingVersion: '0.2.0',
    });
    expect(request.bindings.mqtt.correlationData.type).to.equal('string');
    const response = doc.components.messages['method.add.response'];
    expect(response.headers.required).to.deep.equal(['ReturnCode']);
    expect(response.headers.properties).to.have.keys('ReturnCode', 'DebugInfo');
    const updateResponse = doc.components.messages['property.speed.updateResponse'];
    expect(updateResponse.headers.properties).to.have.keys('ReturnCode', 'PropertyVersion', 'DebugInfo');
    expect(doc.components.messages['property.speed.value'].headers.required).to.deep.equal(['PropertyVersion']);
    expect(doc.components.messages['property.speed.update'].headers.properties).to.have.keys('PropertyVersion');
  });

  it('maps every type to JSON Schema, optional also admitting null', () => {
    const props = doc.components.schemas['signal.moved.payload'].properties;
    expect(props.where).to.deep.equal({ description: 'New place.', allOf: [{ $ref: '#/components/schemas/point' }] });
    expect(props.at).to.deep.equal({ type: 'string', format: 'date-time' });
    expect(props.took).to.deep.equal({ type: ['string', 'null'], format: 'duration' });
    expect(props.raw).to.deep.equal({ type: 'string', contentEncoding: 'base64' });
    expect(props.path).to.deep.equal({ type: 'array', items: { $ref: '#/components/schemas/point' } });
    expect(props.ok).to.deep.equal({ type: 'boolean' });
    expect(props.count).to.deep.equal({ type: 'integer' });
    expect(doc.components.schemas.point.properties.x).to.deep.equal({ type: 'number' });
    // An optional field may also be left out.
    expect(doc.components.schemas['signal.moved.payload'].required).to.deep.equal([
      'where', 'at', 'raw', 'path', 'ok', 'count',
    ]);
  });

  it('makes an optional enum or struct a nullable oneOf whose branches have names', () => {
    const field = (/** @type {any} */ type) => fieldSchema({ name: 'f', type, optional: true });
    expect(field({ kind: 'struct', name: 'point' })).to.deep.equal({
      type: ['object', 'null'],
      oneOf: [{ $ref: '#/components/schemas/point' }, { type: 'null', title: 'null' }],
    });
    expect(field({ kind: 'enum', name: 'color' }).type).to.deep.equal(['integer', 'null']);
    expect(field({ kind: 'array', items: { kind: 'integer' } })).to.deep.equal({ type: ['array', 'null'], items: { type: 'integer' } });
  });

  it('titles payload and header schemas with the names code generators should use', () => {
    const schemas = doc.components.schemas;
    expect(schemas['signal.moved.payload'].title).to.equal('MovedPayload');
    expect(schemas['method.add.requestPayload'].title).to.equal('AddRequest');
    expect(schemas['method.add.responsePayload'].title).to.equal('AddResponse');
    expect(schemas['property.speed.valuePayload'].title).to.equal('SpeedValue');
    const messages = doc.components.messages;
    expect(messages['method.add.response'].headers.title).to.equal('MethodResponseHeaders');
    expect(messages['property.speed.value'].headers.title).to.equal('PropertyValueHeaders');
    expect(messages['property.speed.update'].headers.title).to.equal('PropertyUpdateHeaders');
    expect(messages['property.speed.updateResponse'].headers.title).to.equal('PropertyUpdateResponseHeaders');
  });

  it('gives every message an example with its payload and user properties', () => {
    const messages = doc.components.messages;
    for (const [key, message] of Object.entries(messages)) {
      expect(message.examples, key).to.have.length(1);
      expect(message.examples[0].payload, key).to.be.an('object');
    }
    expect(messages['method.add.response'].examples[0].headers).to.deep.equal({ ReturnCode: '0' });
    expect(messages['property.speed.updateResponse'].examples[0].headers).to.deep.equal({ ReturnCode: '0', PropertyVersion: '2' });
    const moved = messages['signal.moved'].examples[0].payload;
    expect(moved.took).to.equal(null);
    expect(moved.at).to.be.a('string');
  });

  it('says each description once: on the operation, not again on its channel and message', () => {
    for (const [id, operation] of Object.entries(doc.operations)) {
      const text = /** @type {any} */ (operation).description;
      if (!text) continue;
      const channelKey = /** @type {any} */ (operation).channel.$ref.split('/').pop();
      expect(doc.channels[channelKey].description, id).to.not.equal(text);
      expect(doc.components.messages[channelKey].description, id).to.not.equal(text);
    }
  });

  it('describes the ReturnCode header with the meaning of every code, without Markdown code spans', () => {
    const header = doc.components.messages['method.add.response'].headers.properties.ReturnCode;
    expect(header.description).to.include('- 0 = Success\n');
    expect(header.description).to.include('- 12 = OutOfSync: a property update named a PropertyVersion that is not the current one.');
    expect(doc.components.schemas.ReturnCode.description).to.not.include('`');
  });

  it('lists fields in file order in x-stinger-fields', () => {
    expect(doc.components.schemas['signal.moved.payload']['x-stinger-fields']).to.deep.equal([
      { name: 'where', type: 'struct', structName: 'point', optional: false, description: 'New place.' },
      { name: 'at', type: 'datetime', optional: false },
      { name: 'took', type: 'duration', optional: true },
      { name: 'raw', type: 'binary', optional: false },
      { name: 'path', type: 'array', itemType: { type: 'struct', structName: 'point' }, optional: false },
      { name: 'ok', type: 'boolean', optional: false },
      { name: 'count', type: 'integer', optional: false },
    ]);
    expect(doc.components.schemas['signal.nothing.payload']['x-stinger-fields']).to.deep.equal([]);
    expect(doc.components.schemas['method.add.requestPayload']['x-stinger-fields'].map((/** @type {any} */ f) => f.name))
      .to.deep.equal(['a', 'b']);
  });

  it('describes enums, structs and return codes as component schemas', () => {
    const schemas = doc.components.schemas;
    expect(schemas.color).to.deep.equal({
      title: 'color',
      description: 'Colors.\n\nValues:\n\n- 1 = red: Like blood.\n- 5 = green',
      type: 'integer',
      enum: [1, 5],
      'x-enum-varnames': ['red', 'green'],
      'x-enum-descriptions': ['Like blood.', ''],
      'x-stinger-enum': {
        name: 'color',
        description: 'Colors.',
        values: [{ name: 'red', value: 1, description: 'Like blood.' }, { name: 'green', value: 5 }],
      },
    });
    expect(schemas.point).to.include({ title: 'point', description: 'A point.', type: 'object', additionalProperties: false });
    expect(schemas.point.required).to.deep.equal(['x', 'tint']);
    expect(schemas.point['x-stinger-struct']).to.deep.equal({ name: 'point' });
    expect(schemas.ReturnCode.enum).to.deep.equal([...Array(16).keys()]);
    const names = schemas.ReturnCode['x-stinger-enum'].values.map((/** @type {any} */ v) => v.name);
    expect(names[0]).to.equal('Success');
    expect(names[12]).to.equal('OutOfSync');
    expect(names[15]).to.equal('ServiceUnavailable');
  });

  it('passes @asyncapi/parser with no errors or warnings', async () => {
    const { diagnostics } = await parse(doc);
    expect(errorsAndWarnings(diagnostics)).to.deep.equal([]);
  });

  it('is rejected by the parser when broken, so the check above can fail', async () => {
    const broken = buildAsyncApi(/** @type {any} */ (handModel()));
    broken.operations['signal.moved'].bindings.mqtt.qos = 7;
    const { diagnostics } = await parse(broken);
    expect(errorsAndWarnings(diagnostics)).to.not.be.empty;
  });
});

describe('the parser API view of the document (what the template reads)', () => {
  /** @type {any} */
  let parsed;
  before(async () => {
    const text = converter.serialize(buildAsyncApi(/** @type {any} */ (handModel())), 'yaml');
    const result = await parser.parse(text);
    parsed = result.document;
    expect(parsed, 'parsed document').to.exist;
  });

  it('exposes kinds, names, messages, replies, fields, enums and constants', () => {
    /** @type {Record<string, any>} */
    const seen = {};
    for (const op of parsed.operations().all()) {
      const ext = op.extensions();
      const kind = ext.get('x-stinger-kind').value();
      const name = ext.get('x-stinger-name').value();
      const message = op.messages().all()[0];
      const fields = message.payload().extensions().get('x-stinger-fields').value();
      /** @type {Record<string, any>} */
      const entry = {
        kind,
        name,
        action: op.action(),
        address: op.channels().all()[0].address(),
        fields: fields.map((/** @type {any} */ f) => f.name),
      };
      const reply = op.reply();
      if (reply) {
        const replyMessage = reply.messages().all()[0];
        entry.replyFields = replyMessage.payload().extensions().get('x-stinger-fields').value().map((/** @type {any} */ f) => f.name);
        entry.replyLocation = reply.address().location();
        entry.replyHeaders = Object.keys(replyMessage.headers().properties());
        entry.correlation = message.correlationId().location();
      }
      seen[op.id()] = entry;
    }
    expect(seen['signal.moved']).to.deep.equal({
      kind: 'signal',
      name: 'moved',
      action: 'send',
      address: 'Hand/{service_id}/signal/moved',
      fields: ['where', 'at', 'took', 'raw', 'path', 'ok', 'count'],
    });
    expect(seen['method.add']).to.deep.equal({
      kind: 'method',
      name: 'add',
      action: 'receive',
      address: 'Hand/{service_id}/method/add/request',
      fields: ['a', 'b'],
      replyFields: ['sum'],
      replyLocation: '$message.header#/responseTopic',
      replyHeaders: ['ReturnCode', 'DebugInfo'],
      correlation: '$message.header#/correlationData',
    });
    expect(seen['property.speed.update'].replyHeaders).to.deep.equal(['ReturnCode', 'PropertyVersion', 'DebugInfo']);

    const op = parsed.operations().get('method.add');
    const binding = op.bindings().get('mqtt');
    expect(binding.value().qos).to.equal(1);
    expect(binding.version()).to.equal('0.2.0');

    const schemas = parsed.components().schemas();
    const color = schemas.get('color');
    expect(color.enum()).to.deep.equal([1, 5]);
    expect(color.extensions().get('x-stinger-enum').value().values[0].name).to.equal('red');
    const point = schemas.get('point');
    expect(point.extensions().get('x-stinger-fields').value().map((/** @type {any} */ f) => f.name)).to.deep.equal(['x', 'label', 'tint']);
    expect(schemas.get('ReturnCode').enum()).to.have.length(16);

    const info = parsed.info();
    expect(info.extensions().get('x-stinger-constants').value()[0].name).to.equal('limit');
    expect(info.extensions().get('x-stinger-interface').value().name).to.equal('Hand');
    expect(parsed.servers().get('broker').bindings().get('mqtt').value().lastWill.topic).to.equal('client/{client_id}/online');
  });
});

describe('converter API on real interface files', () => {
  const cases = goldenCases();

  it('has inputs to check, and a golden file for each input and no other', () => {
    expect(cases.map((c) => path.basename(c.input))).to.include.members(['example.stingeripc', 'full.stingeripc']);
    const goldens = fs.readdirSync(GOLDEN_DIR).map((n) => path.join(GOLDEN_DIR, n)).sort();
    expect(goldens).to.deep.equal(cases.map((c) => c.golden).sort());
  });

  for (const c of cases) {
    describe(path.relative(path.join(__dirname, '..'), c.input), () => {
      /** @type {any} */
      let document;
      before(() => {
        const result = converter.convertFile(c.input);
        expect(result.diagnostics.map(String)).to.deep.equal([]);
        document = result.document;
      });

      it('matches the golden document byte for byte', () => {
        const expected = fs.readFileSync(c.golden, 'utf8');
        expect(converter.serialize(document, 'yaml')).to.equal(expected, `run 'npm run golden:update' if the change is intended`);
      });

      it('passes @asyncapi/parser with no errors or warnings', async () => {
        const { diagnostics } = await parser.parse(fs.readFileSync(c.golden, 'utf8'));
        expect(errorsAndWarnings(diagnostics)).to.deep.equal([]);
      });

      it('is deterministic: two runs give the same bytes', () => {
        const again = converter.convertFile(c.input).document;
        expect(converter.serialize(/** @type {any} */ (again), 'yaml')).to.equal(converter.serialize(document, 'yaml'));
        expect(converter.serialize(/** @type {any} */ (again), 'json')).to.equal(converter.serialize(document, 'json'));
      });
    });
  }

  it('reports an unreadable file as a diagnostic, with no document', () => {
    const result = converter.convertFile(path.join(__dirname, 'no-such-file.stingeripc'));
    expect(result.document).to.equal(null);
    expect(result.diagnostics).to.have.length(1);
    expect(result.diagnostics[0].message).to.match(/^cannot read the file \(ENOENT\)/);
  });

  it('refuses enums and structs named like a schema the document reserves', () => {
    const model = handModel();
    model.enums[0].name = 'ReturnCode';
    model.enums[0].loc = { file: 'hand.stingeripc', line: 4, col: 3 };
    const found = converter.reservedNameDiagnostics(model);
    expect(found.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`)).to.deep.equal([
      "hand.stingeripc:4:3: 'ReturnCode' is reserved: the document defines its own 'ReturnCode' schema",
    ]);
    expect(converter.reservedNameDiagnostics(handModel())).to.deep.equal([]);
  });

  it('serializes JSON that parses back to the same document', () => {
    const document = converter.convertFile(cases[0].input).document;
    expect(JSON.parse(converter.serialize(/** @type {any} */ (document), 'json'))).to.deep.equal(document);
  });

  it('validateDocument reports only the expected info diagnostic for a good document', async () => {
    const document = converter.convertFile(cases[0].input).document;
    const diagnostics = await converter.validateDocument(/** @type {any} */ (document));
    expect(diagnostics.map((d) => d.code)).to.deep.equal(['asyncapi-latest-version']);
  });
});
