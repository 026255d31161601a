// Generated from asyncapi.yaml (interface Simple 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
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
  decodePersonEnteredPayload,
  decodeTradeNumbersResult,
  encodeTradeNumbersArguments,
  Person,
  schoolCodec,
} from './interfaceTypes';

/** Options of a {@link SimpleClient}. */
export interface SimpleClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `person_entered` signals. */
export type PersonEnteredListener = (person: Person) => void;

/** Receives each new value of the `school` property. */
export type SchoolChangedListener = (value: string) => void;

/**
 * Client of the Simple interface: Simple Example Interface.
 *
 * Example StingerAPI interface which demonstrates just a bit.
 */
export class SimpleClient {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly calls: PendingCalls;
  private readonly personEnteredListeners = new Set<PersonEnteredListener>();
  private readonly schoolProperty: ClientProperty<string>;

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: SimpleClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Simple/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`SimpleClient ${options.instanceId}: ${error.message}`));
    this.calls = new PendingCalls(connection);
    this.schoolProperty = new ClientProperty('school', schoolCodec, (error) => this.onError(error));
    this.subscriptions = [
      this.subscribeToSignal('person_entered', (payload) => this.deliverPersonEntered(payload)),
      this.subscribeToReplies('trade_numbers'),
      this.subscribeToProperty('school', this.schoolProperty),
      this.subscribeToUpdateReplies('school', this.schoolProperty),
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
    await Promise.all([this.schoolProperty.known()]);
  }

  /**
   * Removes every listener, rejects the calls still waiting for a reply and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'SimpleClient was closed'));
    this.personEnteredListeners.clear();
    this.schoolProperty.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `person_entered` signal.
   *
   * @returns A function that removes the listener again.
   */
  receivePersonEntered(listener: PersonEnteredListener): () => void {
    this.personEnteredListeners.add(listener);
    return () => {
      this.personEnteredListeners.delete(listener);
    };
  }

  private deliverPersonEntered(payload: Record<string, unknown>): void {
    const signal = decodePersonEnteredPayload(payload);
    for (const listener of this.personEnteredListeners) {
      listener(signal.person);
    }
  }

  /**
   * A simple method which trades favorite numbers.
   *
   * @param yourNumber Your favorite number.
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns my_number: My favorite number
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  tradeNumbers(yourNumber: number, callOptions?: CallOptions): Promise<number> {
    return this.calls.call(
      this.methodTopics('trade_numbers'),
      encodeTradeNumbersArguments({ yourNumber }),
      (payload) => decodeTradeNumbersResult(payload).myNumber,
      callOptions,
    );
  }

  /** The `school` property. The last value seen; `undefined` until the first arrives. */
  get school(): string | undefined {
    return this.schoolProperty.value;
  }

  /**
   * Calls `listener` with every new value of `school`.
   *
   * @returns A function that removes the listener again.
   */
  onSchoolChanged(listener: SchoolChangedListener): () => void {
    return this.schoolProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `name` the value of `school`. The request names the last `PropertyVersion` seen.
   *
   * @param name The name of the school where the person studies.
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setSchool(name: string, callOptions?: CallOptions): Promise<string> {
    return this.schoolProperty.update(this.calls, this.propertyTopics('school'), name, callOptions);
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
      response: `client/${this.connection.clientId}/Simple/method/${method}/response`,
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
      response: `client/${this.connection.clientId}/Simple/property/${property}/update/response`,
    };
  }
}
