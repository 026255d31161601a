// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
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
  decodeAddNumbersResult,
  decodeFooPayload,
  encodeAddNumbersArguments,
} from './interfaceTypes';

/** Options of a {@link ExampleClient}. */
export interface ExampleClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals whose payload does not match the interface and with
   * errors thrown by listeners. Default: one `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `foo` signals. Something happened; the server tells every client about it. */
export type FooListener = (message: string) => void;

/**
 * Client of the Example interface.
 *
 * A small interface that shows a signal, a method and a property.
 */
export class ExampleClient {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly calls: PendingCalls;
  private readonly fooListeners = new Set<FooListener>();

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: ExampleClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Example/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`ExampleClient ${options.instanceId}: ${error.message}`));
    this.calls = new PendingCalls(connection);
    this.subscriptions = [
      this.subscribeToSignal('foo', (payload) => this.deliverFoo(payload)),
      this.subscribeToReplies('add_numbers'),
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
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'ExampleClient was closed'));
    this.fooListeners.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `foo` signal. Something happened; the server tells every client about it.
   *
   * @returns A function that removes the listener again.
   */
  receiveFoo(listener: FooListener): () => void {
    this.fooListeners.add(listener);
    return () => {
      this.fooListeners.delete(listener);
    };
  }

  private deliverFoo(payload: Record<string, unknown>): void {
    const signal = decodeFooPayload(payload);
    for (const listener of this.fooListeners) {
      listener(signal.message);
    }
  }

  /**
   * Adds two integers and returns their sum.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns sum
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  addNumbers(left: number, right: number, callOptions?: CallOptions): Promise<number> {
    return this.calls.call(
      this.methodTopics('add_numbers'),
      encodeAddNumbersArguments({ left, right }),
      (payload) => decodeAddNumbersResult(payload).sum,
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
      response: `client/${this.connection.clientId}/Example/method/${method}/response`,
    };
  }
}
