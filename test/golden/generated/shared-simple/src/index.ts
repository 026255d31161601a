// Generated from asyncapi.yaml (interface Simple 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
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
export { Gender } from './interfaceTypes';
export type { Person } from './interfaceTypes';
export { SimpleServer } from './server';
export type {
  SimpleServerOptions,
  SimpleInitialValues,
  TradeNumbersHandler,
  SchoolUpdatedListener,
} from './server';
export { SimpleClient } from './client';
export type { SimpleClientOptions, PersonEnteredListener, SchoolChangedListener } from './client';
export { SimpleDiscovery } from './discovery';
export type { SimpleDiscoveryOptions } from './discovery';
