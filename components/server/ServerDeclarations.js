// The types next to the server class: the property values it starts with
// (or their accessors), its options, the handler type of each method and the
// update listener type of each writable property.
import { DocComment } from '../DocComment';
import { topicOptionMember } from '../TopicParameters';

const { parameterDeclarations, returnType } = require('../../filters/types');

/**
 * `ExampleInitialValues` (or `ExamplePropertyAccessors`): one member per property. Nothing without properties.
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 */
export function ServerPropertyValues({ model }) {
  const { names, properties } = model;
  if (properties.length === 0) return '';
  const owned = model.ownedValues;
  const doc = owned
    ? `/** The value of each property when a {@link ${names.serverClass}} starts. */`
    : "/** The application's storage of each property's value: the server reads it with `get` and stores accepted updates with `set`. */";
  const members = properties
    .map((p) => {
      const type = owned ? p.tsType : `${p.readOnly ? 'ReadOnlyPropertyAccessor' : 'PropertyAccessor'}<${p.tsType}>`;
      return `${DocComment({ text: p.description || `The \`${p.name}\` property.`, indent: '  ' })}  ${p.names.option}: ${type};\n`;
    })
    .join('');
  return `
${doc}
export interface ${owned ? names.initialValues : names.propertyAccessors} {
${members}}
`;
}

/**
 * `ExampleServerOptions`.
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 */
export function ServerOptions({ model }) {
  const { names } = model;
  const hasProperties = model.properties.length > 0;
  const values = !hasProperties
    ? ''
    : model.ownedValues
      ? `  /** The value of every property when the server starts; each is published at once (version 1). */
  initialValues: ${names.initialValues};
`
      : `  /** Where the application keeps every property's value; each is published at once (version 1). */
  accessors: ${names.propertyAccessors};
`;
  return `
/** Options of a {@link ${names.serverClass}}. */
export interface ${names.serverOptions} {
  /** The id of this server instance; clients address it by this id. */
  instanceId: string;
${model.topics.options.map(topicOptionMember).join('')}${values}${model.methods.length > 0 ? `  /**
   * Shares this instance's method calls with the other servers of the same
   * instance and group (replicas in other processes): the requests come
   * through the MQTT v5 shared subscription \`$share/<shareGroup>/...\`, so the
   * broker gives each call to one of them. This server also keeps the
   * properties and the announcement; the others are started with
   * \`methodsOnly: true\` (${names.methodReplicaOptions}). One topic level.
   */
  shareGroup?: string;
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
`;
}

/**
 * `ExampleMethodReplicaOptions`: a server that answers its share of the
 * method calls only. Nothing without methods.
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 */
export function MethodReplicaOptions({ model }) {
  const { names } = model;
  if (model.methods.length === 0) return '';
  return `
/**
 * Options of a methods-only replica of a {@link ${names.serverClass}}: it answers its
 * share of the instance's method calls and nothing else (no property values,
 * updates or announcement: the server started with \`shareGroup\` and the
 * values keeps those).
 */
export interface ${names.methodReplicaOptions} {
  /** The id of the instance whose calls this replica shares. */
  instanceId: string;
${model.topics.options.map(topicOptionMember).join('')}  /** The share group, the same as the other servers of the instance. One topic level. */
  shareGroup: string;
  /** Marks a replica that serves methods only. */
  methodsOnly: true;
  /** Called with errors no caller can be told about. Default: one \`console.warn\` line per error. */
  onError?: (error: Error) => void;
}
`;
}

/**
 * `export type XHandler = (...) => R | Promise<R>;` of one method.
 * @param {{ method: import('../../filters/model').MethodModel }} props
 */
export function HandlerType({ method }) {
  const params = parameterDeclarations(method.arguments).join(', ');
  const result = returnType(method);
  const text = [`Answers \`${method.name}\` calls.`, method.description || ''].filter(Boolean).join(' ');
  return `${DocComment({ text })}export type ${method.names.handlerType} = (${params}) => ${result} | Promise<${result}>;\n`;
}

/**
 * `export type XUpdatedListener = (value: T) => void | Promise<void>;` of one writable property.
 * @param {{ property: import('../../filters/model').PropertyModel }} props
 */
export function UpdatedListenerType({ property }) {
  const text = [
    `Sees each change of \`${property.name}\` a client asks for, before it is applied; throwing refuses it.`,
    property.description || '',
  ].filter(Boolean).join(' ');
  return `${DocComment({ text })}export type ${property.names.updatedListenerType} = (value: ${property.tsType}) => void | Promise<void>;\n`;
}
