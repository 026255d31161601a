// The private helpers of the client class; each is there only when an
// element uses it.
import { blankLineApart } from '../ClassDeclaration';

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <ClientHelpers model={model} />  // private subscribeToSignal(...), private replyParameters(), private requestTopics(...)
 */
export function ClientHelpers({ model }) {
  const usesCalls = model.methods.length > 0 || model.properties.some((p) => !p.readOnly);
  const helpers = [];
  if (model.signals.length > 0) {
    helpers.push(`private subscribeToSignal(
  signal: string,
  address: TopicTemplate,
  deliver: (this: this, payload: Record<string, unknown>) => void,
): Subscription {
  // A bad payload or a failing listener goes to onError, never to mqtt.js.
  return this.connection.subscribe(address.fill(this.topicParameters), new SignalReceiver(signal, this, deliver, this.onError));
}
`);
  }
  if (model.properties.length > 0) {
    helpers.push(`private subscribeToProperty<T>(address: TopicTemplate, state: ClientProperty<T>): Subscription {
  return this.connection.subscribe(address.fill(this.topicParameters), state);
}
`);
  }
  if (usesCalls) {
    helpers.push(
      `/** The values of the address parameters with this connection's client id, for the reply topics (made when needed, not kept). */
private replyParameters(): TopicParameters {
  return { ...this.topicParameters, client_id: this.connection.clientId };
}
`,
      `/** The topics of one request: its channel's address filled for the server, its reply channel's for this client. */
private requestTopics(request: TopicTemplate, response: TopicTemplate): MethodTopics {
  // Filled on a method's first call, then reused: a call builds no topic text.
  const cache = (this.filledTopics ??= new Map());
  let topics = cache.get(request);
  if (topics === undefined) {
    topics = { request: request.fill(this.topicParameters), response: response.fill(this.replyParameters()) };
    cache.set(request, topics);
  }
  return topics;
}
`,
    );
  }
  return blankLineApart(helpers);
}
