import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Writes a scan report where --output asked for it (relative to the working directory), creating
 * its directory: CI steps write to paths like reports/airlock.sarif before reports/ exists.
 */
export async function writeReportFile(cwd: string, path: string, text: string): Promise<void> {
  const target = resolve(cwd, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text, 'utf8');
}
