import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes via a temporary file in the same folder and a rename, so readers
 * never see a partial file and a failed write leaves nothing behind.
 */
function writeAtomically(target: string, text: string) {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
}

export { writeAtomically };
