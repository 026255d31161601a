// Generated from asyncapi.yaml (interface Simple 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import { IncomingMessage, MqttConnection, Subscription } from './connection';
import { answerRequest, JsonObject, notImplemented, topicLevel } from './protocol';
import {
  answerUnknownProperty,
  PropertyCodec,
  requireInitialValues,
  ServerProperty,
  UpdatableProperty,
} from './properties';
import { Announcer } from './instances';
import {
  decodeTradeNumbersArguments,
  encodePersonEnteredPayload,
  encodeTradeNumbersResult,
  Person,
  schoolCodec,
} from './interfaceTypes';

/** The value of each property when a {@link SimpleServer} starts. */
export interface SimpleInitialValues {
  /** The `school` property. */
  school: string;
}

/** Options of a {@link SimpleServer}. */
export interface SimpleServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /** The value of every property when the server starts; each is published at once (version 1). */
  initialValues: SimpleInitialValues;
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

/** Answers `trade_numbers` calls. A simple method which trades favorite numbers. */
export type TradeNumbersHandler = (yourNumber: number) => number | Promise<number>;

/** Sees each change of `school` a client asks for, before it is applied; throwing refuses it. */
export type SchoolUpdatedListener = (value: string) => void | Promise<void>;

/**
 * Server of the Simple interface: Simple Example Interface.
 *
 * Example StingerAPI interface which demonstrates just a bit.
 */
export class SimpleServer {
  /** The id of this server instance. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly announcer: Announcer;
  /** The first publication of every property and of the announcement. */
  private readonly started: Promise<void>;
  private readonly stopRepublishing: () => void;
  private readonly propertiesByName = new Map<string, UpdatableProperty>();
  private tradeNumbersHandler?: TradeNumbersHandler;
  private readonly schoolProperty: ServerProperty<string>;

  /**
   * Starts serving on `connection`: subscribes, publishes every property and
   * announces the instance at once (see {@link ready}), and publishes them
   * again whenever the connection comes back.
   */
  constructor(connection: MqttConnection, options: SimpleServerOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Simple/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`SimpleServer ${options.instanceId}: ${error.message}`));
    requireInitialValues('SimpleServer', options.initialValues, ['school']);
    this.schoolProperty = this.serveProperty('school', schoolCodec, options.initialValues.school, false);
    this.announcer = new Announcer(
      connection,
      {
        interfaceName: 'Simple',
        title: 'Simple Example Interface',
        version: '0.0.1',
        instanceId: options.instanceId,
        expirySeconds: 120,
        intervalMs: options.announceIntervalMs ?? 60_000,
      },
      this.onError,
    );
    this.subscriptions = [
      this.subscribeToMethod('trade_numbers', (request) => this.answerTradeNumbers(request)),
      this.connection.subscribe(`${this.topicPrefix}/property/+/update`, (request) => void this.answerPropertyUpdate(request)),
    ];
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
   * Emits the `person_entered` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitPersonEntered(person: Person): Promise<void> {
    return this.publishSignal('person_entered', encodePersonEnteredPayload({ person }));
  }

  /**
   * Sets the handler of `trade_numbers` calls. A simple method which trades favorite numbers.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleTradeNumbers(handler: TradeNumbersHandler): void {
    this.tradeNumbersHandler = handler;
  }

  private answerTradeNumbers(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async (payload) => {
      const handler = this.tradeNumbersHandler;
      if (handler === undefined) {
        throw notImplemented('trade_numbers');
      }
      const args = decodeTradeNumbersArguments(payload);
      return encodeTradeNumbersResult({ myNumber: await handler(args.yourNumber) });
    });
  }

  /** The `school` property. */
  get school(): string {
    return this.schoolProperty.value;
  }

  /**
   * Makes `name` the value of `school` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @param name The name of the school where the person studies.
   * @returns Resolves when the broker has the new value.
   */
  setSchool(name: string): Promise<void> {
    return this.schoolProperty.set(name);
  }

  /**
   * Calls `listener` when a client asks to change `school`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onSchoolUpdated(listener: SchoolUpdatedListener): () => void {
    return this.schoolProperty.onUpdated(listener);
  }

  private serveProperty<T>(name: string, codec: PropertyCodec<T>, initialValue: T, readOnly: boolean): ServerProperty<T> {
    const property = new ServerProperty(this.connection, {
      name,
      topic: `${this.topicPrefix}/property/${name}/value`,
      codec,
      initialValue,
      readOnly,
    });
    this.propertiesByName.set(name, property);
    return property;
  }

  private answerPropertyUpdate(request: IncomingMessage): Promise<void> {
    const name = request.topic.split('/').slice(-2)[0];
    const property = this.propertiesByName.get(name);
    if (property === undefined) {
      return answerUnknownProperty(this.connection, request, this.onError);
    }
    return property.answerUpdate(request, this.onError);
  }

  /** Publishes every property and the announcement (retained); resolves when the broker has them. */
  private async publishAll(): Promise<void> {
    await Promise.all([
      this.schoolProperty.publish(),
      this.announcer.publish(),
    ]);
  }

  /** After a reconnection: the broker may have lost the retained messages. */
  private republish(): void {
    this.publishAll().catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
  }

  private subscribeToMethod(method: string, answer: (request: IncomingMessage) => Promise<void>): Subscription {
    return this.connection.subscribe(`${this.topicPrefix}/method/${method}/request`, (request) => void answer(request));
  }

  private publishSignal(signal: string, payload: JsonObject): Promise<void> {
    return this.connection.publish(`${this.topicPrefix}/signal/${signal}`, JSON.stringify(payload));
  }
}
