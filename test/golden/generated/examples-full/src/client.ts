// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
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
  decodeEchoBytesResult,
  decodeFillTrayResult,
  decodeLunchServedPayload,
  decodeOrderLunchResult,
  decodePhotoTakenPayload,
  decodeTemperatureChangedPayload,
  decodeWhatTimeIsItResult,
  encodeAddNumbersArguments,
  encodeEchoBytesArguments,
  encodeFillTrayArguments,
  encodeOrderLunchArguments,
  Lunch,
  OrderLunchResult,
  OvenState,
  Tray,
} from './interfaceTypes';

/** Options of a {@link KitchenClient}. */
export interface KitchenClientOptions {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals whose payload does not match the interface and with
   * errors thrown by listeners. Default: one `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/** Receives `ready` signals. Emitted once when the kitchen opens. */
export type ReadyListener = () => void;

/** Receives `temperature_changed` signals. Emitted when an oven's temperature changes. */
export type TemperatureChangedListener = (oven: number, celsius: number, state: OvenState) => void;

/** Receives `lunch_served` signals. */
export type LunchServedListener = (lunch: Lunch, servedAt: Date, note?: string) => void;

/** Receives `photo_taken` signals. A picture of the dish, as JPEG bytes. */
export type PhotoTakenListener = (image: Uint8Array, tags: string[]) => void;

/**
 * Client of the Kitchen interface: Kitchen controller.
 *
 * Controls the ovens and the lunch service of a kitchen.
 *
 * Used by the kitchen daemons. The server owns the ovens; clients order
 * lunch and watch the temperature.
 */
export class KitchenClient {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly calls: PendingCalls;
  private readonly readyListeners = new Set<ReadyListener>();
  private readonly temperatureChangedListeners = new Set<TemperatureChangedListener>();
  private readonly lunchServedListeners = new Set<LunchServedListener>();
  private readonly photoTakenListeners = new Set<PhotoTakenListener>();

  /** Starts listening on `connection`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: KitchenClientOptions) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = `Kitchen/${options.instanceId}`;
    this.onError = options.onError ?? ((error) => console.warn(`KitchenClient ${options.instanceId}: ${error.message}`));
    this.calls = new PendingCalls(connection);
    this.subscriptions = [
      this.subscribeToSignal('ready', () => this.deliverReady()),
      this.subscribeToSignal('temperature_changed', (payload) => this.deliverTemperatureChanged(payload)),
      this.subscribeToSignal('lunch_served', (payload) => this.deliverLunchServed(payload)),
      this.subscribeToSignal('photo_taken', (payload) => this.deliverPhotoTaken(payload)),
      this.subscribeToReplies('add_numbers'),
      this.subscribeToReplies('order_lunch'),
      this.subscribeToReplies('what_time_is_it'),
      this.subscribeToReplies('fill_tray'),
      this.subscribeToReplies('echo_bytes'),
      this.subscribeToReplies('reset'),
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
    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, 'KitchenClient was closed'));
    this.readyListeners.clear();
    this.temperatureChangedListeners.clear();
    this.lunchServedListeners.clear();
    this.photoTakenListeners.clear();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }

  /**
   * Calls `listener` with every `ready` signal. Emitted once when the kitchen opens.
   *
   * @returns A function that removes the listener again.
   */
  receiveReady(listener: ReadyListener): () => void {
    this.readyListeners.add(listener);
    return () => {
      this.readyListeners.delete(listener);
    };
  }

  private deliverReady(): void {
    for (const listener of this.readyListeners) {
      listener();
    }
  }

  /**
   * Calls `listener` with every `temperature_changed` signal. Emitted when an oven's temperature changes.
   *
   * @returns A function that removes the listener again.
   */
  receiveTemperatureChanged(listener: TemperatureChangedListener): () => void {
    this.temperatureChangedListeners.add(listener);
    return () => {
      this.temperatureChangedListeners.delete(listener);
    };
  }

  private deliverTemperatureChanged(payload: Record<string, unknown>): void {
    const signal = decodeTemperatureChangedPayload(payload);
    for (const listener of this.temperatureChangedListeners) {
      listener(signal.oven, signal.celsius, signal.state);
    }
  }

  /**
   * Calls `listener` with every `lunch_served` signal.
   *
   * @returns A function that removes the listener again.
   */
  receiveLunchServed(listener: LunchServedListener): () => void {
    this.lunchServedListeners.add(listener);
    return () => {
      this.lunchServedListeners.delete(listener);
    };
  }

  private deliverLunchServed(payload: Record<string, unknown>): void {
    const signal = decodeLunchServedPayload(payload);
    for (const listener of this.lunchServedListeners) {
      listener(signal.lunch, signal.servedAt, signal.note);
    }
  }

  /**
   * Calls `listener` with every `photo_taken` signal. A picture of the dish, as JPEG bytes.
   *
   * @returns A function that removes the listener again.
   */
  receivePhotoTaken(listener: PhotoTakenListener): () => void {
    this.photoTakenListeners.add(listener);
    return () => {
      this.photoTakenListeners.delete(listener);
    };
  }

  private deliverPhotoTaken(payload: Record<string, unknown>): void {
    const signal = decodePhotoTakenPayload(payload);
    for (const listener of this.photoTakenListeners) {
      listener(signal.image, signal.tags);
    }
  }

  /**
   * Adds two or three integers.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns sum
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  addNumbers(first: number, second: number, third?: number, callOptions?: CallOptions): Promise<number> {
    return this.calls.call(
      this.methodTopics('add_numbers'),
      encodeAddNumbersArguments({ first, second, third }),
      (payload) => decodeAddNumbersResult(payload).sum,
      callOptions,
    );
  }

  /**
   * Orders a lunch and tells when it will be ready.
   *
   * @param pickupIn In milliseconds.
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns `{ orderNumber, readyAt, comment }`
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  orderLunch(lunch: Lunch, pickupIn: number, callOptions?: CallOptions): Promise<OrderLunchResult> {
    return this.calls.call(
      this.methodTopics('order_lunch'),
      encodeOrderLunchArguments({ lunch, pickupIn }),
      decodeOrderLunchResult,
      callOptions,
    );
  }

  /**
   * Gets the kitchen's clock.
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
   * Calls the `fill_tray` method.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns tray
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  fillTray(tray: Tray, extraDays: DayOfTheWeek[], callOptions?: CallOptions): Promise<Tray> {
    return this.calls.call(
      this.methodTopics('fill_tray'),
      encodeFillTrayArguments({ tray, extraDays }),
      (payload) => decodeFillTrayResult(payload).tray,
      callOptions,
    );
  }

  /**
   * Returns the bytes it was given, reversed.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @returns reversed
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  echoBytes(data: Uint8Array, callOptions?: CallOptions): Promise<Uint8Array> {
    return this.calls.call(
      this.methodTopics('echo_bytes'),
      encodeEchoBytesArguments({ data }),
      (payload) => decodeEchoBytesResult(payload).reversed,
      callOptions,
    );
  }

  /**
   * Turns every oven off. Returns nothing.
   *
   * @param callOptions Timeout (default 10 000 ms) and abort signal of this call.
   * @throws MethodError when the server replies with an error or no reply comes in time.
   */
  reset(callOptions?: CallOptions): Promise<void> {
    return this.calls.call(
      this.methodTopics('reset'),
      {},
      () => undefined,
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
      response: `client/${this.connection.clientId}/Kitchen/method/${method}/response`,
    };
  }
}
