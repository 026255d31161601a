// Generated from asyncapi.yaml (interface Library 1.0.0) by @stingeripc/ts-template. Do not edit by hand.
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
  discovery: new TopicTemplate('Library/{service_id}/interface'),
  signals: {
    /** Channel `signal.book_returned`. */
    book_returned: new TopicTemplate('Library/{service_id}/signal/book_returned'),
  },
  methods: {
    renew_loan: {
      /** Channel `method.renew_loan.request`. */
      request: new TopicTemplate('Library/{service_id}/method/renew_loan/request'),
      /** Channel `method.renew_loan.response`. */
      response: new TopicTemplate('client/{client_id}/Library/method/renew_loan/response'),
    },
  },
  properties: {
    opening_hours: {
      /** Channel `property.opening_hours.value`. */
      value: new TopicTemplate('Library/{service_id}/property/opening_hours/value'),
      /** Channel `property.opening_hours.update`. */
      update: new TopicTemplate('Library/{service_id}/property/opening_hours/update'),
      /** Channel `property.opening_hours.updateResponse`. */
      updateResponse: new TopicTemplate('client/{client_id}/Library/property/opening_hours/update/response'),
    },
  },
};
