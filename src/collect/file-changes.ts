/** git's mode for a symbolic link and for a submodule (gitlink). */
export const SYMLINK_MODE = '120000';
export const SUBMODULE_MODE = '160000';
