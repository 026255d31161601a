// src/discovery.ts: the discovery class. It follows the announcements of the
// interface's servers and hands out clients for them.
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { NamedImports } from '../../components/NamedImports';
import { topicOptionMember } from '../../components/TopicParameters';

const { interfaceModel } = require('../../filters/model');
const { stringLiteral } = require('../../filters/types');

export default function Discovery({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const { discoveryClass, clientClass } = model;
  const topicOptions = model.topics.options;
  const optionsOptional = topicOptions.length === 0;
  const clientOptions = ['instanceId', ...topicOptions.map((o) => `${o.option}: this.${o.option}`), 'onError: options.onError'].join(', ');
  return (
    <File name="discovery.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <NamedImports names={['MqttConnection']} from="./connection" />
      <NamedImports names={['DiscoveredInstance', 'FirstClientOptions', 'InstanceWatcher']} from="./instances" />
      <NamedImports names={topicOptions.length > 0 ? ['topicLevel'] : []} from="./protocol" />
      <NamedImports names={['topics']} from="./topics" />
      <NamedImports names={[clientClass]} from="./client" />
      {`
/** Options of a {@link ${discoveryClass}}. */
export interface ${discoveryClass}Options {
${topicOptions.map(topicOptionMember).join('')}  /**
   * Called with malformed announcements and presence messages and with
   * errors thrown by listeners. Default: one \`console.warn\` line per error.
   */
  onError?: (error: Error) => void;
}

/**
 * Finds the running servers of the ${model.name} interface on the broker.
 *
 * Each server announces itself with a retained discovery message that names
 * its connection's presence topic. An instance is listed while its
 * announcement is there, its interface version is compatible with ${model.version}
 * (same major version; same minor version for 0.x) and its connection is
 * online. A server that closes, or whose connection the broker loses, is
 * removed.
 */
export class ${discoveryClass} {
  private readonly connection: MqttConnection;
  private readonly watcher: InstanceWatcher;
${topicOptions.map((o) => `  private readonly ${o.option}: string;\n`).join('')}
  /** Starts watching on \`connection\`; the subscription is made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: ${discoveryClass}Options${optionsOptional ? ' = {}' : ''}) {
    this.connection = connection;
${topicOptions.map((o) => `    this.${o.option} = topicLevel(options.${o.option}, '${o.option}');\n`).join('')}    this.watcher = new InstanceWatcher(connection, {
      interfaceName: ${stringLiteral(model.name)},
      version: ${stringLiteral(model.version)},
      discovery: topics.discovery,
      parameters: ${topicOptions.length === 0 ? '{}' : `{ ${topicOptions.map((o) => `${o.key}: this.${o.option}`).join(', ')} }`},
      onError: options.onError ?? ((error) => console.warn(\`${discoveryClass}: \${error.message}\`)),
    });
  }

  /** Resolves when the broker has acknowledged the subscription; the retained announcements arrive right after. */
  ready(): Promise<void> {
    return this.watcher.ready();
  }

  /** The ids of the compatible instances online now, sorted. */
  instances(): string[] {
    return this.watcher.instances();
  }

  /** What a listed instance announced; \`undefined\` for an id not listed. */
  info(instanceId: string): DiscoveredInstance | undefined {
    return this.watcher.info(instanceId);
  }

  /**
   * Calls \`listener\` when an instance comes online.
   *
   * @returns A function that removes the listener again.
   */
  onInstanceAdded(listener: (instanceId: string, info: DiscoveredInstance) => void): () => void {
    return this.watcher.onInstanceAdded(listener);
  }

  /**
   * Calls \`listener\` when a listed instance goes away: its announcement was
   * removed or its connection is offline.
   *
   * @returns A function that removes the listener again.
   */
  onInstanceRemoved(listener: (instanceId: string) => void): () => void {
    return this.watcher.onInstanceRemoved(listener);
  }

  /**
   * Calls \`listener\` for an instance whose interface version is not
   * compatible; such an instance is never listed.
   *
   * @returns A function that removes the listener again.
   */
  onIncompatibleInstance(listener: (instanceId: string, version: string) => void): () => void {
    return this.watcher.onIncompatibleInstance(listener);
  }

  /**
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

  /** Stops watching; \`firstClient\` calls still waiting reject. The connection stays open. */
  close(): Promise<void> {
    return this.watcher.close();
  }
}
`}
    </File>
  );
}
