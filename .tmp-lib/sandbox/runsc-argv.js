// Traced only to count clone/fork refusals (RLIMIT_NPROC); names must exist in runsc's per-arch
// strace table or the sandbox will not boot, so the list is built per architecture.
export function straceSyscalls(arch) {
    return arch === 'x86_64' ? ['clone', 'fork', 'vfork'] : ['clone'];
}
/** Global flags; runsc reads them on every command, so every command gets the same ones. */
export function globalFlags(session) {
    return [
        `--root=${session.stateRoot}`,
        `--platform=${session.runsc.platform}`,
        '--network=none',
        '--overlay2=none',
        // Apply the spec's seccomp profile inside the sandbox (refused syscalls, see oci-spec.ts).
        '--oci-seccomp',
        `--debug-log=${session.logDir.endsWith('/') ? session.logDir : `${session.logDir}/`}`,
        '--debug-log-format=json',
        '--debug-command=boot',
        '--strace',
        `--strace-syscalls=${straceSyscalls(session.runsc.arch).join(',')}`,
        '--strace-log-size=64',
    ];
}
export const runscArgv = {
    run: (s, id, bundle) => [...globalFlags(s), 'run', '--bundle', bundle, id],
    kill: (s, id, signal) => [...globalFlags(s), 'kill', '--all', id, signal],
    delete: (s, id) => [...globalFlags(s), 'delete', '--force', id],
    list: (s) => [...globalFlags(s), 'list', '--format=json'],
};
