// @ts-check
'use strict';

// A plain mqtt.js v5 client for the tests, with a recorder that keeps every
// message it receives, so tests can look at the wire without our code.

const mqtt = require('mqtt');

const WAIT_LIMIT_MS = 20000; // only to turn a hang into a readable failure (generous: a loaded 2-core machine starts a node process in seconds)

/**
 * @typedef {object} WireMessage
 * @property {string} topic
 * @property {Buffer} payload
 * @property {any} json          parsed payload, or undefined if it is not JSON
 * @property {number} qos
 * @property {boolean} retain
 * @property {import('mqtt').IPublishPacket['properties']} properties
 */

/**
 * @param {string} url
 * @param {{ clientId?: string, username?: string, password?: string }} [options]
 * @returns {Promise<RawClient>}
 */
function connectRaw(url, options = {}) {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url, {
      protocolVersion: 5,
      reconnectPeriod: 0,
      clientId: options.clientId || `raw-${process.pid}-${Math.random().toString(16).slice(2, 10)}`,
      ...(options.username === undefined ? {} : { username: options.username, password: options.password }),
    });
    client.once('connect', () => {
      // Same reason as the broker's set_tcp_nodelay: no Nagle wait per message.
      const socket = /** @type {any} */ (client).stream;
      if (socket && typeof socket.setNoDelay === 'function') socket.setNoDelay(true);
      resolve(new RawClient(client));
    });
    client.once('error', (err) => {
      client.end(true);
      reject(err);
    });
  });
}

class RawClient {
  /** @param {import('mqtt').MqttClient} mqttClient */
  constructor(mqttClient) {
    this.mqtt = mqttClient;
    /** @type {WireMessage[]} */
    this.messages = [];
    /** @type {Array<{ predicate: (m: WireMessage) => boolean, resolve: (m: WireMessage) => void }>} */
    this.waiters = [];
    mqttClient.on('message', (topic, payload, packet) => {
      let json;
      try {
        json = JSON.parse(payload.toString('utf8'));
      } catch {
        json = undefined;
      }
      /** @type {WireMessage} */
      const message = { topic, payload, json, qos: packet.qos, retain: packet.retain, properties: packet.properties || {} };
      this.messages.push(message);
      for (const waiter of this.waiters.slice()) {
        if (waiter.predicate(message)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
      }
    });
  }

  /**
   * Subscribes with QoS 2 and retain-as-published, so a received message
   * shows the QoS and retain flag its publisher used.
   * @param {string | string[]} topics
   */
  async subscribe(topics) {
    const granted = await this.mqtt.subscribeAsync(topics, { qos: 2, rap: true });
    for (const grant of granted) {
      if (grant.qos > 2) throw new Error(`subscription to ${grant.topic} refused (${grant.qos})`);
    }
  }

  /**
   * @param {string} topic
   * @param {string | Buffer} payload
   * @param {import('mqtt').IClientPublishOptions} [options]
   */
  publish(topic, payload, options = {}) {
    return this.mqtt.publishAsync(topic, payload, { qos: 1, ...options });
  }

  mark() {
    return this.messages.length;
  }

  /**
   * First message (at or after index `since`) that matches, already received or future.
   * @param {(m: WireMessage) => boolean} predicate
   * @param {string} what
   * @param {number} [since]
   * @returns {Promise<WireMessage>}
   */
  waitFor(predicate, what, since = 0) {
    const found = this.messages.slice(since).find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = {
        predicate,
        resolve: (/** @type {WireMessage} */ m) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        const seen = this.messages.slice(-10).map((m) => `${m.topic} ${m.payload.toString('utf8').slice(0, 200)}`);
        reject(new Error(`raw client: no ${what} within ${WAIT_LIMIT_MS} ms; last messages:\n${seen.join('\n')}`));
      }, WAIT_LIMIT_MS);
      this.waiters.push(waiter);
    });
  }

  /**
   * @param {string} topic
   * @param {number} [since]
   */
  waitForTopic(topic, since = 0) {
    return this.waitFor((m) => m.topic === topic, `message on ${topic}`, since);
  }

  end() {
    return this.mqtt.endAsync();
  }
}

/**
 * @param {WireMessage['properties']} properties
 * @returns {Record<string, string | string[]>}
 */
function userProperties(properties) {
  return /** @type {Record<string, string | string[]>} */ ((properties && properties.userProperties) || {});
}

module.exports = { connectRaw, RawClient, userProperties };
