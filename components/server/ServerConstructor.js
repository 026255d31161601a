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
  const propertyInits =
    properties.length > 0
      ? `  requireInitialValues('${names.serverClass}', options.${valuesOption}, [${properties.map((p) => `'${p.names.option}'`).join(', ')}]${owned ? '' : ", 'accessors'"});\n` +
        properties
          .map((p) => `  this.${p.names.field} = this.serveProperty('${p.name}', ${p.topics}.value, ${p.names.codec}, options.${valuesOption}.${p.names.option}, ${p.readOnly ? 'true' : `false, ${p.topics}.updateResponse`});\n`)
          .join('')
      : '';
  const subscriptions = [
    ...methods.map((m) => `    this.subscribeToMethod(${m.topics}.request, (request) => this.${m.names.answer}(request)),\n`),
    ...properties.filter((p) => !p.readOnly).map((p) => `    this.subscribeToUpdates(${p.topics}.update, this.${p.names.field}),\n`),
  ].join('');
  const longest = model.longestInstanceAddress ? `, ${stringLiteral(model.longestInstanceAddress)}` : '';
  return `/**
 * Starts serving on \`connection\`: subscribes, publishes every property and
 * announces the instance at once (see {@link ready}), and publishes them
 * again whenever the connection comes back.
 */
constructor(connection: MqttConnection, options: ${names.serverOptions}) {
  this.connection = connection;
  this.instanceId = topicLevel(options.instanceId, 'instanceId'${longest});
  this.topicParameters = ${topicParametersExpression(model.topics.options, 'this.instanceId')};
  this.onError = options.onError ?? ((error) => console.warn(\`${names.serverClass} \${options.instanceId}: \${error.message}\`));
${propertyInits}  this.announcer = new Announcer(
    connection,
    {
      interfaceName: ${stringLiteral(model.name)},
      title: ${stringLiteral(model.title || model.name)},
      version: ${stringLiteral(model.version)},
      instanceId: options.instanceId,
      topic: topics.discovery.fill(this.topicParameters),
      expirySeconds: ${model.discoveryExpirySeconds},
      intervalMs: options.announceIntervalMs ?? 60_000,
    },
    this.onError,
  );
  this.subscriptions = ${subscriptions === '' ? '[]' : `[\n${subscriptions}  ]`};
  this.started = this.publishAll();
  // ready() reports a failure; nobody may call it.
  this.started.catch(() => undefined);
  this.announcer.repeat();
  this.stopRepublishing = connection.onReconnect(() => this.republish());
}
`;
}
