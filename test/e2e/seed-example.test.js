// @ts-check
'use strict';

// The seed's own example (examples/seed.stingeripc, interface Example):
// `server.emitFoo('Hello World')` reaches `client.receiveFoo`, and the wire
// carries it as the protocol says.

const path = require('path');
const { expect } = require('chai');
const { startBroker } = require('../support/broker');
const { generateCached, REPO_ROOT } = require('../support/generate');
const { startProgram } = require('../support/processes');
const { connectRaw } = require('../support/raw-mqtt');
const { expectWire } = require('../support/wire');

const PEER = path.join(__dirname, 'programs', 'example-peer.js');

describe('e2e: seed Example interface', function () {
  this.timeout(30000);
  /** @type {Array<() => Promise<unknown>>} */
  const cleanups = [];

  after(async function () {
    for (const cleanup of cleanups.reverse().splice(0)) await cleanup();
  });

  it('delivers foo("Hello World") from a generated server to a generated client', async function () {
    this.timeout(180000); // generates and compiles the Example package
    const pkg = await generateCached(path.join(REPO_ROOT, 'examples', 'seed.stingeripc'));
    const broker = await startBroker();
    cleanups.push(() => broker.stop());
    const raw = await connectRaw(broker.url);
    cleanups.push(() => raw.end());
    await raw.subscribe('Example/#');

    const client = await startProgram(PEER, [pkg.indexModule, String(broker.port), 'client', 'seed']);
    cleanups.push(() => client.stop());
    const server = await startProgram(PEER, [pkg.indexModule, String(broker.port), 'server', 'seed']);
    cleanups.push(() => server.stop());

    await server.ok({ cmd: 'emitFoo', message: 'Hello World' });
    const got = await client.waitForEvent('foo');
    expect(got.message).to.equal('Hello World');

    const message = await raw.waitForTopic('Example/seed/signal/foo');
    expectWire(message.json, { message: 'Hello World' });
    expect(message.qos).to.equal(1);
    expect(message.retain).to.equal(false);
  });
});
