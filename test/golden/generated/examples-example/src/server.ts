// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
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
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly announcer: Announcer;
  /** The first publication of every property and of the announcement. */
  private readonly started: Promise<void>;
  private readonly stopRepublishing: () => void;
  private readonly propertiesByName = new Map<string, UpdatableProperty>();
  private addNumbersHandler?: AddNumbersHandler;
  private readonly favoriteNumberProperty: ServerProperty<number>;

  /**
   * Starts serving on `connection`: subscribes, publishes every property and
   * announces the instance at once (see {@link ready}), and publishes them
   * again whenever the connection comes back.
   */
  constructor(connection: MqttConnection, options: ExampleServerOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Example/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`ExampleServer ${options.instanceId}: ${error.message}`));
    requireInitialValues('ExampleServer', options.initialValues, ['favoriteNumber']);
    this.favoriteNumberProperty = this.serveProperty('favorite_number', favoriteNumberCodec, options.initialValues.favoriteNumber, false);
    this.announcer = new Announcer(
      connection,
      {
        interfaceName: 'Example',
        title: 'Example',
        version: '0.0.1',
        instanceId: options.instanceId,
        expirySeconds: 120,
        intervalMs: options.announceIntervalMs ?? 60_000,
      },
      this.onError,
    );
    this.subscriptions = [
      this.subscribeToMethod('add_numbers', (request) => this.answerAddNumbers(request)),
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
   * Something happened; the server tells every client about it.
   *
   * @param message What happened, as text.
   * @returns Resolves when the broker has the signal.
   */
  emitFoo(message: string): Promise<void> {
    return this.publishSignal('foo', encodeFooPayload({ message }));
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

  private answerAddNumbers(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async (payload) => {
      const handler = this.addNumbersHandler;
      if (handler === undefined) {
        throw notImplemented('add_numbers');
      }
      const args = decodeAddNumbersArguments(payload);
      return encodeAddNumbersResult({ sum: await handler(args.left, args.right) });
    });
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
      this.favoriteNumberProperty.publish(),
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
