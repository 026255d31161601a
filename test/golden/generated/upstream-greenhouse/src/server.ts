// Generated from asyncapi.yaml (interface Greenhouse 0.3.1) by @stingeripc/ts-template. Do not edit by hand.
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
  decodeKeepHumidityArguments,
  decodePlanWateringArguments,
  decodeSetLampArguments,
  encodeDoorOpenedPayload,
  encodeKeepHumidityResult,
  encodeLastReadingTimeResult,
  encodePlanWateringResult,
  encodeSensorReadingPayload,
  encodeSetLampResult,
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

/** The value of each property when a {@link GreenhouseServer} starts. */
export interface GreenhouseInitialValues {
  /**
   * The temperature the heater aims for,
   * in whole degrees Celsius.
   */
  targetTemperature: number;
  /** The `vent_settings` property. */
  ventSettings: VentSettingsValue;
  /** The `todays_plans` property. */
  todaysPlans: TodaysPlansValue;
  /** A property with a single string value. */
  gardener: string;
  /** A property with a single datetime value. */
  lastHarvest: Date;
  /** A property with several datetime values. */
  sowingDates: SowingDatesValue;
}

/** Options of a {@link GreenhouseServer}. */
export interface GreenhouseServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /** The value of every property when the server starts; each is published at once (version 1). */
  initialValues: GreenhouseInitialValues;
  /**
   * Shares this instance's method calls with the other servers of the same
   * instance and group (replicas in other processes): the requests come
   * through the MQTT v5 shared subscription `$share/<shareGroup>/...`, so the
   * broker gives each call to one of them. This server also keeps the
   * properties and the announcement; the others are started with
   * `methodsOnly: true` (GreenhouseMethodReplicaOptions). One topic level.
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
 * Options of a methods-only replica of a {@link GreenhouseServer}: it answers its
 * share of the instance's method calls and nothing else (no property values,
 * updates or announcement: the server started with `shareGroup` and the
 * values keeps those).
 */
export interface GreenhouseMethodReplicaOptions {
  /** The id of the instance whose calls this replica shares. */
  instanceId: string;
  /** The share group, the same as the other servers of the instance. One topic level. */
  shareGroup: string;
  /** Marks a replica that serves methods only. */
  methodsOnly: true;
  /** Called with errors no caller can be told about. Default: one `console.warn` line per error. */
  onError?: (error: Error) => void;
}

/** Answers `setLamp` calls. */
export type SetLampHandler = (lamp: number, level: LampLevel, minutes?: number) => LampLevel | Promise<LampLevel>;

/** Answers `plan_watering` calls. Adds a watering plan and says where it went. */
export type PlanWateringHandler = (plan: WateringPlan) => PlanWateringResult | Promise<PlanWateringResult>;

/** Answers `last_reading_time` calls. When the sensors last reported. */
export type LastReadingTimeHandler = () => Date | Promise<Date>;

/** Answers `keep_humidity` calls. Keeps the air at a humidity. */
export type KeepHumidityHandler = (percent: number) => boolean | Promise<boolean>;

/**
 * Sees each change of `target_temperature` a client asks for, before it is applied; throwing refuses it. The temperature the heater aims for,
 * in whole degrees Celsius.
 */
export type TargetTemperatureUpdatedListener = (value: number) => void | Promise<void>;

/** Sees each change of `vent_settings` a client asks for, before it is applied; throwing refuses it. */
export type VentSettingsUpdatedListener = (value: VentSettingsValue) => void | Promise<void>;

/** Sees each change of `gardener` a client asks for, before it is applied; throwing refuses it. A property with a single string value. */
export type GardenerUpdatedListener = (value: string) => void | Promise<void>;

/** Sees each change of `last_harvest` a client asks for, before it is applied; throwing refuses it. A property with a single datetime value. */
export type LastHarvestUpdatedListener = (value: Date) => void | Promise<void>;

/** Sees each change of `sowing_dates` a client asks for, before it is applied; throwing refuses it. A property with several datetime values. */
export type SowingDatesUpdatedListener = (value: SowingDatesValue) => void | Promise<void>;

/**
 * Server of the Greenhouse interface: Greenhouse climate interface.
 *
 * Watering, lights and climate of a small greenhouse.
 */
export class GreenhouseServer {
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
  private setLampHandler?: SetLampHandler;
  private planWateringHandler?: PlanWateringHandler;
  private lastReadingTimeHandler?: LastReadingTimeHandler;
  private keepHumidityHandler?: KeepHumidityHandler;
  private readonly targetTemperatureProperty: ServerProperty<number>;
  private readonly ventSettingsProperty: ServerProperty<VentSettingsValue>;
  private readonly todaysPlansProperty: ServerProperty<TodaysPlansValue>;
  private readonly gardenerProperty: ServerProperty<string>;
  private readonly lastHarvestProperty: ServerProperty<Date>;
  private readonly sowingDatesProperty: ServerProperty<SowingDatesValue>;

  /**
   * Starts serving on `connection`: subscribes, publishes every property and
   * announces the instance at once (see {@link ready}), and publishes them
   * again whenever the connection comes back.
   */
  constructor(connection: MqttConnection, options: GreenhouseServerOptions | GreenhouseMethodReplicaOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Greenhouse/{service_id}/property/target_temperature/update');
    this.topicParameters = { service_id: this.instanceId };
    this.onError = options.onError ?? ((error) => console.warn(`GreenhouseServer ${options.instanceId}: ${error.message}`));
    const owner = 'methodsOnly' in options ? undefined : options;
    const replica = 'methodsOnly' in options ? options : undefined;
    if (replica !== undefined && (replica.methodsOnly !== true || replica.shareGroup === undefined)) {
      throw new TypeError('GreenhouseServer: methodsOnly must be true and needs a shareGroup');
    }
    this.shareGroup = options.shareGroup === undefined ? undefined : shareGroupName(options.shareGroup);
    this.ownsProperties = owner !== undefined;
    if (owner !== undefined) {
      requireInitialValues('GreenhouseServer', owner.initialValues, ['targetTemperature', 'ventSettings', 'todaysPlans', 'gardener', 'lastHarvest', 'sowingDates']);
    }
    this.targetTemperatureProperty = owner === undefined ? this.absentProperty('target_temperature', targetTemperatureCodec) : this.serveProperty('target_temperature', topics.properties.target_temperature.value, targetTemperatureCodec, owner.initialValues.targetTemperature, false, topics.properties.target_temperature.updateResponse);
    this.ventSettingsProperty = owner === undefined ? this.absentProperty('vent_settings', ventSettingsCodec) : this.serveProperty('vent_settings', topics.properties.vent_settings.value, ventSettingsCodec, owner.initialValues.ventSettings, false, topics.properties.vent_settings.updateResponse);
    this.todaysPlansProperty = owner === undefined ? this.absentProperty('todays_plans', todaysPlansCodec) : this.serveProperty('todays_plans', topics.properties.todays_plans.value, todaysPlansCodec, owner.initialValues.todaysPlans, true);
    this.gardenerProperty = owner === undefined ? this.absentProperty('gardener', gardenerCodec) : this.serveProperty('gardener', topics.properties.gardener.value, gardenerCodec, owner.initialValues.gardener, false, topics.properties.gardener.updateResponse);
    this.lastHarvestProperty = owner === undefined ? this.absentProperty('last_harvest', lastHarvestCodec) : this.serveProperty('last_harvest', topics.properties.last_harvest.value, lastHarvestCodec, owner.initialValues.lastHarvest, false, topics.properties.last_harvest.updateResponse);
    this.sowingDatesProperty = owner === undefined ? this.absentProperty('sowing_dates', sowingDatesCodec) : this.serveProperty('sowing_dates', topics.properties.sowing_dates.value, sowingDatesCodec, owner.initialValues.sowingDates, false, topics.properties.sowing_dates.updateResponse);
    this.announcer = new Announcer(
      connection,
      {
        interfaceName: 'Greenhouse',
        title: 'Greenhouse climate interface',
        version: '0.3.1',
        instanceId: options.instanceId,
        topic: topics.discovery.fill(this.topicParameters),
        expirySeconds: 120,
        intervalMs: owner?.announceIntervalMs ?? 60_000,
      },
      this.onError,
    );
    this.subscriptions = [
      this.subscribeToMethod(topics.methods.setLamp.request, (request) => this.answerSetLamp(request)),
      this.subscribeToMethod(topics.methods.plan_watering.request, (request) => this.answerPlanWatering(request)),
      this.subscribeToMethod(topics.methods.last_reading_time.request, (request) => this.answerLastReadingTime(request)),
      this.subscribeToMethod(topics.methods.keep_humidity.request, (request) => this.answerKeepHumidity(request)),
    ];
    if (!this.ownsProperties) {
      this.started = Promise.resolve();
      this.stopRepublishing = () => undefined;
      return;
    }
    this.subscriptions.push(
      this.subscribeToUpdates(topics.properties.target_temperature.update, this.targetTemperatureProperty),
      this.subscribeToUpdates(topics.properties.vent_settings.update, this.ventSettingsProperty),
      this.subscribeToUpdates(topics.properties.gardener.update, this.gardenerProperty),
      this.subscribeToUpdates(topics.properties.last_harvest.update, this.lastHarvestProperty),
      this.subscribeToUpdates(topics.properties.sowing_dates.update, this.sowingDatesProperty),
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
   * Emits the `doorOpened` signal.
   *
   * @param door The number of the door.
   * @returns Resolves when the broker has the signal.
   */
  emitDoorOpened(door: number, weekday: Weekday): Promise<void> {
    return this.publishSignal(topics.signals.doorOpened, encodeDoorOpenedPayload({ door, weekday }));
  }

  /**
   * Emits the `sensorReading` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitSensorReading(sensor: string, measuredAt: Date): Promise<void> {
    return this.publishSignal(topics.signals.sensorReading, encodeSensorReadingPayload({ sensor, measuredAt }));
  }

  /**
   * Sets the handler of `setLamp` calls.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleSetLamp(handler: SetLampHandler): void {
    this.setLampHandler = handler;
  }

  private answerSetLamp(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (payload) => {
      const handler = this.setLampHandler;
      if (handler === undefined) {
        throw notImplemented('setLamp');
      }
      const args = decodeSetLampArguments(payload);
      return mapResult(handler(args.lamp, args.level, args.minutes), (previousLevel) => encodeSetLampResult({ previousLevel }));
    }, topics.methods.setLamp.response.address);
  }

  /**
   * Sets the handler of `plan_watering` calls. Adds a watering plan and says where it went.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handlePlanWatering(handler: PlanWateringHandler): void {
    this.planWateringHandler = handler;
  }

  private answerPlanWatering(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (payload) => {
      const handler = this.planWateringHandler;
      if (handler === undefined) {
        throw notImplemented('plan_watering');
      }
      const args = decodePlanWateringArguments(payload);
      return mapResult(handler(args.plan), encodePlanWateringResult);
    }, topics.methods.plan_watering.response.address);
  }

  /**
   * Sets the handler of `last_reading_time` calls. When the sensors last reported.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleLastReadingTime(handler: LastReadingTimeHandler): void {
    this.lastReadingTimeHandler = handler;
  }

  private answerLastReadingTime(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, () => {
      const handler = this.lastReadingTimeHandler;
      if (handler === undefined) {
        throw notImplemented('last_reading_time');
      }
      return mapResult(handler(), (timestamp) => encodeLastReadingTimeResult({ timestamp }));
    }, topics.methods.last_reading_time.response.address);
  }

  /**
   * Sets the handler of `keep_humidity` calls. Keeps the air at a humidity.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleKeepHumidity(handler: KeepHumidityHandler): void {
    this.keepHumidityHandler = handler;
  }

  private answerKeepHumidity(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (payload) => {
      const handler = this.keepHumidityHandler;
      if (handler === undefined) {
        throw notImplemented('keep_humidity');
      }
      const args = decodeKeepHumidityArguments(payload);
      return mapResult(handler(args.percent), (accepted) => encodeKeepHumidityResult({ accepted }));
    }, topics.methods.keep_humidity.response.address);
  }

  /**
   * The temperature the heater aims for,
   * in whole degrees Celsius.
   */
  get targetTemperature(): number {
    return this.targetTemperatureProperty.value;
  }

  /**
   * Makes `celsius` the value of `target_temperature` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setTargetTemperature(celsius: number): Promise<void> {
    return this.targetTemperatureProperty.set(celsius);
  }

  /**
   * Calls `listener` when a client asks to change `target_temperature`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onTargetTemperatureUpdated(listener: TargetTemperatureUpdatedListener): () => void {
    return this.targetTemperatureProperty.onUpdated(listener);
  }

  /** The `vent_settings` property. */
  get ventSettings(): VentSettingsValue {
    return this.ventSettingsProperty.value;
  }

  /**
   * Makes `value` the value of `vent_settings` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setVentSettings(value: VentSettingsValue): Promise<void> {
    return this.ventSettingsProperty.set(value);
  }

  /**
   * Calls `listener` when a client asks to change `vent_settings`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onVentSettingsUpdated(listener: VentSettingsUpdatedListener): () => void {
    return this.ventSettingsProperty.onUpdated(listener);
  }

  /** The `todays_plans` property. */
  get todaysPlans(): TodaysPlansValue {
    return this.todaysPlansProperty.value;
  }

  /**
   * Makes `value` the value of `todays_plans` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setTodaysPlans(value: TodaysPlansValue): Promise<void> {
    return this.todaysPlansProperty.set(value);
  }

  /** A property with a single string value. */
  get gardener(): string {
    return this.gardenerProperty.value;
  }

  /**
   * Makes `gardener` the value of `gardener` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setGardener(gardener: string): Promise<void> {
    return this.gardenerProperty.set(gardener);
  }

  /**
   * Calls `listener` when a client asks to change `gardener`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onGardenerUpdated(listener: GardenerUpdatedListener): () => void {
    return this.gardenerProperty.onUpdated(listener);
  }

  /** A property with a single datetime value. */
  get lastHarvest(): Date {
    return this.lastHarvestProperty.value;
  }

  /**
   * Makes `timestamp` the value of `last_harvest` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setLastHarvest(timestamp: Date): Promise<void> {
    return this.lastHarvestProperty.set(timestamp);
  }

  /**
   * Calls `listener` when a client asks to change `last_harvest`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onLastHarvestUpdated(listener: LastHarvestUpdatedListener): () => void {
    return this.lastHarvestProperty.onUpdated(listener);
  }

  /** A property with several datetime values. */
  get sowingDates(): SowingDatesValue {
    return this.sowingDatesProperty.value;
  }

  /**
   * Makes `value` the value of `sowing_dates` and publishes it (retained) with the next `PropertyVersion`.
   *
   * @returns Resolves when the broker has the new value.
   */
  setSowingDates(value: SowingDatesValue): Promise<void> {
    return this.sowingDatesProperty.set(value);
  }

  /**
   * Calls `listener` when a client asks to change `sowing_dates`, before the change is applied.
   *
   * @param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`
   * is sent with its return code, any other error as `ReturnCode.ServerError`.
   * @returns A function that removes the listener again.
   */
  onSowingDatesUpdated(listener: SowingDatesUpdatedListener): () => void {
    return this.sowingDatesProperty.onUpdated(listener);
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
      this.targetTemperatureProperty.publish(),
      this.ventSettingsProperty.publish(),
      this.todaysPlansProperty.publish(),
      this.gardenerProperty.publish(),
      this.lastHarvestProperty.publish(),
      this.sowingDatesProperty.publish(),
      this.announcer.publish(),
    ]);
  }

  /** After a reconnection: the broker may have lost the retained messages. */
  private republish(): void {
    this.publishAll().catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
  }

  /** A property of a methods-only replica: it has no value here; reading or changing it throws. */
  private absentProperty<T>(name: string, codec: PropertyCodec<T>): ServerProperty<T> {
    const notHere = `GreenhouseServer ${this.instanceId} is a methods-only replica (methodsOnly): property '${name}' is kept by the server of the instance that has the values`;
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
