// The fields of the client class: the fixed ones, the call table when it
// calls methods or updates properties, a listener set per signal and a
// `ClientProperty` per property.

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <ClientFields model={model} />  // readonly instanceId: string; ... private fooListeners?: Set<FooListener>; ...
 */
export function ClientFields({ model }) {
  const usesCalls = model.methods.length > 0 || model.properties.some((p) => !p.readOnly);
  const calls = usesCalls
    ? 'private readonly calls: PendingCalls;\n/** The request and reply topics of each method and property called so far. */\nprivate filledTopics?: Map<TopicTemplate, MethodTopics>;\n'
    : '';
  const listenerFields = model.signals
    .map((s) => `/** Made on first use: most clients of a large fleet listen to few signals. */\nprivate ${s.names.listeners}?: Set<${s.names.listenerType}>;\n`)
    .join('');
  const propertyFields = model.properties.map((p) => `private readonly ${p.names.field}: ClientProperty<${p.tsType}>;\n`).join('');
  return `/** The id of the server instance this client talks to. */
readonly instanceId: string;
private readonly connection: MqttConnection;
/** The values of the address parameters of the server's topics (src/topics.ts). */
private readonly topicParameters: TopicParameters;
private readonly onError: (error: Error) => void;
private readonly subscriptions: Subscription[];
${calls}${listenerFields}${propertyFields}`;
}
