import { setNewest } from './set-newest.js';

/**
 * Each guest process's working directory, followed through the runtime monitor's rare events (the
 * container's start, clone, chdir/fchdir, unshare) so that an open need not carry it. Asking the
 * sentry for the caller's `cwd` on every open costs it a path walk per message, the larger part of
 * what telemetry added to file-heavy work.
 *
 * Linux's model, kept per thread group (the monitor's `group_id`, already on every open): a process
 * created with CLONE_FS shares its parent's directory (a chdir in either moves both), any other gets
 * a copy. Within a group the threads share one directory unless a thread was created without
 * CLONE_FS or called unshare(CLONE_FS); the group id alone can then no longer say which directory a
 * thread opens from. From then on the ledger is uncertain and offers every directory the run has
 * used, so that a relative open is placed under each and nothing it reached is missed.
 */

const CLONE_FS = 0x200;
const CLONE_THREAD = 0x10000;
// Bounds for a guest that forks or changes directory without end (its process limit comes first).
const MAX_GROUPS = 65_536;
const MAX_DIRECTORIES = 256;

interface Directory {
  cwd: string;
}

export class WorkingDirectories {
  private readonly groups = new Map<number, Directory>();
  // The directories the run used, most recent last (a map only for its bounded insertion order).
  private readonly seen = new Map<string, null>();
  private initial: string;
  private uncertainSince: string | null = null;

  constructor(initial: string) {
    this.initial = initial;
    this.remember(initial);
  }

  /** The container's first process starts in `cwd` (the session's start message). */
  started(cwd: string): void {
    this.initial = cwd;
    this.remember(cwd);
  }

  /** `parent` created a thread or process in group `child` with clone(2)'s `flags`. */
  cloned(parent: number, child: number, flags: number): void {
    const from = this.of(parent);
    if ((flags & CLONE_THREAD) !== 0) {
      if ((flags & CLONE_FS) === 0) this.becomeUncertain('a thread created without CLONE_FS');
      return;
    }
    this.set(child, (flags & CLONE_FS) !== 0 ? from : { cwd: from.cwd });
  }

  /** A chdir or fchdir in `group` returned; `cwd` is where the caller now is. */
  changed(group: number, cwd: string): void {
    this.of(group).cwd = cwd;
    this.remember(cwd);
  }

  /** unshare(CLONE_FS) succeeded in `group`: one of its threads now has its own directory. */
  unsharedFs(): void {
    this.becomeUncertain('unshare(CLONE_FS)');
  }

  /** Where a relative path opened by `group` may be: one directory, or every one the run used. */
  candidates(group: number): readonly string[] {
    const cwd = this.of(group).cwd;
    if (this.uncertainSince === null) return [cwd];
    return [cwd, ...[...this.seen.keys()].filter((seen) => seen !== cwd)];
  }

  /** Why the ledger stopped knowing each group's one directory, or null while it knows. */
  get uncertainty(): string | null {
    return this.uncertainSince;
  }

  private becomeUncertain(why: string): void {
    this.uncertainSince ??= why;
  }

  private of(group: number): Directory {
    const known = this.groups.get(group);
    if (known) return known;
    // The container's first process has no clone message: it starts where the container does.
    const first = { cwd: this.initial };
    this.set(group, first);
    return first;
  }

  private set(group: number, directory: Directory): void {
    setNewest(this.groups, group, directory, MAX_GROUPS);
  }

  // The most recent directories are kept: the one a relative open was made from is among them.
  private remember(cwd: string): void {
    setNewest(this.seen, cwd, null, MAX_DIRECTORIES);
  }
}
