// The client's members for one property: its getter (the last value seen),
// `xVersion` (its PropertyVersion), `onXChanged(listener)`, and unless it is read-only `setX(value)`.
import { DocComment } from '../DocComment';
import { blankLineApart } from '../ClassDeclaration';

const { paramTags } = require('../../filters/types');

/**
 * @param {{ property: import('../../filters/model').PropertyModel }} props
 * @example <ClientProperty property={model.properties[0]} />  // get favoriteNumber(), onFavoriteNumberChanged(listener), setFavoriteNumber(number)
 */
export function ClientProperty({ property }) {
  const { names } = property;
  const parameter = property.valueType ? 'value' : property.values[0].parameter;
  const maybeUndefined = property.values.length === 1 && property.values[0].optional ? '' : ' | undefined';
  const members = [
    <>
      <DocComment text={[property.description || `The \`${property.name}\` property.`, 'The last value seen; `undefined` until the first arrives.'].join(' ')} />
      {`get ${names.getter}(): ${property.tsType}${maybeUndefined} {
  return this.${names.field}.value;
}
`}
    </>,
    <>
      <DocComment text={`The \`PropertyVersion\` of the last \`${property.name}\` value seen; \`undefined\` until the first arrives.`} />
      {`get ${names.versionGetter}(): number | undefined {
  return this.${names.field}.version;
}
`}
    </>,
    <>
      <DocComment text={`Calls \`listener\` with every new value of \`${property.name}\`.`} tags={['@returns A function that removes the listener again.']} />
      {`${names.onChanged}(listener: ${names.changedListenerType}): () => void {
  return this.${names.field}.onChanged(listener);
}
`}
    </>,
  ];
  if (!property.readOnly) {
    members.push(
      <>
        <DocComment
          text={`Asks the server to make \`${parameter}\` the value of \`${property.name}\`. The request names the last \`PropertyVersion\` seen.`}
          tags={[
            ...(property.valueType ? [] : paramTags(property.values)),
            '@param callOptions Timeout (default 10 000 ms) and abort signal of this request.',
            '@returns The value in force after the update.',
            '@throws MethodError with `ReturnCode.OutOfSync` when the value changed since this client last saw it',
            '  (or it saw none yet), else with the code the server refused the update with.',
          ]}
        />
        {`${names.set}(${parameter}: ${property.tsType}, callOptions?: CallOptions): Promise<${property.tsType}> {
  return this.${names.field}.update(this.calls, this.requestTopics(${property.topics}.update, ${property.topics}.updateResponse), ${parameter}, callOptions, this);
}
`}
      </>,
    );
  }
  return blankLineApart(members);
}
