import { classifyOutcome, splitExitStatus } from './classify-outcome.js';
import { buildOciSpec } from './oci-spec.js';
import { TraceSummariser } from './strace-log.js';
import { StreamCollector } from './stream-collector.js';
// Each escalation step gets this long to end the run before the next, harsher one.
const SETTLE_MS = 2000;
/** Runs one command in a fresh gVisor sandbox and always leaves the host as it found it. */
export async function runSandbox(request, deps) {
    const host = await deps.host.prepare(deps.newId(), request.workspace, request.limits);
    try {
        return await execute(host, request, deps);
    }
    finally {
        await host.dispose();
    }
}
// runsc exits 128 for its own failures ("unlikely to be used by the application"): no command status.
const RUNSC_FAILURE = 128;
async function execute(host, request, deps) {
    const { limits } = request;
    await host.writeBundle(buildOciSpec({ ...request, args: request.command, workspaceHostPath: host.workspacePath, resultsHostPath: host.resultsPath, cgroupsPath: host.cgroupsPath }));
    const runsc = deps.runscFor(host.logDir);
    const stopper = new Stopper(runsc, host.id, limits.graceMs);
    const streams = new StreamCollector(limits.outputLimitBytes, deps.log, () => stopper.stop('outputLimitHit', 0));
    const started = deps.now();
    const running = runsc.run(host.id, host.bundleDir, streams.sinks);
    stopper.attach(running);
    // A sentry that lost a host process to the OOM killer can hang instead of exiting: stop it.
    const unwatch = host.watchOomKill(() => stopper.stop('memoryLimitHit', 0));
    const status = await waitWithLimits(running.exit, stopper, limits, deps.signal);
    unwatch();
    const durationMs = Math.max(0, Math.round(deps.now() - started));
    stopper.cancel();
    await running.streamsClosed;
    streams.finish();
    const stats = await host.readStats();
    const trace = await summarise(host.traceLines());
    const results = request.resultsDir ? await host.collectResults(request.resultsDir) : [];
    const signals = {
        exitStatus: status === RUNSC_FAILURE ? null : status,
        timedOut: stopper.reasons.timedOut,
        outputLimitHit: stopper.reasons.outputLimitHit,
        interrupted: stopper.reasons.interrupted,
        oomKills: stats.oomKills,
        pidsRefusals: stats.pidsRefusals,
        forkRefusals: trace.forkRefusals,
    };
    const outcome = classifyOutcome(signals);
    return {
        outcome,
        ...splitExitStatus(signals.exitStatus),
        durationMs,
        stdout: streams.stdout.text(),
        stderr: streams.stderr.text(),
        truncated: { stdout: streams.stdout.truncated, stderr: streams.stderr.truncated },
        resources: { cpuMs: stats.cpuMs, peakMemoryBytes: stats.peakMemoryBytes },
        sandbox: request.runtime,
        violations: [],
        error: outcome === 'sandbox-error' ? sandboxError(signals, streams) : null,
        results,
    };
}
async function waitWithLimits(exit, stopper, limits, signal) {
    const timer = setTimeout(() => stopper.stop('timedOut', limits.graceMs), limits.timeoutMs);
    const onAbort = () => stopper.stop('interrupted', 0);
    signal?.addEventListener('abort', onAbort);
    if (signal?.aborted)
        onAbort();
    try {
        return await exit;
    }
    finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
    }
}
/** Escalates once: TERM, grace, KILL, settle, forced delete, then the runsc process itself. */
class Stopper {
    runsc;
    id;
    defaultGraceMs;
    reasons = { timedOut: false, outputLimitHit: false, interrupted: false, memoryLimitHit: false };
    cancelled = new AbortController();
    running = null;
    stopping = false;
    constructor(runsc, id, defaultGraceMs) {
        this.runsc = runsc;
        this.id = id;
        this.defaultGraceMs = defaultGraceMs;
    }
    attach(running) {
        this.running = running;
    }
    stop(reason, graceMs = this.defaultGraceMs) {
        this.reasons[reason] = true;
        if (this.stopping)
            return;
        this.stopping = true;
        void this.escalate(graceMs);
    }
    /** The run has ended: no further step of the escalation may fire. */
    cancel() {
        this.cancelled.abort();
    }
    async escalate(graceMs) {
        if (graceMs > 0) {
            await this.runsc.kill(this.id, 'TERM');
            if (!(await this.pause(graceMs)))
                return;
        }
        await this.runsc.kill(this.id, 'KILL');
        if (!(await this.pause(SETTLE_MS)))
            return;
        await this.runsc.destroy(this.id);
        if (!(await this.pause(SETTLE_MS)))
            return;
        this.running?.terminate();
    }
    /** Resolves true after `ms`, or false at once if the run ended meanwhile. */
    pause(ms) {
        const signal = this.cancelled.signal;
        if (signal.aborted)
            return Promise.resolve(false);
        return new Promise((resolve) => {
            const timer = setTimeout(() => resolve(!signal.aborted), ms);
            signal.addEventListener('abort', () => {
                clearTimeout(timer);
                resolve(false);
            }, { once: true });
        });
    }
}
function sandboxError(signals, streams) {
    if (signals.interrupted)
        return 'interrupted: airlock received a termination signal and stopped the sandbox';
    return `runsc ended without a status for the command (exit ${RUNSC_FAILURE}): ${streams.stderr.text().trim().slice(-2000) || 'no message'}`;
}
async function summarise(lines) {
    const summariser = new TraceSummariser();
    for await (const line of lines)
        summariser.add(line);
    return summariser.summary();
}
