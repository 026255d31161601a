// The first lines of every generated TypeScript file of an interface: where it
// comes from, and the licence notice of filters/notice.ts (spelled out here:
// components are bundled, so they cannot require filters/ by relative path;
// test/licence.test.js checks every generated file carries the notice).

/**
 * @param {{ interfaceName: string, version: string }} props
 */
export function FileHeader({ interfaceName, version }) {
  return `// Generated from asyncapi.yaml (interface ${interfaceName} ${version}) by @stingeripc/ts-template. Do not edit by hand.
// You may use this file under any licence: the generated-output exception to the LGPL-2.1 of @stingeripc/ts-template (see its LICENSE).
`;
}
