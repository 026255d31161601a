// webconsole/forms.ts (with the `web` parameter): forms and value views from field types, the same for every interface (webconsole/forms.ts of this package).
import { File } from '@asyncapi/generator-react-sdk';

const { webconsoleSource, webWanted } = require('../../filters/web');

/** @param {{ params: Record<string, unknown> }} context */
export default function Forms({ params }) {
  if (!webWanted(params)) return null;
  return <File name="forms.ts">{webconsoleSource('forms.ts')}</File>;
}
