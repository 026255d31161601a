// Generated from asyncapi.yaml (interface Doorbell 0.0.3) by @stingeripc/ts-template. Do not edit by hand.
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
  discovery: new TopicTemplate('Doorbell/{service_id}/interface'),
  signals: {
    /** Channel `signal.buttonPressed`. */
    buttonPressed: new TopicTemplate('Doorbell/{service_id}/signal/buttonPressed'),
    /** Channel `signal.chime`. */
    chime: new TopicTemplate('Doorbell/{service_id}/signal/chime'),
    /** Channel `signal.visitor_count`. */
    visitor_count: new TopicTemplate('Doorbell/{service_id}/signal/visitor_count'),
    /** Channel `signal.visitor_name`. */
    visitor_name: new TopicTemplate('Doorbell/{service_id}/signal/visitor_name'),
    /** Channel `signal.rang_at`. */
    rang_at: new TopicTemplate('Doorbell/{service_id}/signal/rang_at'),
  },
  methods: {},
  properties: {},
};
