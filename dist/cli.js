#!/usr/bin/env node
// dist/cli.js: picks a Node that can run Airlock, then loads the bundled CLI (dist/cli-bundle.js).
// Plain `node dist/cli.js` on a machine whose Node is older than 22 re-runs itself with the Node 24
// that `npm ci` placed in node_modules, instead of failing on a syntax or API error deep in a dependency.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
const MINIMUM_MAJOR = 22;
const here = dirname(fileURLToPath(import.meta.url));
const major = Number(process.versions.node.split('.')[0]);
if (major >= MINIMUM_MAJOR) {
    // Compiled code is cached across runs (in the OS temp dir), cutting start-up of the large bundle.
    module.enableCompileCache?.();
    await import(pathToFileURL(join(here, 'cli-bundle.js')).href);
}
else {
    const bundled = join(here, '..', 'node_modules', 'node', 'bin', 'node');
    if (!existsSync(bundled)) {
        process.stderr.write(`airlock: needs Node ${MINIMUM_MAJOR} or newer (this is ${process.version}); run it through npx or npm scripts after npm ci\n`);
        process.exit(2);
    }
    const child = spawn(bundled, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
        stdio: 'inherit',
    });
    for (const signal of ['SIGINT', 'SIGTERM'])
        process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => {
        process.exitCode = code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1);
    });
}
