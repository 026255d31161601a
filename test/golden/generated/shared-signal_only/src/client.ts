// Generated from asyncapi.yaml (interface SignalOnly 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
import { MqttConnection, Subscription } from './connection';
import { DecodeError, parsePayload, topicLevel } from './protocol';
import {
  decodeAnotherSignalPayload,
  decodeBarkPayload,
  decodeMaybeNamePayload,
  decodeMaybeNumberPayload,
  decodeNowPayload,
} from './interfaceTypes';

/** Options of a {@link SignalOnlyClient}. */
export interface SignalOnlyClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `anotherSignal` signals. */
export type AnotherSignalListener = (one: number, two: boolean, three: string) => void;

/** Receives `bark` signals. Emitted when a dog barks. */
export type BarkListener = (word: string) => void;

/** Receives `maybe_number` signals. A signal with optionally no payload. */
export type MaybeNumberListener = (number?: number) => void;

/** Receives `maybe_name` signals. A signal with optionally no payload. */
export type MaybeNameListener = (name?: string) => void;

/** Receives `now` signals. The current date and time. */
export type NowListener = (timestamp: Date) => void;

/** Client of the SignalOnly interface. */
export class SignalOnlyClient {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly anotherSignalListeners = new Set<AnotherSignalListener>();
  private readonly barkListeners = new Set<BarkListener>();
  private readonly maybeNumberListeners = new Set<MaybeNumberListener>();
  private readonly maybeNameListeners = new Set<MaybeNameListener>();
  private readonly nowListeners = new Set<NowListener>();

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: SignalOnlyClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `SignalOnly/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`SignalOnlyClient ${options.instanceId}: ${error.message}`));
    this.subscriptions = [
      this.subscribeToSignal('anotherSignal', (payload) => this.deliverAnotherSignal(payload)),
      this.subscribeToSignal('bark', (payload) => this.deliverBark(payload)),
      this.subscribeToSignal('maybe_number', (payload) => this.deliverMaybeNumber(payload)),
      this.subscribeToSignal('maybe_name', (payload) => this.deliverMaybeName(payload)),
      this.subscribeToSignal('now', (payload) => this.deliverNow(payload)),
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
    await Promise.all([]);
  }

  /**
   * Removes every listener and releases the subscriptions.
   * The connection stays open.
   */
  async close(): Promise<void> {
    this.anotherSignalListeners.clear();
    this.barkListeners.clear();
    this.maybeNumberListeners.clear();
    this.maybeNameListeners.clear();
    this.nowListeners.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `anotherSignal` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveAnotherSignal(listener: AnotherSignalListener): () => void {
    this.anotherSignalListeners.add(listener);
    return () => {
      this.anotherSignalListeners.delete(listener);
    };
  }

  private deliverAnotherSignal(payload: Record<string, unknown>): void {
    const signal = decodeAnotherSignalPayload(payload);
    for (const listener of this.anotherSignalListeners) {
      listener(signal.one, signal.two, signal.three);
    }
  }

  /**
   * Calls `listener` with every `bark` signal. Emitted when a dog barks.
   *
   * @returns A function that removes the listener again.
   */
  receiveBark(listener: BarkListener): () => void {
    this.barkListeners.add(listener);
    return () => {
      this.barkListeners.delete(listener);
    };
  }

  private deliverBark(payload: Record<string, unknown>): void {
    const signal = decodeBarkPayload(payload);
    for (const listener of this.barkListeners) {
      listener(signal.word);
    }
  }

  /**
   * Calls `listener` with every `maybe_number` signal. A signal with optionally no payload.
   *
   * @returns A function that removes the listener again.
   */
  receiveMaybeNumber(listener: MaybeNumberListener): () => void {
    this.maybeNumberListeners.add(listener);
    return () => {
      this.maybeNumberListeners.delete(listener);
    };
  }

  private deliverMaybeNumber(payload: Record<string, unknown>): void {
    const signal = decodeMaybeNumberPayload(payload);
    for (const listener of this.maybeNumberListeners) {
      listener(signal.number);
    }
  }

  /**
   * Calls `listener` with every `maybe_name` signal. A signal with optionally no payload.
   *
   * @returns A function that removes the listener again.
   */
  receiveMaybeName(listener: MaybeNameListener): () => void {
    this.maybeNameListeners.add(listener);
    return () => {
      this.maybeNameListeners.delete(listener);
    };
  }

  private deliverMaybeName(payload: Record<string, unknown>): void {
    const signal = decodeMaybeNamePayload(payload);
    for (const listener of this.maybeNameListeners) {
      listener(signal.name);
    }
  }

  /**
   * Calls `listener` with every `now` signal. The current date and time.
   *
   * @returns A function that removes the listener again.
   */
  receiveNow(listener: NowListener): () => void {
    this.nowListeners.add(listener);
    return () => {
      this.nowListeners.delete(listener);
    };
  }

  private deliverNow(payload: Record<string, unknown>): void {
    const signal = decodeNowPayload(payload);
    for (const listener of this.nowListeners) {
      listener(signal.timestamp);
    }
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
}
