// Build: tsc emits lib/, then ncc bundles each entry into one self-contained file in dist/.
// dist/ is committed (the action runs it directly); CI wipes and rebuilds it and fails on a diff.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const entries = [
  { source: 'lib/cli.js', output: 'dist/cli.js', executable: true },
  { source: 'lib/main.js', output: 'dist/index.js', executable: false },
];

const run = (file, args) => execFileSync(file, args, { stdio: 'inherit' });

rmSync('lib', { recursive: true, force: true });
rmSync('.ncc', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.build.json']);
mkdirSync('dist', { recursive: true });
for (const entry of entries) {
  const out = join('.ncc', entry.output.replace(/[/.]/g, '_'));
  run('ncc', ['build', entry.source, '-o', out, '--quiet', '--no-source-map-register']);
  let code = readFileSync(join(out, 'index.js'), 'utf8');
  if (entry.executable && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(entry.output, code);
  if (entry.executable) chmodSync(entry.output, 0o755);
}
copyFileSync('.ncc/dist_cli_js/package.json', 'dist/package.json');
rmSync('.ncc', { recursive: true, force: true });

// The scanner's tree-sitter runtime and grammars are WASM, loaded beside dist/cli.js at run time.
mkdirSync('dist/grammars', { recursive: true });
const wasmDir = 'node_modules/@vscode/tree-sitter-wasm/wasm';
for (const grammar of ['python', 'javascript', 'typescript', 'tsx', 'bash']) {
  copyFileSync(
    join(wasmDir, `tree-sitter-${grammar}.wasm`),
    `dist/grammars/tree-sitter-${grammar}.wasm`,
  );
}
copyFileSync(
  'node_modules/web-tree-sitter/web-tree-sitter.wasm',
  'dist/grammars/web-tree-sitter.wasm',
);
