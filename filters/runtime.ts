// The parts of the generated package that are the same for every interface
// (src/connection.ts, src/protocol.ts) are kept as real TypeScript in
// runtime/, where they are type-checked, and emitted verbatim.

import * as fs from 'node:fs';
import * as path from 'node:path';

const RUNTIME_DIR = path.resolve(__dirname, '..', 'runtime');

/**
 * The text of `runtime/<fileName>`.
 * @param fileName e.g. `connection.ts`
 */
function runtimeSource(fileName: string) {
  return fs.readFileSync(path.join(RUNTIME_DIR, fileName), 'utf8');
}

export { runtimeSource, RUNTIME_DIR };
