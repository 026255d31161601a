// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
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
  DayOfTheWeek,
  decodeAddNumbersArguments,
  decodeEchoBytesArguments,
  decodeFillTrayArguments,
  decodeOrderLunchArguments,
  encodeAddNumbersResult,
  encodeEchoBytesResult,
  encodeFillTrayResult,
  encodeLunchServedPayload,
  encodeOrderLunchResult,
  encodePhotoTakenPayload,
  encodeTemperatureChangedPayload,
  encodeWhatTimeIsItResult,
  favoriteNumberCodec,
  lastCleanedCodec,
  Lunch,
  OrderLunchResult,
  ovenSettingCodec,
  OvenSettingValue,
  OvenState,
  todaysMenuCodec,
  Tray,
} from './interfaceTypes';

/** The value of each property when a {@link KitchenServer} starts. */
export interface KitchenInitialValues {
  /** The kitchen's favorite number. */
  favoriteNumber: number;
  /** Target of oven 1. */
  ovenSetting: OvenSettingValue;
  /** The menu of the day. Only the kitchen changes it. */
  todaysMenu: Lunch;
  /** The `last_cleaned` property. */
  lastCleaned: Date;
}

/** Options of a {@link KitchenServer}. */
export interface KitchenServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /** The value of every property when the server starts; each is published at once (version 1). */
  initialValues: KitchenInitialValues;
  /**
   * Shares this instance's method calls with the other servers of the same
   * instance and group (replicas in other processes): the requests come
   * through the MQTT v5 shared subscription `$share/<shareGroup>/...`, so the
   * broker gives each call to one of them. This server also keeps the
   * properties and the announcement; the others are started with
   * `methodsOnly: true` (KitchenMethodReplicaOptions). One topic level.
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
 * Options of a methods-only replica of a {@link KitchenServer}: it answers its
 * share of the instance's method calls and nothing else (no property values,
 * updates or announcement: the server started with `shareGroup` and the
 * values keeps those).
 */
export interface KitchenMethodReplicaOptions {
  /** The id of the instance whose calls this replica shares. */
  instanceId: string;
  /** The share group, the same as the other servers of the instance. One topic level. */
  shareGroup: string;
  /** Marks a replica that serves methods only. */
  methodsOnly: true;
  /** Called with errors no caller can be told about. Default: one `console.warn` line per error. */
  onError?: (error: Error) => void;
}

/** Answers `add_numbers` calls. Adds two or three integers. */
export type AddNumbersHandler = (first: number, second: number, third?: number) => number | Promise<number>;

/** Answers `order_lunch` calls. Orders a lunch and tells when it will be ready. */
export type OrderLunchHandler = (lunch: Lunch, pickupIn: number) => OrderLunchResult | Promise<OrderLunchResult>;

/** Answers `what_time_is_it` calls. Gets the kitchen's clock. */
export type WhatTimeIsItHandler = () => Date | Promise<Date>;

/** Answers `fill_tray` calls. */
export type FillTrayHandler = (tray: Tray, extraDays: DayOfTheWeek[]) => Tray | Promise<Tray>;

/** Answers `echo_bytes` calls. Returns the bytes it was given, reversed. */
export type EchoBytesHandler = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** Answers `reset` calls. Turns every oven off. Returns nothing. */
export type ResetHandler = () => void | Promise<void>;

/** Sees each change of `favorite_number` a client asks for, before it is applied; throwing refuses it. The kitchen's favorite number. */
export type FavoriteNumberUpdatedListener = (value: number) => void | Promise<void>;

/** Sees each change of `oven_setting` a client asks for, before it is applied; throwing refuses it. Target of oven 1. */
export type OvenSettingUpdatedListener = (value: OvenSettingValue) => void | Promise<void>;

/** Sees each change of `last_cleaned` a client asks for, before it is applied; throwing refuses it. */
export type LastCleanedUpdatedListener = (value: Date) => void | Promise<void>;

/**
 * Server of the Kitchen interface: Kitchen controller.
 *
 * Controls the ovens and the lunch service of a kitchen.
 *
 * Used by the kitchen daemons. The server owns the ovens; clients order
 * lunch and watch the temperature.
 */
export class KitchenServer {
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
  private orderLunchHandler?: OrderLunchHandler;
  private whatTimeIsItHandler?: WhatTimeIsItHandler;
  private fillTrayHandler?: FillTrayHandler;
  private echoBytesHandler?: EchoBytesHandler;
  private resetHandler?: ResetHandler;
  private readonly favoriteNumberProperty: ServerProperty<number>;
  private readonly ovenSettingProperty: ServerProperty<OvenSettingValue>;
  private readonly todaysMenuProperty: ServerProperty<Lunch>;
  private readonly lastCleanedProperty: ServerProperty<Date>;

  /**
   * Starts serving on `connection`: subscribes, publishes every property and
   * announces the instance at once (see {@link ready}), and publishes them
   * again whenever the connection comes back.
   */
  constructor(connection: MqttConnection, options: KitchenServerOptions | KitchenMethodReplicaOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Kitchen/{service_id}/property/favorite_number/update');
    this.topicParameters = { service_id: this.instanceId };
    this.onError = options.onError ?? ((error) => console.warn(`KitchenServer ${options.instanceId}: ${error.message}`));
    const owner = 'methodsOnly' in options ? undefined : options;
    const replica = 'methodsOnly' in options ? options : undefined;
    if (replica !== undefined && (replica.methodsOnly !== true || replica.shareGroup === undefined)) {
      throw new TypeError('KitchenServer: methodsOnly must be true and needs a shareGroup');
    }
    this.shareGroup = options.shareGroup === undefined ? undefined : shareGroupName(options.shareGroup);
    this.ownsProperties = owner !== undefined;
    if (owner !== undefined) {
      requireInitialValues('KitchenServer', owner.initialValues, ['favoriteNumber', 'ovenSetting', 'todaysMenu', 'lastCleaned']);
    }
    this.favoriteNumberProperty = owner === undefined ? this.absentProperty('favorite_number', favoriteNumberCodec) : this.serveProperty('favorite_number', topics.properties.favorite_number.value, favoriteNumberCodec, owner.initialValues.favoriteNumber, false, topics.properties.favorite_number.updateResponse);
    this.ovenSettingProperty = owner === undefined ? this.absentProperty('oven_setting', ovenSettingCodec) : this.serveProperty('oven_setting', topics.properties.oven_setting.value, ovenSettingCodec, owner.initialValues.ovenSetting, false, topics.properties.oven_setting.updateResponse);
    this.todaysMenuProperty = owner === undefined ? this.absentProperty('todays_menu', todaysMenuCodec) : this.serveProperty('todays_menu', topics.properties.todays_menu.value, todaysMenuCodec, owner.initialValues.todaysMenu, true);
    this.lastCleanedProperty = owner === undefined ? this.absentProperty('last_cleaned', lastCleanedCodec) : this.serveProperty('last_cleaned', topics.properties.last_cleaned.value, lastCleanedCodec, owner.initialValues.lastCleaned, false, topics.properties.last_cleaned.updateResponse);
    this.announcer = new Announcer(
      connection,
      {
        interfaceName: 'Kitchen',
        title: 'Kitchen controller',
        version: '1.2.0',
        instanceId: options.instanceId,
        topic: topics.discovery.fill(this.topicParameters),
        expirySeconds: 120,
        intervalMs: owner?.announceIntervalMs ?? 60_000,
      },
      this.onError,
    );
    this.subscriptions = [
      this.subscribeToMethod(topics.methods.add_numbers.request, (request) => this.answerAddNumbers(request)),
      this.subscribeToMethod(topics.methods.order_lunch.request, (request) => this.answerOrderLunch(request)),
      this.subscribeToMethod(topics.methods.what_time_is_it.request, (request) => this.answerWhatTimeIsIt(request)),
      this.subscribeToMethod(topics.methods.fill_tray.request, (request) => this.answerFillTray(request)),
      this.subscribeToMethod(topics.methods.echo_bytes.request, (request) => this.answerEchoBytes(request)),
      this.subscribeToMethod(topics.methods.reset.request, (request) => this.answerReset(request)),
    ];
    if (!this.ownsProperties) {
      this.started = Promise.resolve();
      this.stopRepublishing = () => undefined;
      return;
    }
    this.subscriptions.push(
      this.subscribeToUpdates(topics.properties.favorite_number.update, this.favoriteNumberProperty),
      this.subscribeToUpdates(topics.properties.oven_setting.update, this.ovenSettingProperty),
      this.subscribeToUpdates(topics.properties.last_cleaned.update, this.lastCleanedProperty),
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
   * Emitted once when the kitchen opens.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitReady(): Promise<void> {
    return this.publishSignal(topics.signals.ready, {});
  }

  /**
   * Emitted when an oven's temperature changes.
   *
   * @param oven Oven number, starting at 1.
   * @returns Resolves when the broker has the signal.
   */
  emitTemperatureChanged(oven: number, celsius: number, state: OvenState): Promise<void> {
    return this.publishSignal(topics.signals.temperature_changed, encodeTemperatureChangedPayload({ oven, celsius, state }));
  }

  /**
   * Emits the `lunch_served` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitLunchServed(lunch: Lunch, servedAt: Date, note?: string): Promise<void> {
    return this.publishSignal(topics.signals.lunch_served, encodeLunchServedPayload({ lunch, servedAt, note }));
  }

  /**
   * A picture of the dish, as JPEG bytes.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitPhotoTaken(image: Uint8Array, tags: string[]): Promise<void> {
    return this.publishSignal(topics.signals.photo_taken, encodePhotoTakenPayload({ image, tags }));
  }

  /**
   * Sets the handler of `add_numbers` calls. Adds two or three integers.
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
      return mapResult(handler(args.first, args.second, args.third), (sum) => encodeAddNumbersResult({ sum }));
    }, topics.methods.add_numbers.response.address);
  }

  /**
   * Sets the handler of `order_lunch` calls. Orders a lunch and tells when it will be ready.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleOrderLunch(handler: OrderLunchHandler): void {
    this.orderLunchHandler = handler;
  }

  private answerOrderLunch(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (payload) => {
      const handler = this.orderLunchHandler;
      if (handler === undefined) {
        throw notImplemented('order_lunch');
      }
      const args = decodeOrderLunchArguments(payload);
      return mapResult(handler(args.lunch, args.pickupIn), encodeOrderLunchResult);
    }, topics.methods.order_lunch.response.address);
  }

  /**
   * Sets the handler of `what_time_is_it` calls. Gets the kitchen's clock.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleWhatTimeIsIt(handler: WhatTimeIsItHandler): void {
    this.whatTimeIsItHandler = handler;
  }

  private answerWhatTimeIsIt(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, () => {
      const handler = this.whatTimeIsItHandler;
      if (handler === undefined) {
        throw notImplemented('what_time_is_it');
      }
      return mapResult(handler(), (timestamp) => encodeWhatTimeIsItResult({ timestamp }));
    }, topics.methods.what_time_is_it.response.address);
  }

  /**
   * Sets the handler of `fill_tray` calls.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleFillTray(handler: FillTrayHandler): void {
    this.fillTrayHandler = handler;
  }

  private answerFillTray(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (payload) => {
      const handler = this.fillTrayHandler;
      if (handler === undefined) {
        throw notImplemented('fill_tray');
      }
      const args = decodeFillTrayArguments(payload);
      return mapResult(handler(args.tray, args.extraDays), (tray) => encodeFillTrayResult({ tray }));
    }, topics.methods.fill_tray.response.address);
  }

  /**
   * Sets the handler of `echo_bytes` calls. Returns the bytes it was given, reversed.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleEchoBytes(handler: EchoBytesHandler): void {
    this.echoBytesHandler = handler;
  }

  private answerEchoBytes(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (payload) => {
      const handler = this.echoBytesHandler;
      if (handler === undefined) {
        throw notImplemented('echo_bytes');
      }
      const args = decodeEchoBytesArguments(payload);
      return mapResult(handler(args.data), (reversed) => encodeEchoBytesResult({ reversed }));
    }, topics.methods.echo_bytes.response.address);
  }

  /**
   * Sets the handler of `reset` calls. Turns every oven off. Returns nothing.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleReset(handler: ResetHandler): void {
    this.resetHandler = handler;
  }

  private answerReset(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, () => {
      const handler = this.resetHandler;
      if (handler === undefined) {
        throw notImplemented('reset');
      }
      return mapResult(handler(), () => ({}));
    }, topics.methods.reset.response.address);
  }

  /** The kitchen's favorite number. */
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

  /** Target of oven 1. */
  get ovenSetting(): OvenSettingValue {
    return this.ovenSettingProperty.value;
  }

  /**
   * Makes `value` the value of `oven_setting` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setOvenSetting(value: OvenSettingValue): Promise<void> {
    return this.ovenSettingProperty.set(value);
  }

  /**
   * Calls `listener` when a client asks to change `oven_setting`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onOvenSettingUpdated(listener: OvenSettingUpdatedListener): () => void {
    return this.ovenSettingProperty.onUpdated(listener);
  }

  /** The menu of the day. Only the kitchen changes it. */
  get todaysMenu(): Lunch {
    return this.todaysMenuProperty.value;
  }

  /**
   * Makes `lunch` the value of `todays_menu` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setTodaysMenu(lunch: Lunch): Promise<void> {
    return this.todaysMenuProperty.set(lunch);
  }

  /** The `last_cleaned` property. */
  get lastCleaned(): Date {
    return this.lastCleanedProperty.value;
  }

  /**
   * Makes `timestamp` the value of `last_cleaned` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setLastCleaned(timestamp: Date): Promise<void> {
    return this.lastCleanedProperty.set(timestamp);
  }

  /**
   * Calls `listener` when a client asks to change `last_cleaned`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onLastCleanedUpdated(listener: LastCleanedUpdatedListener): () => void {
    return this.lastCleanedProperty.onUpdated(listener);
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
      this.ovenSettingProperty.publish(),
      this.todaysMenuProperty.publish(),
      this.lastCleanedProperty.publish(),
      this.announcer.publish(),
    ]);
  }

  /** After a reconnection: the broker may have lost the retained messages. */
  private republish(): void {
    this.publishAll().catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
  }

  /** A property of a methods-only replica: it has no value here; reading or changing it throws. */
  private absentProperty<T>(name: string, codec: PropertyCodec<T>): ServerProperty<T> {
    const notHere = `KitchenServer ${this.instanceId} is a methods-only replica (methodsOnly): property '${name}' is kept by the server of the instance that has the values`;
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
