// Generated from asyncapi.yaml (interface Kitchen 1.2.0) by @stingeripc/ts-template. Do not edit by hand.
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
export { DayOfTheWeek, OvenState } from './interfaceTypes';
export type { Lunch, Tray, OrderLunchResult, OvenSettingValue } from './interfaceTypes';
export { KitchenServer } from './server';
export type {
  KitchenServerOptions,
  KitchenInitialValues,
  AddNumbersHandler,
  OrderLunchHandler,
  WhatTimeIsItHandler,
  FillTrayHandler,
  EchoBytesHandler,
  ResetHandler,
  FavoriteNumberUpdatedListener,
  OvenSettingUpdatedListener,
  LastCleanedUpdatedListener,
} from './server';
export { KitchenClient } from './client';
export type {
  KitchenClientOptions,
  ReadyListener,
  TemperatureChangedListener,
  LunchServedListener,
  PhotoTakenListener,
  FavoriteNumberChangedListener,
  OvenSettingChangedListener,
  TodaysMenuChangedListener,
  LastCleanedChangedListener,
} from './client';
export { KitchenDiscovery } from './discovery';
export type { KitchenDiscoveryOptions } from './discovery';
