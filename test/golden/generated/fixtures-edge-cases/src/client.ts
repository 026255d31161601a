// Generated from asyncapi.yaml (interface edge_cases 3.0.0) by @stingeripc/ts-template. Do not edit by hand.
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
import { TopicParameters, TopicTemplate } from './topicTemplate';
import { topics } from './topics';
import {
  Color,
  decodeManyOptionalResult,
  decodeMaybeFindResult,
  decodeMovedPayload,
  encodeManyOptionalArguments,
  encodeMaybeFindArguments,
  ManyOptionalResult,
  Point,
  Shape,
} from './interfaceTypes';

/** Options of a {@link EdgeCasesClient}. */
export interface EdgeCasesClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `moved` signals. */
export type MovedListener = (from: Point | undefined, to: Point, colors: Color[]) => void;

/** Client of the edge_cases interface. */
export class EdgeCasesClient {
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
  private movedListeners?: Set<MovedListener>;

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: EdgeCasesClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'edge_cases/{service_id}/method/many_optional/request');
    // Replies come to client/{client_id}/...: the connection's id must fit into the longest such topic.
    topicLevel(connection.clientId, 'connection clientId', 'client/{client_id}/edge_cases/method/many_optional/response');
    this.topicParameters = { service_id: this.instanceId };
    const replyParameters = this.replyParameters();
    this.onError = options.onError ?? ((error) => console.warn(`EdgeCasesClient ${this.instanceId}: ${error.message}`));
    this.calls = PendingCalls.shared(connection);
    this.subscriptions = [
      this.subscribeToSignal('moved', topics.signals.moved, this.deliverMoved),
      this.calls.listen([
        topics.methods.maybe_find.response.fill(replyParameters),
        topics.methods.many_optional.response.fill(replyParameters),
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
    await Promise.all([]);
  }

  /**
   * Removes every listener, rejects the calls still waiting for a reply and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'EdgeCasesClient was closed'), this);
    this.movedListeners?.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `moved` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveMoved(listener: MovedListener): () => void {
    const listeners = (this.movedListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverMoved(payload: Record<string, unknown>): void {
    const signal = decodeMovedPayload(payload);
    for (const listener of this.movedListeners ?? []) {
      listener(signal.from, signal.to, signal.colors);
    }
  }

  /**
   * Calls the `maybe_find` method.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns found
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  maybeFind(hint: string | undefined, shape: Shape, callOptions?: CallOptions): Promise<Point | undefined> {
    return this.calls.call(
      this.requestTopics(topics.methods.maybe_find.request, topics.methods.maybe_find.response),
      encodeMaybeFindArguments({ hint, shape }),
      (payload) => decodeMaybeFindResult(payload).found,
      callOptions,
      undefined,
      this,
    );
  }

  /**
   * Calls the `many_optional` method.
   *
   * @param howLong In milliseconds.
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns `{ blob, stamps }`
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  manyOptional(when?: Date, howLong?: number, callOptions?: CallOptions): Promise<ManyOptionalResult> {
    return this.calls.call(
      this.requestTopics(topics.methods.many_optional.request, topics.methods.many_optional.response),
      encodeManyOptionalArguments({ when, howLong }),
      decodeManyOptionalResult,
      callOptions,
      undefined,
      this,
    );
  }

  private subscribeToSignal(
    signal: string,
    address: TopicTemplate,
    deliver: (this: this, payload: Record<string, unknown>) => void,
  ): Subscription {
    // A bad payload or a failing listener goes to onError, never to mqtt.js.
    return this.connection.subscribe(address.fill(this.topicParameters), new SignalReceiver(signal, this, deliver, this.onError));
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
