import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
/** Writes a scan report where --output asked for it (relative to the working directory). */
export async function writeReportFile(cwd, path, text) {
    await writeFile(resolve(cwd, path), text, 'utf8');
}
