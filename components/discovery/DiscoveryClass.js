// The discovery class and its options: it follows the announcements of the
// interface's servers and hands out clients for them. Its members are the
// same for every interface; its fields and constructor carry the topic
// parameters.
import { blankLineApart, ClassDeclaration } from '../ClassDeclaration';
import { topicOptionMember } from '../TopicParameters';

const { stringLiteral } = require('../../filters/types');

/**
 * `ExampleDiscoveryOptions`.
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 */
export function DiscoveryOptions({ model }) {
  return `
/** Options of a {@link ${model.names.discoveryClass}}. */
export interface ${model.names.discoveryOptions} {
${model.topics.options.map(topicOptionMember).join('')}  /**
   * For servers behind a bridge: the topic on which the bridge that brings
   * their messages to this broker says whether its link is up (mosquitto:
   * the bridge's \`notification_topic\`, retained \`1\` when connected, \`0\`
   * when not). While it says \`0\` no instance is listed, since their
   * retained announcements and presence stay on this broker unchanged.
   */
  linkStateTopic?: string;
  /**
   * Called with malformed announcements and presence messages and with
   * errors thrown by listeners. Default: one \`console.warn\` line per error.
   */
  onError?: (error: Error) => void;
}
`;
}

/**
 * The fields: the connection, the watcher and one per topic parameter.
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 */
export function DiscoveryFields({ model }) {
  return `private readonly connection: MqttConnection;
private readonly watcher: InstanceWatcher;
${model.topics.options.map((o) => `private readonly ${o.option}: string;\n`).join('')}`;
}

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 */
export function DiscoveryConstructor({ model }) {
  const { names } = model;
  const options = model.topics.options;
  return `/** Starts watching on \`connection\`; the subscription is made at once, see {@link ready}. */
constructor(connection: MqttConnection, options: ${names.discoveryOptions}${options.length === 0 ? ' = {}' : ''}) {
  this.connection = connection;
${options.map((o) => `  this.${o.option} = topicLevel(options.${o.option}, '${o.option}');\n`).join('')}  this.watcher = new InstanceWatcher(connection, {
    interfaceName: ${stringLiteral(model.name)},
    version: ${stringLiteral(model.version)},
    discovery: topics.discovery,
    parameters: ${options.length === 0 ? '{}' : `{ ${options.map((o) => `${o.key}: this.${o.option}`).join(', ')} }`},
    linkStateTopic: options.linkStateTopic,
    onError: options.onError ?? ((error) => console.warn(\`${names.discoveryClass}: \${error.message}\`)),
  });
}
`;
}

/**
 * What the discovery does: list, describe and follow instances, make a client, stop.
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 */
export function DiscoveryMembers({ model }) {
  const { clientClass } = model.names;
  const clientOptions = ['instanceId', ...model.topics.options.map((o) => `${o.option}: this.${o.option}`), 'onError: options.onError'].join(', ');
  return blankLineApart([
    `/** Resolves when the broker has acknowledged the subscriptions; the retained announcements arrive right after. */
ready(): Promise<void> {
  return this.watcher.ready();
}
`,
    `/** The ids of the compatible instances online now, sorted. */
instances(): string[] {
  return this.watcher.instances();
}
`,
    `/** What a listed instance announced; \`undefined\` for an id not listed. */
info(instanceId: string): DiscoveredInstance | undefined {
  return this.watcher.info(instanceId);
}
`,
    `/**
 * Calls \`listener\` when an instance comes online.
 *
 * @returns A function that removes the listener again.
 */
onInstanceAdded(listener: (instanceId: string, info: DiscoveredInstance) => void): () => void {
  return this.watcher.onInstanceAdded(listener);
}
`,
    `/**
 * Calls \`listener\` when a listed instance goes away: its announcement was
 * removed or its connection is offline.
 *
 * @returns A function that removes the listener again.
 */
onInstanceRemoved(listener: (instanceId: string) => void): () => void {
  return this.watcher.onInstanceRemoved(listener);
}
`,
    `/**
 * Calls \`listener\` for an instance whose interface version is not
 * compatible; such an instance is never listed.
 *
 * @returns A function that removes the listener again.
 */
onIncompatibleInstance(listener: (instanceId: string, version: string) => void): () => void {
  return this.watcher.onIncompatibleInstance(listener);
}
`,
    `/**
 * A ready client of the first listed instance (the first id in sort order),
 * or of the first that comes online.
 *
 * @param options \`timeoutMs\` (default 10 000 ms) and the client's \`onError\`.
 * @returns A client whose subscriptions are acknowledged and which has seen every property value.
 * @throws MethodError with \`ReturnCode.Timeout\` when no instance is ready in time.
 */
firstClient(options: FirstClientOptions = {}): Promise<${clientClass}> {
  const create = (instanceId: string): ${clientClass} =>
    new ${clientClass}(this.connection, { ${clientOptions} });
  return this.watcher.firstClient(create, options.timeoutMs);
}
`,
    `/** Stops watching; \`firstClient\` calls still waiting reject. The connection stays open. */
close(): Promise<void> {
  return this.watcher.close();
}
`,
  ]);
}

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <DiscoveryClass model={model} />  // export class ExampleDiscovery { ... }
 */
export function DiscoveryClass({ model }) {
  const doc = `Finds the running servers of the ${model.name} interface on the broker.

Each server announces itself with a retained discovery message that names
its connection's presence topic. An instance is listed while its
announcement is there, its interface version is compatible with ${model.version}
(same major version; same minor version for 0.x) and its connection is
online. A server that closes, or whose connection the broker loses, is
removed.`;
  return (
    <ClassDeclaration
      doc={doc}
      name={model.names.discoveryClass}
      fields={<DiscoveryFields model={model} />}
      members={[<DiscoveryConstructor model={model} />, <DiscoveryMembers model={model} />]}
    />
  );
}
