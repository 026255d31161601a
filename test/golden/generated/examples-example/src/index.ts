// Generated from asyncapi.yaml (interface Example 0.0.1) by @stingeripc/ts-template. Do not edit by hand.
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
export { ExampleServer } from './server';
export type {
  ExampleServerOptions,
  ExampleInitialValues,
  AddNumbersHandler,
  FavoriteNumberUpdatedListener,
} from './server';
export { ExampleClient } from './client';
export type { ExampleClientOptions, FooListener, FavoriteNumberChangedListener } from './client';
export { ExampleDiscovery } from './discovery';
export type { ExampleDiscoveryOptions } from './discovery';
