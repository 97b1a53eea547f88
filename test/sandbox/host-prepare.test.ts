// The host side of a run: its filesystems are made at once, and a failure among them leaves nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { hostPort } from '../../src/adapters/sandbox-host/sandbox-host.js';
import { limitsOf, parseRunOptions } from '../../src/config/run-options.js';
import { TEST_STATE_DIR, leftovers, tempDir } from '../support/sandbox-harness.js';

const limits = limitsOf(parseRunOptions({ command: ['x'], workspace: '/w' }));

afterEach(() => {
  expect(leftovers()).toEqual([]);
});

describe('hostPort.prepare', () => {
  it('makes every filesystem of a run, and dispose removes them all', async () => {
    const workspace = tempDir('host-prepare');
    const run = await hostPort(TEST_STATE_DIR).prepare('prepare-ok', {
      workspace,
      limits,
      layers: undefined,
    });
    const mounted = leftovers().filter((entry) => entry.startsWith('mount '));
    for (const place of ['workspace', 'upper', 'results', 'tmp', 'home'])
      expect(mounted).toContain(`mount ${TEST_STATE_DIR}/runs/prepare-ok/${place}`);
    await run.dispose();
  });

  it('fails with the reason when one filesystem cannot be made, and leaves nothing mounted', async () => {
    const workspace = tempDir('host-prepare');
    // Too small for ext4: the /tmp filesystem fails while the upper, home and results are made.
    const tooSmall = { ...limits, tmpBytes: 4096 };
    await expect(
      hostPort(TEST_STATE_DIR).prepare('prepare-fails', {
        workspace,
        limits: tooSmall,
        layers: undefined,
      }),
    ).rejects.toThrow(/cannot make a 4096-byte filesystem/);
  });
});
