// The types next to the client class: its options, the listener type of
// each signal and the change listener type of each property.
import { DocComment } from '../DocComment';
import { topicOptionMember } from '../TopicParameters';

const { parameterDeclarations } = require('../../filters/types');

/**
 * `ExampleClientOptions`.
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 */
export function ClientOptions({ model }) {
  const { names } = model;
  return `
/** Options of a {@link ${names.clientClass}}. */
export interface ${names.clientOptions} {
  /** The id of the server instance to talk to. */
  instanceId: string;
${model.topics.options.map(topicOptionMember).join('')}  /**
   * Called with signals and property values whose payload does not match the
   * interface and with errors thrown by listeners. Default: one
   * \`console.warn\` line per error.
   */
  onError?: (error: Error) => void;
}
`;
}

/**
 * `export type XListener = (...) => void;` of one signal.
 * @param {{ signal: import('../../filters/model').SignalModel }} props
 */
export function ListenerType({ signal }) {
  const text = [`Receives \`${signal.name}\` signals.`, signal.description || ''].filter(Boolean).join(' ');
  return `${DocComment({ text })}export type ${signal.names.listenerType} = (${parameterDeclarations(signal.fields).join(', ')}) => void;\n`;
}

/**
 * `export type XChangedListener = (value: T) => void;` of one property.
 * @param {{ property: import('../../filters/model').PropertyModel }} props
 */
export function ChangedListenerType({ property }) {
  const text = [`Receives each new value of the \`${property.name}\` property.`, property.description || ''].filter(Boolean).join(' ');
  return `${DocComment({ text })}export type ${property.names.changedListenerType} = (value: ${property.tsType}) => void;\n`;
}
