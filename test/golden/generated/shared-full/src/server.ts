// Generated from asyncapi.yaml (interface Full 0.0.2) by @stingeripc/ts-template. Do not edit by hand.
import { IncomingMessage, MqttConnection, Subscription } from './connection';
import { answerRequest, JsonObject, notImplemented, topicLevel } from './protocol';
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
} from './interfaceTypes';

/** Options of a {@link FullServer}. */
export interface FullServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
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
  private addNumbersHandler?: AddNumbersHandler;
  private doSomethingHandler?: DoSomethingHandler;
  private whatTimeIsItHandler?: WhatTimeIsItHandler;
  private holdTemperatureHandler?: HoldTemperatureHandler;

  /** Starts serving on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: FullServerOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Full/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`FullServer ${options.instanceId}: ${error.message}`));
    this.subscriptions = [
      this.subscribeToMethod('addNumbers', (request) => this.answerAddNumbers(request)),
      this.subscribeToMethod('doSomething', (request) => this.answerDoSomething(request)),
      this.subscribeToMethod('what_time_is_it', (request) => this.answerWhatTimeIsIt(request)),
      this.subscribeToMethod('hold_temperature', (request) => this.answerHoldTemperature(request)),
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

  private subscribeToMethod(method: string, answer: (request: IncomingMessage) => Promise<void>): Subscription {
    return this.connection.subscribe(`${this.topicPrefix}/method/${method}/request`, (request) => void answer(request));
  }

  private publishSignal(signal: string, payload: JsonObject): Promise<void> {
    return this.connection.publish(`${this.topicPrefix}/signal/${signal}`, JSON.stringify(payload));
  }
}
