// The server's constructor: checks the ids, serves every property, makes
// the announcer, subscribes to every method's requests and every writable
// property's updates, and publishes.
import { topicParametersExpression } from '../TopicParameters';

const { stringLiteral } = require('../../filters/types');

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <ServerConstructor model={model} />  // constructor(connection: MqttConnection, options: ExampleServerOptions) { ... }
 */
export function ServerConstructor({ model }) {
  const { names, methods, properties } = model;
  const owned = model.ownedValues;
  const valuesOption = owned ? 'initialValues' : 'accessors';
  // With methods, a server may be a methods-only replica (see the replica options): `owner` is then undefined.
  const hasMethods = methods.length > 0;
  const ownerOptions = hasMethods ? 'owner' : 'options';
  const serveProperty = (/** @type {import('../../filters/model').PropertyModel} */ p) =>
    `this.serveProperty('${p.name}', ${p.topics}.value, ${p.names.codec}, ${ownerOptions}.${valuesOption}.${p.names.option}, ${p.readOnly ? 'true' : `false, ${p.topics}.updateResponse`})`;
  const requireValues = `requireInitialValues('${names.serverClass}', ${ownerOptions}.${valuesOption}, [${properties.map((p) => `'${p.names.option}'`).join(', ')}]${owned ? '' : ", 'accessors'"});`;
  const propertyInits =
    properties.length === 0
      ? ''
      : hasMethods
        ? `  if (owner !== undefined) {\n    ${requireValues}\n  }\n` +
          properties.map((p) => `  this.${p.names.field} = owner === undefined ? this.absentProperty('${p.name}', ${p.names.codec}) : ${serveProperty(p)};\n`).join('')
        : `  ${requireValues}\n` + properties.map((p) => `  this.${p.names.field} = ${serveProperty(p)};\n`).join('');
  const methodSubscriptions = methods.map((m) => `    this.subscribeToMethod(${m.topics}.request, (request) => this.${m.names.answer}(request)),\n`).join('');
  const updateSubscriptions = properties.filter((p) => !p.readOnly).map((p) => `    this.subscribeToUpdates(${p.topics}.update, this.${p.names.field}),\n`).join('');
  const subscriptions = hasMethods ? methodSubscriptions : updateSubscriptions;
  // A methods-only replica takes no property updates: the owner does.
  const ownerSubscriptions = hasMethods && updateSubscriptions !== '' ? `  this.subscriptions.push(\n${updateSubscriptions}  );\n` : '';
  const replicaSetup = hasMethods
    ? `  const owner = 'methodsOnly' in options ? undefined : options;
  const replica = 'methodsOnly' in options ? options : undefined;
  if (replica !== undefined && (replica.methodsOnly !== true || replica.shareGroup === undefined)) {
    throw new TypeError('${names.serverClass}: methodsOnly must be true and needs a shareGroup');
  }
  this.shareGroup = options.shareGroup === undefined ? undefined : shareGroupName(options.shareGroup);
  this.ownsProperties = owner !== undefined;
`
    : '';
  const replicaReturn = hasMethods
    ? `  if (!this.ownsProperties) {
    this.started = Promise.resolve();
    this.stopRepublishing = () => undefined;
    return;
  }
`
    : '';
  const longest = model.longestInstanceAddress ? `, ${stringLiteral(model.longestInstanceAddress)}` : '';
  return `/**
 * Starts serving on \`connection\`: subscribes, publishes every property and
 * announces the instance at once (see {@link ready}), and publishes them
 * again whenever the connection comes back.
 */
constructor(connection: MqttConnection, options: ${names.serverOptions}${hasMethods ? ` | ${names.methodReplicaOptions}` : ''}) {
  this.connection = connection;
  this.instanceId = topicLevel(options.instanceId, 'instanceId'${longest});
  this.topicParameters = ${topicParametersExpression(model.topics.options, 'this.instanceId')};
  this.onError = options.onError ?? ((error) => console.warn(\`${names.serverClass} \${options.instanceId}: \${error.message}\`));
${replicaSetup}${propertyInits}  this.announcer = new Announcer(
    connection,
    {
      interfaceName: ${stringLiteral(model.name)},
      title: ${stringLiteral(model.title || model.name)},
      version: ${stringLiteral(model.version)},
      instanceId: options.instanceId,
      topic: topics.discovery.fill(this.topicParameters),
      expirySeconds: ${model.discoveryExpirySeconds},
      intervalMs: ${ownerOptions}${hasMethods ? '?' : ''}.announceIntervalMs ?? 60_000,
    },
    this.onError,
  );
  this.subscriptions = ${subscriptions === '' ? '[]' : `[\n${subscriptions}  ]`};
${replicaReturn}${ownerSubscriptions}  this.started = this.publishAll();
  // ready() reports a failure; nobody may call it.
  this.started.catch(() => undefined);
  this.announcer.repeat();
  this.stopRepublishing = connection.onReconnect(() => this.republish());
}
`;
}
