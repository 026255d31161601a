// Generated from asyncapi.yaml (interface edge_cases 3.0.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import {
  IncomingMessage,
  MqttConnection,
  sharedFilter,
  shareGroupName,
  Subscription,
} from './connection';
import { answerRequest, JsonObject, mapResult, notImplemented, topicLevel } from './protocol';
import { Announcer } from './instances';
import { TopicParameters, TopicTemplate } from './topicTemplate';
import { topics } from './topics';
import {
  Color,
  decodeManyOptionalArguments,
  decodeMaybeFindArguments,
  encodeManyOptionalResult,
  encodeMaybeFindResult,
  encodeMovedPayload,
  ManyOptionalResult,
  Point,
  Shape,
} from './interfaceTypes';

/** Options of a {@link EdgeCasesServer}. */
export interface EdgeCasesServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /**
   * Shares this instance's method calls with the other servers of the same
   * instance and group (replicas in other processes): the requests come
   * through the MQTT v5 shared subscription `$share/<shareGroup>/...`, so the
   * broker gives each call to one of them. This server also keeps the
   * properties and the announcement; the others are started with
   * `methodsOnly: true` (EdgeCasesMethodReplicaOptions). One topic level.
   */
  shareGroup?: string;
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

/**
 * Options of a methods-only replica of a {@link EdgeCasesServer}: it answers its
 * share of the instance's method calls and nothing else (no property values,
 * updates or announcement: the server started with `shareGroup` and the
 * values keeps those).
 */
export interface EdgeCasesMethodReplicaOptions {
  /** The id of the instance whose calls this replica shares. */
  instanceId: string;
  /** The share group, the same as the other servers of the instance. One topic level. */
  shareGroup: string;
  /** Marks a replica that serves methods only. */
  methodsOnly: true;
  /** Called with errors no caller can be told about. Default: one `console.warn` line per error. */
  onError?: (error: Error) => void;
}

/** Answers `maybe_find` calls. */
export type MaybeFindHandler = (hint: string | undefined, shape: Shape) => Point | undefined | Promise<Point | undefined>;

/** Answers `many_optional` calls. */
export type ManyOptionalHandler = (when?: Date, howLong?: number) => ManyOptionalResult | Promise<ManyOptionalResult>;

/** Server of the edge_cases interface. */
export class EdgeCasesServer {
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
  /** The shared subscription group of the method requests, if any. */
  private readonly shareGroup: string | undefined;
  /** False for a methods-only replica: it publishes no property or announcement. */
  private readonly ownsProperties: boolean;
  private maybeFindHandler?: MaybeFindHandler;
  private manyOptionalHandler?: ManyOptionalHandler;

  /**
   * Starts serving on `connection`: subscribes, publishes every property and
   * announces the instance at once (see {@link ready}), and publishes them
   * again whenever the connection comes back.
   */
  constructor(connection: MqttConnection, options: EdgeCasesServerOptions | EdgeCasesMethodReplicaOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'edge_cases/{service_id}/method/many_optional/request');
    this.topicParameters = { service_id: this.instanceId };
    this.onError = options.onError ?? ((error) => console.warn(`EdgeCasesServer ${options.instanceId}: ${error.message}`));
    const owner = 'methodsOnly' in options ? undefined : options;
    const replica = 'methodsOnly' in options ? options : undefined;
    if (replica !== undefined && (replica.methodsOnly !== true || replica.shareGroup === undefined)) {
      throw new TypeError('EdgeCasesServer: methodsOnly must be true and needs a shareGroup');
    }
    this.shareGroup = options.shareGroup === undefined ? undefined : shareGroupName(options.shareGroup);
    this.ownsProperties = owner !== undefined;
    this.announcer = new Announcer(
      connection,
      {
        interfaceName: 'edge_cases',
        title: 'edge_cases',
        version: '3.0.0',
        instanceId: options.instanceId,
        topic: topics.discovery.fill(this.topicParameters),
        expirySeconds: 120,
        intervalMs: owner?.announceIntervalMs ?? 60_000,
      },
      this.onError,
    );
    this.subscriptions = [
      this.subscribeToMethod(topics.methods.maybe_find.request, (request) => this.answerMaybeFind(request)),
      this.subscribeToMethod(topics.methods.many_optional.request, (request) => this.answerManyOptional(request)),
    ];
    if (!this.ownsProperties) {
      this.started = Promise.resolve();
      this.stopRepublishing = () => undefined;
      return;
    }
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
    if (this.ownsProperties) {
      await this.announcer.stop();
    }
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Emits the `moved` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitMoved(from: Point | undefined, to: Point, colors: Color[]): Promise<void> {
    return this.publishSignal(topics.signals.moved, encodeMovedPayload({ from, to, colors }));
  }

  /**
   * Sets the handler of `maybe_find` calls.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleMaybeFind(handler: MaybeFindHandler): void {
    this.maybeFindHandler = handler;
  }

  private answerMaybeFind(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (payload) => {
      const handler = this.maybeFindHandler;
      if (handler === undefined) {
        throw notImplemented('maybe_find');
      }
      const args = decodeMaybeFindArguments(payload);
      return mapResult(handler(args.hint, args.shape), (found) => encodeMaybeFindResult({ found }));
    }, topics.methods.maybe_find.response.address);
  }

  /**
   * Sets the handler of `many_optional` calls.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleManyOptional(handler: ManyOptionalHandler): void {
    this.manyOptionalHandler = handler;
  }

  private answerManyOptional(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (payload) => {
      const handler = this.manyOptionalHandler;
      if (handler === undefined) {
        throw notImplemented('many_optional');
      }
      const args = decodeManyOptionalArguments(payload);
      return mapResult(handler(args.when, args.howLong), encodeManyOptionalResult);
    }, topics.methods.many_optional.response.address);
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

  /**
   * Subscribes to a method's requests; with a share group through a shared
   * subscription, whose refusal (a broker without shared subscriptions) also
   * goes to `onError`, as a server that never calls ready() would hang silently.
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
