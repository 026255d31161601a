// Generated from asyncapi.yaml (interface Full 0.0.2) by @stingeripc/ts-template. Do not edit by hand.
import { MqttConnection, Subscription } from './connection';
import {
  CallOptions,
  DecodeError,
  MethodError,
  MethodTopics,
  parsePayload,
  PendingCalls,
  ReturnCode,
  topicLevel,
} from './protocol';
import { ClientProperty } from './properties';
import {
  DayOfTheWeek,
  decodeAddNumbersResult,
  decodeDoSomethingResult,
  decodeHoldTemperatureResult,
  decodeRandomWordPayload,
  decodeTodayIsPayload,
  decodeWhatTimeIsItResult,
  DoSomethingResult,
  encodeAddNumbersArguments,
  encodeDoSomethingArguments,
  encodeHoldTemperatureArguments,
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

/** Options of a {@link FullClient}. */
export interface FullClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `todayIs` signals. */
export type TodayIsListener = (dayOfMonth: number, dayOfWeek: DayOfTheWeek) => void;

/** Receives `randomWord` signals. */
export type RandomWordListener = (word: string, time: Date) => void;

/** Receives each new value of the `favorite_number` property. My favorite number */
export type FavoriteNumberChangedListener = (value: number) => void;

/** Receives each new value of the `favorite_foods` property. */
export type FavoriteFoodsChangedListener = (value: FavoriteFoodsValue) => void;

/** Receives each new value of the `lunch_menu` property. */
export type LunchMenuChangedListener = (value: LunchMenuValue) => void;

/** Receives each new value of the `family_name` property. This is to test a property with a single string value. */
export type FamilyNameChangedListener = (value: string) => void;

/** Receives each new value of the `last_breakfast_time` property. This is to test a property with a single datetime value. */
export type LastBreakfastTimeChangedListener = (value: Date) => void;

/** Receives each new value of the `last_birthdays` property. This is to test a property with multiple datetime values. */
export type LastBirthdaysChangedListener = (value: LastBirthdaysValue) => void;

/**
 * Client of the Full interface: Example Interface.
 *
 * Example StingerAPI interface which demonstrates many features.
 */
export class FullClient {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly calls: PendingCalls;
  private readonly todayIsListeners = new Set<TodayIsListener>();
  private readonly randomWordListeners = new Set<RandomWordListener>();
  private readonly favoriteNumberProperty: ClientProperty<number>;
  private readonly favoriteFoodsProperty: ClientProperty<FavoriteFoodsValue>;
  private readonly lunchMenuProperty: ClientProperty<LunchMenuValue>;
  private readonly familyNameProperty: ClientProperty<string>;
  private readonly lastBreakfastTimeProperty: ClientProperty<Date>;
  private readonly lastBirthdaysProperty: ClientProperty<LastBirthdaysValue>;

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: FullClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Full/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`FullClient ${options.instanceId}: ${error.message}`));
    this.calls = new PendingCalls(connection);
    this.favoriteNumberProperty = new ClientProperty('favorite_number', favoriteNumberCodec, (error) => this.onError(error));
    this.favoriteFoodsProperty = new ClientProperty('favorite_foods', favoriteFoodsCodec, (error) => this.onError(error));
    this.lunchMenuProperty = new ClientProperty('lunch_menu', lunchMenuCodec, (error) => this.onError(error));
    this.familyNameProperty = new ClientProperty('family_name', familyNameCodec, (error) => this.onError(error));
    this.lastBreakfastTimeProperty = new ClientProperty('last_breakfast_time', lastBreakfastTimeCodec, (error) => this.onError(error));
    this.lastBirthdaysProperty = new ClientProperty('last_birthdays', lastBirthdaysCodec, (error) => this.onError(error));
    this.subscriptions = [
      this.subscribeToSignal('todayIs', (payload) => this.deliverTodayIs(payload)),
      this.subscribeToSignal('randomWord', (payload) => this.deliverRandomWord(payload)),
      this.subscribeToReplies('addNumbers'),
      this.subscribeToReplies('doSomething'),
      this.subscribeToReplies('what_time_is_it'),
      this.subscribeToReplies('hold_temperature'),
      this.subscribeToProperty('favorite_number', this.favoriteNumberProperty),
      this.subscribeToProperty('favorite_foods', this.favoriteFoodsProperty),
      this.subscribeToProperty('lunch_menu', this.lunchMenuProperty),
      this.subscribeToProperty('family_name', this.familyNameProperty),
      this.subscribeToProperty('last_breakfast_time', this.lastBreakfastTimeProperty),
      this.subscribeToProperty('last_birthdays', this.lastBirthdaysProperty),
      this.subscribeToUpdateReplies('favorite_number', this.favoriteNumberProperty),
      this.subscribeToUpdateReplies('favorite_foods', this.favoriteFoodsProperty),
      this.subscribeToUpdateReplies('family_name', this.familyNameProperty),
      this.subscribeToUpdateReplies('last_breakfast_time', this.lastBreakfastTimeProperty),
      this.subscribeToUpdateReplies('last_birthdays', this.lastBirthdaysProperty),
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
      this.favoriteFoodsProperty.known(),
      this.lunchMenuProperty.known(),
      this.familyNameProperty.known(),
      this.lastBreakfastTimeProperty.known(),
      this.lastBirthdaysProperty.known(),
    ]);
  }

  /**
   * Removes every listener, rejects the calls still waiting for a reply and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'FullClient was closed'));
    this.todayIsListeners.clear();
    this.randomWordListeners.clear();
    this.favoriteNumberProperty.clear();
    this.favoriteFoodsProperty.clear();
    this.lunchMenuProperty.clear();
    this.familyNameProperty.clear();
    this.lastBreakfastTimeProperty.clear();
    this.lastBirthdaysProperty.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `todayIs` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveTodayIs(listener: TodayIsListener): () => void {
    this.todayIsListeners.add(listener);
    return () => {
      this.todayIsListeners.delete(listener);
    };
  }

  private deliverTodayIs(payload: Record<string, unknown>): void {
    const signal = decodeTodayIsPayload(payload);
    for (const listener of this.todayIsListeners) {
      listener(signal.dayOfMonth, signal.dayOfWeek);
    }
  }

  /**
   * Calls `listener` with every `randomWord` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveRandomWord(listener: RandomWordListener): () => void {
    this.randomWordListeners.add(listener);
    return () => {
      this.randomWordListeners.delete(listener);
    };
  }

  private deliverRandomWord(payload: Record<string, unknown>): void {
    const signal = decodeRandomWordPayload(payload);
    for (const listener of this.randomWordListeners) {
      listener(signal.word, signal.time);
    }
  }

  /**
   * Calls the `addNumbers` method.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns sum
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  addNumbers(first: number, second: number, third?: number, callOptions?: CallOptions): Promise<number> {
    return this.calls.call(
      this.methodTopics('addNumbers'),
      encodeAddNumbersArguments({ first, second, third }),
      (payload) => decodeAddNumbersResult(payload).sum,
      callOptions,
    );
  }

  /**
   * Calls the `doSomething` method.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns `{ label, identifier }`
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  doSomething(taskToDo: string, callOptions?: CallOptions): Promise<DoSomethingResult> {
    return this.calls.call(
      this.methodTopics('doSomething'),
      encodeDoSomethingArguments({ taskToDo }),
      decodeDoSomethingResult,
      callOptions,
    );
  }

  /**
   * Get the current date and time.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns timestamp
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  whatTimeIsIt(callOptions?: CallOptions): Promise<Date> {
    return this.calls.call(
      this.methodTopics('what_time_is_it'),
      {},
      (payload) => decodeWhatTimeIsItResult(payload).timestamp,
      callOptions,
    );
  }

  /**
   * Hold a temperature for a specified duration.
   *
   * @param temperatureCelsius The temperature to hold in degrees Celsius.
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns success
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  holdTemperature(temperatureCelsius: number, callOptions?: CallOptions): Promise<boolean> {
    return this.calls.call(
      this.methodTopics('hold_temperature'),
      encodeHoldTemperatureArguments({ temperatureCelsius }),
      (payload) => decodeHoldTemperatureResult(payload).success,
      callOptions,
    );
  }

  /** My favorite number The last value seen; `undefined` until the first arrives. */
  get favoriteNumber(): number | undefined {
    return this.favoriteNumberProperty.value;
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
    return this.favoriteNumberProperty.update(this.calls, this.propertyTopics('favorite_number'), number, callOptions);
  }

  /** The `favorite_foods` property. The last value seen; `undefined` until the first arrives. */
  get favoriteFoods(): FavoriteFoodsValue | undefined {
    return this.favoriteFoodsProperty.value;
  }

  /**
   * Calls `listener` with every new value of `favorite_foods`.
   *
   * @returns A function that removes the listener again.
   */
  onFavoriteFoodsChanged(listener: FavoriteFoodsChangedListener): () => void {
    return this.favoriteFoodsProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `value` the value of `favorite_foods`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setFavoriteFoods(value: FavoriteFoodsValue, callOptions?: CallOptions): Promise<FavoriteFoodsValue> {
    return this.favoriteFoodsProperty.update(this.calls, this.propertyTopics('favorite_foods'), value, callOptions);
  }

  /** The `lunch_menu` property. The last value seen; `undefined` until the first arrives. */
  get lunchMenu(): LunchMenuValue | undefined {
    return this.lunchMenuProperty.value;
  }

  /**
   * Calls `listener` with every new value of `lunch_menu`.
   *
   * @returns A function that removes the listener again.
   */
  onLunchMenuChanged(listener: LunchMenuChangedListener): () => void {
    return this.lunchMenuProperty.onChanged(listener);
  }

  /** This is to test a property with a single string value. The last value seen; `undefined` until the first arrives. */
  get familyName(): string | undefined {
    return this.familyNameProperty.value;
  }

  /**
   * Calls `listener` with every new value of `family_name`.
   *
   * @returns A function that removes the listener again.
   */
  onFamilyNameChanged(listener: FamilyNameChangedListener): () => void {
    return this.familyNameProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `familyName` the value of `family_name`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setFamilyName(familyName: string, callOptions?: CallOptions): Promise<string> {
    return this.familyNameProperty.update(this.calls, this.propertyTopics('family_name'), familyName, callOptions);
  }

  /** This is to test a property with a single datetime value. The last value seen; `undefined` until the first arrives. */
  get lastBreakfastTime(): Date | undefined {
    return this.lastBreakfastTimeProperty.value;
  }

  /**
   * Calls `listener` with every new value of `last_breakfast_time`.
   *
   * @returns A function that removes the listener again.
   */
  onLastBreakfastTimeChanged(listener: LastBreakfastTimeChangedListener): () => void {
    return this.lastBreakfastTimeProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `timestamp` the value of `last_breakfast_time`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setLastBreakfastTime(timestamp: Date, callOptions?: CallOptions): Promise<Date> {
    return this.lastBreakfastTimeProperty.update(this.calls, this.propertyTopics('last_breakfast_time'), timestamp, callOptions);
  }

  /** This is to test a property with multiple datetime values. The last value seen; `undefined` until the first arrives. */
  get lastBirthdays(): LastBirthdaysValue | undefined {
    return this.lastBirthdaysProperty.value;
  }

  /**
   * Calls `listener` with every new value of `last_birthdays`.
   *
   * @returns A function that removes the listener again.
   */
  onLastBirthdaysChanged(listener: LastBirthdaysChangedListener): () => void {
    return this.lastBirthdaysProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `value` the value of `last_birthdays`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setLastBirthdays(value: LastBirthdaysValue, callOptions?: CallOptions): Promise<LastBirthdaysValue> {
    return this.lastBirthdaysProperty.update(this.calls, this.propertyTopics('last_birthdays'), value, callOptions);
  }

  private subscribeToSignal(signal: string, deliver: (payload: Record<string, unknown>) => void): Subscription {
    return this.connection.subscribe(`${this.topicPrefix}/signal/${signal}`, (message) => {
      try {
        deliver(parsePayload(message.payload));
      } catch (error) {
        // A bad payload or a failing listener must not reach mqtt.js.
        const reason = error instanceof DecodeError ? new Error(`bad '${signal}' signal: ${error.message}`, { cause: error }) : error;
        this.onError(reason instanceof Error ? reason : new Error(String(reason)));
      }
    });
  }

  private subscribeToReplies(method: string): Subscription {
    return this.connection.subscribe(this.methodTopics(method).response, (reply) => this.calls.settle(reply));
  }

  private methodTopics(method: string): MethodTopics {
    return {
      request: `${this.topicPrefix}/method/${method}/request`,
      response: `client/${this.connection.clientId}/Full/method/${method}/response`,
    };
  }

  private subscribeToProperty<T>(property: string, state: ClientProperty<T>): Subscription {
    return this.connection.subscribe(`${this.topicPrefix}/property/${property}/value`, (message) => state.receive(message));
  }

  private subscribeToUpdateReplies<T>(property: string, state: ClientProperty<T>): Subscription {
    return this.connection.subscribe(this.propertyTopics(property).response, (reply) => {
      // Only replies to this client's own requests may change what it knows.
      if (this.calls.isWaitingFor(reply)) {
        state.receiveReply(reply);
        this.calls.settle(reply);
      }
    });
  }

  private propertyTopics(property: string): MethodTopics {
    return {
      request: `${this.topicPrefix}/property/${property}/update`,
      response: `client/${this.connection.clientId}/Full/property/${property}/update/response`,
    };
  }
}
