// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import { MqttConnection, Subscription } from './connection';
import { JsonObject, topicLevel } from './protocol';
import { encodeFooPayload } from './interfaceTypes';

/** Options of a {@link ExampleServer}. */
export interface ExampleServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /**
   * Called with errors no caller can be told about, e.g. a request without a
   * response topic. Default: one `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Server of the Example interface. */
export class ExampleServer {
  /** The id of this server instance. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];

  /** Starts serving on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: ExampleServerOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Example/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`ExampleServer ${options.instanceId}: ${error.message}`));
    this.subscriptions = [];
  }

  /** Resolves when the broker has acknowledged every subscription of this server. */
  async ready(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.ready));
  }

  /** Stops answering requests and releases the subscriptions. The connection stays open. */
  async close(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Emits the `foo` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitFoo(message: string): Promise<void> {
    return this.publishSignal('foo', encodeFooPayload({ message }));
  }

  private publishSignal(signal: string, payload: JsonObject): Promise<void> {
    return this.connection.publish(`${this.topicPrefix}/signal/${signal}`, JSON.stringify(payload));
  }
}
