// Build: tsc emits lib/, then ncc bundles each entry into one self-contained file in dist/.
// dist/ is committed (the action runs it directly); CI wipes and rebuilds it and fails on a diff.
// Everything is built into a fresh staging folder that replaces dist/ only when complete, so a
// failed build never leaves a half-empty dist/ behind.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  readdirSync,
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

// dist/cli.js is a small launcher (lib/cli-launcher.js, no dependencies) that checks the Node
// version before it loads the CLI bundle; the action entry is bundled whole.
const entries = [
  { source: 'lib/cli.js', output: 'cli-bundle.js' },
  { source: 'lib/main.js', output: 'index.js' },
  // Worker thread of parallel path scans (src/adapters/scanner/parallel-scan.ts).
  { source: 'lib/adapters/scanner/scan-worker.js', output: 'scan-worker.js' },
];
// The scanner's tree-sitter runtime and grammars are WASM, loaded beside the bundles at run time.
const grammars = ['python', 'javascript', 'typescript', 'tsx', 'bash', 'go'].map((name) => ({
  from: `node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-${name}.wasm`,
  to: `grammars/tree-sitter-${name}.wasm`,
}));
grammars.push({
  from: 'node_modules/web-tree-sitter/web-tree-sitter.cjs',
  to: 'grammars/web-tree-sitter.cjs',
});
grammars.push({
  from: 'node_modules/web-tree-sitter/web-tree-sitter.wasm',
  to: 'grammars/web-tree-sitter.wasm',
});

const run = (file, args) => execFileSync(file, args, { stdio: 'inherit' });

// A fixed folder: bundlers derive module and chunk ids from paths, so a random one would make
// every build differ from the committed dist/.
const work = '.build';
rmSync(work, { recursive: true, force: true });
try {
  run('tsc', ['-p', 'tsconfig.build.json', '--outDir', join(work, 'lib')]);
  const staging = join(work, 'dist');
  mkdirSync(join(staging, 'grammars'), { recursive: true });
  for (const entry of entries) {
    const out = join(work, 'ncc', entry.output);
    run('ncc', [
      'build',
      join(work, entry.source),
      '-o',
      out,
      '--quiet',
      '--no-source-map-register',
    ]);
    writeFileSync(join(staging, entry.output), readFileSync(join(out, 'index.js'), 'utf8'));
    copyFileSync(join(out, 'package.json'), join(staging, 'package.json'));
    // Chunks of dynamic imports (the CLI loads each command on demand) sit beside their bundle.
    for (const chunk of readdirSync(out).filter((name) => /^\d+\.index\.js$/.test(name))) {
      // Two bundles may share a chunk (the same module, the same id); a different one would clash.
      if (existsSync(join(staging, chunk))) {
        const same = readFileSync(join(staging, chunk)).equals(readFileSync(join(out, chunk)));
        if (!same) throw new Error(`chunk ${chunk} emitted by two bundles, with different code`);
        continue;
      }
      copyFileSync(join(out, chunk), join(staging, chunk));
    }
  }
  copyFileSync(join(work, 'lib', 'cli-launcher.js'), join(staging, 'cli.js'));
  chmodSync(join(staging, 'cli.js'), 0o755);
  for (const asset of grammars) copyFileSync(asset.from, join(staging, asset.to));
  rmSync('dist', { recursive: true, force: true });
  renameSync(staging, 'dist');
} finally {
  rmSync(work, { recursive: true, force: true });
}
