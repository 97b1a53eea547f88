/** One file in a change set, read from git objects (never the work tree). */
export interface FileChange {
  readonly path: string;
  readonly oldPath?: string;
  readonly status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';
  readonly oldMode: string;
  readonly newMode: string;
  /** Post-change content; absent for deletions, symlinks, submodules and skipped blobs. */
  readonly newBytes?: Uint8Array;
  /** Pre-change content of test files, for rules about what a change removed. */
  readonly oldBytes?: Uint8Array;
  readonly skipped?: string;
  readonly added: readonly number[];
  readonly removed: readonly { readonly anchor: number; readonly text: string }[];
}

export interface ChangeSet {
  readonly range: string;
  readonly files: readonly FileChange[];
}

/** git's mode for a symbolic link and for a submodule (gitlink). */
export const SYMLINK_MODE = '120000';
export const SUBMODULE_MODE = '160000';
