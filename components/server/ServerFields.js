// The fields of the server class: the fixed ones, the signal topics' cache
// when it emits signals, a handler per method and a `ServerProperty` per
// property.

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <ServerFields model={model} />  // readonly instanceId: string; ... private addNumbersHandler?: AddNumbersHandler; ...
 */
export function ServerFields({ model }) {
  const handlerFields = model.methods.map((m) => `private ${m.names.handlerField}?: ${m.names.handlerType};\n`).join('');
  const propertyFields = model.properties.map((p) => `private readonly ${p.names.field}: ServerProperty<${p.tsType}>;\n`).join('');
  const signalTopics = model.signals.length > 0 ? '/** The topic of each signal emitted so far. */\nprivate signalTopics?: Map<TopicTemplate, string>;\n' : '';
  return `/** The id of this server instance. */
readonly instanceId: string;
private readonly connection: MqttConnection;
/** The values of the address parameters of this server's topics (src/topics.ts). */
private readonly topicParameters: TopicParameters;
private readonly onError: (error: Error) => void;
private readonly subscriptions: Subscription[];
private readonly announcer: Announcer;
/** The first publication of every property and of the announcement. */
private readonly started: Promise<void>;
private readonly stopRepublishing: () => void;
${signalTopics}${model.methods.length > 0 ? `/** The shared subscription group of the method requests, if any. */
private readonly shareGroup: string | undefined;
/** False for a methods-only replica: it publishes no property or announcement. */
private readonly ownsProperties: boolean;
` : ''}${handlerFields}${propertyFields}`;
}
