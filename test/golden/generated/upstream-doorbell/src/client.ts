// Generated from asyncapi.yaml (interface Doorbell 0.0.3) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { MqttConnection, Subscription } from './connection';
import { SignalReceiver, topicLevel } from './protocol';
import { TopicParameters, TopicTemplate } from './topicTemplate';
import { topics } from './topics';
import {
  decodeButtonPressedPayload,
  decodeChimePayload,
  decodeRangAtPayload,
  decodeVisitorCountPayload,
  decodeVisitorNamePayload,
} from './interfaceTypes';

/** Options of a {@link DoorbellClient}. */
export interface DoorbellClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `buttonPressed` signals. */
export type ButtonPressedListener = (pressure: number, longPress: boolean, button: string) => void;

/** Receives `chime` signals. Emitted when the chime plays. */
export type ChimeListener = (tune: string) => void;

/** Receives `visitor_count` signals. A signal whose only value may be missing. */
export type VisitorCountListener = (count?: number) => void;

/** Receives `visitor_name` signals. A signal whose only value may be missing. */
export type VisitorNameListener = (name?: string) => void;

/** Receives `rang_at` signals. When the bell last rang. */
export type RangAtListener = (timestamp: Date) => void;

/** Client of the Doorbell interface. */
export class DoorbellClient {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  /** The values of the address parameters of the server's topics (src/topics.ts). */
  private readonly topicParameters: TopicParameters;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private buttonPressedListeners?: Set<ButtonPressedListener>;
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private chimeListeners?: Set<ChimeListener>;
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private visitorCountListeners?: Set<VisitorCountListener>;
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private visitorNameListeners?: Set<VisitorNameListener>;
  /** Made on first use: most clients of a large fleet listen to few signals. */
  private rangAtListeners?: Set<RangAtListener>;

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: DoorbellClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId', 'Doorbell/{service_id}/signal/buttonPressed');
    // Replies come to client/{client_id}/...: the connection's id must fit into the longest such topic.
    topicLevel(connection.clientId, 'connection clientId', 'client/{client_id}/online');
    this.topicParameters = { service_id: this.instanceId };
    this.onError = options.onError ?? ((error) => console.warn(`DoorbellClient ${this.instanceId}: ${error.message}`));
    this.subscriptions = [
      this.subscribeToSignal('buttonPressed', topics.signals.buttonPressed, this.deliverButtonPressed),
      this.subscribeToSignal('chime', topics.signals.chime, this.deliverChime),
      this.subscribeToSignal('visitor_count', topics.signals.visitor_count, this.deliverVisitorCount),
      this.subscribeToSignal('visitor_name', topics.signals.visitor_name, this.deliverVisitorName),
      this.subscribeToSignal('rang_at', topics.signals.rang_at, this.deliverRangAt),
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
    this.buttonPressedListeners?.clear();
    this.chimeListeners?.clear();
    this.visitorCountListeners?.clear();
    this.visitorNameListeners?.clear();
    this.rangAtListeners?.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `buttonPressed` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveButtonPressed(listener: ButtonPressedListener): () => void {
    const listeners = (this.buttonPressedListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverButtonPressed(payload: Record<string, unknown>): void {
    const signal = decodeButtonPressedPayload(payload);
    for (const listener of this.buttonPressedListeners ?? []) {
      listener(signal.pressure, signal.longPress, signal.button);
    }
  }

  /**
   * Calls `listener` with every `chime` signal. Emitted when the chime plays.
   *
   * @returns A function that removes the listener again.
   */
  receiveChime(listener: ChimeListener): () => void {
    const listeners = (this.chimeListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverChime(payload: Record<string, unknown>): void {
    const signal = decodeChimePayload(payload);
    for (const listener of this.chimeListeners ?? []) {
      listener(signal.tune);
    }
  }

  /**
   * Calls `listener` with every `visitor_count` signal. A signal whose only value may be missing.
   *
   * @returns A function that removes the listener again.
   */
  receiveVisitorCount(listener: VisitorCountListener): () => void {
    const listeners = (this.visitorCountListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverVisitorCount(payload: Record<string, unknown>): void {
    const signal = decodeVisitorCountPayload(payload);
    for (const listener of this.visitorCountListeners ?? []) {
      listener(signal.count);
    }
  }

  /**
   * Calls `listener` with every `visitor_name` signal. A signal whose only value may be missing.
   *
   * @returns A function that removes the listener again.
   */
  receiveVisitorName(listener: VisitorNameListener): () => void {
    const listeners = (this.visitorNameListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverVisitorName(payload: Record<string, unknown>): void {
    const signal = decodeVisitorNamePayload(payload);
    for (const listener of this.visitorNameListeners ?? []) {
      listener(signal.name);
    }
  }

  /**
   * Calls `listener` with every `rang_at` signal. When the bell last rang.
   *
   * @returns A function that removes the listener again.
   */
  receiveRangAt(listener: RangAtListener): () => void {
    const listeners = (this.rangAtListeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliverRangAt(payload: Record<string, unknown>): void {
    const signal = decodeRangAtPayload(payload);
    for (const listener of this.rangAtListeners ?? []) {
      listener(signal.timestamp);
    }
  }

  private subscribeToSignal(
    signal: string,
    address: TopicTemplate,
    deliver: (this: this, payload: Record<string, unknown>) => void,
  ): Subscription {
    // A bad payload or a failing listener goes to onError, never to mqtt.js.
    return this.connection.subscribe(address.fill(this.topicParameters), new SignalReceiver(signal, this, deliver, this.onError));
  }
}
