// Generated from asyncapi.yaml (interface Full 0.0.2) by @stingeripc/ts-template. Do not edit by hand.
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
export { DayOfTheWeek, MultiplesOfTen } from './interfaceTypes';
export type {
  Lunch,
  DoSomethingResult,
  FavoriteFoodsValue,
  LunchMenuValue,
  LastBirthdaysValue,
} from './interfaceTypes';
export { FullServer } from './server';
export type {
  FullServerOptions,
  FullInitialValues,
  AddNumbersHandler,
  DoSomethingHandler,
  WhatTimeIsItHandler,
  HoldTemperatureHandler,
  FavoriteNumberUpdatedListener,
  FavoriteFoodsUpdatedListener,
  FamilyNameUpdatedListener,
  LastBreakfastTimeUpdatedListener,
  LastBirthdaysUpdatedListener,
} from './server';
export { FullClient } from './client';
export type {
  FullClientOptions,
  TodayIsListener,
  RandomWordListener,
  FavoriteNumberChangedListener,
  FavoriteFoodsChangedListener,
  LunchMenuChangedListener,
  FamilyNameChangedListener,
  LastBreakfastTimeChangedListener,
  LastBirthdaysChangedListener,
} from './client';
export { FullDiscovery } from './discovery';
export type { FullDiscoveryOptions } from './discovery';
