// The server's member for one signal: `emitX(...)` publishes it.
import { DocComment } from '../DocComment';

const { parameterDeclarations, shorthandObject, paramTags } = require('../../filters/types');

/**
 * @param {{ signal: import('../../filters/model').SignalModel }} props
 * @example <ServerSignal signal={model.signals[0]} />  // emitFoo(message: string): Promise<void> { ... }
 */
export function ServerSignal({ signal }) {
  const { names } = signal;
  const params = parameterDeclarations(signal.fields).join(', ');
  const payload = names.payloadCodec ? `${names.payloadCodec.encode}(${shorthandObject(signal.fields)})` : '{}';
  const text = signal.description || `Emits the \`${signal.name}\` signal.`;
  const tags = [...paramTags(signal.fields), '@returns Resolves when the broker has the signal.'];
  return (
    <>
      <DocComment text={text} tags={tags} />
      {`${names.emit}(${params}): Promise<void> {
  return this.publishSignal(${signal.topics}, ${payload});
}
`}
    </>
  );
}
