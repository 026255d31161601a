// The server's members for one method: `handleX(handler)` sets the handler,
// the private `answerX(request)` answers one request with it.
import { DocComment } from '../DocComment';
import { blankLineApart } from '../ClassDeclaration';

/**
 * The statements of the responder: decode the arguments, call the handler, encode its result.
 * The handler's result is awaited only when it is a promise (mapResult): a
 * handler that answers at once has its reply sent before the request's PUBACK
 * leaves, in the same write.
 * @param {import('../../filters/model').MethodModel} method
 */
function answerBody(method) {
  const { names } = method;
  const call = `handler(${method.arguments.map((field) => `args.${field.tsName}`).join(', ')})`;
  const lines = [];
  if (names.argumentsCodec) lines.push(`const args = ${names.argumentsCodec.decode}(payload);`);
  const values = method.returnValues;
  if (values.length === 0 || !names.resultCodec) {
    lines.push(`return mapResult(${call}, () => ({}));`);
  } else if (values.length === 1) {
    lines.push(`return mapResult(${call}, (${values[0].tsName}) => ${names.resultCodec.encode}({ ${values[0].tsName} }));`);
  } else {
    lines.push(`return mapResult(${call}, ${names.resultCodec.encode});`);
  }
  return lines.map((line) => `    ${line}\n`).join('');
}

/**
 * @param {{ method: import('../../filters/model').MethodModel }} props
 * @example <ServerMethod method={model.methods[0]} />  // handleAddNumbers(handler) and answerAddNumbers(request)
 */
export function ServerMethod({ method }) {
  const { names } = method;
  const text = [`Sets the handler of \`${method.name}\` calls.`, method.description || ''].filter(Boolean).join(' ');
  const tags = [
    '@param handler Gets the arguments in file order. Its result is the reply; a thrown',
    '  `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.',
  ];
  const payloadParameter = names.argumentsCodec ? 'payload' : '';
  return blankLineApart([
    <>
      <DocComment text={text} tags={tags} />
      {`${names.handle}(handler: ${names.handlerType}): void {
  this.${names.handlerField} = handler;
}
`}
    </>,
    `private ${names.answer}(request: IncomingMessage): void {
  answerRequest(this.connection, request, this.onError, (${payloadParameter}) => {
    const handler = this.${names.handlerField};
    if (handler === undefined) {
      throw notImplemented('${method.name}');
    }
${answerBody(method)}  }, ${method.topics}.response.address);
}
`,
  ]);
}
