// Loading a module only when one of its exports is first used.
//
// `stingeripc generate` renders the template itself (bin/render-template.ts)
// with the parts of two packages it needs, but those parts `require` heavy
// neighbours at load time that a rendering never calls:
// - @asyncapi/parser's model classes require `@stoplight/spectral-core` (used
//   only to build a diagnostic, about 600 modules with its dependencies);
// - the transpiled template requires `@asyncapi/generator-react-sdk`, whose
//   index also loads its transpiler (Babel and rollup, about 170 modules)
//   although rendering needs only its components and renderer.
// deferModule puts a stand-in into Node's module cache under the module's
// own path: an object that loads the real module on the first access to an
// export it does not hold already, and from then on forwards everything to
// it (every export, `in`, `Object.keys`); a `require` after that gets the
// real module.

import Module from 'node:module';

/**
 * @param resolvedPath  the module's file, as require.resolve gives it
 * @param ready  exports already at hand (taken from lighter modules), served without loading
 * @returns false when the module is loaded already (nothing to defer)
 */
function deferModule(resolvedPath: string, ready: Record<string, unknown> = {}): boolean {
  if (require.cache[resolvedPath]) return false;
  let real: Record<string | symbol, unknown> | undefined;
  const stand = new Module(resolvedPath);
  const load = () => {
    if (real === undefined) {
      if (require.cache[resolvedPath] === stand) delete require.cache[resolvedPath];
      real = require(resolvedPath) as Record<string | symbol, unknown>;
    }
    return (real as Record<string | symbol, unknown>);
  };
  const isReady = (key: string | symbol) => real === undefined && typeof key === 'string' && Object.prototype.hasOwnProperty.call(ready, key);
  stand.filename = resolvedPath;
  stand.loaded = true;
  stand.exports = new Proxy(
    {},
    {
      get: (_target, key) => (isReady(key) ? ready[(key as string)] : load()[key]),
      has: (_target, key) => isReady(key) || key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Object.getOwnPropertyDescriptor(load(), key);
        // A proxy may not report a property as fixed that its (empty) target lacks.
        if (descriptor) descriptor.configurable = true;
        return descriptor;
      },
    },
  );
  require.cache[resolvedPath] = stand;
  return true;
}

export { deferModule };
