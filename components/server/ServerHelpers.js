// The private helpers of the server class; each is there only when an
// element uses it (publishAll and republish always are).
import { blankLineApart } from '../ClassDeclaration';

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <ServerHelpers model={model} />  // private serveProperty<T>(...), private async publishAll(), ...
 */
export function ServerHelpers({ model }) {
  const { signals, methods, properties } = model;
  const owned = model.ownedValues;
  const publications = [...properties.map((p) => `this.${p.names.field}.publish()`), 'this.announcer.publish()'].map((call) => `    ${call},\n`).join('');
  const helpers = [];
  if (properties.length > 0) {
    helpers.push(`/** \`replyAddress\`: the property's update reply channel; replies go only to topics that match it. */
private serveProperty<T>(name: string, address: TopicTemplate, codec: PropertyCodec<T>, ${owned ? 'initialValue: T' : 'accessor: ReadOnlyPropertyAccessor<T>'}, readOnly: boolean, replyAddress?: TopicTemplate): ServerProperty<T> {
  return new ServerProperty(this.connection, {
    name,
    topic: address.fill(this.topicParameters),
    codec,
    ${owned ? 'initialValue' : 'accessor'},
    readOnly,
    replyAddress: replyAddress?.address,
  });
}
`);
  }
  helpers.push(
    `/** Publishes every property and the announcement (retained); resolves when the broker has them. */
private async publishAll(): Promise<void> {
  await Promise.all([
${publications}  ]);
}
`,
    `/** After a reconnection: the broker may have lost the retained messages. */
private republish(): void {
  this.publishAll().catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
}
`,
  );
  if (methods.length > 0 && properties.length > 0) {
    helpers.push(`/** A property of a methods-only replica: it has no value here; reading or changing it throws. */
private absentProperty<T>(name: string, codec: PropertyCodec<T>): ServerProperty<T> {
  const notHere = \`${model.names.serverClass} \${this.instanceId} is a methods-only replica (methodsOnly): property '\${name}' is kept by the server of the instance that has the values\`;
  return new ServerProperty(this.connection, { name, topic: '', codec, readOnly: true, notHere });
}
`);
  }
  if (methods.length > 0) {
    helpers.push(`/**
 * Subscribes to a method's requests; with a share group through a shared
 * subscription, whose refusal (a broker without shared subscriptions) also
 * goes to \`onError\`, as a server that never calls ready() would hang silently.
 */
private subscribeToMethod(address: TopicTemplate, answer: (request: IncomingMessage) => void): Subscription {
  const topic = address.fill(this.topicParameters);
  if (this.shareGroup === undefined) {
    return this.connection.subscribe(topic, answer);
  }
  const subscription = this.connection.subscribe(sharedFilter(this.shareGroup, topic), answer);
  subscription.ready.catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
  return subscription;
}
`);
  }
  if (properties.some((p) => !p.readOnly)) {
    helpers.push(`private subscribeToUpdates<T>(address: TopicTemplate, property: ServerProperty<T>): Subscription {
  return this.connection.subscribe(address.fill(this.topicParameters), (request) => void property.answerUpdate(request, this.onError));
}
`);
  }
  if (signals.length > 0) {
    helpers.push(`private publishSignal(address: TopicTemplate, payload: JsonObject): Promise<void> {
  // Filled on a signal's first emit, then reused: an emit builds no topic text.
  const cache = (this.signalTopics ??= new Map());
  let topic = cache.get(address);
  if (topic === undefined) {
    topic = address.fill(this.topicParameters);
    cache.set(address, topic);
  }
  return this.connection.publish(topic, JSON.stringify(payload));
}
`);
  }
  return blankLineApart(helpers);
}
