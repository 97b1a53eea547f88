/**
 * The outcome, most specific cause first: a run that hit a limit is reported as that limit even
 * when the limit then caused a timeout or a failing exit status. A clean exit 0 always passes.
 */
export function classifyOutcome(signals) {
    if (signals.interrupted)
        return 'sandbox-error';
    const killedByUs = signals.timedOut || signals.outputLimitHit;
    if (signals.exitStatus === 0 && !killedByUs && signals.oomKills === 0)
        return 'passed';
    if (signals.oomKills > 0)
        return 'memory-limit';
    if (signals.outputLimitHit)
        return 'output-limit';
    if (signals.pidsRefusals > 0 || signals.forkRefusals > 0)
        return 'process-limit';
    if (signals.timedOut)
        return 'timeout';
    if (signals.exitStatus === null)
        return 'sandbox-error';
    return 'failed';
}
const signalNames = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS',
    8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE',
    14: 'SIGALRM', 15: 'SIGTERM', 24: 'SIGXCPU', 25: 'SIGXFSZ', 31: 'SIGSYS',
};
/** Splits runsc's wait status (128+n for signal n, as the shell reports it) into code and signal. */
export function splitExitStatus(status) {
    if (status === null)
        return { exitCode: null, signal: null };
    const signal = status > 128 ? signalNames[status - 128] : undefined;
    if (signal)
        return { exitCode: null, signal };
    return { exitCode: status, signal: null };
}
