// The client's constructor: checks the ids, makes its property states and
// subscribes to every signal, every property's value and, through the
// connection's shared call table, to its reply topics.
import { topicParametersExpression } from '../TopicParameters';

const { stringLiteral } = require('../../filters/types');

/**
 * The reply topics of every method and writable property: one subscription
 * each, shared by all clients on the connection. Only replies to this
 * client's own calls reach it; a property update's reply goes to the
 * property first (the call's observer). One topic stays on one line, several
 * are one per line.
 * @param {import('../../filters/model').InterfaceModel} model
 */
function replySubscription(model) {
  const topics = [
    ...model.methods.map((m) => `${m.topics}.response.fill(replyParameters)`),
    ...model.properties.filter((p) => !p.readOnly).map((p) => `${p.topics}.updateResponse.fill(replyParameters)`),
  ];
  const list = topics.length === 1 ? `[${topics[0]}]` : `[\n${topics.map((t) => `      ${t},\n`).join('')}    ]`;
  return `    this.calls.listen(${list}),\n`;
}

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <ClientConstructor model={model} />  // constructor(connection: MqttConnection, options: ExampleClientOptions) { ... }
 */
export function ClientConstructor({ model }) {
  const { names, signals, properties } = model;
  const usesCalls = model.methods.length > 0 || properties.some((p) => !p.readOnly);
  const longest = model.longestInstanceAddress ? `, ${stringLiteral(model.longestInstanceAddress)}` : '';
  const clientIdCheck = model.longestClientAddress
    ? `  // Replies come to client/{client_id}/...: the connection's id must fit into the longest such topic.
  topicLevel(connection.clientId, 'connection clientId', ${stringLiteral(model.longestClientAddress)});
`
    : '';
  const propertyInits = properties.map((p) => `  this.${p.names.field} = new ClientProperty('${p.name}', ${p.names.codec}, this.onError);\n`).join('');
  const subscriptions = [
    ...signals.map((s) => `    this.subscribeToSignal('${s.name}', ${s.topics}, this.${s.names.deliver}),\n`),
    ...properties.map((p) => `    this.subscribeToProperty(${p.topics}.value, this.${p.names.field}),\n`),
    ...(usesCalls ? [replySubscription(model)] : []),
  ].join('');
  return `/** Starts listening on \`connection\`; the subscriptions are made at once, see {@link ready}. */
constructor(connection: MqttConnection, options: ${names.clientOptions}) {
  this.connection = connection;
  this.instanceId = topicLevel(options.instanceId, 'instanceId'${longest});
${clientIdCheck}  this.topicParameters = ${topicParametersExpression(model.topics.options, 'this.instanceId')};
${usesCalls ? '  const replyParameters = this.replyParameters();\n' : ''}  this.onError = options.onError ?? ((error) => console.warn(\`${names.clientClass} \${this.instanceId}: \${error.message}\`));
${usesCalls ? '  this.calls = PendingCalls.shared(connection);\n' : ''}${propertyInits}  this.subscriptions = ${subscriptions === '' ? '[]' : `[\n${subscriptions}  ]`};
}
`;
}
