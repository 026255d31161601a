// Generated from asyncapi.yaml (interface Greenhouse 0.3.1) by @stingeripc/ts-template. Do not edit by hand.
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
export { Weekday, LampLevel } from './interfaceTypes';
export type {
  WateringPlan,
  PlanWateringResult,
  VentSettingsValue,
  TodaysPlansValue,
  SowingDatesValue,
} from './interfaceTypes';
export { GreenhouseServer } from './server';
export type {
  GreenhouseServerOptions,
  GreenhouseInitialValues,
  SetLampHandler,
  PlanWateringHandler,
  LastReadingTimeHandler,
  KeepHumidityHandler,
  TargetTemperatureUpdatedListener,
  VentSettingsUpdatedListener,
  GardenerUpdatedListener,
  LastHarvestUpdatedListener,
  SowingDatesUpdatedListener,
} from './server';
export { GreenhouseClient } from './client';
export type {
  GreenhouseClientOptions,
  DoorOpenedListener,
  SensorReadingListener,
  TargetTemperatureChangedListener,
  VentSettingsChangedListener,
  TodaysPlansChangedListener,
  GardenerChangedListener,
  LastHarvestChangedListener,
  SowingDatesChangedListener,
} from './client';
export { GreenhouseDiscovery } from './discovery';
export type { GreenhouseDiscoveryOptions } from './discovery';
