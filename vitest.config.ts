import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fails the run if any test left anything behind (temp entries, users, namespaces, mounts…).
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/remove-temp-dirs.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Sandbox tests share two cores and one cgroup tree; running files in parallel would only add noise.
    fileParallelism: false,
  },
});
