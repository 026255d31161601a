// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import { IncomingMessage, MqttConnection, Subscription } from './connection';
import { answerRequest, JsonObject, notImplemented, topicLevel } from './protocol';
import {
  decodeAddNumbersArguments,
  encodeAddNumbersResult,
  encodeFooPayload,
} from './interfaceTypes';

/** Options of a {@link ExampleServer}. */
export interface ExampleServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /**
   * Called with errors no caller can be told about, e.g. a request without a
   * response topic. Default: one `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Answers `add_numbers` calls. Adds two integers and returns their sum. */
export type AddNumbersHandler = (left: number, right: number) => number | Promise<number>;

/**
 * Server of the Example interface.
 *
 * A small interface that shows a signal, a method and a property.
 */
export class ExampleServer {
  /** The id of this server instance. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private addNumbersHandler?: AddNumbersHandler;

  /** Starts serving on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: ExampleServerOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Example/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`ExampleServer ${options.instanceId}: ${error.message}`));
    this.subscriptions = [
      this.subscribeToMethod('add_numbers', (request) => this.answerAddNumbers(request)),
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
   * Something happened; the server tells every client about it.
   *
   * @param message What happened, as text.
   * @returns Resolves when the broker has the signal.
   */
  emitFoo(message: string): Promise<void> {
    return this.publishSignal('foo', encodeFooPayload({ message }));
  }

  /**
   * Sets the handler of `add_numbers` calls. Adds two integers and returns their sum.
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
      return encodeAddNumbersResult({ sum: await handler(args.left, args.right) });
    });
  }

  private subscribeToMethod(method: string, answer: (request: IncomingMessage) => Promise<void>): Subscription {
    return this.connection.subscribe(`${this.topicPrefix}/method/${method}/request`, (request) => void answer(request));
  }

  private publishSignal(signal: string, payload: JsonObject): Promise<void> {
    return this.connection.publish(`${this.topicPrefix}/signal/${signal}`, JSON.stringify(payload));
  }
}
