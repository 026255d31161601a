// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import {
  IncomingMessage,
  MqttConnection,
  sharedFilter,
  shareGroupName,
  Subscription,
} from './connection';
import { answerRequest, JsonObject, mapResult, notImplemented, topicLevel } from './protocol';
import { PropertyCodec, requireInitialValues, ServerProperty } from './properties';
import { Announcer } from './instances';
import { TopicParameters, TopicTemplate } from './topicTemplate';
import { topics } from './topics';
import {
  decodeAddNumbersArguments,
  encodeAddNumbersResult,
  encodeFooPayload,
  favoriteNumberCodec,
} from './interfaceTypes';

/** The value of each property when a {@link ExampleServer} starts. */
export interface ExampleInitialValues {
  /** A number that the server and its clients agree on; either side may change it. */
  favoriteNumber: number;
}

/** Options of a {@link ExampleServer}. */
export interface ExampleServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /** The value of every property when the server starts; each is published at once (version 1). */
  initialValues: ExampleInitialValues;
  /**
   * Shares this instance's method calls with the other servers of the same
   * instance and group (replicas in other processes): the requests come
   * through the MQTT v5 shared subscription `$share/<shareGroup>/...`, so the
   * broker gives each call to one of them. This server also keeps the
   * properties and the announcement; the others are started with
   * `methodsOnly: true` (ExampleMethodReplicaOptions). One topic level.
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
 * Options of a methods-only replica of a {@link ExampleServer}: it answers its
 * share of the instance's method calls and nothing else (no property values,
 * updates or announcement: the server started with `shareGroup` and the
 * values keeps those).
 */
export interface ExampleMethodReplicaOptions {
  /** The id of the instance whose calls this replica shares. */
  instanceId: string;
  /** The share group, the same as the other servers of the instance. One topic level. */
  shareGroup: string;
  /** Marks a replica that serves methods only. */
  methodsOnly: true;
  /** Called with errors no caller can be told about. Default: one `console.warn` line per error. */
  onError?: (error: Error) => void;
}

/** Answers `add_numbers` calls. Adds two integers and returns their sum. */
export type AddNumbersHandler = (left: number, right: number) => number | Promise<number>;

/** Sees each change of `favorite_number` a client asks for, before it is applied; throwing refuses it. A number that the server and its clients agree on; either side may change it. */
export type FavoriteNumberUpdatedListener = (value: number) => void | Promise<void>;

/**
 * Server of the Example interface.
 *
 * A small interface that shows a signal, a method and a property.
 */
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
  /** The shared subscription group of the method requests, if any. */
  private readonly shareGroup: string | undefined;
  /** False for a methods-only replica: it publishes no property or announcement. */
  private readonly ownsProperties: boolean;
  private addNumbersHandler?: AddNumbersHandler;
  private readonly favoriteNumberProperty: ServerProperty<number>;

  /**
   * Starts serving on `connection`: subscribes, publishes every property and
   * announces the instance at once (see {@link ready}), and publishes them
   * again whenever the connection comes back.
   */
  constructor(connection: MqttConnection, options: ExampleServerOptions | ExampleMethodReplicaOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Example/{service_id}/property/favorite_number/update');
    this.topicParameters = { service_id: this.instanceId };
    this.onError = options.onError ?? ((error) => console.warn(`ExampleServer ${options.instanceId}: ${error.message}`));
    const owner = 'methodsOnly' in options ? undefined : options;
    const replica = 'methodsOnly' in options ? options : undefined;
    if (replica !== undefined && (replica.methodsOnly !== true || replica.shareGroup === undefined)) {
      throw new TypeError('ExampleServer: methodsOnly must be true and needs a shareGroup');
    }
    this.shareGroup = options.shareGroup === undefined ? undefined : shareGroupName(options.shareGroup);
    this.ownsProperties = owner !== undefined;
    if (owner !== undefined) {
      requireInitialValues('ExampleServer', owner.initialValues, ['favoriteNumber']);
    }
    this.favoriteNumberProperty = owner === undefined ? this.absentProperty('favorite_number', favoriteNumberCodec) : this.serveProperty('favorite_number', topics.properties.favorite_number.value, favoriteNumberCodec, owner.initialValues.favoriteNumber, false, topics.properties.favorite_number.updateResponse);
    this.announcer = new Announcer(
      connection,
      {
        interfaceName: 'Example',
        title: 'Example',
        version: '0.0.1',
        instanceId: options.instanceId,
        topic: topics.discovery.fill(this.topicParameters),
        expirySeconds: 120,
        intervalMs: owner?.announceIntervalMs ?? 60_000,
      },
      this.onError,
    );
    this.subscriptions = [
      this.subscribeToMethod(topics.methods.add_numbers.request, (request) => this.answerAddNumbers(request)),
    ];
    if (!this.ownsProperties) {
      this.started = Promise.resolve();
      this.stopRepublishing = () => undefined;
      return;
    }
    this.subscriptions.push(
      this.subscribeToUpdates(topics.properties.favorite_number.update, this.favoriteNumberProperty),
    );
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
   * Something happened; the server tells every client about it.
   *
   * @param message What happened, as text.
   * @returns Resolves when the broker has the signal.
   */
  emitFoo(message: string): Promise<void> {
    return this.publishSignal(topics.signals.foo, encodeFooPayload({ message }));
  }

  /**
   * Sets the handler of `add_numbers` calls. Adds two integers and returns their sum.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleAddNumbers(handler: AddNumbersHandler): void {
    this.addNumbersHandler = handler;
  }

  private answerAddNumbers(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (payload) => {
      const handler = this.addNumbersHandler;
      if (handler === undefined) {
        throw notImplemented('add_numbers');
      }
      const args = decodeAddNumbersArguments(payload);
      return mapResult(handler(args.left, args.right), (sum) => encodeAddNumbersResult({ sum }));
    }, topics.methods.add_numbers.response.address);
  }

  /** A number that the server and its clients agree on; either side may change it. */
  get favoriteNumber(): number {
    return this.favoriteNumberProperty.value;
  }

  /**
   * Makes `number` the value of `favorite_number` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setFavoriteNumber(number: number): Promise<void> {
    return this.favoriteNumberProperty.set(number);
  }

  /**
   * Calls `listener` when a client asks to change `favorite_number`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onFavoriteNumberUpdated(listener: FavoriteNumberUpdatedListener): () => void {
    return this.favoriteNumberProperty.onUpdated(listener);
  }

  /** `replyAddress`: the property's update reply channel; replies go only to topics that match it. */
  private serveProperty<T>(name: string, address: TopicTemplate, codec: PropertyCodec<T>, initialValue: T, readOnly: boolean, replyAddress?: TopicTemplate): ServerProperty<T> {
    return new ServerProperty(this.connection, {
      name,
      topic: address.fill(this.topicParameters),
      codec,
      initialValue,
      readOnly,
      replyAddress: replyAddress?.address,
    });
  }

  /** Publishes every property and the announcement (retained); resolves when the broker has them. */
  private async publishAll(): Promise<void> {
    await Promise.all([
      this.favoriteNumberProperty.publish(),
      this.announcer.publish(),
    ]);
  }

  /** After a reconnection: the broker may have lost the retained messages. */
  private republish(): void {
    this.publishAll().catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
  }

  /** A property of a methods-only replica: it has no value here; reading or changing it throws. */
  private absentProperty<T>(name: string, codec: PropertyCodec<T>): ServerProperty<T> {
    const notHere = `ExampleServer ${this.instanceId} is a methods-only replica (methodsOnly): property '${name}' is kept by the server of the instance that has the values`;
    return new ServerProperty(this.connection, { name, topic: '', codec, readOnly: true, notHere });
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

  private subscribeToUpdates<T>(address: TopicTemplate, property: ServerProperty<T>): Subscription {
    return this.connection.subscribe(address.fill(this.topicParameters), (request) => void property.answerUpdate(request, this.onError));
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
