// The topic parameters of the generated classes: the options that fill an
// address's extra parameters (filters/topics.ts) and the object of values a
// class fills its addresses with.
import { DocComment } from './DocComment';

/**
 * One member of an options interface: the value of a topic parameter.
 * @param {{ name: string, option: string, description?: string }} option
 * @returns {string}
 * @example topicOptionMember({ name: 'prefix', option: 'prefix' })
 *   // '  /** The value of `{prefix}` in this interface\'s topics. *\/\n  prefix: string;\n'
 */
export function topicOptionMember(option) {
  const text = option.description || `The value of \`{${option.name}}\` in this interface's topics.`;
  return `${DocComment({ text, indent: '  ' })}  ${option.option}: string;\n`;
}

/**
 * The parameter values of an instance's topics: `{ service_id: this.instanceId, prefix: topicLevel(options.prefix, 'prefix') }`.
 * @param {Array<{ key: string, option: string }>} options
 * @param {string} [instanceId]  the expression of the instance id, if the class has one
 * @returns {string}
 */
export function topicParametersExpression(options, instanceId) {
  const entries = [
    ...(instanceId === undefined ? [] : [`service_id: ${instanceId}`]),
    ...options.map((o) => `${o.key}: topicLevel(options.${o.option}, '${o.option}')`),
  ];
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}
