// Generated from asyncapi.yaml (interface Full 0.0.2) by @stingeripc/ts-template. Do not edit by hand.
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
  DayOfTheWeek,
  decodeAddNumbersArguments,
  decodeDoSomethingArguments,
  decodeHoldTemperatureArguments,
  DoSomethingResult,
  encodeAddNumbersResult,
  encodeDoSomethingResult,
  encodeHoldTemperatureResult,
  encodeRandomWordPayload,
  encodeTodayIsPayload,
  encodeWhatTimeIsItResult,
  familyNameCodec,
  favoriteFoodsCodec,
  FavoriteFoodsValue,
  favoriteNumberCodec,
  lastBirthdaysCodec,
  LastBirthdaysValue,
  lastBreakfastTimeCodec,
  lunchMenuCodec,
  LunchMenuValue,
} from './interfaceTypes';

/** The value of each property when a {@link FullServer} starts. */
export interface FullInitialValues {
  /** My favorite number */
  favoriteNumber: number;
  /** The `favorite_foods` property. */
  favoriteFoods: FavoriteFoodsValue;
  /** The `lunch_menu` property. */
  lunchMenu: LunchMenuValue;
  /** This is to test a property with a single string value. */
  familyName: string;
  /** This is to test a property with a single datetime value. */
  lastBreakfastTime: Date;
  /** This is to test a property with multiple datetime values. */
  lastBirthdays: LastBirthdaysValue;
}

/** Options of a {@link FullServer}. */
export interface FullServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /** The value of every property when the server starts; each is published at once (version 1). */
  initialValues: FullInitialValues;
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

/** Answers `addNumbers` calls. */
export type AddNumbersHandler = (first: number, second: number, third?: number) => number | Promise<number>;

/** Answers `doSomething` calls. */
export type DoSomethingHandler = (taskToDo: string) => DoSomethingResult | Promise<DoSomethingResult>;

/** Answers `what_time_is_it` calls. Get the current date and time. */
export type WhatTimeIsItHandler = () => Date | Promise<Date>;

/** Answers `hold_temperature` calls. Hold a temperature for a specified duration. */
export type HoldTemperatureHandler = (temperatureCelsius: number) => boolean | Promise<boolean>;

/** Sees each change of `favorite_number` a client asks for, before it is applied; throwing refuses it. My favorite number */
export type FavoriteNumberUpdatedListener = (value: number) => void | Promise<void>;

/** Sees each change of `favorite_foods` a client asks for, before it is applied; throwing refuses it. */
export type FavoriteFoodsUpdatedListener = (value: FavoriteFoodsValue) => void | Promise<void>;

/** Sees each change of `family_name` a client asks for, before it is applied; throwing refuses it. This is to test a property with a single string value. */
export type FamilyNameUpdatedListener = (value: string) => void | Promise<void>;

/** Sees each change of `last_breakfast_time` a client asks for, before it is applied; throwing refuses it. This is to test a property with a single datetime value. */
export type LastBreakfastTimeUpdatedListener = (value: Date) => void | Promise<void>;

/** Sees each change of `last_birthdays` a client asks for, before it is applied; throwing refuses it. This is to test a property with multiple datetime values. */
export type LastBirthdaysUpdatedListener = (value: LastBirthdaysValue) => void | Promise<void>;

/**
 * Server of the Full interface: Example Interface.
 *
 * Example StingerAPI interface which demonstrates many features.
 */
export class FullServer {
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
  private doSomethingHandler?: DoSomethingHandler;
  private whatTimeIsItHandler?: WhatTimeIsItHandler;
  private holdTemperatureHandler?: HoldTemperatureHandler;
  private readonly favoriteNumberProperty: ServerProperty<number>;
  private readonly favoriteFoodsProperty: ServerProperty<FavoriteFoodsValue>;
  private readonly lunchMenuProperty: ServerProperty<LunchMenuValue>;
  private readonly familyNameProperty: ServerProperty<string>;
  private readonly lastBreakfastTimeProperty: ServerProperty<Date>;
  private readonly lastBirthdaysProperty: ServerProperty<LastBirthdaysValue>;

  /**
   * Starts serving on `connection`: subscribes, publishes every property and
   * announces the instance at once (see {@link ready}), and publishes them
   * again whenever the connection comes back.
   */
  constructor(connection: MqttConnection, options: FullServerOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Full/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`FullServer ${options.instanceId}: ${error.message}`));
    requireInitialValues('FullServer', options.initialValues, ['favoriteNumber', 'favoriteFoods', 'lunchMenu', 'familyName', 'lastBreakfastTime', 'lastBirthdays']);
    this.favoriteNumberProperty = this.serveProperty('favorite_number', favoriteNumberCodec, options.initialValues.favoriteNumber, false);
    this.favoriteFoodsProperty = this.serveProperty('favorite_foods', favoriteFoodsCodec, options.initialValues.favoriteFoods, false);
    this.lunchMenuProperty = this.serveProperty('lunch_menu', lunchMenuCodec, options.initialValues.lunchMenu, true);
    this.familyNameProperty = this.serveProperty('family_name', familyNameCodec, options.initialValues.familyName, false);
    this.lastBreakfastTimeProperty = this.serveProperty('last_breakfast_time', lastBreakfastTimeCodec, options.initialValues.lastBreakfastTime, false);
    this.lastBirthdaysProperty = this.serveProperty('last_birthdays', lastBirthdaysCodec, options.initialValues.lastBirthdays, false);
    this.announcer = new Announcer(
      connection,
      {
        interfaceName: 'Full',
        title: 'Example Interface',
        version: '0.0.2',
        instanceId: options.instanceId,
        expirySeconds: 120,
        intervalMs: options.announceIntervalMs ?? 60_000,
      },
      this.onError,
    );
    this.subscriptions = [
      this.subscribeToMethod('addNumbers', (request) => this.answerAddNumbers(request)),
      this.subscribeToMethod('doSomething', (request) => this.answerDoSomething(request)),
      this.subscribeToMethod('what_time_is_it', (request) => this.answerWhatTimeIsIt(request)),
      this.subscribeToMethod('hold_temperature', (request) => this.answerHoldTemperature(request)),
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
   * Emits the `todayIs` signal.
   *
   * @param dayOfMonth The calendar day of the month.
   * @returns Resolves when the broker has the signal.
   */
  emitTodayIs(dayOfMonth: number, dayOfWeek: DayOfTheWeek): Promise<void> {
    return this.publishSignal('todayIs', encodeTodayIsPayload({ dayOfMonth, dayOfWeek }));
  }

  /**
   * Emits the `randomWord` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitRandomWord(word: string, time: Date): Promise<void> {
    return this.publishSignal('randomWord', encodeRandomWordPayload({ word, time }));
  }

  /**
   * Sets the handler of `addNumbers` calls.
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
        throw notImplemented('addNumbers');
      }
      const args = decodeAddNumbersArguments(payload);
      return encodeAddNumbersResult({ sum: await handler(args.first, args.second, args.third) });
    });
  }

  /**
   * Sets the handler of `doSomething` calls.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleDoSomething(handler: DoSomethingHandler): void {
    this.doSomethingHandler = handler;
  }

  private answerDoSomething(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async (payload) => {
      const handler = this.doSomethingHandler;
      if (handler === undefined) {
        throw notImplemented('doSomething');
      }
      const args = decodeDoSomethingArguments(payload);
      return encodeDoSomethingResult(await handler(args.taskToDo));
    });
  }

  /**
   * Sets the handler of `what_time_is_it` calls. Get the current date and time.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleWhatTimeIsIt(handler: WhatTimeIsItHandler): void {
    this.whatTimeIsItHandler = handler;
  }

  private answerWhatTimeIsIt(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async () => {
      const handler = this.whatTimeIsItHandler;
      if (handler === undefined) {
        throw notImplemented('what_time_is_it');
      }
      return encodeWhatTimeIsItResult({ timestamp: await handler() });
    });
  }

  /**
   * Sets the handler of `hold_temperature` calls. Hold a temperature for a specified duration.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleHoldTemperature(handler: HoldTemperatureHandler): void {
    this.holdTemperatureHandler = handler;
  }

  private answerHoldTemperature(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async (payload) => {
      const handler = this.holdTemperatureHandler;
      if (handler === undefined) {
        throw notImplemented('hold_temperature');
      }
      const args = decodeHoldTemperatureArguments(payload);
      return encodeHoldTemperatureResult({ success: await handler(args.temperatureCelsius) });
    });
  }

  /** My favorite number */
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

  /** The `favorite_foods` property. */
  get favoriteFoods(): FavoriteFoodsValue {
    return this.favoriteFoodsProperty.value;
  }

  /**
   * Makes `value` the value of `favorite_foods` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setFavoriteFoods(value: FavoriteFoodsValue): Promise<void> {
    return this.favoriteFoodsProperty.set(value);
  }

  /**
   * Calls `listener` when a client asks to change `favorite_foods`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onFavoriteFoodsUpdated(listener: FavoriteFoodsUpdatedListener): () => void {
    return this.favoriteFoodsProperty.onUpdated(listener);
  }

  /** The `lunch_menu` property. */
  get lunchMenu(): LunchMenuValue {
    return this.lunchMenuProperty.value;
  }

  /**
   * Makes `value` the value of `lunch_menu` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setLunchMenu(value: LunchMenuValue): Promise<void> {
    return this.lunchMenuProperty.set(value);
  }

  /** This is to test a property with a single string value. */
  get familyName(): string {
    return this.familyNameProperty.value;
  }

  /**
   * Makes `familyName` the value of `family_name` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setFamilyName(familyName: string): Promise<void> {
    return this.familyNameProperty.set(familyName);
  }

  /**
   * Calls `listener` when a client asks to change `family_name`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onFamilyNameUpdated(listener: FamilyNameUpdatedListener): () => void {
    return this.familyNameProperty.onUpdated(listener);
  }

  /** This is to test a property with a single datetime value. */
  get lastBreakfastTime(): Date {
    return this.lastBreakfastTimeProperty.value;
  }

  /**
   * Makes `timestamp` the value of `last_breakfast_time` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setLastBreakfastTime(timestamp: Date): Promise<void> {
    return this.lastBreakfastTimeProperty.set(timestamp);
  }

  /**
   * Calls `listener` when a client asks to change `last_breakfast_time`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onLastBreakfastTimeUpdated(listener: LastBreakfastTimeUpdatedListener): () => void {
    return this.lastBreakfastTimeProperty.onUpdated(listener);
  }

  /** This is to test a property with multiple datetime values. */
  get lastBirthdays(): LastBirthdaysValue {
    return this.lastBirthdaysProperty.value;
  }

  /**
   * Makes `value` the value of `last_birthdays` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setLastBirthdays(value: LastBirthdaysValue): Promise<void> {
    return this.lastBirthdaysProperty.set(value);
  }

  /**
   * Calls `listener` when a client asks to change `last_birthdays`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onLastBirthdaysUpdated(listener: LastBirthdaysUpdatedListener): () => void {
    return this.lastBirthdaysProperty.onUpdated(listener);
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
      this.favoriteFoodsProperty.publish(),
      this.lunchMenuProperty.publish(),
      this.familyNameProperty.publish(),
      this.lastBreakfastTimeProperty.publish(),
      this.lastBirthdaysProperty.publish(),
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
