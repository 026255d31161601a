// Generated from asyncapi.yaml (interface Doorbell 0.0.3) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
export { MqttConnection } from './connection';
export type { MqttConnectionOptions } from './connection';
export {
  DecodeError,
  DEFAULT_TIMEOUT_MS,
  MAX_REQUEST_PAYLOAD_BYTES,
  MethodError,
  ReturnCode,
} from './protocol';
export type { CallOptions } from './protocol';
export type { DiscoveredInstance, FirstClientOptions } from './instances';
export { DoorbellServer } from './server';
export type { DoorbellServerOptions } from './server';
export { DoorbellClient } from './client';
export type {
  DoorbellClientOptions,
  ButtonPressedListener,
  ChimeListener,
  VisitorCountListener,
  VisitorNameListener,
  RangAtListener,
} from './client';
export { DoorbellDiscovery } from './discovery';
export type { DoorbellDiscoveryOptions } from './discovery';
