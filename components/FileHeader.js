// The first line of every generated TypeScript file of an interface.

/**
 * @param {{ interfaceName: string, version: string }} props
 */
export function FileHeader({ interfaceName, version }) {
  return `// Generated from asyncapi.yaml (interface ${interfaceName} ${version}) by @stingeripc/ts-template. Do not edit by hand.\n`;
}
