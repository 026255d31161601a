// The server class, composed of one component per part: its fields, its
// constructor, ready/close, the members of each signal, method and
// property, and the private helpers those use.
import { ClassDeclaration } from '../ClassDeclaration';
import { ServerFields } from './ServerFields';
import { ServerConstructor } from './ServerConstructor';
import { ServerLifecycle } from './ServerLifecycle';
import { ServerSignal } from './ServerSignal';
import { ServerMethod } from './ServerMethod';
import { ServerProperty } from './ServerProperty';
import { ServerHelpers } from './ServerHelpers';

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <ServerClass model={interfaceModel(asyncapi, params)} />  // export class ExampleServer { ... }
 */
export function ServerClass({ model }) {
  const doc = [
    model.title ? `Server of the ${model.name} interface: ${model.title}.` : `Server of the ${model.name} interface.`,
    model.summary || '',
    model.documentation || '',
  ].filter(Boolean).join('\n\n');
  return (
    <ClassDeclaration
      doc={doc}
      name={model.names.serverClass}
      fields={<ServerFields model={model} />}
      members={[
        <ServerConstructor model={model} />,
        <ServerLifecycle model={model} />,
        ...model.signals.map((signal) => <ServerSignal signal={signal} />),
        ...model.methods.map((method) => <ServerMethod method={method} />),
        ...model.properties.map((property) => <ServerProperty property={property} ownedValues={model.ownedValues} />),
        <ServerHelpers model={model} />,
      ]}
    />
  );
}
