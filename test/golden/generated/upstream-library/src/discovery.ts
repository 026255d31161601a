// Generated from asyncapi.yaml (interface Library 1.0.0) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { MqttConnection } from './connection';
import { DiscoveredInstance, FirstClientOptions, InstanceWatcher } from './instances';
import { topics } from './topics';
import { LibraryClient } from './client';

/** Options of a {@link LibraryDiscovery}. */
export interface LibraryDiscoveryOptions {
  /**
   * For servers behind a bridge: the topic on which the bridge that brings
   * their messages to this broker says whether its link is up (mosquitto:
   * the bridge's `notification_topic`, retained `1` when connected, `0`
   * when not). While it says `0` no instance is listed, since their
   * retained announcements and presence stay on this broker unchanged.
   */
  linkStateTopic?: string;
  /**
   * Called with malformed announcements and presence messages and with
   * errors thrown by listeners. Default: one `console.warn` line per error.
   */
  onError?: (error: Error) => void;
}

/**
 * Finds the running servers of the Library interface on the broker.
 *
 * Each server announces itself with a retained discovery message that names
 * its connection's presence topic. An instance is listed while its
 * announcement is there, its interface version is compatible with 1.0.0
 * (same major version; same minor version for 0.x) and its connection is
 * online. A server that closes, or whose connection the broker loses, is
 * removed.
 */
export class LibraryDiscovery {
  private readonly connection: MqttConnection;
  private readonly watcher: InstanceWatcher;

  /** Starts watching on `connection`; the subscription is made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: LibraryDiscoveryOptions = {}) {
    this.connection = connection;
    this.watcher = new InstanceWatcher(connection, {
      interfaceName: 'Library',
      version: '1.0.0',
      discovery: topics.discovery,
      parameters: {},
      linkStateTopic: options.linkStateTopic,
      onError: options.onError ?? ((error) => console.warn(`LibraryDiscovery: ${error.message}`)),
    });
  }

  /** Resolves when the broker has acknowledged the subscriptions; the retained announcements arrive right after. */
  ready(): Promise<void> {
    return this.watcher.ready();
  }

  /** The ids of the compatible instances online now, sorted. */
  instances(): string[] {
    return this.watcher.instances();
  }

  /** What a listed instance announced; `undefined` for an id not listed. */
  info(instanceId: string): DiscoveredInstance | undefined {
    return this.watcher.info(instanceId);
  }

  /**
   * Calls `listener` when an instance comes online.
   *
   * @returns A function that removes the listener again.
   */
  onInstanceAdded(listener: (instanceId: string, info: DiscoveredInstance) => void): () => void {
    return this.watcher.onInstanceAdded(listener);
  }

  /**
   * Calls `listener` when a listed instance goes away: its announcement was
   * removed or its connection is offline.
   *
   * @returns A function that removes the listener again.
   */
  onInstanceRemoved(listener: (instanceId: string) => void): () => void {
    return this.watcher.onInstanceRemoved(listener);
  }

  /**
   * Calls `listener` for an instance whose interface version is not
   * compatible; such an instance is never listed.
   *
   * @returns A function that removes the listener again.
   */
  onIncompatibleInstance(listener: (instanceId: string, version: string) => void): () => void {
    return this.watcher.onIncompatibleInstance(listener);
  }

  /**
   * A ready client of the first listed instance (the first id in sort order),
   * or of the first that comes online.
   *
   * @param options `timeoutMs` (default 10 000 ms) and the client's `onError`.
   * @returns A client whose subscriptions are acknowledged and which has seen every property value.
   * @throws MethodError with `ReturnCode.Timeout` when no instance is ready in time.
   */
  firstClient(options: FirstClientOptions = {}): Promise<LibraryClient> {
    const create = (instanceId: string): LibraryClient =>
      new LibraryClient(this.connection, { instanceId, onError: options.onError });
    return this.watcher.firstClient(create, options.timeoutMs);
  }

  /** Stops watching; `firstClient` calls still waiting reject. The connection stays open. */
  close(): Promise<void> {
    return this.watcher.close();
  }
}
