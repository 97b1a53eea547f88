import { execa } from 'execa';
import { chmod, mkdir, readFile, rmdir, truncate, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SetupError } from '../../errors.js';

// mount(8) and umount(8) from util-linux, always with argv arrays: paths are never parsed by a shell.

export async function mountTmpfs(
  target: string,
  bytes: number,
  extra: string[] = [],
): Promise<void> {
  const options = ['nosuid', 'nodev', `size=${bytes}`, ...extra].join(',');
  await mount(['-t', 'tmpfs', '-o', options, 'airlock', target]);
}

/**
 * A filesystem of its own on disk, capped at `bytes`: a sparse file (only what is written takes
 * space) formatted ext4 and loop-mounted. Filling it gives the writer ENOSPC; its pages are the
 * kernel's reclaimable page cache, not memory held for the sandbox. The loop device goes with the
 * unmount (autoclear).
 */
export async function mountDisk(
  image: string,
  target: string,
  disk: {
    readonly bytes: number;
    readonly owner: { readonly uid: number; readonly gid: number; readonly mode: number };
  },
): Promise<void> {
  const { bytes, owner } = disk;
  await mkdir(dirname(image), { recursive: true, mode: 0o700 });
  await writeFile(image, '', { mode: 0o600 });
  await truncate(image, bytes);
  const made = await execa(
    'mkfs.ext4',
    [
      '-q',
      '-F',
      '-m',
      '0',
      '-O',
      '^has_journal',
      '-E',
      `lazy_itable_init=1,root_owner=${owner.uid}:${owner.gid}`,
      image,
    ],
    { reject: false, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } },
  );
  if (made.exitCode !== 0)
    throw new SetupError(
      `cannot make a ${bytes}-byte filesystem at ${image}: ${made.stderr.trim() || made.shortMessage}; Airlock needs e2fsprogs (mkfs.ext4) and loop devices`,
    );
  await mount(['-o', 'loop,nosuid,nodev,noatime', image, target]);
  // mkfs's lost+found is the host's business, not something the guest should find in /tmp.
  await rmdir(join(target, 'lost+found'));
  await chmod(target, owner.mode);
}

/**
 * Copy-on-write view of `lowers` (top first): writes land in `upper` (a capped disk filesystem), the
 * lower layers never change.
 */
export async function mountOverlay(
  layers: { readonly lowers: readonly string[]; readonly upper: string; readonly work: string },
  target: string,
): Promise<void> {
  const { lowers, upper, work } = layers;
  const base = `lowerdir=${lowers.join(':')},upperdir=${upper},workdir=${work}`;
  // metacopy lets the ownership change below copy up metadata only; fall back where the kernel lacks it.
  const withMetacopy = await execa(
    'mount',
    ['-t', 'overlay', '-o', `${base},redirect_dir=on,metacopy=on`, 'overlay', target],
    { reject: false },
  );
  if (withMetacopy.exitCode === 0) return;
  await mount(['-t', 'overlay', '-o', base, 'overlay', target]);
}

export async function unmount(target: string): Promise<void> {
  if (!(await isMountPoint(target))) return;
  const result = await execa('umount', [target], { reject: false });
  if (result.exitCode === 0) return;
  // A straggler still holds it: detach now, the kernel frees it when the last user goes.
  const lazy = await execa('umount', ['-l', target], { reject: false });
  if (lazy.exitCode !== 0) throw new SetupError(`cannot unmount ${target}: ${lazy.stderr.trim()}`);
}

export async function isMountPoint(target: string): Promise<boolean> {
  const mountinfo = await readFile('/proc/self/mountinfo', 'utf8');
  const escaped = target.replace(
    /[\\ \t\n]/g,
    (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`,
  );
  return mountinfo.split('\n').some((line) => line.split(' ')[4] === escaped);
}

async function mount(args: string[]): Promise<void> {
  const result = await execa('mount', args, { reject: false });
  if (result.exitCode !== 0) {
    throw new SetupError(
      `mount ${args.join(' ')} failed: ${result.stderr.trim() || `exit ${result.exitCode}`}`,
    );
  }
}
