// Generated from asyncapi.yaml (interface Greenhouse 0.3.1) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
import { TopicTemplate } from './topicTemplate';

/**
 * The channel addresses of the AsyncAPI document. Every topic this package
 * publishes or subscribes to is made from one of these; `{service_id}` is a
 * server's instance id, `{client_id}` the MQTT client id of a connection.
 */
export const topics = {
  /** Channel `presence`. */
  presence: new TopicTemplate('client/{client_id}/online'),
  /** Channel `discovery`. */
  discovery: new TopicTemplate('Greenhouse/{service_id}/interface'),
  signals: {
    /** Channel `signal.doorOpened`. */
    doorOpened: new TopicTemplate('Greenhouse/{service_id}/signal/doorOpened'),
    /** Channel `signal.sensorReading`. */
    sensorReading: new TopicTemplate('Greenhouse/{service_id}/signal/sensorReading'),
  },
  methods: {
    setLamp: {
      /** Channel `method.setLamp.request`. */
      request: new TopicTemplate('Greenhouse/{service_id}/method/setLamp/request'),
      /** Channel `method.setLamp.response`. */
      response: new TopicTemplate('client/{client_id}/Greenhouse/method/setLamp/response'),
    },
    plan_watering: {
      /** Channel `method.plan_watering.request`. */
      request: new TopicTemplate('Greenhouse/{service_id}/method/plan_watering/request'),
      /** Channel `method.plan_watering.response`. */
      response: new TopicTemplate('client/{client_id}/Greenhouse/method/plan_watering/response'),
    },
    last_reading_time: {
      /** Channel `method.last_reading_time.request`. */
      request: new TopicTemplate('Greenhouse/{service_id}/method/last_reading_time/request'),
      /** Channel `method.last_reading_time.response`. */
      response: new TopicTemplate('client/{client_id}/Greenhouse/method/last_reading_time/response'),
    },
    keep_humidity: {
      /** Channel `method.keep_humidity.request`. */
      request: new TopicTemplate('Greenhouse/{service_id}/method/keep_humidity/request'),
      /** Channel `method.keep_humidity.response`. */
      response: new TopicTemplate('client/{client_id}/Greenhouse/method/keep_humidity/response'),
    },
  },
  properties: {
    target_temperature: {
      /** Channel `property.target_temperature.value`. */
      value: new TopicTemplate('Greenhouse/{service_id}/property/target_temperature/value'),
      /** Channel `property.target_temperature.update`. */
      update: new TopicTemplate('Greenhouse/{service_id}/property/target_temperature/update'),
      /** Channel `property.target_temperature.updateResponse`. */
      updateResponse: new TopicTemplate('client/{client_id}/Greenhouse/property/target_temperature/update/response'),
    },
    vent_settings: {
      /** Channel `property.vent_settings.value`. */
      value: new TopicTemplate('Greenhouse/{service_id}/property/vent_settings/value'),
      /** Channel `property.vent_settings.update`. */
      update: new TopicTemplate('Greenhouse/{service_id}/property/vent_settings/update'),
      /** Channel `property.vent_settings.updateResponse`. */
      updateResponse: new TopicTemplate('client/{client_id}/Greenhouse/property/vent_settings/update/response'),
    },
    todays_plans: {
      /** Channel `property.todays_plans.value`. */
      value: new TopicTemplate('Greenhouse/{service_id}/property/todays_plans/value'),
    },
    gardener: {
      /** Channel `property.gardener.value`. */
      value: new TopicTemplate('Greenhouse/{service_id}/property/gardener/value'),
      /** Channel `property.gardener.update`. */
      update: new TopicTemplate('Greenhouse/{service_id}/property/gardener/update'),
      /** Channel `property.gardener.updateResponse`. */
      updateResponse: new TopicTemplate('client/{client_id}/Greenhouse/property/gardener/update/response'),
    },
    last_harvest: {
      /** Channel `property.last_harvest.value`. */
      value: new TopicTemplate('Greenhouse/{service_id}/property/last_harvest/value'),
      /** Channel `property.last_harvest.update`. */
      update: new TopicTemplate('Greenhouse/{service_id}/property/last_harvest/update'),
      /** Channel `property.last_harvest.updateResponse`. */
      updateResponse: new TopicTemplate('client/{client_id}/Greenhouse/property/last_harvest/update/response'),
    },
    sowing_dates: {
      /** Channel `property.sowing_dates.value`. */
      value: new TopicTemplate('Greenhouse/{service_id}/property/sowing_dates/value'),
      /** Channel `property.sowing_dates.update`. */
      update: new TopicTemplate('Greenhouse/{service_id}/property/sowing_dates/update'),
      /** Channel `property.sowing_dates.updateResponse`. */
      updateResponse: new TopicTemplate('client/{client_id}/Greenhouse/property/sowing_dates/update/response'),
    },
  },
};
