// @ts-check
'use strict';

// Methods of the full example (interface Kitchen): a generated client process
// calls a generated server process through mosquitto. The server program
// prints the arguments its handlers received, so both directions of every
// type conversion are checked.

const { expect } = require('chai');
const { startKitchen, trimAbsent, LUNCH_PLAIN, LUNCH_FULL, TRAY } = require('./kitchen-fixture');
const { date, bytes, absent } = require('../support/codec');

/** Return codes of the protocol (issue 2). */
const RC = { clientError: 1, serverError: 2, timeout: 11, notImplemented: 14 };

describe('e2e: Kitchen methods', function () {
  this.timeout(30000);
  /** @type {import('./kitchen-fixture').KitchenRig} */
  let rig;

  before(async function () {
    this.timeout(180000); // first use generates and compiles the package
    rig = await startKitchen();
  });

  after(async function () {
    if (rig) await rig.stop();
  });

  /**
   * Calls a method from client `client` and returns the program's reply.
   * @param {string} method
   * @param {unknown[]} args
   * @param {{ client?: number, options?: Record<string, unknown> }} [extra]
   */
  function call(method, args, extra = {}) {
    return rig.client.send({ cmd: 'call', client: extra.client ?? 0, method, args, options: extra.options });
  }

  /**
   * @param {string} method
   * @param {unknown[]} args
   * @param {{ client?: number, options?: Record<string, unknown> }} [extra]
   */
  async function callOk(method, args, extra) {
    const reply = await call(method, args, extra);
    expect(reply.ok, `${method} failed: ${JSON.stringify(reply.error)}`).to.equal(true);
    return reply.result;
  }

  /**
   * The arguments the server handler of `method` received in its first call since `since`.
   * @param {string} method
   * @param {(args: any[]) => boolean} [match]
   * @param {number} [since]
   */
  async function handlerArgs(method, match = () => true, since = 0) {
    const line = await rig.server.waitFor((l) => l.event === 'call' && l.method === method && match(l.args), `call of ${method}`, { since });
    return trimAbsent(line.args);
  }

  it('add_numbers: returns the single return value as itself; an absent optional argument arrives as undefined', async function () {
    const since = rig.server.mark();
    expect(await callOk('addNumbers', [1, 2])).to.equal(3);
    expect(await handlerArgs('addNumbers', (args) => args[0] === 1, since)).to.deep.equal([1, 2]);
    expect(await callOk('addNumbers', [-4, 2, 30])).to.equal(28);
    expect(await handlerArgs('addNumbers', (args) => args[0] === -4, since)).to.deep.equal([-4, 2, 30]);
  });

  it('order_lunch: a struct and a duration in, several return values out as an object with camelCase keys', async function () {
    const since = rig.server.mark();
    const plain = await callOk('orderLunch', [LUNCH_PLAIN.ts, 90000]);
    expect(plain).to.deep.equal({ orderNumber: 100, readyAt: date('2026-11-24T12:01:30.000Z') });
    expect(await handlerArgs('orderLunch', (args) => args[1] === 90000, since)).to.deep.equal([LUNCH_PLAIN.ts, 90000]);

    const full = await callOk('orderLunch', [LUNCH_FULL.ts, 250]);
    expect(full).to.deep.equal({ orderNumber: 142, readyAt: date('2026-01-02T03:04:05.928Z'), comment: 'receipt of 5 bytes' });
    expect(await handlerArgs('orderLunch', (args) => args[1] === 250, since)).to.deep.equal([LUNCH_FULL.ts, 250]);
  });

  it('what_time_is_it: no arguments, a datetime back as a Date', async function () {
    const since = rig.server.mark();
    expect(await callOk('whatTimeIsIt', [])).to.deep.equal(date('2026-11-24T10:00:00.250Z'));
    expect(await handlerArgs('whatTimeIsIt', () => true, since)).to.deep.equal([]);
  });

  it('fill_tray: a struct holding an array of structs and an array of enums, round trip', async function () {
    const since = rig.server.mark();
    const tray = await callOk('fillTray', [TRAY.ts, [5, 6]]);
    expect(tray).to.deep.equal({ label: 'tray one!', lunches: [LUNCH_FULL.ts, LUNCH_PLAIN.ts], days: [1, 4, 5, 6] });
    expect(await handlerArgs('fillTray', () => true, since)).to.deep.equal([TRAY.ts, [5, 6]]);
    const empty = await callOk('fillTray', [{ label: '', lunches: [], days: [] }, []]);
    expect(empty).to.deep.equal({ label: '!', lunches: [], days: [] });
  });

  it('echo_bytes: binary round trip, including every byte value and empty data', async function () {
    const all = Array.from({ length: 256 }, (_, i) => i);
    expect(await callOk('echoBytes', [bytes(all)])).to.deep.equal(bytes(all.slice().reverse()));
    expect(await callOk('echoBytes', [bytes([])])).to.deep.equal(bytes([]));
  });

  it('reset: no arguments and no return values resolves to undefined', async function () {
    const since = rig.server.mark();
    expect(await callOk('reset', [])).to.deep.equal(absent);
    expect(await handlerArgs('reset', () => true, since)).to.deep.equal([]);
  });

  it('a handler throwing MethodError rejects the call with that ReturnCode and DebugInfo', async function () {
    const reply = await call('addNumbers', [666, 1]);
    expect(reply.ok).to.equal(false);
    expect(reply.error).to.include({ className: 'MethodError', returnCode: RC.clientError, debugInfo: 'first must not be 666' });
  });

  it('a handler throwing a plain Error rejects the call with ServerError and the message as DebugInfo', async function () {
    const reply = await call('addNumbers', [667, 1]);
    expect(reply.ok).to.equal(false);
    expect(reply.error).to.include({ className: 'MethodError', returnCode: RC.serverError, debugInfo: 'the oven exploded' });
  });

  it('a method without handler rejects with Not Implemented (14), and the server keeps serving', async function () {
    for (const [method, args] of /** @type {Array<[string, unknown[]]>} */ ([['addNumbers', [1, 2]], ['reset', []], ['whatTimeIsIt', []]])) {
      const reply = await call(method, args, { client: 2 });
      expect(reply.ok, method).to.equal(false);
      expect(reply.error, method).to.include({ className: 'MethodError', returnCode: RC.notImplemented });
    }
    expect(await callOk('addNumbers', [2, 2])).to.equal(4);
  });

  it('times out with MethodError Timeout, leaves no timer behind, and drops the late reply quietly', async function () {
    const baseline = (await rig.client.ok({ cmd: 'timers' })).result;
    const serverSince = rig.server.mark();
    const clientSince = rig.client.mark();
    const stderrBefore = (await rig.client.syncStderr()).length;

    const reply = await call('addNumbers', [999, 1, absent], { options: { timeoutMs: 300 } });
    expect(reply.ok).to.equal(false);
    expect(reply.error).to.include({ className: 'MethodError', returnCode: RC.timeout });
    await handlerArgs('addNumbers', (args) => args[0] === 999, serverSince);
    expect((await rig.client.ok({ cmd: 'timers' })).result, 'live timers after the timeout').to.equal(baseline);

    // Let the held handler answer now; the raw observer sees the late reply go out.
    const wireSince = rig.raw.mark();
    expect((await rig.server.ok({ cmd: 'release' })).result).to.equal(1);
    const late = await rig.raw.waitFor((m) => m.topic.endsWith('/Kitchen/method/add_numbers/response') && m.json && m.json.sum === 1000, 'the late reply', wireSince);
    expect(late.topic).to.equal(`client/${rig.clientId}/Kitchen/method/add_numbers/response`);

    // The next reply on the same topic comes after the late one, so by now it was handled.
    expect(await callOk('addNumbers', [3, 4])).to.equal(7);
    const noise = rig.client.lines.slice(clientSince).filter((line) => line.event && line.event !== 'signal');
    expect(noise, 'events from the client process after the late reply').to.deep.equal([]);
    expect((await rig.client.syncStderr()).slice(stderrBefore), 'client stderr').to.equal('');
    expect(rig.client.exited).to.equal(null);
  });

  it('aborts a pending call with the signal reason, clears its timer, and drops the later reply', async function () {
    const baseline = (await rig.client.ok({ cmd: 'timers' })).result;
    const serverSince = rig.server.mark();
    const clientSince = rig.client.mark();
    const stderrBefore = (await rig.client.syncStderr()).length;

    const pending = call('addNumbers', [999, 2, absent], { options: { abort: 'a1' } });
    await handlerArgs('addNumbers', (args) => args[0] === 999 && args[1] === 2, serverSince);
    await rig.client.ok({ cmd: 'abort', key: 'a1' });
    const reply = await pending;
    expect(reply.ok).to.equal(false);
    expect(reply.error.message).to.equal('aborted by the test (a1)');
    expect((await rig.client.ok({ cmd: 'timers' })).result, 'live timers after the abort').to.equal(baseline);

    const wireSince = rig.raw.mark();
    expect((await rig.server.ok({ cmd: 'release' })).result).to.equal(1);
    await rig.raw.waitFor((m) => m.topic.endsWith('/Kitchen/method/add_numbers/response') && m.json && m.json.sum === 1001, 'the reply after abort', wireSince);
    expect(await callOk('addNumbers', [5, 6])).to.equal(11);
    const noise = rig.client.lines.slice(clientSince).filter((line) => line.event && line.event !== 'signal');
    expect(noise, 'events from the client process after the abort').to.deep.equal([]);
    expect((await rig.client.syncStderr()).slice(stderrBefore), 'client stderr').to.equal('');
  });

  it('rejects at once with the reason when the signal is already aborted', async function () {
    const reply = await call('addNumbers', [1, 1, absent], { options: { abort: 'before' } });
    expect(reply.ok).to.equal(false);
    expect(reply.error.message).to.equal('aborted before the call');
  });

  it('a settled call leaves no timer behind', async function () {
    const baseline = (await rig.client.ok({ cmd: 'timers' })).result;
    expect(await callOk('addNumbers', [1, 1, absent], { options: { timeoutMs: 5000 } })).to.equal(2);
    expect(await callOk('whatTimeIsIt', [])).to.deep.equal(date('2026-11-24T10:00:00.250Z'));
    expect((await rig.client.ok({ cmd: 'timers' })).result, 'live timers').to.equal(baseline);
  });

  it('serves several clients on one connection at once, each getting its own replies', async function () {
    const calls = [];
    for (let i = 0; i < 12; i++) calls.push(call('addNumbers', [i, 100 * i, absent], { client: i % 2 }));
    calls.push(call('echoBytes', [bytes([1, 2, 3])], { client: 1 }));
    calls.push(call('orderLunch', [LUNCH_FULL.ts, 1000], { client: 0 }));
    const replies = await Promise.all(calls);
    for (const reply of replies) expect(reply.ok, JSON.stringify(reply.error)).to.equal(true);
    expect(replies.slice(0, 12).map((reply) => reply.result)).to.deep.equal(Array.from({ length: 12 }, (_, i) => 101 * i));
    expect(replies[12].result).to.deep.equal(bytes([3, 2, 1]));
    expect(replies[13].result).to.deep.equal({ orderNumber: 142, readyAt: date('2026-01-02T03:04:06.678Z'), comment: 'receipt of 5 bytes' });
  });
  it('closing a client rejects its pending call and leaves the other client on the connection working', async function () {
    const serverSince = rig.server.mark();
    const clientSince = rig.client.mark();
    const pending = call('addNumbers', [999, 3, absent], { client: 1 });
    await handlerArgs('addNumbers', (args) => args[0] === 999 && args[1] === 3, serverSince);
    await rig.client.ok({ cmd: 'closeClient', client: 1 });
    const reply = await pending;
    expect(reply.ok, 'pending call of the closed client').to.equal(false);
    expect(reply.error.className).to.equal('MethodError');

    const wireSince = rig.raw.mark();
    expect((await rig.server.ok({ cmd: 'release' })).result).to.equal(1);
    await rig.raw.waitFor((m) => m.json && m.json.sum === 1002, 'the reply after close', wireSince);
    expect(await callOk('addNumbers', [8, 9])).to.equal(17);
    const noise = rig.client.lines.slice(clientSince).filter((line) => line.event);
    expect(noise, 'events from the client process').to.deep.equal([]);
  });

  it('closing one server leaves the other server on the same connection serving; the closed one no longer answers', async function () {
    await rig.server.ok({ cmd: 'closeServer', server: 'k2' });
    const reply = await call('addNumbers', [1, 2, absent], { client: 2, options: { timeoutMs: 300 } });
    expect(reply.ok).to.equal(false);
    expect(reply.error, 'no answer from the closed server').to.include({ className: 'MethodError', returnCode: RC.timeout });
    expect(await callOk('addNumbers', [20, 22])).to.equal(42);
  });

  it('both processes end by themselves once servers, clients and connections are closed', async function () {
    const client = await rig.client.stop();
    expect(rig.client.lines.some((line) => line.event === 'closed'), 'client closed everything').to.equal(true);
    expect(client, 'client process exit').to.deep.equal({ code: 0, signal: null, killed: false });
    const server = await rig.server.stop();
    expect(rig.server.lines.some((line) => line.event === 'closed'), 'server closed everything').to.equal(true);
    expect(server, 'server process exit').to.deep.equal({ code: 0, signal: null, killed: false });
  });
});
