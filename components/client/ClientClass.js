// The client class, composed of one component per part: its fields, its
// constructor, ready/propertiesReady/close, the members of each signal,
// method and property, and the private helpers those use.
import { ClassDeclaration } from '../ClassDeclaration';
import { ClientFields } from './ClientFields';
import { ClientConstructor } from './ClientConstructor';
import { ClientLifecycle } from './ClientLifecycle';
import { ClientSignal } from './ClientSignal';
import { ClientMethod } from './ClientMethod';
import { ClientProperty } from './ClientProperty';
import { ClientHelpers } from './ClientHelpers';

/**
 * @param {{ model: import('../../filters/model').InterfaceModel }} props
 * @example <ClientClass model={interfaceModel(asyncapi, params)} />  // export class ExampleClient { ... }
 */
export function ClientClass({ model }) {
  const doc = [
    model.title ? `Client of the ${model.name} interface: ${model.title}.` : `Client of the ${model.name} interface.`,
    model.summary || '',
    model.documentation || '',
  ].filter(Boolean).join('\n\n');
  return (
    <ClassDeclaration
      doc={doc}
      name={model.names.clientClass}
      fields={<ClientFields model={model} />}
      members={[
        <ClientConstructor model={model} />,
        <ClientLifecycle model={model} />,
        ...model.signals.map((signal) => <ClientSignal signal={signal} />),
        ...model.methods.map((method) => <ClientMethod method={method} />),
        ...model.properties.map((property) => <ClientProperty property={property} />),
        <ClientHelpers model={model} />,
      ]}
    />
  );
}
