// Generated from asyncapi.yaml (interface Library 1.0.0) by @stingeripc/ts-template. Do not edit by hand.
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
  Book,
  decodeBookReturnedPayload,
  decodeRenewLoanResult,
  encodeRenewLoanArguments,
  openingHoursCodec,
} from './interfaceTypes';

/** Options of a {@link LibraryClient}. */
export interface LibraryClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `book_returned` signals. */
export type BookReturnedListener = (book: Book) => void;

/** Receives each new value of the `opening_hours` property. */
export type OpeningHoursChangedListener = (value: string) => void;

/**
 * Client of the Library interface: Lending library.
 *
 * A lending desk that shows a little of everything.
 */
export class LibraryClient {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly calls: PendingCalls;
  private readonly bookReturnedListeners = new Set<BookReturnedListener>();
  private readonly openingHoursProperty: ClientProperty<string>;

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: LibraryClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Library/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`LibraryClient ${options.instanceId}: ${error.message}`));
    this.calls = new PendingCalls(connection);
    this.openingHoursProperty = new ClientProperty('opening_hours', openingHoursCodec, (error) => this.onError(error));
    this.subscriptions = [
      this.subscribeToSignal('book_returned', (payload) => this.deliverBookReturned(payload)),
      this.subscribeToReplies('renew_loan'),
      this.subscribeToProperty('opening_hours', this.openingHoursProperty),
      this.subscribeToUpdateReplies('opening_hours', this.openingHoursProperty),
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
    await Promise.all([this.openingHoursProperty.known()]);
  }

  /**
   * Removes every listener, rejects the calls still waiting for a reply and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'LibraryClient was closed'));
    this.bookReturnedListeners.clear();
    this.openingHoursProperty.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `book_returned` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveBookReturned(listener: BookReturnedListener): () => void {
    this.bookReturnedListeners.add(listener);
    return () => {
      this.bookReturnedListeners.delete(listener);
    };
  }

  private deliverBookReturned(payload: Record<string, unknown>): void {
    const signal = decodeBookReturnedPayload(payload);
    for (const listener of this.bookReturnedListeners) {
      listener(signal.book);
    }
  }

  /**
   * Renews a loan and says for how many days.
   *
   * @param loanId The number on the loan slip.
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns days: Days until the book is due.
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  renewLoan(loanId: number, callOptions?: CallOptions): Promise<number> {
    return this.calls.call(
      this.methodTopics('renew_loan'),
      encodeRenewLoanArguments({ loanId }),
      (payload) => decodeRenewLoanResult(payload).days,
      callOptions,
    );
  }

  /** The `opening_hours` property. The last value seen; `undefined` until the first arrives. */
  get openingHours(): string | undefined {
    return this.openingHoursProperty.value;
  }

  /**
   * Calls `listener` with every new value of `opening_hours`.
   *
   * @returns A function that removes the listener again.
   */
  onOpeningHoursChanged(listener: OpeningHoursChangedListener): () => void {
    return this.openingHoursProperty.onChanged(listener);
  }

  /**
   * Asks the server to make `hours` the value of `opening_hours`. The request names the last `PropertyVersion` seen.
   *
   * @param hours When the desk is open, as text.
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this request.
   * @returns The value in force after the update.
   * @throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it
   * (or it saw none yet), else with the code the server refused the update with.
   */
  setOpeningHours(hours: string, callOptions?: CallOptions): Promise<string> {
    return this.openingHoursProperty.update(this.calls, this.propertyTopics('opening_hours'), hours, callOptions);
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
      response: `client/${this.connection.clientId}/Library/method/${method}/response`,
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
      response: `client/${this.connection.clientId}/Library/property/${property}/update/response`,
    };
  }
}
