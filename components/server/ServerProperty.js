// The server's members for one property: its getter, its setter (or, when
// the application owns the values, `publishX()`), and unless it is
// read-only `onXUpdated(listener)`.
import { DocComment } from '../DocComment';
import { blankLineApart } from '../ClassDeclaration';

const { paramTags } = require('../../filters/types');

/**
 * @param {{ property: import('../../filters/model').PropertyModel, ownedValues: boolean }} props
 * @example <ServerProperty property={model.properties[0]} ownedValues />  // get favoriteNumber(), setFavoriteNumber(number), onFavoriteNumberUpdated(listener)
 */
export function ServerProperty({ property, ownedValues }) {
  const { names } = property;
  const parameter = property.valueType ? 'value' : property.values[0].parameter;
  const getter = (
    <>
      <DocComment text={property.description || `The \`${property.name}\` property.`} />
      {`get ${names.getter}(): ${property.tsType} {
  return this.${names.field}.value;
}
`}
    </>
  );
  const setter = ownedValues ? (
    <>
      <DocComment
        text={`Makes \`${parameter}\` the value of \`${property.name}\` and publishes it (retained) with the next \`PropertyVersion\`.`}
        tags={[...(property.valueType ? [] : paramTags(property.values)), '@returns Resolves when the broker has the new value.']}
      />
      {`${names.set}(${parameter}: ${property.tsType}): Promise<void> {
  return this.${names.field}.set(${parameter});
}
`}
    </>
  ) : (
    <>
      <DocComment
        text={`Publishes the application's value of \`${property.name}\` (its accessor's \`get\`), retained, with the next \`PropertyVersion\`; call it after changing the value.`}
        tags={['@returns Resolves when the broker has the new value.']}
      />
      {`${names.publish}(): Promise<void> {
  return this.${names.field}.changed();
}
`}
    </>
  );
  const listener = names.onUpdated ? (
    <>
      <DocComment
        text={`Calls \`listener\` when a client asks to change \`${property.name}\`, before the change is applied.`}
        tags={[
          '@param listener Gets the requested value. Throwing (or rejecting) refuses the update: a `MethodError`',
          '  is sent with its return code, any other error as `ReturnCode.ServerError`.',
          '@returns A function that removes the listener again.',
        ]}
      />
      {`${names.onUpdated}(listener: ${names.updatedListenerType}): () => void {
  return this.${names.field}.onUpdated(listener);
}
`}
    </>
  ) : undefined;
  return blankLineApart([getter, setter, ...(listener ? [listener] : [])]);
}
