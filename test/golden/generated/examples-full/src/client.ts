// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
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
  DayOfTheWeek,
  decodeAddNumbersResult,
  decodeEchoBytesResult,
  decodeFillTrayResult,
  decodeLunchServedPayload,
  decodeOrderLunchResult,
  decodePhotoTakenPayload,
  decodeTemperatureChangedPayload,
  decodeWhatTimeIsItResult,
  encodeAddNumbersArguments,
  encodeEchoBytesArguments,
  encodeFillTrayArguments,
  encodeOrderLunchArguments,
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

/** Options of a {@link KitchenClient}. */
export interface KitchenClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `ready` signals. Emitted once when the kitchen opens. */
export type ReadyListener = () => void;

/** Receives `temperature_changed` signals. Emitted when an oven's temperature changes. */
export type TemperatureChangedListener = (oven: number, celsius: number, state: OvenState) => void;

/** Receives `lunch_served` signals. */
export type LunchServedListener = (lunch: Lunch, servedAt: Date, note?: string) => void;

/** Receives `photo_taken` signals. A picture of the dish, as JPEG bytes. */
export type PhotoTakenListener = (image: Uint8Array, tags: string[]) => void;

/** Receives each new value of the `favorite_number` property. The kitchen's favorite number. */
export type FavoriteNumberChangedListener = (value: number) => void;

/** Receives each new value of the `oven_setting` property. Target of oven 1. */
export type OvenSettingChangedListener = (value: OvenSettingValue) => void;

/** Receives each new value of the `todays_menu` property. The menu of the day. Only the kitchen changes it. */
export type TodaysMenuChangedListener = (value: Lunch) => void;

/** Receives each new value of the `last_cleaned` property. */
export type LastCleanedChangedListener = (value: Date) => void;

/**
 * Client of the Kitchen interface: Kitchen controller.
 *
 * Controls the ovens and the lunch service of a kitchen.
 *
 * Used by the kitchen daemons. The server owns the ovens; clients order
 * lunch and watch the temperature.
 */
export class KitchenClient {
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
  private readyListeners?: Set<ReadyListener>;
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private temperatureChangedListeners?: Set<TemperatureChangedListener>;
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private lunchServedListeners?: Set<LunchServedListener>;
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private photoTakenListeners?: Set<PhotoTakenListener>;
  private readonly favoriteNumberProperty: ClientProperty<number>;
  private readonly ovenSettingProperty: ClientProperty<OvenSettingValue>;
  private readonly todaysMenuProperty: ClientProperty<Lunch>;
  private readonly lastCleanedProperty: ClientProperty<Date>;

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: KitchenClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Kitchen/{service_id}/property/favorite_number/update');
    // Replies come to client/{client_id}/...: the connection's id must fit into the longest such topic.
    topicLevel(connection.clientId, 'connection clientId', 'client/{client_id}/Kitchen/property/favorite_number/update/response');
    this.topicParameters = { service_id: this.instanceId };
    const replyParameters = this.replyParameters();
    this.onError = options.onError ?? ((error) => console.warn(`KitchenClient ${this.instanceId}: ${error.message}`));
    this.calls = PendingCalls.shared(connection);
    this.favoriteNumberProperty = new ClientProperty('favorite_number', favoriteNumberCodec, this.onError);
    this.ovenSettingProperty = new ClientProperty('oven_setting', ovenSettingCodec, this.onError);
    this.todaysMenuProperty = new ClientProperty('todays_menu', todaysMenuCodec, this.onError);
    this.lastCleanedProperty = new ClientProperty('last_cleaned', lastCleanedCodec, this.onError);
    this.subscriptions = [
      this.subscribeToSignal('ready', topics.signals.ready, this.deliverReady),
      this.subscribeToSignal('temperature_changed', topics.signals.temperature_changed, this.deliverTemperatureChanged),
      this.subscribeToSignal('lunch_served', topics.signals.lunch_served, this.deliverLunchServed),
      this.subscribeToSignal('photo_taken', topics.signals.photo_taken, this.deliverPhotoTaken),
      this.subscribeToProperty(topics.properties.favorite_number.value, this.favoriteNumberProperty),
      this.subscribeToProperty(topics.properties.oven_setting.value, this.ovenSettingProperty),
      this.subscribeToProperty(topics.properties.todays_menu.value, this.todaysMenuProperty),
      this.subscribeToProperty(topics.properties.last_cleaned.value, this.lastCleanedProperty),
      this.calls.listen([
        topics.methods.add_numbers.response.fill(replyParameters),
        topics.methods.order_lunch.response.fill(replyParameters),
        topics.methods.what_time_is_it.response.fill(replyParameters),
        topics.methods.fill_tray.response.fill(replyParameters),
        topics.methods.echo_bytes.response.fill(replyParameters),
        topics.methods.reset.response.fill(replyParameters),
        topics.properties.favorite_number.updateResponse.fill(replyParameters),
        topics.properties.oven_setting.updateResponse.fill(replyParameters),
        topics.properties.last_cleaned.updateResponse.fill(replyParameters),
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
    await Promise.all([
      this.favoriteNumberProperty.known(),
      this.ovenSettingProperty.known(),
      this.todaysMenuProperty.known(),
      this.lastCleanedProperty.known(),
    ]);
  }

  /**
   * Removes every listener, rejects the calls still waiting for a reply and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'KitchenClient was closed'), this);
    this.readyListeners?.clear();
    this.temperatureChangedListeners?.clear();
    this.lunchServedListeners?.clear();
    this.photoTakenListeners?.clear();
    this.favoriteNumberProperty.clear();
    this.ovenSettingProperty.clear();
    this.todaysMenuProperty.clear();
    this.lastCleanedProperty.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `ready` signal. Emitted once when the kitchen opens.
   *
   * @returns A function that removes the listener again.
   */
  receiveReady(listener: ReadyListener): () => void {
    const listeners = (this.readyListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverReady(): void {
    for (const listener of this.readyListeners ?? []) {
      listener();
    }
  }

  /**
   * Calls `listener` with every `temperature_changed` signal. Emitted when an oven's temperature changes.
   *
   * @returns A function that removes the listener again.
   */
  receiveTemperatureChanged(listener: TemperatureChangedListener): () => void {
    const listeners = (this.temperatureChangedListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverTemperatureChanged(payload: Record<string, unknown>): void {
    const signal = decodeTemperatureChangedPayload(payload);
    for (const listener of this.temperatureChangedListeners ?? []) {
      listener(signal.oven, signal.celsius, signal.state);
    }
  }

  /**
   * Calls `listener` with every `lunch_served` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveLunchServed(listener: LunchServedListener): () => void {
    const listeners = (this.lunchServedListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverLunchServed(payload: Record<string, unknown>): void {
    const signal = decodeLunchServedPayload(payload);
    for (const listener of this.lunchServedListeners ?? []) {
      listener(signal.lunch, signal.servedAt, signal.note);
    }
  }

  /**
   * Calls `listener` with every `photo_taken` signal. A picture of the dish, as JPEG bytes.
   *
   * @returns A function that removes the listener again.
   */
  receivePhotoTaken(listener: PhotoTakenListener): () => void {
    const listeners = (this.photoTakenListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverPhotoTaken(payload: Record<string, unknown>): void {
    const signal = decodePhotoTakenPayload(payload);
    for (const listener of this.photoTakenListeners ?? []) {
      listener(signal.image, signal.tags);
    }
  }

  /**
   * Adds two or three integers.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns sum
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  addNumbers(first: number, second: number, third?: number, callOptions?: CallOptions): Promise<number> {
    return this.calls.call(
      this.requestTopics(topics.methods.add_numbers.request, topics.methods.add_numbers.response),
      encodeAddNumbersArguments({ first, second, third }),
      (payload) => decodeAddNumbersResult(payload).sum,
      callOptions,
      undefined,
      this,
    );
  }

  /**
   * Orders a lunch and tells when it will be ready.
   *
   * @param pickupIn In milliseconds.
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns `{ orderNumber, readyAt, comment }`
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  orderLunch(lunch: Lunch, pickupIn: number, callOptions?: CallOptions): Promise<OrderLunchResult> {
    return this.calls.call(
      this.requestTopics(topics.methods.order_lunch.request, topics.methods.order_lunch.response),
      encodeOrderLunchArguments({ lunch, pickupIn }),
      decodeOrderLunchResult,
      callOptions,
      undefined,
      this,
    );
  }

  /**
   * Gets the kitchen's clock.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns timestamp
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  whatTimeIsIt(callOptions?: CallOptions): Promise<Date> {
    return this.calls.call(
      this.requestTopics(topics.methods.what_time_is_it.request, topics.methods.what_time_is_it.response),
      {},
      (payload) => decodeWhatTimeIsItResult(payload).timestamp,
      callOptions,
      undefined,
      this,
    );
  }

  /**
   * Calls the `fill_tray` method.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns tray
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  fillTray(tray: Tray, extraDays: DayOfTheWeek[], callOptions?: CallOptions): Promise<Tray> {
    return this.calls.call(
      this.requestTopics(topics.methods.fill_tray.request, topics.methods.fill_tray.response),
      encodeFillTrayArguments({ tray, extraDays }),
      (payload) => decodeFillTrayResult(payload).tray,
      callOptions,
      undefined,
      this,
    );
  }

  /**
   * Returns the bytes it was given, reversed.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns reversed
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  echoBytes(data: Uint8Array, callOptions?: CallOptions): Promise<Uint8Array> {
    return this.calls.call(
      this.requestTopics(topics.methods.echo_bytes.request, topics.methods.echo_bytes.response),
      encodeEchoBytesArguments({ data }),
      (payload) => decodeEchoBytesResult(payload).reversed,
      callOptions,
      undefined,
      this,
    );
  }

  /**
   * Turns every oven off. Returns nothing.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  reset(callOptions?: CallOptions): Promise<void> {
    return this.calls.call(
      this.requestTopics(topics.methods.reset.request, topics.methods.reset.response),
      {},
      () => undefined,
      callOptions,
      undefined,
      this,
    );
  }

  /** The kitchen's favorite number. The last value seen; `undefined` until the first arrives. */
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

  /** Target of oven 1. The last value seen; `undefined` until the first arrives. */
  get ovenSetting(): OvenSettingValue | undefined {
    return this.ovenSettingProperty.value;
  }

  /** The `PropertyVersion` of the last `oven_setting` value seen; `undefined` until the first arrives. */
  get ovenSettingVersion(): number | undefined {
    return this.ovenSettingProperty.version;
  }

  /**
   * Calls `listener` with every new value of `oven_setting`.
   *
   * @returns A function that removes the listener again.
   */
  onOvenSettingChanged(listener: OvenSettingChangedListener): () => void {
    return this.ovenSettingProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `value` the value of `oven_setting`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setOvenSetting(value: OvenSettingValue, callOptions?: CallOptions): Promise<OvenSettingValue> {
    return this.ovenSettingProperty.update(this.calls, this.requestTopics(topics.properties.oven_setting.update, topics.properties.oven_setting.updateResponse), value, callOptions, this);
  }

  /** The menu of the day. Only the kitchen changes it. The last value seen; `undefined` until the first arrives. */
  get todaysMenu(): Lunch | undefined {
    return this.todaysMenuProperty.value;
  }

  /** The `PropertyVersion` of the last `todays_menu` value seen; `undefined` until the first arrives. */
  get todaysMenuVersion(): number | undefined {
    return this.todaysMenuProperty.version;
  }

  /**
   * Calls `listener` with every new value of `todays_menu`.
   *
   * @returns A function that removes the listener again.
   */
  onTodaysMenuChanged(listener: TodaysMenuChangedListener): () => void {
    return this.todaysMenuProperty.onChanged(listener);
  }

  /** The `last_cleaned` property. The last value seen; `undefined` until the first arrives. */
  get lastCleaned(): Date | undefined {
    return this.lastCleanedProperty.value;
  }

  /** The `PropertyVersion` of the last `last_cleaned` value seen; `undefined` until the first arrives. */
  get lastCleanedVersion(): number | undefined {
    return this.lastCleanedProperty.version;
  }

  /**
   * Calls `listener` with every new value of `last_cleaned`.
   *
   * @returns A function that removes the listener again.
   */
  onLastCleanedChanged(listener: LastCleanedChangedListener): () => void {
    return this.lastCleanedProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `timestamp` the value of `last_cleaned`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setLastCleaned(timestamp: Date, callOptions?: CallOptions): Promise<Date> {
    return this.lastCleanedProperty.update(this.calls, this.requestTopics(topics.properties.last_cleaned.update, topics.properties.last_cleaned.updateResponse), timestamp, callOptions, this);
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
