// `ready()`, `propertiesReady()` and `close()` of the client class.
import { DocComment } from '../DocComment';
import { blankLineApart } from '../ClassDeclaration';

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <ClientLifecycle model={model} />  // async ready(), async propertiesReady(), async close()
 */
export function ClientLifecycle({ model }) {
  const { names, signals, properties } = model;
  const usesCalls = model.methods.length > 0 || properties.some((p) => !p.readOnly);
  const hasListeners = signals.length > 0 || properties.length > 0;
  // One property on one line, several one per line.
  const known = properties.map((p) => `this.${p.names.field}.known()`);
  const knownList = known.length <= 1 ? known.join('') : `\n${known.map((v) => `    ${v},\n`).join('')}  `;
  const closeText = [
    hasListeners ? 'Removes every listener' : '',
    usesCalls ? 'rejects the calls still waiting for a reply' : '',
    'releases the subscriptions',
  ].filter(Boolean).join(', ').replace(/^./, (c) => c.toUpperCase()).replace(/, ([^,]*)$/, ' and $1') + '.\nThe connection stays open.';
  const closeLines = [
    ...(usesCalls ? [`this.calls.rejectAll(new MethodError(ReturnCode.ClientError, '${names.clientClass} was closed'), this);`] : []),
    ...signals.map((s) => `this.${s.names.listeners}?.clear();`),
    ...properties.map((p) => `this.${p.names.field}.clear();`),
    'await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));',
  ].map((line) => `  ${line}\n`).join('');
  return blankLineApart([
    `/** Resolves when the broker has acknowledged every subscription of this client. */
async ready(): Promise<void> {
  await Promise.all(this.subscriptions.map((subscription) => subscription.ready));
}
`,
    `/**
 * Resolves once a value of every property has arrived. The broker sends the
 * retained values right after the subscriptions; with no server they never come.
 */
async propertiesReady(): Promise<void> {
  await Promise.all([${knownList}]);
}
`,
    <>
      <DocComment text={closeText} />
      {`async close(): Promise<void> {
${closeLines}}
`}
    </>,
  ]);
}
