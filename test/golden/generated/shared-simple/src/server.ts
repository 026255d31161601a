// Generated from asyncapi.yaml (interface Simple 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import { IncomingMessage, MqttConnection, Subscription } from './connection';
import { answerRequest, JsonObject, notImplemented, topicLevel } from './protocol';
import {
  decodeTradeNumbersArguments,
  encodePersonEnteredPayload,
  encodeTradeNumbersResult,
  Person,
} from './interfaceTypes';

/** Options of a {@link SimpleServer}. */
export interface SimpleServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /**
   * Called with errors no caller can be told about, e.g. a request without a
   * response topic. Default: one `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Answers `trade_numbers` calls. A simple method which trades favorite numbers. */
export type TradeNumbersHandler = (yourNumber: number) => number | Promise<number>;

/**
 * Server of the Simple interface: Simple Example Interface.
 *
 * Example StingerAPI interface which demonstrates just a bit.
 */
export class SimpleServer {
  /** The id of this server instance. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private tradeNumbersHandler?: TradeNumbersHandler;

  /** Starts serving on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: SimpleServerOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Simple/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`SimpleServer ${options.instanceId}: ${error.message}`));
    this.subscriptions = [
      this.subscribeToMethod('trade_numbers', (request) => this.answerTradeNumbers(request)),
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
   * Emits the `person_entered` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitPersonEntered(person: Person): Promise<void> {
    return this.publishSignal('person_entered', encodePersonEnteredPayload({ person }));
  }

  /**
   * Sets the handler of `trade_numbers` calls. A simple method which trades favorite numbers.
   *
   * @param handler Gets the arguments in file order. Its result is the reply; a thrown
   * `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.
   */
  handleTradeNumbers(handler: TradeNumbersHandler): void {
    this.tradeNumbersHandler = handler;
  }

  private answerTradeNumbers(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async (payload) => {
      const handler = this.tradeNumbersHandler;
      if (handler === undefined) {
        throw notImplemented('trade_numbers');
      }
      const args = decodeTradeNumbersArguments(payload);
      return encodeTradeNumbersResult({ myNumber: await handler(args.yourNumber) });
    });
  }

  private subscribeToMethod(method: string, answer: (request: IncomingMessage) => Promise<void>): Subscription {
    return this.connection.subscribe(`${this.topicPrefix}/method/${method}/request`, (request) => void answer(request));
  }

  private publishSignal(signal: string, payload: JsonObject): Promise<void> {
    return this.connection.publish(`${this.topicPrefix}/signal/${signal}`, JSON.stringify(payload));
  }
}
