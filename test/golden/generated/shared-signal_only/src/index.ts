// Generated from asyncapi.yaml (interface SignalOnly 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
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
export { SignalOnlyServer } from './server';
export type { SignalOnlyServerOptions } from './server';
export { SignalOnlyClient } from './client';
export type {
  SignalOnlyClientOptions,
  AnotherSignalListener,
  BarkListener,
  MaybeNumberListener,
  MaybeNameListener,
  NowListener,
} from './client';
export { SignalOnlyDiscovery } from './discovery';
export type { SignalOnlyDiscoveryOptions } from './discovery';
