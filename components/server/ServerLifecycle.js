// `ready()` and `close()` of the server class.
import { blankLineApart } from '../ClassDeclaration';

/**
 * A server with methods may be a methods-only replica, which leaves the announcement alone.
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <ServerLifecycle model={model} />  // async ready(): Promise<void> { ... } async close(): Promise<void> { ... }
 */
export function ServerLifecycle({ model }) {
  const stopAnnouncing =
    model.methods.length > 0
      ? `  if (this.ownsProperties) {
    await this.announcer.stop();
  }`
      : '  await this.announcer.stop();';
  return blankLineApart([
    `/**
 * Resolves when the broker has acknowledged every subscription of this
 * server and has its properties and its announcement.
 */
async ready(): Promise<void> {
  await Promise.all([...this.subscriptions.map((subscription) => subscription.ready), this.started]);
}
`,
    `/**
 * Removes the announcement, stops answering requests and releases the
 * subscriptions. The connection stays open; the property values stay
 * retained on the broker.
 */
async close(): Promise<void> {
  this.stopRepublishing();
${stopAnnouncing}
  await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
}
`,
  ]);
}
