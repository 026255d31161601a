// web/index.html (with the `web` parameter): the console page; its script,
// web/console.js, is bundled from webconsole/ by hooks/buildWebConsole.js.
import { File } from '@asyncapi/generator-react-sdk';

const { interfaceModel } = require('../../filters/model');
const { GENERATED_NOTICE } = require('../../filters/notice');
const { webconsoleSource, webWanted } = require('../../filters/web');

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** @param {import('../../filters/model').TemplateContext} context */
export default function IndexHtml({ asyncapi, params }) {
  if (!webWanted(params)) return null;
  const model = interfaceModel(asyncapi, params);
  const title = escapeHtml(`${model.title || model.name} ${model.version} console`);
  const css = webconsoleSource('console.css');
  return (
    <File name="index.html">
      {`<!DOCTYPE html>
<!-- Generated from asyncapi.yaml (interface ${escapeHtml(model.name)} ${escapeHtml(model.version)}) by @stingeripc/ts-template. Do not edit by hand. -->
<!-- ${GENERATED_NOTICE} -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${css}</style>
</head>
<body>
<div id="console"><noscript>The ${escapeHtml(model.name)} console needs JavaScript.</noscript></div>
<script src="console.js"></script>
</body>
</html>
`}
    </File>
  );
}
