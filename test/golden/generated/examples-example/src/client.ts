// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { MqttConnection, Subscription } from './connection';
import {
  CallOptions,
  MethodError,
  MethodTopics,
  PendingCalls,
  ReturnCode,
  SignalReceiver,
  topicLevel,
} from './protocol';
import { ClientProperty } from './properties';
import { TopicParameters, TopicTemplate } from './topicTemplate';
import { topics } from './topics';
import {
  decodeAddNumbersResult,
  decodeFooPayload,
  encodeAddNumbersArguments,
  favoriteNumberCodec,
} from './interfaceTypes';

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

/** Receives `foo` signals. Something happened; the server tells every client about it. */
export type FooListener = (message: string) => void;

/** Receives each new value of the `favorite_number` property. A number that the server and its clients agree on; either side may change it. */
export type FavoriteNumberChangedListener = (value: number) => void;

/**
 * Client of the Example interface.
 *
 * A small interface that shows a signal, a method and a property.
 */
export class ExampleClient {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  /** The values of the address parameters of the server's topics (src/topics.ts). */
  private readonly topicParameters: TopicParameters;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly calls: PendingCalls;
  /** The request and reply topics of each method and property called so far. */
  private filledTopics?: Map<TopicTemplate, MethodTopics>;
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private fooListeners?: Set<FooListener>;
  private readonly favoriteNumberProperty: ClientProperty<number>;

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: ExampleClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Example/{service_id}/property/favorite_number/update');
    // Replies come to client/{client_id}/...: the connection's id must fit into the longest such topic.
    topicLevel(connection.clientId, 'connection clientId', 'client/{client_id}/Example/property/favorite_number/update/response');
    this.topicParameters = { service_id: this.instanceId };
    const replyParameters = this.replyParameters();
    this.onError = options.onError ?? ((error) => console.warn(`ExampleClient ${this.instanceId}: ${error.message}`));
    this.calls = PendingCalls.shared(connection);
    this.favoriteNumberProperty = new ClientProperty('favorite_number', favoriteNumberCodec, this.onError);
    this.subscriptions = [
      this.subscribeToSignal('foo', topics.signals.foo, this.deliverFoo),
      this.subscribeToProperty(topics.properties.favorite_number.value, this.favoriteNumberProperty),
      this.calls.listen([
        topics.methods.add_numbers.response.fill(replyParameters),
        topics.properties.favorite_number.updateResponse.fill(replyParameters),
      ]),
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
    await Promise.all([this.favoriteNumberProperty.known()]);
  }

  /**
   * Removes every listener, rejects the calls still waiting for a reply and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'ExampleClient was closed'), this);
    this.fooListeners?.clear();
    this.favoriteNumberProperty.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `foo` signal. Something happened; the server tells every client about it.
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

  /**
   * Adds two integers and returns their sum.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns sum
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  addNumbers(left: number, right: number, callOptions?: CallOptions): Promise<number> {
    return this.calls.call(
      this.requestTopics(topics.methods.add_numbers.request, topics.methods.add_numbers.response),
      encodeAddNumbersArguments({ left, right }),
      (payload) => decodeAddNumbersResult(payload).sum,
      callOptions,
      undefined,
      this,
    );
  }

  /** A number that the server and its clients agree on; either side may change it. The last value seen; `undefined` until the first arrives. */
  get favoriteNumber(): number | undefined {
    return this.favoriteNumberProperty.value;
  }

  /** The `PropertyVersion` of the last `favorite_number` value seen; `undefined` until the first arrives. */
  get favoriteNumberVersion(): number | undefined {
    return this.favoriteNumberProperty.version;
  }

  /**
   * Calls `listener` with every new value of `favorite_number`.
   *
   * @returns A function that removes the listener again.
   */
  onFavoriteNumberChanged(listener: FavoriteNumberChangedListener): () => void {
    return this.favoriteNumberProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `number` the value of `favorite_number`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setFavoriteNumber(number: number, callOptions?: CallOptions): Promise<number> {
    return this.favoriteNumberProperty.update(this.calls, this.requestTopics(topics.properties.favorite_number.update, topics.properties.favorite_number.updateResponse), number, callOptions, this);
  }

  private subscribeToSignal(
    signal: string,
    address: TopicTemplate,
    deliver: (this: this, payload: Record<string, unknown>) => void,
  ): Subscription {
    // A bad payload or a failing listener goes to onError, never to mqtt.js.
    return this.connection.subscribe(address.fill(this.topicParameters), new SignalReceiver(signal, this, deliver, this.onError));
  }

  private subscribeToProperty<T>(address: TopicTemplate, state: ClientProperty<T>): Subscription {
    return this.connection.subscribe(address.fill(this.topicParameters), state);
  }

  /** The values of the address parameters with this connection's client id, for the reply topics (made when needed, not kept). */
  private replyParameters(): TopicParameters {
    return { ...this.topicParameters, client_id: this.connection.clientId };
  }

  /** The topics of one request: its channel's address filled for the server, its reply channel's for this client. */
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
}
