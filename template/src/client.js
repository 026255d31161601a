// src/client.ts: the client class. It receives signals through listeners,
// calls the server's methods, and follows and updates its properties.
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { NamedImports } from '../../components/NamedImports';
import { DocComment } from '../../components/DocComment';
import { topicOptionMember, topicParametersExpression } from '../../components/TopicParameters';

const { interfaceModel } = require('../../filters/model');
const types = require('../../filters/types');

const { parameterDeclarations, shorthandObject, paramTags, returnType, namedTypesOf } = types;

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
    const listeners = (this.${signal.camel}Listeners ??= new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  private deliver${signal.pascal}(${deliverParameter}): void {
${[...decode, `    for (const listener of this.${signal.camel}Listeners ?? []) {`, `      listener(${args});`, '    }'].join('\n')}
  }
`;
}

function changedListenerType(property) {
  const text = [`Receives each new value of the \`${property.name}\` property.`, property.description || ''].filter(Boolean).join(' ');
  return `${DocComment({ text })}export type ${property.pascal}ChangedListener = (value: ${property.tsType}) => void;
`;
}

function propertyMembers(property) {
  const getterText = [
    property.description || `The \`${property.name}\` property.`,
    'The last value seen; `undefined` until the first arrives.',
  ].join(' ');
  const parameter = property.valueType ? 'value' : property.values[0].parameter;
  const setter = property.readOnly
    ? ''
    : `\n${DocComment({
        text: `Asks the server to make \`${parameter}\` the value of \`${property.name}\`. The request names the last \`PropertyVersion\` seen.`,
        tags: [
          ...(property.valueType ? [] : paramTags(property.values)),
          '@param callOptions Timeout (default 10 000 ms) and abort signal of this request.',
          '@returns The value in force after the update.',
          '@throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it',
          '  (or it saw none yet), else with the code the server refused the update with.',
        ],
        indent: '  ',
      })}  set${property.pascal}(${parameter}: ${property.tsType}, callOptions?: CallOptions): Promise<${property.tsType}> {
    return this.${property.camel}Property.update(this.calls, this.requestTopics(${property.topics}.update, ${property.topics}.updateResponse), ${parameter}, callOptions, this);
  }
`;
  return `${DocComment({ text: getterText, indent: '  ' })}  get ${property.camel}(): ${property.tsType}${property.values.length === 1 && property.values[0].optional ? '' : ' | undefined'} {
    return this.${property.camel}Property.value;
  }

${DocComment({
  text: `Calls \`listener\` with every new value of \`${property.name}\`.`,
  tags: ['@returns A function that removes the listener again.'],
  indent: '  ',
})}  on${property.pascal}Changed(listener: ${property.pascal}ChangedListener): () => void {
    return this.${property.camel}Property.onChanged(listener);
  }
${setter}`;
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
      this.requestTopics(${method.topics}.request, ${method.topics}.response),
      ${payload},
      ${resultDecoder(method)},
      callOptions,
      undefined,
      this,
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

/**
 * The reply topics of every method and writable property: one subscription
 * each, shared by all clients on the connection. Only replies to this
 * client's own calls reach it; a property update's reply goes to the
 * property first (the call's observer).
 */
function replySubscription(methods, writable) {
  const topics = [
    ...methods.map((m) => `${m.topics}.response.fill(replyParameters)`),
    ...writable.map((p) => `${p.topics}.updateResponse.fill(replyParameters)`),
  ];
  const list = topics.length === 1 ? `[${topics[0]}]` : `[\n${topics.map((t) => `        ${t},\n`).join('')}      ]`;
  return `      this.calls.listen(${list}),\n`;
}

export default function Client({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const { clientClass, signals, methods, properties } = model;
  const hasMethods = methods.length > 0;
  const hasSignals = signals.length > 0;
  const hasProperties = properties.length > 0;
  const writable = properties.filter((p) => !p.readOnly);
  const usesCalls = hasMethods || writable.length > 0;
  const interfaceTypeImports = [
    ...namedTypesOf(signals.flatMap((s) => s.fields).concat(methods.flatMap((m) => [...m.arguments, ...m.returnValues]))),
    ...namedTypesOf(properties.filter((p) => !p.valueType).flatMap((p) => p.values)),
    ...properties.map((p) => p.valueType || '').filter(Boolean),
    ...properties.map((p) => p.codec),
    ...signals.filter((s) => s.payloadType).map((s) => `decode${s.payloadType}`),
    ...methods.filter((m) => m.argumentsType).map((m) => `encode${m.argumentsType}`),
    ...methods.filter((m) => m.resultType).map((m) => `decode${m.resultType}`),
    ...methods.filter((m) => m.returnValues.length > 1).map((m) => m.resultType),
  ];
  const connectionImports = ['MqttConnection', 'Subscription'];
  const protocolImports = [
    'topicLevel',
    ...(hasSignals ? ['DecodeError', 'parsePayload'] : []),
    ...(usesCalls ? ['CallOptions', 'MethodError', 'MethodTopics', 'PendingCalls', 'ReturnCode'] : []),
  ];
  const propertyImports = hasProperties ? ['ClientProperty'] : [];
  const topicOptions = model.topics.options;
  const topicTemplateImports = ['TopicParameters', ...(hasSignals || usesCalls || hasProperties ? ['TopicTemplate'] : [])];
  const classText = [
    model.title ? `Client of the ${model.name} interface: ${model.title}.` : `Client of the ${model.name} interface.`,
    model.summary || '',
    model.documentation || '',
  ].filter(Boolean).join('\n\n');
  const listenerFields = signals
    .map((s) => `  /** Made on first use: most clients of a large fleet listen to few signals. */\n  private ${s.camel}Listeners?: Set<${s.pascal}Listener>;\n`)
    .join('');
  const propertyFields = properties.map((p) => `  private readonly ${p.camel}Property: ClientProperty<${p.tsType}>;\n`).join('');
  const propertyInits = properties
    .map((p) => `    this.${p.camel}Property = new ClientProperty('${p.name}', ${p.codec}, this.onError);\n`)
    .join('');
  const subscriptions = [
    ...signals.map((s) => {
      return `      this.subscribeToSignal('${s.name}', ${s.topics}, this.deliver${s.pascal}),\n`;
    }),
    ...properties.map((p) => `      this.subscribeToProperty(${p.topics}.value, this.${p.camel}Property),\n`),
    ...(usesCalls ? [replySubscription(methods, writable)] : []),
  ].join('');
  const closeLines = [
    ...(usesCalls ? [`    this.calls.rejectAll(new MethodError(ReturnCode.ClientError, '${clientClass} was closed'), this);`] : []),
    ...signals.map((s) => `    this.${s.camel}Listeners?.clear();`),
    ...properties.map((p) => `    this.${p.camel}Property.clear();`),
    '    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));',
  ].join('\n');
  const closeText = [
    hasSignals || hasProperties ? 'Removes every listener' : '',
    usesCalls ? 'rejects the calls still waiting for a reply' : '',
    'releases the subscriptions',
  ].filter(Boolean).join(', ').replace(/^./, (c) => c.toUpperCase()).replace(/, ([^,]*)$/, ' and $1') + '.\nThe connection stays open.';
  const signalSection = hasSignals ? `\n${signals.map(receiveMembers).join('\n')}` : '';
  const methodSection = hasMethods ? `\n${methods.map(callMethod).join('\n')}` : '';
  const propertySection = hasProperties ? `\n${properties.map(propertyMembers).join('\n')}` : '';
  const knownValues = properties.map((p) => `this.${p.camel}Property.known()`);
  const knownList = knownValues.join(', ').length <= 60
    ? knownValues.join(', ')
    : `\n${knownValues.map((v) => `      ${v},\n`).join('')}    `;
  const helpers = [
    hasSignals
      ? `  private subscribeToSignal(
    signal: string,
    address: TopicTemplate,
    deliver: (this: this, payload: Record<string, unknown>) => void,
  ): Subscription {
    return this.connection.subscribe(address.fill(this.topicParameters), (message) => {
      try {
        deliver.call(this, parsePayload(message.payload));
      } catch (error) {
        // A bad payload or a failing listener must not reach mqtt.js.
        const reason = error instanceof DecodeError ? new Error(\`bad '\${signal}' signal: \${error.message}\`, { cause: error }) : error;
        this.onError(reason instanceof Error ? reason : new Error(String(reason)));
      }
    });
  }
`
      : '',
    hasProperties
      ? `  private subscribeToProperty<T>(address: TopicTemplate, state: ClientProperty<T>): Subscription {
    return this.connection.subscribe(address.fill(this.topicParameters), (message) => state.receive(message));
  }
`
      : '',
    usesCalls
      ? `  /** The values of the address parameters with this connection's client id, for the reply topics (made when needed, not kept). */
  private replyParameters(): TopicParameters {
    return { ...this.topicParameters, client_id: this.connection.clientId };
  }

  /** The topics of one request: its channel's address filled for the server, its reply channel's for this client. */
  private requestTopics(request: TopicTemplate, response: TopicTemplate): MethodTopics {
    // Filled on a method's first call, then reused: a call builds no topic text.
    const cache = (this.filledTopics ??= new Map());
    let topics = cache.get(request);
    if (topics === undefined) {
      topics = { request: request.fill(this.topicParameters), response: response.fill(this.replyParameters()) };
      cache.set(request, topics);
    }
    return topics;
  }
`
      : '',
  ].filter(Boolean);
  return (
    <File name="client.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <NamedImports names={connectionImports} from="./connection" />
      <NamedImports names={protocolImports} from="./protocol" />
      <NamedImports names={propertyImports} from="./properties" />
      <NamedImports names={topicTemplateImports} from="./topicTemplate" />
      <NamedImports names={hasSignals || usesCalls || hasProperties ? ['topics'] : []} from="./topics" />
      <NamedImports names={interfaceTypeImports} from="./interfaceTypes" />
      {`
/** Options of a {@link ${clientClass}}. */
export interface ${clientClass}Options {
  /** The id of the server instance to talk to. */
  instanceId: string;
${topicOptions.map(topicOptionMember).join('')}  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * \`console.warn\` line per error.
   */
  onError?: (error: Error) => void;
}
`}
      {signals.map((s) => ['\n', listenerType(s)])}
      {properties.map((p) => ['\n', changedListenerType(p)])}
      {'\n'}
      <DocComment text={classText} />
      {`export class ${clientClass} {
  /** The id of the server instance this client talks to. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  /** The values of the address parameters of the server's topics (src/topics.ts). */
  private readonly topicParameters: TopicParameters;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
${usesCalls ? '  private readonly calls: PendingCalls;\n  /** The request and reply topics of each method and property called so far. */\n  private filledTopics?: Map<TopicTemplate, MethodTopics>;\n' : ''}${listenerFields}${propertyFields}
  /** Starts listening on \`connection\`; the subscriptions are made at once, see {@link ready}. */
  constructor(connection: MqttConnection, options: ${clientClass}Options) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId'${model.longestInstanceAddress ? `, ${types.stringLiteral(model.longestInstanceAddress)}` : ''});
${model.longestClientAddress ? `    // Replies come to client/{client_id}/...: the connection's id must fit into the longest such topic.
    topicLevel(connection.clientId, 'connection clientId', ${types.stringLiteral(model.longestClientAddress)});
` : ''}    this.topicParameters = ${topicParametersExpression(topicOptions, 'this.instanceId')};
${usesCalls ? '    const replyParameters = this.replyParameters();\n' : ''}    this.onError = options.onError ?? ((error) => console.warn(\`${clientClass} \${options.instanceId}: \${error.message}\`));
${usesCalls ? '    this.calls = PendingCalls.shared(connection);\n' : ''}${propertyInits}    this.subscriptions = ${subscriptions === '' ? '[]' : `[\n${subscriptions}    ]`};
  }

  /** Resolves when the broker has acknowledged every subscription of this client. */
  async ready(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.ready));
  }

  /**
   * Resolves once a value of every property has arrived. The broker sends the
   * retained values right after the subscriptions; with no server they never come.
   */
  async propertiesReady(): Promise<void> {
    await Promise.all([${knownList}]);
  }

${DocComment({ text: closeText, indent: '  ' })}  async close(): Promise<void> {
${closeLines}
  }
${signalSection}${methodSection}${propertySection}
${helpers.join('\n')}}
`}
    </File>
  );
}
