// The client's members for one signal: `receiveX(listener)` adds a
// listener, the private `deliverX(payload)` decodes a signal and calls them.
import { DocComment } from '../DocComment';
import { blankLineApart } from '../ClassDeclaration';

/**
 * @param {{ signal: import('../../filters/model').SignalModel }} props
 * @example <ClientSignal signal={model.signals[0]} />  // receiveFoo(listener) and deliverFoo(payload)
 */
export function ClientSignal({ signal }) {
  const { names } = signal;
  const text = [`Calls \`listener\` with every \`${signal.name}\` signal.`, signal.description || ''].filter(Boolean).join(' ');
  const deliverParameter = names.payloadCodec ? 'payload: Record<string, unknown>' : '';
  const decode = names.payloadCodec ? `  const signal = ${names.payloadCodec.decode}(payload);\n` : '';
  const args = signal.fields.map((field) => `signal.${field.tsName}`).join(', ');
  return blankLineApart([
    <>
      <DocComment text={text} tags={['@returns A function that removes the listener again.']} />
      {`${names.receive}(listener: ${names.listenerType}): () => void {
  const listeners = (this.${names.listeners} ??= new Set());
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
`}
    </>,
    `private ${names.deliver}(${deliverParameter}): void {
${decode}  for (const listener of this.${names.listeners} ?? []) {
    listener(${args});
  }
}
`,
  ]);
}
