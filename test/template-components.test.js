// @ts-check
'use strict';
// Each component of the class templates (components/server, client,
// discovery, ClassDeclaration), rendered alone against the interface model of
// a parsed fixture (examples/full.stingeripc, the Kitchen interface), the way
// the official generator's components are tested. The goldens check the
// whole files; these check what each part is responsible for. And the import
// lists: they follow from the code (filters/imports.js).

const { expect } = require('chai');
const { component, renderComponent, fixtureModel } = require('./support/components');
const names = require('../filters/names');
const { importsFor, usedIdentifiers, packageExports } = require('../filters/imports');

/** @typedef {import('../filters/model').InterfaceModel} InterfaceModel */

/**
 * @template T
 * @param {T[]} items
 * @param {(item: T) => boolean} test
 * @returns {T}
 */
function find(items, test) {
  const found = items.find(test);
  if (found === undefined) throw new Error('fixture element missing');
  return found;
}

describe('template components', function () {
  this.timeout(60000);
  /** @type {InterfaceModel} */
  let kitchen;
  /** @type {InterfaceModel} */
  let accessors;
  /** @type {InterfaceModel} */
  let example;

  before(async () => {
    kitchen = await fixtureModel('examples/full.stingeripc');
    accessors = await fixtureModel('examples/full.stingeripc', { stingerOwnedValues: false });
    example = await fixtureModel('examples/example.stingeripc');
  });

  describe('ClassDeclaration', () => {
    it('puts the fields, then the members one blank line apart, inside the class, indented by the renderer', () => {
      const { ClassDeclaration, blankLineApart } = component('ClassDeclaration');
      const text = renderComponent(ClassDeclaration, {
        doc: 'A thing.',
        name: 'Thing',
        fields: 'private readonly a: string;\n',
        members: ['constructor() {\n  this.a = \'\';\n}\n', blankLineApart(['one(): void {}\n', 'two(): void {}\n'])],
      });
      expect(text).to.equal(
        '/** A thing. */\nexport class Thing {\n  private readonly a: string;\n\n  constructor() {\n    this.a = \'\';\n  }\n\n  one(): void {}\n\n  two(): void {}\n}\n',
      );
    });
  });

  describe('server', () => {
    it('ServerSignal: emitX with the payload encoder, or {} for a signal without values', () => {
      const { ServerSignal } = component('server/ServerSignal');
      const withValues = find(kitchen.signals, (s) => s.name === 'temperature_changed');
      const text = renderComponent(ServerSignal, { signal: withValues });
      expect(text).to.include('emitTemperatureChanged(oven: number, celsius: number, state: OvenState): Promise<void> {\n');
      expect(text).to.include('  return this.publishSignal(topics.signals.temperature_changed, encodeTemperatureChangedPayload({ oven, celsius, state }));\n');
      expect(text.startsWith('/**'), 'documented').to.equal(true);
      const empty = find(kitchen.signals, (s) => s.fields.length === 0);
      expect(renderComponent(ServerSignal, { signal: empty })).to.include(`  return this.publishSignal(${empty.topics}, {});\n`);
    });

    it('ServerMethod: handleX sets the handler, answerX decodes, calls it and encodes its result', () => {
      const { ServerMethod } = component('server/ServerMethod');
      const add = find(kitchen.methods, (m) => m.name === 'add_numbers');
      const text = renderComponent(ServerMethod, { method: add });
      expect(text).to.include('handleAddNumbers(handler: AddNumbersHandler): void {\n  this.addNumbersHandler = handler;\n}\n\nprivate answerAddNumbers(');
      expect(text).to.include('    const args = decodeAddNumbersArguments(payload);\n');
      expect(text).to.include('    return mapResult(handler(args.first, args.second, args.third), (sum) => encodeAddNumbersResult({ sum }));\n');
      expect(text).to.include("      throw notImplemented('add_numbers');\n");
      expect(text).to.include('  }, topics.methods.add_numbers.response.address);\n');
      const reset = find(kitchen.methods, (m) => m.name === 'reset');
      const resetText = renderComponent(ServerMethod, { method: reset });
      expect(resetText).to.include('this.onError, () => {');
      expect(resetText).to.include('    return mapResult(handler(), () => ({}));\n');
    });

    it('ServerProperty: getter, setX (or publishX when the application owns the values), onXUpdated unless read-only', () => {
      const { ServerProperty } = component('server/ServerProperty');
      const favorite = find(kitchen.properties, (p) => p.name === 'favorite_number');
      const owned = renderComponent(ServerProperty, { property: favorite, ownedValues: true });
      expect(owned).to.include('get favoriteNumber(): number {\n  return this.favoriteNumberProperty.value;\n}\n');
      expect(owned).to.include('setFavoriteNumber(number: number): Promise<void> {\n  return this.favoriteNumberProperty.set(number);\n}\n');
      expect(owned).to.include('onFavoriteNumberUpdated(listener: FavoriteNumberUpdatedListener): () => void {\n');
      expect(owned).not.to.include('publishFavoriteNumber');
      const app = renderComponent(ServerProperty, { property: find(accessors.properties, (p) => p.name === 'favorite_number'), ownedValues: false });
      expect(app).to.include('publishFavoriteNumber(): Promise<void> {\n  return this.favoriteNumberProperty.changed();\n}\n');
      expect(app).not.to.include('setFavoriteNumber');
      const readOnly = find(kitchen.properties, (p) => p.readOnly);
      expect(renderComponent(ServerProperty, { property: readOnly, ownedValues: true })).not.to.include('Updated(');
    });

    it('ServerFields: a handler per method, a ServerProperty per property', () => {
      const { ServerFields } = component('server/ServerFields');
      const text = renderComponent(ServerFields, { model: kitchen });
      expect(text).to.include('private addNumbersHandler?: AddNumbersHandler;\n');
      expect(text).to.include('private readonly ovenSettingProperty: ServerProperty<OvenSettingValue>;\n');
      expect(text.split('\n').filter((line) => line.startsWith('private readonly') && line.includes('ServerProperty<'))).to.have.length(kitchen.properties.length);
    });

    it('ServerConstructor: serves every property, subscribes to requests and writable properties\' updates', () => {
      const { ServerConstructor } = component('server/ServerConstructor');
      const text = renderComponent(ServerConstructor, { model: kitchen });
      expect(text).to.match(/^\/\*\*\n/);
      // With methods the server may be a methods-only replica: the values come from `owner`.
      expect(text).to.include('constructor(connection: MqttConnection, options: KitchenServerOptions | KitchenMethodReplicaOptions) {\n');
      expect(text).to.include("    requireInitialValues('KitchenServer', owner.initialValues, ['favoriteNumber', 'ovenSetting', 'todaysMenu', 'lastCleaned']);\n");
      expect(text).to.include("  this.favoriteNumberProperty = owner === undefined ? this.absentProperty('favorite_number', favoriteNumberCodec) : this.serveProperty(");
      expect(text).to.include('    this.subscribeToMethod(topics.methods.add_numbers.request, (request) => this.answerAddNumbers(request)),\n');
      // A replica returns before the update subscriptions and the publications.
      expect(text.indexOf('if (!this.ownsProperties) {')).to.be.lessThan(text.indexOf('this.subscribeToUpdates('));
      expect(text.indexOf('if (!this.ownsProperties) {')).to.be.lessThan(text.indexOf('this.started = this.publishAll();'));
      const readOnly = find(kitchen.properties, (p) => p.readOnly);
      expect(text).not.to.include(`${readOnly.topics}.update,`);
      const app = renderComponent(ServerConstructor, { model: accessors });
      expect(app).to.include("owner.accessors, ['favoriteNumber', 'ovenSetting', 'todaysMenu', 'lastCleaned'], 'accessors');\n");
      // Without methods there are no replicas: the options are the values' owner.
      const noMethods = renderComponent(ServerConstructor, { model: { ...kitchen, methods: [] } });
      expect(noMethods).to.include('constructor(connection: MqttConnection, options: KitchenServerOptions) {\n');
      expect(noMethods).to.include("  requireInitialValues('KitchenServer', options.initialValues, ['favoriteNumber', 'ovenSetting', 'todaysMenu', 'lastCleaned']);\n");
      expect(noMethods).not.to.include('ownsProperties');
    });

    it('ServerHelpers: only the helpers the elements use', () => {
      const { ServerHelpers } = component('server/ServerHelpers');
      const full = renderComponent(ServerHelpers, { model: kitchen });
      for (const helper of ['serveProperty<T>(', 'publishAll(', 'republish(', 'subscribeToMethod(', 'subscribeToUpdates<T>(', 'publishSignal(']) {
        expect(full).to.include(helper);
      }
      const bare = renderComponent(ServerHelpers, { model: { ...kitchen, signals: [], methods: [], properties: [] } });
      expect(bare).to.include('publishAll(');
      for (const helper of ['serveProperty', 'subscribeToMethod', 'subscribeToUpdates', 'publishSignal']) expect(bare).not.to.include(helper);
    });

    it('ServerClass: every member the names module gives each element, in one class', () => {
      const { ServerClass } = component('server/ServerClass');
      const text = renderComponent(ServerClass, { model: kitchen });
      expect(text).to.match(/export class KitchenServer \{\n {2}\/\*\* The id of this server instance\. \*\/\n/);
      for (const s of kitchen.signals) expect(text).to.include(`\n  ${s.names.emit}(`);
      for (const m of kitchen.methods) expect(text).to.include(`\n  ${m.names.handle}(`).and.to.include(`\n  private ${m.names.answer}(`);
      for (const p of kitchen.properties) expect(text).to.include(`\n  get ${p.names.getter}(`).and.to.include(`\n  ${p.names.set}(`);
      expect(text.endsWith('\n}\n')).to.equal(true);
    });
  });

  describe('client', () => {
    it('ClientSignal: receiveX adds a listener, deliverX decodes and calls them', () => {
      const { ClientSignal } = component('client/ClientSignal');
      const signal = find(kitchen.signals, (s) => s.name === 'temperature_changed');
      const text = renderComponent(ClientSignal, { signal });
      expect(text).to.include('receiveTemperatureChanged(listener: TemperatureChangedListener): () => void {\n  const listeners = (this.temperatureChangedListeners ??= new Set());\n');
      expect(text).to.include('private deliverTemperatureChanged(payload: Record<string, unknown>): void {\n  const signal = decodeTemperatureChangedPayload(payload);\n');
      expect(text).to.include('    listener(signal.oven, signal.celsius, signal.state);\n');
    });

    it('ClientMethod: one call through the shared call table, decoding the result', () => {
      const { ClientMethod } = component('client/ClientMethod');
      const add = find(kitchen.methods, (m) => m.name === 'add_numbers');
      const text = renderComponent(ClientMethod, { method: add });
      expect(text).to.include('addNumbers(first: number, second: number, third?: number, callOptions?: CallOptions): Promise<number> {\n');
      expect(text).to.include('    (payload) => decodeAddNumbersResult(payload).sum,\n');
      expect(text).to.include('    encodeAddNumbersArguments({ first, second, third }),\n');
      const reset = find(kitchen.methods, (m) => m.name === 'reset');
      expect(renderComponent(ClientMethod, { method: reset })).to.include('    () => undefined,\n');
    });

    it('ClientProperty: getter, onXChanged, and setX unless read-only', () => {
      const { ClientProperty } = component('client/ClientProperty');
      const favorite = find(kitchen.properties, (p) => p.name === 'favorite_number');
      const text = renderComponent(ClientProperty, { property: favorite });
      expect(text).to.include('get favoriteNumber(): number | undefined {\n');
      expect(text).to.include('onFavoriteNumberChanged(listener: FavoriteNumberChangedListener): () => void {\n');
      expect(text).to.include('setFavoriteNumber(number: number, callOptions?: CallOptions): Promise<number> {\n');
      const readOnly = find(kitchen.properties, (p) => p.readOnly);
      expect(renderComponent(ClientProperty, { property: readOnly })).not.to.include(`${readOnly.names.set}(`);
    });

    it('ClientFields and ClientConstructor: the call table only when the client calls', () => {
      const { ClientFields } = component('client/ClientFields');
      const { ClientConstructor } = component('client/ClientConstructor');
      expect(renderComponent(ClientFields, { model: kitchen })).to.include('private readonly calls: PendingCalls;\n');
      const constructorText = renderComponent(ClientConstructor, { model: kitchen });
      expect(constructorText).to.include('    this.calls.listen([\n      topics.methods.add_numbers.response.fill(replyParameters),\n');
      expect(constructorText).to.include("    this.subscribeToSignal('temperature_changed', topics.signals.temperature_changed, this.deliverTemperatureChanged),\n");
      const signalsOnly = { ...kitchen, methods: [], properties: [] };
      expect(renderComponent(ClientFields, { model: signalsOnly })).not.to.include('calls');
      expect(renderComponent(ClientConstructor, { model: signalsOnly })).not.to.include('calls');
    });

    it('ClientLifecycle: propertiesReady waits for every property; close says what it does', () => {
      const { ClientLifecycle } = component('client/ClientLifecycle');
      const one = renderComponent(ClientLifecycle, { model: example });
      expect(one).to.include('  await Promise.all([this.favoriteNumberProperty.known()]);\n');
      expect(one).to.include('/**\n * Removes every listener, rejects the calls still waiting for a reply and releases the subscriptions.\n * The connection stays open.\n */\n');
      const several = renderComponent(ClientLifecycle, { model: kitchen });
      expect(several).to.include('  await Promise.all([\n    this.favoriteNumberProperty.known(),\n');
      const bare = renderComponent(ClientLifecycle, { model: { ...kitchen, signals: [], methods: [], properties: [] } });
      expect(bare).to.include('/**\n * Releases the subscriptions.\n * The connection stays open.\n */\n');
    });

    it('ClientHelpers: only the helpers the elements use', () => {
      const { ClientHelpers } = component('client/ClientHelpers');
      const full = renderComponent(ClientHelpers, { model: kitchen });
      for (const helper of ['subscribeToSignal(', 'subscribeToProperty<T>(', 'replyParameters(', 'requestTopics(']) expect(full).to.include(helper);
      expect(renderComponent(ClientHelpers, { model: { ...kitchen, methods: [], properties: [] } })).not.to.include('requestTopics');
    });
  });

  describe('discovery', () => {
    it('DiscoveryClass: makes clients of the interface, with the topic options', () => {
      const { DiscoveryClass, DiscoveryOptions } = component('discovery/DiscoveryClass');
      const text = renderComponent(DiscoveryClass, { model: kitchen });
      expect(text).to.include('export class KitchenDiscovery {\n  private readonly connection: MqttConnection;\n');
      expect(text).to.include('  constructor(connection: MqttConnection, options: KitchenDiscoveryOptions = {}) {\n');
      expect(text).to.include('      new KitchenClient(this.connection, { instanceId, onError: options.onError });\n');
      const option = { name: 'prefix', key: 'prefix', option: 'prefix', example: 'home' };
      const withPrefix = { ...kitchen, topics: { ...kitchen.topics, options: [option] } };
      const prefixed = renderComponent(DiscoveryClass, { model: withPrefix });
      expect(prefixed).to.include("    this.prefix = topicLevel(options.prefix, 'prefix');\n");
      expect(prefixed).to.include('options: KitchenDiscoveryOptions) {');
      expect(renderComponent(DiscoveryOptions, { model: withPrefix })).to.include('  prefix: string;\n');
    });
  });

  describe('imports follow from the code (filters/imports.js)', () => {
    it('counts identifiers used as code, not in comments, strings, template text or after a dot', () => {
      const used = usedIdentifiers("// Announcer\n/** {@link TopicTemplate} */\nconst a = 'MethodError';\nthis.topics.x;\nf(`DecodeError ${ReturnCode.Ok} ${`${nested}`}`);\n");
      expect([...used]).to.include.members(['const', 'a', 'this', 'f', 'ReturnCode', 'nested']);
      expect([...used]).not.to.include.members(['Announcer']);
      for (const name of ['Announcer', 'TopicTemplate', 'MethodError', 'topics', 'x', 'DecodeError', 'Ok']) expect(used.has(name), name).to.equal(false);
    });

    it('imports what the code uses from the module that exports it, and nothing it declares itself', () => {
      const code = 'export class ExampleServer {\n  private readonly connection: MqttConnection;\n  x = topics.discovery;\n  y = encodeFooPayload({});\n}\nexport type FooListener = () => void;\n';
      expect(importsFor(code, packageExports(example))).to.deep.equal([
        { from: './connection', names: ['MqttConnection'] },
        { from: './topics', names: ['topics'] },
        { from: './interfaceTypes', names: ['encodeFooPayload'] },
      ]);
    });

    it('knows every name src/interfaceTypes.ts exports from the names module', () => {
      const exported = new Map(packageExports(kitchen)).get('./interfaceTypes') || [];
      for (const p of kitchen.properties) expect(exported).to.include(p.names.codec);
      for (const m of kitchen.methods) if (m.names.argumentsCodec) expect(exported).to.include(m.names.argumentsCodec.decode);
      expect(exported).to.include(names.typeNames('lunch').encode);
    });
  });
});
