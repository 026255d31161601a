// src/server.ts: the server class. It emits signals, answers method calls
// through handlers the application registers, owns the properties and
// announces itself for discovery.
import { File } from '@asyncapi/generator-react-sdk';
import { FileHeader } from '../../components/FileHeader';
import { NamedImports } from '../../components/NamedImports';
import { DocComment } from '../../components/DocComment';
import { topicOptionMember, topicParametersExpression } from '../../components/TopicParameters';

const { interfaceModel } = require('../../filters/model');
const types = require('../../filters/types');

const { parameterDeclarations, shorthandObject, paramTags, returnType, namedTypesOf } = types;

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
    return this.publishSignal(${signal.topics}, ${payload});
  }
`;
}

function updatedListenerType(property) {
  const text = [
    `Sees each change of \`${property.name}\` a client asks for, before it is applied; throwing refuses it.`,
    property.description || '',
  ].filter(Boolean).join(' ');
  return `${DocComment({ text })}export type ${property.pascal}UpdatedListener = (value: ${property.tsType}) => void | Promise<void>;
`;
}

function setterParameter(property) {
  return property.valueType ? 'value' : property.values[0].parameter;
}

function propertyMembers(property, ownedValues) {
  const getterText = property.description || `The \`${property.name}\` property.`;
  const parameter = setterParameter(property);
  const publisher = `${DocComment({
    text: `Publishes the application's value of \`${property.name}\` (its accessor's \`get\`), retained, with the next \`PropertyVersion\`; call it after changing the value.`,
    tags: ['@returns Resolves when the broker has the new value.'],
    indent: '  ',
  })}  publish${property.pascal}(): Promise<void> {
    return this.${property.camel}Property.changed();
  }
`;
  const setText = `Makes \`${parameter}\` the value of \`${property.name}\` and publishes it (retained) with the next \`PropertyVersion\`.`;
  const valueDoc = property.valueType ? [] : types.paramTags(property.values);
  const setter = `${DocComment({ text: setText, tags: [...valueDoc, '@returns Resolves when the broker has the new value.'], indent: '  ' })}  set${property.pascal}(${parameter}: ${property.tsType}): Promise<void> {
    return this.${property.camel}Property.set(${parameter});
  }
`;
  const listener = property.readOnly
    ? ''
    : `
${DocComment({
        text: `Calls \`listener\` when a client asks to change \`${property.name}\`, before the change is applied.`,
        tags: [
          '@param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`',
          '  is sent with its return code, any other error as `ReturnCode.ServerError`.',
          '@returns A function that removes the listener again.',
        ],
        indent: '  ',
      })}  on${property.pascal}Updated(listener: ${property.pascal}UpdatedListener): () => void {
    return this.${property.camel}Property.onUpdated(listener);
  }
`;
  return `${DocComment({ text: getterText, indent: '  ' })}  get ${property.camel}(): ${property.tsType} {
    return this.${property.camel}Property.value;
  }

${ownedValues ? setter : publisher}${listener}`;
}

function handlerCall(method) {
  const args = method.arguments.map((field) => `args.${field.tsName}`).join(', ');
  return `handler(${args})`;
}

// The handler's result is awaited only when it is a promise (mapResult): a
// handler that answers at once has its reply sent before the request's PUBACK
// leaves, in the same write.
function answerBody(method) {
  const lines = [];
  if (method.argumentsType) {
    lines.push(`      const args = decode${method.argumentsType}(payload);`);
  }
  const values = method.returnValues;
  if (values.length === 0) {
    lines.push(`      return mapResult(${handlerCall(method)}, () => ({}));`);
  } else if (values.length === 1) {
    lines.push(`      return mapResult(${handlerCall(method)}, (${values[0].tsName}) => encode${method.resultType}({ ${values[0].tsName} }));`);
  } else {
    lines.push(`      return mapResult(${handlerCall(method)}, encode${method.resultType});`);
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

  private answer${method.pascal}(request: IncomingMessage): void {
    answerRequest(this.connection, request, this.onError, (${payloadParameter}) => {
      const handler = this.${method.camel}Handler;
      if (handler === undefined) {
        throw notImplemented('${method.name}');
      }
${answerBody(method)}
    }, ${method.topics}.response.address);
  }
`;
}

export default function Server({ asyncapi, params }) {
  const model = interfaceModel(asyncapi, params);
  const { serverClass, signals, methods, properties } = model;
  const hasMethods = methods.length > 0;
  const hasProperties = properties.length > 0;
  const interfaceTypeImports = [
    ...namedTypesOf(signals.flatMap((s) => s.fields).concat(methods.flatMap((m) => [...m.arguments, ...m.returnValues]))),
    ...namedTypesOf(properties.filter((p) => !p.valueType).flatMap((p) => p.values)),
    ...properties.map((p) => p.valueType || '').filter(Boolean),
    ...properties.map((p) => p.codec),
    ...signals.filter((s) => s.payloadType).map((s) => `encode${s.payloadType}`),
    ...methods.filter((m) => m.argumentsType).map((m) => `decode${m.argumentsType}`),
    ...methods.filter((m) => m.resultType).map((m) => `encode${m.resultType}`),
    ...methods.filter((m) => m.returnValues.length > 1).map((m) => m.resultType),
  ];
  const writable = properties.filter((p) => !p.readOnly);
  const topicOptions = model.topics.options;
  const connectionImports = ['MqttConnection', 'Subscription', ...(hasMethods ? ['IncomingMessage'] : [])];
  const protocolImports = [
    'topicLevel',
    ...(signals.length > 0 ? ['JsonObject'] : []),
    ...(hasMethods ? ['answerRequest', 'mapResult', 'notImplemented'] : []),
  ];
  const owned = model.ownedValues;
  const propertyImports = hasProperties
    ? [
        'requireInitialValues',
        'ServerProperty',
        ...(owned ? [] : ['ReadOnlyPropertyAccessor', ...(writable.length > 0 ? ['PropertyAccessor'] : [])]),
      ]
    : [];
  const usesTemplateType = signals.length > 0 || hasMethods || hasProperties;
  const topicTemplateImports = ['TopicParameters', ...(usesTemplateType ? ['TopicTemplate'] : [])];
  const initialValuesType = `${serverClass.replace(/Server$/, '')}${owned ? 'InitialValues' : 'PropertyAccessors'}`;
  const valuesOption = owned ? 'initialValues' : 'accessors';
  const initialValueMembers = properties
    .map((p) => {
      const type = owned ? p.tsType : `${p.readOnly ? 'ReadOnlyPropertyAccessor' : 'PropertyAccessor'}<${p.tsType}>`;
      return `${DocComment({ text: p.description || `The \`${p.name}\` property.`, indent: '  ' })}  ${p.camel}: ${type};
`;
    })
    .join('');
  const classText = [
    model.title ? `Server of the ${model.name} interface: ${model.title}.` : `Server of the ${model.name} interface.`,
    model.summary || '',
    model.documentation || '',
  ].filter(Boolean).join('\n\n');
  const handlerFields = methods.map((m) => `  private ${m.camel}Handler?: ${m.pascal}Handler;\n`).join('');
  const propertyFields = properties.map((p) => `  private readonly ${p.camel}Property: ServerProperty<${p.tsType}>;\n`).join('');
  const initialValueKeys = properties.map((p) => `'${p.camel}'`).join(', ');
  const propertyInits = hasProperties
    ? `    requireInitialValues('${serverClass}', options.${valuesOption}, [${initialValueKeys}]${owned ? '' : ", 'accessors'"});\n` +
      properties
        .map((p) => `    this.${p.camel}Property = this.serveProperty('${p.name}', ${p.topics}.value, ${p.codec}, options.${valuesOption}.${p.camel}, ${p.readOnly ? 'true' : `false, ${p.topics}.updateResponse`});\n`)
        .join('')
    : '';
  const subscriptions = [
    ...methods.map((m) => `      this.subscribeToMethod(${m.topics}.request, (request) => this.answer${m.pascal}(request)),\n`),
    ...writable.map((p) => `      this.subscribeToUpdates(${p.topics}.update, this.${p.camel}Property),\n`),
  ].join('');
  const publications = [...properties.map((p) => `this.${p.camel}Property.publish()`), 'this.announcer.publish()']
    .map((call) => `      ${call},\n`)
    .join('');
  const propertySection = hasProperties ? `\n${properties.map((p) => propertyMembers(p, owned)).join('\n')}` : '';
  const signalSection = signals.length === 0 ? '' : `\n${signals.map(emitMethod).join('\n')}`;
  const methodSection = methods.length === 0 ? '' : `\n${methods.map(methodMembers).join('\n')}`;
  const helpers = [
    hasProperties
      ? `  /** \`replyAddress\`: the property's update reply channel; replies go only to topics that match it. */
  private serveProperty<T>(name: string, address: TopicTemplate, codec: PropertyCodec<T>, ${owned ? 'initialValue: T' : 'accessor: ReadOnlyPropertyAccessor<T>'}, readOnly: boolean, replyAddress?: TopicTemplate): ServerProperty<T> {
    return new ServerProperty(this.connection, {
      name,
      topic: address.fill(this.topicParameters),
      codec,
      ${owned ? 'initialValue' : 'accessor'},
      readOnly,
      replyAddress: replyAddress?.address,
    });
  }
`
      : '',
    `  /** Publishes every property and the announcement (retained); resolves when the broker has them. */
  private async publishAll(): Promise<void> {
    await Promise.all([
${publications}    ]);
  }

  /** After a reconnection: the broker may have lost the retained messages. */
  private republish(): void {
    this.publishAll().catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
  }
`,
    hasMethods
      ? `  private subscribeToMethod(address: TopicTemplate, answer: (request: IncomingMessage) => void): Subscription {
    return this.connection.subscribe(address.fill(this.topicParameters), answer);
  }
`
      : '',
    writable.length > 0
      ? `  private subscribeToUpdates<T>(address: TopicTemplate, property: ServerProperty<T>): Subscription {
    return this.connection.subscribe(address.fill(this.topicParameters), (request) => void property.answerUpdate(request, this.onError));
  }
`
      : '',
    signals.length > 0
      ? `  private publishSignal(address: TopicTemplate, payload: JsonObject): Promise<void> {
    // Filled on a signal's first emit, then reused: an emit builds no topic text.
    const cache = (this.signalTopics ??= new Map());
    let topic = cache.get(address);
    if (topic === undefined) {
      topic = address.fill(this.topicParameters);
      cache.set(address, topic);
    }
    return this.connection.publish(topic, JSON.stringify(payload));
  }
`
      : '',
  ].filter(Boolean);
  return (
    <File name="server.ts">
      <FileHeader interfaceName={model.name} version={model.version} />
      <NamedImports names={connectionImports} from="./connection" />
      <NamedImports names={protocolImports} from="./protocol" />
      <NamedImports names={[...propertyImports, ...(hasProperties ? ['PropertyCodec'] : [])]} from="./properties" />
      <NamedImports names={['Announcer']} from="./instances" />
      <NamedImports names={topicTemplateImports} from="./topicTemplate" />
      <NamedImports names={['topics']} from="./topics" />
      <NamedImports names={interfaceTypeImports} from="./interfaceTypes" />
      {hasProperties
        ? `
${owned ? `/** The value of each property when a {@link ${serverClass}} starts. */` : `/** The application's storage of each property's value: the server reads it with \`get\` and stores accepted updates with \`set\`. */`}
export interface ${initialValuesType} {
${initialValueMembers}}
`
        : ''}
      {`
/** Options of a {@link ${serverClass}}. */
export interface ${serverClass}Options {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
${topicOptions.map(topicOptionMember).join('')}${hasProperties && owned ? `  /** The value of every property when the server starts; each is published at once (version 1). */
  initialValues: ${initialValuesType};
` : ''}${hasProperties && !owned ? `  /** Where the application keeps every property's value; each is published at once (version 1). */
  accessors: ${initialValuesType};
` : ''}  /**
   * Time between two discovery announcements in milliseconds. Default 60 000;
   * an announcement expires after ${model.discoveryExpirySeconds} s.
   */
  announceIntervalMs?: number;
  /**
   * Called with errors no caller can be told about, e.g. a request without a
   * response topic. Default: one \`console.warn\` line per error.
   */
  onError?: (error: Error) => void;
}
`}
      {methods.map((m) => ['\n', handlerType(m)])}
      {properties.filter((p) => !p.readOnly).map((p) => ['\n', updatedListenerType(p)])}
      {'\n'}
      <DocComment text={classText} />
      {`export class ${serverClass} {
  /** The id of this server instance. */
  readonly instanceId: string;
  private readonly connection: MqttConnection;
  /** The values of the address parameters of this server's topics (src/topics.ts). */
  private readonly topicParameters: TopicParameters;
  private readonly onError: (error: Error) => void;
  private readonly subscriptions: Subscription[];
  private readonly announcer: Announcer;
  /** The first publication of every property and of the announcement. */
  private readonly started: Promise<void>;
  private readonly stopRepublishing: () => void;
${signals.length > 0 ? '  /** The topic of each signal emitted so far. */\n  private signalTopics?: Map<TopicTemplate, string>;\n' : ''}${handlerFields}${propertyFields}
  /**
   * Starts serving on \`connection\`: subscribes, publishes every property and
   * announces the instance at once (see {@link ready}), and publishes them
   * again whenever the connection comes back.
   */
  constructor(connection: MqttConnection, options: ${serverClass}Options) {
    this.connection = connection;
    this.instanceId = topicLevel(options.instanceId, 'instanceId'${model.longestInstanceAddress ? `, ${types.stringLiteral(model.longestInstanceAddress)}` : ''});
    this.topicParameters = ${topicParametersExpression(topicOptions, 'this.instanceId')};
    this.onError = options.onError ?? ((error) => console.warn(\`${serverClass} \${options.instanceId}: \${error.message}\`));
${propertyInits}    this.announcer = new Announcer(
      connection,
      {
        interfaceName: ${types.stringLiteral(model.name)},
        title: ${types.stringLiteral(model.title || model.name)},
        version: ${types.stringLiteral(model.version)},
        instanceId: options.instanceId,
        topic: topics.discovery.fill(this.topicParameters),
        expirySeconds: ${model.discoveryExpirySeconds},
        intervalMs: options.announceIntervalMs ?? 60_000,
      },
      this.onError,
    );
    this.subscriptions = ${subscriptions === '' ? '[]' : `[\n${subscriptions}    ]`};
    this.started = this.publishAll();
    // ready() reports a failure; nobody may call it.
    this.started.catch(() => undefined);
    this.announcer.repeat();
    this.stopRepublishing = connection.onReconnect(() => this.republish());
  }

  /**
   * Resolves when the broker has acknowledged every subscription of this
   * server and has its properties and its announcement.
   */
  async ready(): Promise<void> {
    await Promise.all([...this.subscriptions.map((subscription) => subscription.ready), this.started]);
  }

  /**
   * Removes the announcement, stops answering requests and releases the
   * subscriptions. The connection stays open; the property values stay
   * retained on the broker.
   */
  async close(): Promise<void> {
    this.stopRepublishing();
    await this.announcer.stop();
    await Promise.all(this.subscriptions.map((subscription) => subscription.unsubscribe()));
  }
${signalSection}${methodSection}${propertySection}
${helpers.join('\n')}}
`}
    </File>
  );
}

