// src/client.ts: the client class. It receives signals through listeners
// and calls the server's methods.
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { NamedImports } from '../../components/NamedImports';
import { DocComment } from '../../components/DocComment';

const { interfaceModel } = require('../../filters/model');
const { parameterDeclarations, shorthandObject, paramTags, returnType, namedTypesOf } = require('../../filters/types');

function listenerType(signal) {
  const params = parameterDeclarations(signal.fields).join(', ');
  const text = [`Receives \`${signal.name}\` signals.`, signal.description || ''].filter(Boolean).join(' ');
  return `${DocComment({ text })}export type ${signal.pascal}Listener = (${params}) => void;
`;
}

function receiveMembers(signal) {
  const text = [`Calls \`listener\` with every \`${signal.name}\` signal.`, signal.description || ''].filter(Boolean).join(' ');
  const tags = ['@returns A function that removes the listener again.'];
  const deliverParameter = signal.payloadType ? 'payload: Record<string, unknown>' : '';
  const decode = signal.payloadType ? [`    const signal = decode${signal.payloadType}(payload);`] : [];
  const args = signal.fields.map((field) => `signal.${field.tsName}`).join(', ');
  return `${DocComment({ text, tags, indent: '  ' })}  receive${signal.pascal}(listener: ${signal.pascal}Listener): () => void {
    this.${signal.camel}Listeners.add(listener);
    return () => {
      this.${signal.camel}Listeners.delete(listener);
    };
  }

  private deliver${signal.pascal}(${deliverParameter}): void {
${[...decode, `    for (const listener of this.${signal.camel}Listeners) {`, `      listener(${args});`, '    }'].join('\n')}
  }
`;
}

function resultDecoder(method) {
  const values = method.returnValues;
  if (values.length === 0) return '() => undefined';
  if (values.length === 1) return `(payload) => decode${method.resultType}(payload).${values[0].tsName}`;
  return `decode${method.resultType}`;
}

function callMethod(method) {
  const params = [...parameterDeclarations(method.arguments), 'callOptions?: CallOptions'].join(', ');
  const payload = method.argumentsType ? `encode${method.argumentsType}(${shorthandObject(method.arguments)})` : '{}';
  const text = method.description || `Calls the \`${method.name}\` method.`;
  const returnText = returnsText(method);
  const tags = [
    ...paramTags(method.arguments),
    '@param callOptions Timeout (default 10 000 ms) and abort signal of this call.',
    ...(returnText ? [`@returns ${returnText}`] : []),
    '@throws MethodError when the server replies with an error or no reply comes in time.',
  ];
  return `${DocComment({ text, tags, indent: '  ' })}  ${method.camel}(${params}): Promise<${returnType(method)}> {
    return this.calls.call(
      this.methodTopics('${method.name}'),
      ${payload},
      ${resultDecoder(method)},
      callOptions,
    );
  }
`;
}

function returnsText(method) {
  const values = method.returnValues;
  if (values.length === 0) return '';
  if (values.length === 1) return [values[0].name, values[0].documentation].filter(Boolean).join(': ');
  return `\`{ ${values.map((v) => v.tsName).join(', ')} }\``;
}

export default function Client({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const { clientClass, signals, methods } = model;
  const hasMethods = methods.length > 0;
  const hasSignals = signals.length > 0;
  const interfaceTypeImports = [
    ...namedTypesOf(signals.flatMap((s) => s.fields).concat(methods.flatMap((m) => [...m.arguments, ...m.returnValues]))),
    ...signals.filter((s) => s.payloadType).map((s) => `decode${s.payloadType}`),
    ...methods.filter((m) => m.argumentsType).map((m) => `encode${m.argumentsType}`),
    ...methods.filter((m) => m.resultType).map((m) => `decode${m.resultType}`),
    ...methods.filter((m) => m.returnValues.length > 1).map((m) => m.resultType),
  ];
  const connectionImports = ['MqttConnection', 'Subscription'];
  const protocolImports = [
    'topicLevel',
    ...(hasSignals ? ['DecodeError', 'parsePayload'] : []),
    ...(hasMethods ? ['CallOptions', 'MethodError', 'MethodTopics', 'PendingCalls', 'ReturnCode'] : []),
  ];
  const classText = [
    model.title ? `Client of the ${model.name} interface: ${model.title}.` : `Client of the ${model.name} interface.`,
    model.summary || '',
    model.documentation || '',
  ].filter(Boolean).join('\n\n');
  const listenerFields = signals
    .map((s) => `  private readonly ${s.camel}Listeners = new Set<${s.pascal}Listener>();\n`)
    .join('');
  const subscriptions = [
    ...signals.map((s) => {
      const deliver = s.payloadType ? `(payload) => this.deliver${s.pascal}(payload)` : `() => this.deliver${s.pascal}()`;
      return `      this.subscribeToSignal('${s.name}', ${deliver}),\n`;
    }),
    ...methods.map((m) => `      this.subscribeToReplies('${m.name}'),\n`),
  ].join('');
  const closeLines = [
    ...(hasMethods ? [`    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, '${clientClass} was closed'));`] : []),
    ...signals.map((s) => `    this.${s.camel}Listeners.clear();`),
    '    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));',
  ].join('\n');
  const closeText = [
    hasSignals ? 'Removes every listener' : '',
    hasMethods ? 'rejects the calls still waiting for a reply' : '',
    'releases the subscriptions',
  ].filter(Boolean).join(', ').replace(/^./, (c) => c.toUpperCase()).replace(/, ([^,]*)$/, ' and $1') + '.\nThe connection stays open.';
  const signalSection = hasSignals ? `\n${signals.map(receiveMembers).join('\n')}` : '';
  const methodSection = hasMethods ? `\n${methods.map(callMethod).join('\n')}` : '';
  const helpers = [
    hasSignals
      ? `  private subscribeToSignal(signal: string, deliver: (payload: Record<string, unknown>) => void): Subscription {
    return this.connection.subscribe(\`\${this.topicPrefix}/signal/\${signal}\`, (message) => {
      try {
        deliver(parsePayload(message.payload));
      } catch (error) {
        // A bad payload or a failing listener must not reach mqtt.js.
        const reason = error instanceof DecodeError ? new Error(\`bad '\${signal}' signal: \${error.message}\`, { cause: error }) : error;
        this.onError(reason instanceof Error ? reason : new Error(String(reason)));
      }
    });
  }
`
      : '',
    hasMethods
      ? `  private subscribeToReplies(method: string): Subscription {
    return this.connection.subscribe(this.methodTopics(method).response, (reply) => this.calls.settle(reply));
  }

  private methodTopics(method: string): MethodTopics {
    return {
      request: \`\${this.topicPrefix}/method/\${method}/request\`,
      response: \`client/\${this.connection.clientId}/${model.name}/method/\${method}/response\`,
    };
  }
`
      : '',
  ].filter(Boolean);
  return (
    <File name="client.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <NamedImports names={connectionImports} from="./connection" />
      <NamedImports names={protocolImports} from="./protocol" />
      <NamedImports names={interfaceTypeImports} from="./interfaceTypes" />
      {`
/** Options of a {@link ${clientClass}}. */
export interface ${clientClass}Options {
  /** The id of the server instance to talk to. */
  instanceId: string;
  /**
   * Called with signals whose payload does not match the interface and with
   * errors thrown by listeners. Default: one \`console.warn\` line per error.
   */
  onError?: (error: Error) => void;
}
`}
      {signals.map((s) => ['\n', listenerType(s)])}
      {'\n'}
      <DocComment text={classText} />
      {`export class ${clientClass} {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  private readonly topicPrefix: string;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
${hasMethods ? '  private readonly calls: PendingCalls;\n' : ''}${listenerFields}
  /** Starts listening on \`connection\`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: ${clientClass}Options) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId');
    this.topicPrefix = \`${model.name}/\${options.instanceId}\`;
    this.onError = options.onError ?? ((error) => console.warn(\`${clientClass} \${options.instanceId}: \${error.message}\`));
${hasMethods ? '    this.calls = new PendingCalls(connection);\n' : ''}    this.subscriptions = ${subscriptions === '' ? '[]' : `[\n${subscriptions}    ]`};
  }

  /** Resolves when the broker has acknowledged every subscription of this client. */
  async ready(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.ready));
  }

${DocComment({ text: closeText, indent: '  ' })}  async close(): Promise<void> {
${closeLines}
  }
${signalSection}${methodSection}
${helpers.join('\n')}}
`}
    </File>
  );
}
