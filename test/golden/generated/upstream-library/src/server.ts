// Generated from asyncapi.yaml (interface Library 1.0.0) by @stingeripc/ts-template. Do not edit by hand.
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
  Book,
  decodeRenewLoanArguments,
  encodeBookReturnedPayload,
  encodeRenewLoanResult,
  openingHoursCodec,
} from './interfaceTypes';

/** The value of each property when a {@link LibraryServer} starts. */
export interface LibraryInitialValues {
  /** The `opening_hours` property. */
  openingHours: string;
}

/** Options of a {@link LibraryServer}. */
export interface LibraryServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /** The value of every property when the server starts; each is published at once (version 1). */
  initialValues: LibraryInitialValues;
  /**
   * Shares this instance's method calls with the other servers of the same
   * instance and group (replicas in other processes): the requests come
   * through the MQTT v5 shared subscription `$share/<shareGroup>/...`, so the
   * broker gives each call to one of them. This server also keeps the
   * properties and the announcement; the others are started with
   * `methodsOnly: true` (LibraryMethodReplicaOptions). One topic level.
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
 * Options of a methods-only replica of a {@link LibraryServer}: it answers its
 * share of the instance's method calls and nothing else (no property values,
 * updates or announcement: the server started with `shareGroup` and the
 * values keeps those).
 */
export interface LibraryMethodReplicaOptions {
  /** The id of the instance whose calls this replica shares. */
  instanceId: string;
  /** The share group, the same as the other servers of the instance. One topic level. */
  shareGroup: string;
  /** Marks a replica that serves methods only. */
  methodsOnly: true;
  /** Called with errors no caller can be told about. Default: one `console.warn` line per error. */
  onError?: (error: Error) => void;
}

/** Answers `renew_loan` calls. Renews a loan and says for how many days. */
export type RenewLoanHandler = (loanId: number) => number | Promise<number>;

/** Sees each change of `opening_hours` a client asks for, before it is applied; throwing refuses it. */
export type OpeningHoursUpdatedListener = (value: string) => void | Promise<void>;

/**
 * Server of the Library interface: Lending library.
 *
 * A lending desk that shows a little of everything.
 */
export class LibraryServer {
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
  private renewLoanHandler?: RenewLoanHandler;
  private readonly openingHoursProperty: ServerProperty<string>;

  /**
   * Starts serving on `connection`: subscribes, publishes every property and
   * announces the instance at once (see {@link ready}), and publishes them
   * again whenever the connection comes back.
   */
  constructor(connection: MqttConnection, options: LibraryServerOptions | LibraryMethodReplicaOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Library/{service_id}/property/opening_hours/update');
    this.topicParameters = { service_id: this.instanceId };
    this.onError = options.onError ?? ((error) => console.warn(`LibraryServer ${options.instanceId}: ${error.message}`));
    const owner = 'methodsOnly' in options ? undefined : options;
    const replica = 'methodsOnly' in options ? options : undefined;
    if (replica !== undefined && (replica.methodsOnly !== true || replica.shareGroup === undefined)) {
      throw new TypeError('LibraryServer: methodsOnly must be true and needs a shareGroup');
    }
    this.shareGroup = options.shareGroup === undefined ? undefined : shareGroupName(options.shareGroup);
    this.ownsProperties = owner !== undefined;
    if (owner !== undefined) {
      requireInitialValues('LibraryServer', owner.initialValues, ['openingHours']);
    }
    this.openingHoursProperty = owner === undefined ? this.absentProperty('opening_hours', openingHoursCodec) : this.serveProperty('opening_hours', topics.properties.opening_hours.value, openingHoursCodec, owner.initialValues.openingHours, false, topics.properties.opening_hours.updateResponse);
    this.announcer = new Announcer(
      connection,
      {
        interfaceName: 'Library',
        title: 'Lending library',
        version: '1.0.0',
        instanceId: options.instanceId,
        topic: topics.discovery.fill(this.topicParameters),
        expirySeconds: 120,
        intervalMs: owner?.announceIntervalMs ?? 60_000,
      },
      this.onError,
    );
    this.subscriptions = [
      this.subscribeToMethod(topics.methods.renew_loan.request, (request) => this.answerRenewLoan(request)),
    ];
    if (!this.ownsProperties) {
      this.started = Promise.resolve();
      this.stopRepublishing = () => undefined;
      return;
    }
    this.subscriptions.push(
      this.subscribeToUpdates(topics.properties.opening_hours.update, this.openingHoursProperty),
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
   * Emits the `book_returned` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitBookReturned(book: Book): Promise<void> {
    return this.publishSignal(topics.signals.book_returned, encodeBookReturnedPayload({ book }));
  }

  /**
   * Sets the handler of `renew_loan` calls. Renews a loan and says for how many days.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleRenewLoan(handler: RenewLoanHandler): void {
    this.renewLoanHandler = handler;
  }

  private answerRenewLoan(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (payload) => {
      const handler = this.renewLoanHandler;
      if (handler === undefined) {
        throw notImplemented('renew_loan');
      }
      const args = decodeRenewLoanArguments(payload);
      return mapResult(handler(args.loanId), (days) => encodeRenewLoanResult({ days }));
    }, topics.methods.renew_loan.response.address);
  }

  /** The `opening_hours` property. */
  get openingHours(): string {
    return this.openingHoursProperty.value;
  }

  /**
   * Makes `hours` the value of `opening_hours` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @param hours When the desk is open, as text.
   * @returns Resolves when the broker has the new value.
   */
  setOpeningHours(hours: string): Promise<void> {
    return this.openingHoursProperty.set(hours);
  }

  /**
   * Calls `listener` when a client asks to change `opening_hours`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onOpeningHoursUpdated(listener: OpeningHoursUpdatedListener): () => void {
    return this.openingHoursProperty.onUpdated(listener);
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
      this.openingHoursProperty.publish(),
      this.announcer.publish(),
    ]);
  }

  /** After a reconnection: the broker may have lost the retained messages. */
  private republish(): void {
    this.publishAll().catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
  }

  /** A property of a methods-only replica: it has no value here; reading or changing it throws. */
  private absentProperty<T>(name: string, codec: PropertyCodec<T>): ServerProperty<T> {
    const notHere = `LibraryServer ${this.instanceId} is a methods-only replica (methodsOnly): property '${name}' is kept by the server of the instance that has the values`;
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
