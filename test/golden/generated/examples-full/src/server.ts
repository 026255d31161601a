// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
import { IncomingMessage, MqttConnection, Subscription } from './connection';
import { answerRequest, JsonObject, notImplemented, topicLevel } from './protocol';
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
  Lunch,
  OrderLunchResult,
  OvenState,
  Tray,
} from './interfaceTypes';

/** Options of a {@link KitchenServer}. */
export interface KitchenServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /**
   * Called with errors no caller can be told about, e.g. a request without a
   * response topic. Default: one `console.warn` line per error.
   */
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
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private addNumbersHandler?: AddNumbersHandler;
  private orderLunchHandler?: OrderLunchHandler;
  private whatTimeIsItHandler?: WhatTimeIsItHandler;
  private fillTrayHandler?: FillTrayHandler;
  private echoBytesHandler?: EchoBytesHandler;
  private resetHandler?: ResetHandler;

  /** Starts serving on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: KitchenServerOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Kitchen/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`KitchenServer ${options.instanceId}: ${error.message}`));
    this.subscriptions = [
      this.subscribeToMethod('add_numbers', (request) => this.answerAddNumbers(request)),
      this.subscribeToMethod('order_lunch', (request) => this.answerOrderLunch(request)),
      this.subscribeToMethod('what_time_is_it', (request) => this.answerWhatTimeIsIt(request)),
      this.subscribeToMethod('fill_tray', (request) => this.answerFillTray(request)),
      this.subscribeToMethod('echo_bytes', (request) => this.answerEchoBytes(request)),
      this.subscribeToMethod('reset', (request) => this.answerReset(request)),
    ];
  }

  /** Resolves when the broker has acknowledged every subscription of this server. */
  async ready(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.ready));
  }

  /** Stops answering requests and releases the subscriptions. The connection stays open. */
  async close(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Emitted once when the kitchen opens.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitReady(): Promise<void> {
    return this.publishSignal('ready', {});
  }

  /**
   * Emitted when an oven's temperature changes.
   *
   * @param oven Oven number, starting at 1.
   * @returns Resolves when the broker has the signal.
   */
  emitTemperatureChanged(oven: number, celsius: number, state: OvenState): Promise<void> {
    return this.publishSignal('temperature_changed', encodeTemperatureChangedPayload({ oven, celsius, state }));
  }

  /**
   * Emits the `lunch_served` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitLunchServed(lunch: Lunch, servedAt: Date, note?: string): Promise<void> {
    return this.publishSignal('lunch_served', encodeLunchServedPayload({ lunch, servedAt, note }));
  }

  /**
   * A picture of the dish, as JPEG bytes.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitPhotoTaken(image: Uint8Array, tags: string[]): Promise<void> {
    return this.publishSignal('photo_taken', encodePhotoTakenPayload({ image, tags }));
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

  private answerAddNumbers(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async (payload) => {
      const handler = this.addNumbersHandler;
      if (handler === undefined) {
        throw notImplemented('add_numbers');
      }
      const args = decodeAddNumbersArguments(payload);
      return encodeAddNumbersResult({ sum: await handler(args.first, args.second, args.third) });
    });
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

  private answerOrderLunch(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async (payload) => {
      const handler = this.orderLunchHandler;
      if (handler === undefined) {
        throw notImplemented('order_lunch');
      }
      const args = decodeOrderLunchArguments(payload);
      return encodeOrderLunchResult(await handler(args.lunch, args.pickupIn));
    });
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
   * Sets the handler of `fill_tray` calls.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleFillTray(handler: FillTrayHandler): void {
    this.fillTrayHandler = handler;
  }

  private answerFillTray(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async (payload) => {
      const handler = this.fillTrayHandler;
      if (handler === undefined) {
        throw notImplemented('fill_tray');
      }
      const args = decodeFillTrayArguments(payload);
      return encodeFillTrayResult({ tray: await handler(args.tray, args.extraDays) });
    });
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

  private answerEchoBytes(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async (payload) => {
      const handler = this.echoBytesHandler;
      if (handler === undefined) {
        throw notImplemented('echo_bytes');
      }
      const args = decodeEchoBytesArguments(payload);
      return encodeEchoBytesResult({ reversed: await handler(args.data) });
    });
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

  private answerReset(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async () => {
      const handler = this.resetHandler;
      if (handler === undefined) {
        throw notImplemented('reset');
      }
      await handler();
      return {};
    });
  }

  private subscribeToMethod(method: string, answer: (request: IncomingMessage) => Promise<void>): Subscription {
    return this.connection.subscribe(`${this.topicPrefix}/method/${method}/request`, (request) => void answer(request));
  }

  private publishSignal(signal: string, payload: JsonObject): Promise<void> {
    return this.connection.publish(`${this.topicPrefix}/signal/${signal}`, JSON.stringify(payload));
  }
}
