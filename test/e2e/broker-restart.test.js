// @ts-check
'use strict';

// The generated server and client come back after the broker restarts
// (mosquitto without persistence: every session and subscription is gone).

const { expect } = require('chai');
const { startKitchen, OVEN } = require('./kitchen-fixture');
const { absent } = require('../support/codec');

const TRIES = 20; // calls of up to 1 s each while the connections come back

describe('e2e: broker restart', function () {
  this.timeout(60000);
  /** @type {import('./kitchen-fixture').KitchenRig} */
  let rig;

  before(async function () {
    this.timeout(180000); // first use generates and compiles the package
    rig = await startKitchen({ servers: [{ instanceId: 'k1', handlers: true }], clients: ['k1'], viaUrl: true });
    await rig.client.ok({ cmd: 'subscribe', client: 0, method: 'receiveTemperatureChanged', sub: 'temp' });
  });

  after(async function () {
    if (rig) await rig.stop();
  });

  it('serves calls and delivers signals again once both sides have reconnected', async function () {
    expect((await rig.client.ok({ cmd: 'call', client: 0, method: 'addNumbers', args: [1, 1] })).result).to.equal(2);
    await rig.broker.restart();

    // No event tells the test that both sides are back, so it retries a call
    // (bounded); the first success shows both have resubscribed.
    /** @type {any} */
    let reply;
    const failures = [];
    for (let i = 0; i < TRIES && !(reply && reply.ok); i++) {
      reply = await rig.client.send({ cmd: 'call', client: 0, method: 'addNumbers', args: [100, i, absent], options: { timeoutMs: 1000 } });
      if (!reply.ok) failures.push(reply.error);
    }
    expect(reply.ok, `no successful call after the restart: ${JSON.stringify(failures.slice(-3))}`).to.equal(true);
    for (const failure of failures) {
      expect(failure.className, 'a call while reconnecting').to.equal('MethodError');
      expect(failure.returnCode, 'Timeout or Transport Error while reconnecting').to.be.oneOf([3, 11]);
    }

    const since = rig.client.mark();
    await rig.server.ok({ cmd: 'emit', server: 'k1', method: 'emitTemperatureChanged', args: [4, 40.5, OVEN.coolingDown] });
    const signal = await rig.client.waitFor((line) => line.event === 'signal' && line.args[0] === 4, 'signal after the restart', { since });
    expect(signal.args).to.deep.equal([4, 40.5, OVEN.coolingDown]);
    expect((await rig.client.ok({ cmd: 'call', client: 0, method: 'addNumbers', args: [2, 3] })).result).to.equal(5);
    expect(rig.client.exited).to.equal(null);
    expect(rig.server.exited).to.equal(null);
  });
});
