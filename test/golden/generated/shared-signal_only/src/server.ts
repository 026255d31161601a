// Generated from asyncapi.yaml (interface SignalOnly 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import { MqttConnection, Subscription } from './connection';
import { JsonObject, topicLevel } from './protocol';
import {
  encodeAnotherSignalPayload,
  encodeBarkPayload,
  encodeMaybeNamePayload,
  encodeMaybeNumberPayload,
  encodeNowPayload,
} from './interfaceTypes';

/** Options of a {@link SignalOnlyServer}. */
export interface SignalOnlyServerOptions {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /**
   * Called with errors no caller can be told about, e.g. a request without a
   * response topic. Default: one `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Server of the SignalOnly interface. */
export class SignalOnlyServer {
  /** The id of this server instance. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];

  /** Starts serving on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: SignalOnlyServerOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `SignalOnly/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`SignalOnlyServer ${options.instanceId}: ${error.message}`));
    this.subscriptions = [];
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
   * Emits the `anotherSignal` signal.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitAnotherSignal(one: number, two: boolean, three: string): Promise<void> {
    return this.publishSignal('anotherSignal', encodeAnotherSignalPayload({ one, two, three }));
  }

  /**
   * Emitted when a dog barks.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitBark(word: string): Promise<void> {
    return this.publishSignal('bark', encodeBarkPayload({ word }));
  }

  /**
   * A signal with optionally no payload.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitMaybeNumber(number?: number): Promise<void> {
    return this.publishSignal('maybe_number', encodeMaybeNumberPayload({ number }));
  }

  /**
   * A signal with optionally no payload.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitMaybeName(name?: string): Promise<void> {
    return this.publishSignal('maybe_name', encodeMaybeNamePayload({ name }));
  }

  /**
   * The current date and time.
   *
   * @returns Resolves when the broker has the signal.
   */
  emitNow(timestamp: Date): Promise<void> {
    return this.publishSignal('now', encodeNowPayload({ timestamp }));
  }

  private publishSignal(signal: string, payload: JsonObject): Promise<void> {
    return this.connection.publish(`${this.topicPrefix}/signal/${signal}`, JSON.stringify(payload));
  }
}
