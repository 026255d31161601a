// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { MqttConnection, Subscription } from './connection';
import { JsonObject, topicLevel } from './protocol';
import { Announcer } from './instances';
import { TopicParameters, TopicTemplate } from './topicTemplate';
import { topics } from './topics';
import { encodeFooPayload } from './interfaceTypes';

/** Options of a {@link ExampleServer}. */
export interface ExampleServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /**
   * Time between two discovery announcements in milliseconds. Default 60 000;
   * an announcement expires after 120 s.
   */
  announceIntervalMs?: number;
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
  /** The values of the address parameters of this server's topics (src/topics.ts). */
  private readonly topicParameters: TopicParameters;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly announcer: Announcer;
  /** The first publication of every property and of the announcement. */
  private readonly started: Promise<void>;
  private readonly stopRepublishing: () => void;
  /** The topic of each signal emitted so far. */
  private signalTopics?: Map<TopicTemplate, string>;

  /**
   * Starts serving on `connection`: subscribes, publishes every property and
   * announces the instance at once (see {@link ready}), and publishes them
   * again whenever the connection comes back.
   */
  constructor(connection: MqttConnection, options: ExampleServerOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Example/{service_id}/signal/foo');
    this.topicParameters = { service_id: this.instanceId };
    this.onError = options.onError ?? ((error) => console.warn(`ExampleServer ${options.instanceId}: ${error.message}`));
    this.announcer = new Announcer(
      connection,
      {
        interfaceName: 'Example',
        title: 'Example',
        version: '0.0.1',
        instanceId: options.instanceId,
        topic: topics.discovery.fill(this.topicParameters),
        expirySeconds: 120,
        intervalMs: options.announceIntervalMs ?? 60_000,
      },
      this.onError,
    );
    this.subscriptions = [];
    this.started = this.publishAll();
    // ready() reports a failure; nobody may call it.
    this.started.catch(() => undefined);
    this.announcer.repeat();
    this.stopRepublishing = connection.onReconnect(() => this.republish());
  }

  /**
   * Resolves when the broker has acknowledged every subscription of this
   * server and has its properties and its announcement.
   */
  async ready(): Promise<void> {
    await Promise.all([...this.subscriptions.map((subscription) => subscription.ready), this.started]);
  }

  /**
   * Removes the announcement, stops answering requests and releases the
   * subscriptions. The connection stays open; the property values stay
   * retained on the broker.
   */
  async close(): Promise<void> {
    this.stopRepublishing();
    await this.announcer.stop();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Emits the `foo` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitFoo(message: string): Promise<void> {
    return this.publishSignal(topics.signals.foo, encodeFooPayload({ message }));
  }

  /** Publishes every property and the announcement (retained); resolves when the broker has them. */
  private async publishAll(): Promise<void> {
    await Promise.all([
      this.announcer.publish(),
    ]);
  }

  /** After a reconnection: the broker may have lost the retained messages. */
  private republish(): void {
    this.publishAll().catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
  }

  private publishSignal(address: TopicTemplate, payload: JsonObject): Promise<void> {
    // Filled on a signal's first emit, then reused: an emit builds no topic text.
    const cache = (this.signalTopics ??= new Map());
    let topic = cache.get(address);
    if (topic === undefined) {
      topic = address.fill(this.topicParameters);
      cache.set(address, topic);
    }
    return this.connection.publish(topic, JSON.stringify(payload));
  }
}
