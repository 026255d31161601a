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
} from './interfaceTypes';

/** Options of a {@link FullClient}. */
export interface FullClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals whose payload does not match the interface and with
   * errors thrown by listeners. Default: one `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `todayIs` signals. */
export type TodayIsListener = (dayOfMonth: number, dayOfWeek: DayOfTheWeek) => void;

/** Receives `randomWord` signals. */
export type RandomWordListener = (word: string, time: Date) => void;

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

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: FullClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Full/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`FullClient ${options.instanceId}: ${error.message}`));
    this.calls = new PendingCalls(connection);
    this.subscriptions = [
      this.subscribeToSignal('todayIs', (payload) => this.deliverTodayIs(payload)),
      this.subscribeToSignal('randomWord', (payload) => this.deliverRandomWord(payload)),
      this.subscribeToReplies('addNumbers'),
      this.subscribeToReplies('doSomething'),
      this.subscribeToReplies('what_time_is_it'),
      this.subscribeToReplies('hold_temperature'),
    ];
  }

  /** Resolves when the broker has acknowledged every subscription of this client. */
  async ready(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.ready));
  }

  /**
   * Removes every listener, rejects the calls still waiting for a reply and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'FullClient was closed'));
    this.todayIsListeners.clear();
    this.randomWordListeners.clear();
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
}
