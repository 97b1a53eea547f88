import { describe, expect, it } from 'vitest';
import {
  archOf,
  platformFor,
  releaseTarballUrl,
  runscReleaseDate,
  versionLabel,
} from '../../src/setup/gvisor-release.js';

describe('gVisor release handling', () => {
  it('reads the date from upstream and Debian version lines', () => {
    expect(runscReleaseDate('runsc version release-20260831.0\nspec: 1.2.0')).toBe(20260831);
    expect(runscReleaseDate('runsc version 0.0~20240729.0\nspec: 1.2.0')).toBe(20240729);
    expect(runscReleaseDate('runsc version 0.0~20221219.0\n')).toBe(20221219);
    expect(runscReleaseDate('something else')).toBeNull();
  });

  it('uses systrap where runsc has it and ptrace on older builds', () => {
    expect(platformFor(20240729)).toBe('systrap');
    expect(platformFor(20221219)).toBe('ptrace');
    expect(platformFor(null)).toBe('ptrace');
  });

  it('builds the point-release tarball URL by date, not by tag name', () => {
    expect(releaseTarballUrl('20260831.0', 'x86_64')).toBe(
      'https://storage.googleapis.com/gvisor/releases/release/20260831.0/x86_64/gvisor.tar.bz2',
    );
  });

  it('maps Node architectures to gVisor ones', () => {
    expect(archOf('x64')).toBe('x86_64');
    expect(archOf('arm64')).toBe('aarch64');
    expect(archOf('ia32')).toBeNull();
    expect(versionLabel('runsc version 0.0~20240729.0')).toBe('0.0~20240729.0');
  });
});
