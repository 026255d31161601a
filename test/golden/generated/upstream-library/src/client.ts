// Generated from asyncapi.yaml (interface Library 1.0.0) by @stingeripc/ts-template. Do not edit by hand.
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
  /** The values of the address parameters of the server's topics (src/topics.ts). */
  private readonly topicParameters: TopicParameters;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly calls: PendingCalls;
  /** The request and reply topics of each method and property called so far. */
  private filledTopics?: Map<TopicTemplate, MethodTopics>;
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private bookReturnedListeners?: Set<BookReturnedListener>;
  private readonly openingHoursProperty: ClientProperty<string>;

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: LibraryClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Library/{service_id}/property/opening_hours/update');
    // Replies come to client/{client_id}/...: the connection's id must fit into the longest such topic.
    topicLevel(connection.clientId, 'connection clientId', 'client/{client_id}/Library/property/opening_hours/update/response');
    this.topicParameters = { service_id: this.instanceId };
    const replyParameters = this.replyParameters();
    this.onError = options.onError ?? ((error) => console.warn(`LibraryClient ${this.instanceId}: ${error.message}`));
    this.calls = PendingCalls.shared(connection);
    this.openingHoursProperty = new ClientProperty('opening_hours', openingHoursCodec, this.onError);
    this.subscriptions = [
      this.subscribeToSignal('book_returned', topics.signals.book_returned, this.deliverBookReturned),
      this.subscribeToProperty(topics.properties.opening_hours.value, this.openingHoursProperty),
      this.calls.listen([
        topics.methods.renew_loan.response.fill(replyParameters),
        topics.properties.opening_hours.updateResponse.fill(replyParameters),
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
    await Promise.all([this.openingHoursProperty.known()]);
  }

  /**
   * Removes every listener, rejects the calls still waiting for a reply and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'LibraryClient was closed'), this);
    this.bookReturnedListeners?.clear();
    this.openingHoursProperty.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `book_returned` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveBookReturned(listener: BookReturnedListener): () => void {
    const listeners = (this.bookReturnedListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverBookReturned(payload: Record<string, unknown>): void {
    const signal = decodeBookReturnedPayload(payload);
    for (const listener of this.bookReturnedListeners ?? []) {
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
      this.requestTopics(topics.methods.renew_loan.request, topics.methods.renew_loan.response),
      encodeRenewLoanArguments({ loanId }),
      (payload) => decodeRenewLoanResult(payload).days,
      callOptions,
      undefined,
      this,
    );
  }

  /** The `opening_hours` property. The last value seen; `undefined` until the first arrives. */
  get openingHours(): string | undefined {
    return this.openingHoursProperty.value;
  }

  /** The `PropertyVersion` of the last `opening_hours` value seen; `undefined` until the first arrives. */
  get openingHoursVersion(): number | undefined {
    return this.openingHoursProperty.version;
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
    return this.openingHoursProperty.update(this.calls, this.requestTopics(topics.properties.opening_hours.update, topics.properties.opening_hours.updateResponse), hours, callOptions, this);
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
