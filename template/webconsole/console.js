// webconsole/console.ts (with the `web` parameter): the console page, the same for every interface (webconsole/console.ts of this package).
import { File } from '@asyncapi/generator-react-sdk';

const { webconsoleSource, webWanted } = require('../../filters/web');

/** @param {{ params: Record<string, unknown> }} context */
export default function Console({ params }) {
  if (!webWanted(params)) return null;
  return <File name="console.ts">{webconsoleSource('console.ts')}</File>;
}
