// Build: tsc emits lib/, then ncc bundles each entry into one self-contained file in dist/.
// dist/ is committed (the action runs it directly); CI wipes and rebuilds it and fails on a diff.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

// dist/cli.js is a small launcher (lib/cli-launcher.js, no dependencies) that checks the Node
// version before it loads the CLI bundle; the action entry is bundled whole.
const entries = [
  { source: 'lib/cli.js', output: 'dist/cli-bundle.js' },
  { source: 'lib/main.js', output: 'dist/index.js' },
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
  writeFileSync(entry.output, readFileSync(join(out, 'index.js'), 'utf8'));
}
copyFileSync('.ncc/dist_index_js/package.json', 'dist/package.json');
copyFileSync('lib/cli-launcher.js', 'dist/cli.js');
chmodSync('dist/cli.js', 0o755);
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
