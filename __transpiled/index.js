'use strict';

require('source-map-support/register');
var generatorReactSdk = require('@asyncapi/generator-react-sdk');
var jsxRuntime = require('/work/main/node_modules/react/cjs/react-jsx-runtime.production.min.js');

function index ({
  asyncapi
}) {
  return /*#__PURE__*/jsxRuntime.jsx(generatorReactSdk.File, {
    name: "hello.txt",
    children: /*#__PURE__*/jsxRuntime.jsx(generatorReactSdk.Text, {
      children: asyncapi.info().title()
    })
  });
}

module.exports = index;
//# sourceMappingURL=index.js.map
