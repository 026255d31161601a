// `ready()` and `close()` of the server class.
import { blankLineApart } from '../ClassDeclaration';

/**
 * @example <ServerLifecycle />  // async ready(): Promise<void> { ... } async close(): Promise<void> { ... }
 */
export function ServerLifecycle() {
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
  await this.announcer.stop();
  await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
}
`,
  ]);
}
