// Generated from asyncapi.yaml (interface Greenhouse 0.3.1) by @stingeripc/ts-template. Do not edit by hand.
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
  decodeDoorOpenedPayload,
  decodeKeepHumidityResult,
  decodeLastReadingTimeResult,
  decodePlanWateringResult,
  decodeSensorReadingPayload,
  decodeSetLampResult,
  encodeKeepHumidityArguments,
  encodePlanWateringArguments,
  encodeSetLampArguments,
  gardenerCodec,
  LampLevel,
  lastHarvestCodec,
  PlanWateringResult,
  sowingDatesCodec,
  SowingDatesValue,
  targetTemperatureCodec,
  todaysPlansCodec,
  TodaysPlansValue,
  ventSettingsCodec,
  VentSettingsValue,
  WateringPlan,
  Weekday,
} from './interfaceTypes';

/** Options of a {@link GreenhouseClient}. */
export interface GreenhouseClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `doorOpened` signals. */
export type DoorOpenedListener = (door: number, weekday: Weekday) => void;

/** Receives `sensorReading` signals. */
export type SensorReadingListener = (sensor: string, measuredAt: Date) => void;

/**
 * Receives each new value of the `target_temperature` property. The temperature the heater aims for,
 * in whole degrees Celsius.
 */
export type TargetTemperatureChangedListener = (value: number) => void;

/** Receives each new value of the `vent_settings` property. */
export type VentSettingsChangedListener = (value: VentSettingsValue) => void;

/** Receives each new value of the `todays_plans` property. */
export type TodaysPlansChangedListener = (value: TodaysPlansValue) => void;

/** Receives each new value of the `gardener` property. A property with a single string value. */
export type GardenerChangedListener = (value: string) => void;

/** Receives each new value of the `last_harvest` property. A property with a single datetime value. */
export type LastHarvestChangedListener = (value: Date) => void;

/** Receives each new value of the `sowing_dates` property. A property with several datetime values. */
export type SowingDatesChangedListener = (value: SowingDatesValue) => void;

/**
 * Client of the Greenhouse interface: Greenhouse climate interface.
 *
 * Watering, lights and climate of a small greenhouse.
 */
export class GreenhouseClient {
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
  private doorOpenedListeners?: Set<DoorOpenedListener>;
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private sensorReadingListeners?: Set<SensorReadingListener>;
  private readonly targetTemperatureProperty: ClientProperty<number>;
  private readonly ventSettingsProperty: ClientProperty<VentSettingsValue>;
  private readonly todaysPlansProperty: ClientProperty<TodaysPlansValue>;
  private readonly gardenerProperty: ClientProperty<string>;
  private readonly lastHarvestProperty: ClientProperty<Date>;
  private readonly sowingDatesProperty: ClientProperty<SowingDatesValue>;

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: GreenhouseClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Greenhouse/{service_id}/property/target_temperature/update');
    // Replies come to client/{client_id}/...: the connection's id must fit into the longest such topic.
    topicLevel(connection.clientId, 'connection clientId', 'client/{client_id}/Greenhouse/property/target_temperature/update/response');
    this.topicParameters = { service_id: this.instanceId };
    const replyParameters = this.replyParameters();
    this.onError = options.onError ?? ((error) => console.warn(`GreenhouseClient ${this.instanceId}: ${error.message}`));
    this.calls = PendingCalls.shared(connection);
    this.targetTemperatureProperty = new ClientProperty('target_temperature', targetTemperatureCodec, this.onError);
    this.ventSettingsProperty = new ClientProperty('vent_settings', ventSettingsCodec, this.onError);
    this.todaysPlansProperty = new ClientProperty('todays_plans', todaysPlansCodec, this.onError);
    this.gardenerProperty = new ClientProperty('gardener', gardenerCodec, this.onError);
    this.lastHarvestProperty = new ClientProperty('last_harvest', lastHarvestCodec, this.onError);
    this.sowingDatesProperty = new ClientProperty('sowing_dates', sowingDatesCodec, this.onError);
    this.subscriptions = [
      this.subscribeToSignal('doorOpened', topics.signals.doorOpened, this.deliverDoorOpened),
      this.subscribeToSignal('sensorReading', topics.signals.sensorReading, this.deliverSensorReading),
      this.subscribeToProperty(topics.properties.target_temperature.value, this.targetTemperatureProperty),
      this.subscribeToProperty(topics.properties.vent_settings.value, this.ventSettingsProperty),
      this.subscribeToProperty(topics.properties.todays_plans.value, this.todaysPlansProperty),
      this.subscribeToProperty(topics.properties.gardener.value, this.gardenerProperty),
      this.subscribeToProperty(topics.properties.last_harvest.value, this.lastHarvestProperty),
      this.subscribeToProperty(topics.properties.sowing_dates.value, this.sowingDatesProperty),
      this.calls.listen([
        topics.methods.setLamp.response.fill(replyParameters),
        topics.methods.plan_watering.response.fill(replyParameters),
        topics.methods.last_reading_time.response.fill(replyParameters),
        topics.methods.keep_humidity.response.fill(replyParameters),
        topics.properties.target_temperature.updateResponse.fill(replyParameters),
        topics.properties.vent_settings.updateResponse.fill(replyParameters),
        topics.properties.gardener.updateResponse.fill(replyParameters),
        topics.properties.last_harvest.updateResponse.fill(replyParameters),
        topics.properties.sowing_dates.updateResponse.fill(replyParameters),
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
      this.targetTemperatureProperty.known(),
      this.ventSettingsProperty.known(),
      this.todaysPlansProperty.known(),
      this.gardenerProperty.known(),
      this.lastHarvestProperty.known(),
      this.sowingDatesProperty.known(),
    ]);
  }

  /**
   * Removes every listener, rejects the calls still waiting for a reply and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'GreenhouseClient was closed'), this);
    this.doorOpenedListeners?.clear();
    this.sensorReadingListeners?.clear();
    this.targetTemperatureProperty.clear();
    this.ventSettingsProperty.clear();
    this.todaysPlansProperty.clear();
    this.gardenerProperty.clear();
    this.lastHarvestProperty.clear();
    this.sowingDatesProperty.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `doorOpened` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveDoorOpened(listener: DoorOpenedListener): () => void {
    const listeners = (this.doorOpenedListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverDoorOpened(payload: Record<string, unknown>): void {
    const signal = decodeDoorOpenedPayload(payload);
    for (const listener of this.doorOpenedListeners ?? []) {
      listener(signal.door, signal.weekday);
    }
  }

  /**
   * Calls `listener` with every `sensorReading` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveSensorReading(listener: SensorReadingListener): () => void {
    const listeners = (this.sensorReadingListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverSensorReading(payload: Record<string, unknown>): void {
    const signal = decodeSensorReadingPayload(payload);
    for (const listener of this.sensorReadingListeners ?? []) {
      listener(signal.sensor, signal.measuredAt);
    }
  }

  /**
   * Calls the `setLamp` method.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns previousLevel
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  setLamp(lamp: number, level: LampLevel, minutes?: number, callOptions?: CallOptions): Promise<LampLevel> {
    return this.calls.call(
      this.requestTopics(topics.methods.setLamp.request, topics.methods.setLamp.response),
      encodeSetLampArguments({ lamp, level, minutes }),
      (payload) => decodeSetLampResult(payload).previousLevel,
      callOptions,
      undefined,
      this,
    );
  }

  /**
   * Adds a watering plan and says where it went.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns `{ slot, confirmation }`
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  planWatering(plan: WateringPlan, callOptions?: CallOptions): Promise<PlanWateringResult> {
    return this.calls.call(
      this.requestTopics(topics.methods.plan_watering.request, topics.methods.plan_watering.response),
      encodePlanWateringArguments({ plan }),
      decodePlanWateringResult,
      callOptions,
      undefined,
      this,
    );
  }

  /**
   * When the sensors last reported.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns timestamp
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  lastReadingTime(callOptions?: CallOptions): Promise<Date> {
    return this.calls.call(
      this.requestTopics(topics.methods.last_reading_time.request, topics.methods.last_reading_time.response),
      {},
      (payload) => decodeLastReadingTimeResult(payload).timestamp,
      callOptions,
      undefined,
      this,
    );
  }

  /**
   * Keeps the air at a humidity.
   *
   * @param percent Relative humidity to keep.
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns accepted
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  keepHumidity(percent: number, callOptions?: CallOptions): Promise<boolean> {
    return this.calls.call(
      this.requestTopics(topics.methods.keep_humidity.request, topics.methods.keep_humidity.response),
      encodeKeepHumidityArguments({ percent }),
      (payload) => decodeKeepHumidityResult(payload).accepted,
      callOptions,
      undefined,
      this,
    );
  }

  /**
   * The temperature the heater aims for,
   * in whole degrees Celsius. The last value seen; `undefined` until the first arrives.
   */
  get targetTemperature(): number | undefined {
    return this.targetTemperatureProperty.value;
  }

  /** The `PropertyVersion` of the last `target_temperature` value seen; `undefined` until the first arrives. */
  get targetTemperatureVersion(): number | undefined {
    return this.targetTemperatureProperty.version;
  }

  /**
   * Calls `listener` with every new value of `target_temperature`.
   *
   * @returns A function that removes the listener again.
   */
  onTargetTemperatureChanged(listener: TargetTemperatureChangedListener): () => void {
    return this.targetTemperatureProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `celsius` the value of `target_temperature`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setTargetTemperature(celsius: number, callOptions?: CallOptions): Promise<number> {
    return this.targetTemperatureProperty.update(this.calls, this.requestTopics(topics.properties.target_temperature.update, topics.properties.target_temperature.updateResponse), celsius, callOptions, this);
  }

  /** The `vent_settings` property. The last value seen; `undefined` until the first arrives. */
  get ventSettings(): VentSettingsValue | undefined {
    return this.ventSettingsProperty.value;
  }

  /** The `PropertyVersion` of the last `vent_settings` value seen; `undefined` until the first arrives. */
  get ventSettingsVersion(): number | undefined {
    return this.ventSettingsProperty.version;
  }

  /**
   * Calls `listener` with every new value of `vent_settings`.
   *
   * @returns A function that removes the listener again.
   */
  onVentSettingsChanged(listener: VentSettingsChangedListener): () => void {
    return this.ventSettingsProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `value` the value of `vent_settings`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setVentSettings(value: VentSettingsValue, callOptions?: CallOptions): Promise<VentSettingsValue> {
    return this.ventSettingsProperty.update(this.calls, this.requestTopics(topics.properties.vent_settings.update, topics.properties.vent_settings.updateResponse), value, callOptions, this);
  }

  /** The `todays_plans` property. The last value seen; `undefined` until the first arrives. */
  get todaysPlans(): TodaysPlansValue | undefined {
    return this.todaysPlansProperty.value;
  }

  /** The `PropertyVersion` of the last `todays_plans` value seen; `undefined` until the first arrives. */
  get todaysPlansVersion(): number | undefined {
    return this.todaysPlansProperty.version;
  }

  /**
   * Calls `listener` with every new value of `todays_plans`.
   *
   * @returns A function that removes the listener again.
   */
  onTodaysPlansChanged(listener: TodaysPlansChangedListener): () => void {
    return this.todaysPlansProperty.onChanged(listener);
  }

  /** A property with a single string value. The last value seen; `undefined` until the first arrives. */
  get gardener(): string | undefined {
    return this.gardenerProperty.value;
  }

  /** The `PropertyVersion` of the last `gardener` value seen; `undefined` until the first arrives. */
  get gardenerVersion(): number | undefined {
    return this.gardenerProperty.version;
  }

  /**
   * Calls `listener` with every new value of `gardener`.
   *
   * @returns A function that removes the listener again.
   */
  onGardenerChanged(listener: GardenerChangedListener): () => void {
    return this.gardenerProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `gardener` the value of `gardener`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setGardener(gardener: string, callOptions?: CallOptions): Promise<string> {
    return this.gardenerProperty.update(this.calls, this.requestTopics(topics.properties.gardener.update, topics.properties.gardener.updateResponse), gardener, callOptions, this);
  }

  /** A property with a single datetime value. The last value seen; `undefined` until the first arrives. */
  get lastHarvest(): Date | undefined {
    return this.lastHarvestProperty.value;
  }

  /** The `PropertyVersion` of the last `last_harvest` value seen; `undefined` until the first arrives. */
  get lastHarvestVersion(): number | undefined {
    return this.lastHarvestProperty.version;
  }

  /**
   * Calls `listener` with every new value of `last_harvest`.
   *
   * @returns A function that removes the listener again.
   */
  onLastHarvestChanged(listener: LastHarvestChangedListener): () => void {
    return this.lastHarvestProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `timestamp` the value of `last_harvest`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setLastHarvest(timestamp: Date, callOptions?: CallOptions): Promise<Date> {
    return this.lastHarvestProperty.update(this.calls, this.requestTopics(topics.properties.last_harvest.update, topics.properties.last_harvest.updateResponse), timestamp, callOptions, this);
  }

  /** A property with several datetime values. The last value seen; `undefined` until the first arrives. */
  get sowingDates(): SowingDatesValue | undefined {
    return this.sowingDatesProperty.value;
  }

  /** The `PropertyVersion` of the last `sowing_dates` value seen; `undefined` until the first arrives. */
  get sowingDatesVersion(): number | undefined {
    return this.sowingDatesProperty.version;
  }

  /**
   * Calls `listener` with every new value of `sowing_dates`.
   *
   * @returns A function that removes the listener again.
   */
  onSowingDatesChanged(listener: SowingDatesChangedListener): () => void {
    return this.sowingDatesProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `value` the value of `sowing_dates`. The request names the last `PropertyVersion` seen.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setSowingDates(value: SowingDatesValue, callOptions?: CallOptions): Promise<SowingDatesValue> {
    return this.sowingDatesProperty.update(this.calls, this.requestTopics(topics.properties.sowing_dates.update, topics.properties.sowing_dates.updateResponse), value, callOptions, this);
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
