// src/server.ts: the server class. It emits signals and answers method calls
// through handlers the application registers.
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { NamedImports } from '../../components/NamedImports';
import { DocComment } from '../../components/DocComment';

const { interfaceModel } = require('../../filters/model');
const { parameterDeclarations, shorthandObject, paramTags, returnType, namedTypesOf } = require('../../filters/types');

function handlerType(method) {
  const params = parameterDeclarations(method.arguments).join(', ');
  const result = returnType(method);
  const text = [`Answers \`${method.name}\` calls.`, method.description || ''].filter(Boolean).join(' ');
  return `${DocComment({ text })}export type ${method.pascal}Handler = (${params}) => ${result} | Promise<${result}>;
`;
}

function emitMethod(signal) {
  const params = parameterDeclarations(signal.fields).join(', ');
  const payload = signal.payloadType ? `encode${signal.payloadType}(${shorthandObject(signal.fields)})` : '{}';
  const text = signal.description || `Emits the \`${signal.name}\` signal.`;
  const tags = [...paramTags(signal.fields), '@returns Resolves when the broker has the signal.'];
  return `${DocComment({ text, tags, indent: '  ' })}  emit${signal.pascal}(${params}): Promise<void> {
    return this.publishSignal('${signal.name}', ${payload});
  }
`;
}

function handlerCall(method) {
  const args = method.arguments.map((field) => `args.${field.tsName}`).join(', ');
  return `handler(${args})`;
}

function answerBody(method) {
  const lines = [];
  if (method.argumentsType) {
    lines.push(`      const args = decode${method.argumentsType}(payload);`);
  }
  const values = method.returnValues;
  if (values.length === 0) {
    lines.push(`      await ${handlerCall(method)};`, '      return {};');
  } else if (values.length === 1) {
    lines.push(`      return encode${method.resultType}({ ${values[0].tsName}: await ${handlerCall(method)} });`);
  } else {
    lines.push(`      return encode${method.resultType}(await ${handlerCall(method)});`);
  }
  return lines.join('\n');
}

function methodMembers(method) {
  const text = [`Sets the handler of \`${method.name}\` calls.`, method.description || ''].filter(Boolean).join(' ');
  const tags = [
    '@param handler Gets the arguments in file order. Its result is the reply; a thrown',
    '  `MethodError` replies with its return code, any other error with `ReturnCode.ServerError`.',
  ];
  const payloadParameter = method.argumentsType ? 'payload' : '';
  return `${DocComment({ text, tags, indent: '  ' })}  handle${method.pascal}(handler: ${method.pascal}Handler): void {
    this.${method.camel}Handler = handler;
  }

  private answer${method.pascal}(request: IncomingMessage): Promise<void> {
    return answerRequest(this.connection, request, this.onError, async (${payloadParameter}) => {
      const handler = this.${method.camel}Handler;
      if (handler === undefined) {
        throw notImplemented('${method.name}');
      }
${answerBody(method)}
    });
  }
`;
}

export default function Server({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const { serverClass, signals, methods } = model;
  const hasMethods = methods.length > 0;
  const interfaceTypeImports = [
    ...namedTypesOf(signals.flatMap((s) => s.fields).concat(methods.flatMap((m) => [...m.arguments, ...m.returnValues]))),
    ...signals.filter((s) => s.payloadType).map((s) => `encode${s.payloadType}`),
    ...methods.filter((m) => m.argumentsType).map((m) => `decode${m.argumentsType}`),
    ...methods.filter((m) => m.resultType).map((m) => `encode${m.resultType}`),
    ...methods.filter((m) => m.returnValues.length > 1).map((m) => m.resultType),
  ];
  const connectionImports = ['MqttConnection', 'Subscription', ...(hasMethods ? ['IncomingMessage'] : [])];
  const protocolImports = [
    'topicLevel',
    ...(signals.length > 0 ? ['JsonObject'] : []),
    ...(hasMethods ? ['answerRequest', 'notImplemented'] : []),
  ];
  const classText = [
    model.title ? `Server of the ${model.name} interface: ${model.title}.` : `Server of the ${model.name} interface.`,
    model.summary || '',
    model.documentation || '',
  ].filter(Boolean).join('\n\n');
  const handlerFields = methods.map((m) => `  private ${m.camel}Handler?: ${m.pascal}Handler;\n`).join('');
  const subscriptions = methods
    .map((m) => `      this.subscribeToMethod('${m.name}', (request) => this.answer${m.pascal}(request)),\n`)
    .join('');
  const signalSection = signals.length === 0 ? '' : `\n${signals.map(emitMethod).join('\n')}`;
  const methodSection = methods.length === 0 ? '' : `\n${methods.map(methodMembers).join('\n')}`;
  const helpers = [
    hasMethods
      ? `  private subscribeToMethod(method: string, answer: (request: IncomingMessage) => Promise<void>): Subscription {
    return this.connection.subscribe(\`\${this.topicPrefix}/method/\${method}/request\`, (request) => void answer(request));
  }
`
      : '',
    signals.length > 0
      ? `  private publishSignal(signal: string, payload: JsonObject): Promise<void> {
    return this.connection.publish(\`\${this.topicPrefix}/signal/\${signal}\`, JSON.stringify(payload));
  }
`
      : '',
  ].filter(Boolean);
  return (
    <File name="server.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <NamedImports names={connectionImports} from="./connection" />
      <NamedImports names={protocolImports} from="./protocol" />
      <NamedImports names={interfaceTypeImports} from="./interfaceTypes" />
      {`
/** Options of a {@link ${serverClass}}. */
export interface ${serverClass}Options {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
  /**
   * Called with errors no caller can be told about, e.g. a request without a
   * response topic. Default: one \`console.warn\` line per error.
   */
  onError?: (error: Error) => void;
}
`}
      {methods.map((m) => ['\n', handlerType(m)])}
      {'\n'}
      <DocComment text={classText} />
      {`export class ${serverClass} {
  /** The id of this server instance. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
${handlerFields}
  /** Starts serving on \`connection\`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: ${serverClass}Options) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = \`${model.name}/\${options.instanceId}\`;
    this.onError = options.onError ?? ((error) => console.warn(\`${serverClass} \${options.instanceId}: \${error.message}\`));
    this.subscriptions = ${subscriptions === '' ? '[]' : `[\n${subscriptions}    ]`};
  }

  /** Resolves when the broker has acknowledged every subscription of this server. */
  async ready(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.ready));
  }

  /** Stops answering requests and releases the subscriptions. The connection stays open. */
  async close(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }
${signalSection}${methodSection}
${helpers.join('\n')}}
`}
    </File>
  );
}

