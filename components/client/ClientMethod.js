// The client's member for one method: `x(...args, callOptions?)` calls it
// and resolves with its result.
import { DocComment } from '../DocComment';

const { parameterDeclarations, shorthandObject, paramTags, returnType } = require('../../filters/types');

/**
 * How the reply's payload becomes the call's result.
 * @param {import('../../filters/model').MethodModel} method
 */
function resultDecoder(method) {
  const { resultCodec } = method.names;
  const values = method.returnValues;
  if (values.length === 0 || !resultCodec) return '() => undefined';
  if (values.length === 1) return `(payload) => ${resultCodec.decode}(payload).${values[0].tsName}`;
  return resultCodec.decode;
}

/**
 * The `@returns` text: the one return value's name and documentation, or the object of several.
 * @param {import('../../filters/model').MethodModel} method
 */
function returnsText(method) {
  const values = method.returnValues;
  if (values.length === 0) return '';
  if (values.length === 1) return [values[0].name, values[0].documentation].filter(Boolean).join(': ');
  return `\`{ ${values.map((v) => v.tsName).join(', ')} }\``;
}

/**
 * @param {{ method: import('../../filters/model').MethodModel }} props
 * @example <ClientMethod method={model.methods[0]} />  // addNumbers(left: number, right: number, callOptions?: CallOptions): Promise<number>
 */
export function ClientMethod({ method }) {
  const { names } = method;
  const params = [...parameterDeclarations(method.arguments), 'callOptions?: CallOptions'].join(', ');
  const payload = names.argumentsCodec ? `${names.argumentsCodec.encode}(${shorthandObject(method.arguments)})` : '{}';
  const returnText = returnsText(method);
  const tags = [
    ...paramTags(method.arguments),
    '@param callOptions Timeout (default 10 000 ms) and abort signal of this call.',
    ...(returnText ? [`@returns ${returnText}`] : []),
    '@throws MethodError when the server replies with an error or no reply comes in time.',
  ];
  return (
    <>
      <DocComment text={method.description || `Calls the \`${method.name}\` method.`} tags={tags} />
      {`${names.call}(${params}): Promise<${returnType(method)}> {
  return this.calls.call(
    this.requestTopics(${method.topics}.request, ${method.topics}.response),
    ${payload},
    ${resultDecoder(method)},
    callOptions,
    undefined,
    this,
  );
}
`}
    </>
  );
}
