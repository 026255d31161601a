// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { MqttConnection, Subscription } from './connection';
import { SignalReceiver, topicLevel } from './protocol';
import { TopicParameters, TopicTemplate } from './topicTemplate';
import { topics } from './topics';
import { decodeFooPayload } from './interfaceTypes';

/** Options of a {@link ExampleClient}. */
export interface ExampleClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `foo` signals. */
export type FooListener = (message: string) => void;

/** Client of the Example interface. */
export class ExampleClient {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  /** The values of the address parameters of the server's topics (src/topics.ts). */
  private readonly topicParameters: TopicParameters;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private fooListeners?: Set<FooListener>;

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: ExampleClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Example/{service_id}/signal/foo');
    // Replies come to client/{client_id}/...: the connection's id must fit into the longest such topic.
    topicLevel(connection.clientId, 'connection clientId', 'client/{client_id}/online');
    this.topicParameters = { service_id: this.instanceId };
    this.onError = options.onError ?? ((error) => console.warn(`ExampleClient ${this.instanceId}: ${error.message}`));
    this.subscriptions = [
      this.subscribeToSignal('foo', topics.signals.foo, this.deliverFoo),
    ];
  }

  /** Resolves when the broker has acknowledged every subscription of this client. */
  async ready(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.ready));
  }

  /**
   * Resolves once a value of every property has arrived. The broker sends the
   * retained values right after the subscriptions; with no server they never come.
   */
  async propertiesReady(): Promise<void> {
    await Promise.all([]);
  }

  /**
   * Removes every listener and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.fooListeners?.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `foo` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveFoo(listener: FooListener): () => void {
    const listeners = (this.fooListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverFoo(payload: Record<string, unknown>): void {
    const signal = decodeFooPayload(payload);
    for (const listener of this.fooListeners ?? []) {
      listener(signal.message);
    }
  }

  private subscribeToSignal(
    signal: string,
    address: TopicTemplate,
    deliver: (this: this, payload: Record<string, unknown>) => void,
  ): Subscription {
    // A bad payload or a failing listener goes to onError, never to mqtt.js.
    return this.connection.subscribe(address.fill(this.topicParameters), new SignalReceiver(signal, this, deliver, this.onError));
  }
}
