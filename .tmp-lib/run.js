import { applyPolicy, parsePolicyFile } from './config/policy-file.js';
import { attributeChanges } from './collect/attribute-changes.js';
import { gateFindings } from './collect/attribution-lines.js';
import { errorMessage } from './errors.js';
import { decideVerdict } from './verdict/decide-verdict.js';
import { policyEditFindings } from './verdict/policy-edit-finding.js';
import { testResultsOf } from './verdict/test-results.js';
/** Analyses the change and publishes the report; a thrown analysis leaves nothing in progress. */
export async function run(request, deps) {
    await deps.publisher.start();
    let analysis;
    try {
        analysis = await analyze(request, deps);
    }
    catch (error) {
        await deps.publisher.abort(errorMessage(error));
        throw error;
    }
    await deps.log.group('Report', () => deps.publisher.publish(analysis));
    return analysis;
}
/** `mode: report`: publishes an analysis another job produced. */
export async function publishAnalysis(analysis, deps) {
    await deps.publisher.start();
    await deps.log.group('Report', () => deps.publisher.publish(analysis));
    return analysis;
}
export async function analyze(request, deps) {
    const { log } = deps;
    const base = await deps.git.resolveCommit(request.base);
    const head = await deps.git.resolveCommit(request.head);
    const { config, notes } = await log.group('Config', () => loadPolicy(request.config, base, deps));
    const attribution = await log.group('Collect', () => collect(config, { ...request, base, head }, deps));
    const findings = await log.group('Scan', () => scan(config, base, head, attribution, deps));
    const gated = config.scope === 'ai-authored' && !attribution.aiInvolved;
    const tested = config.testCommand !== null && !gated
        ? await log.group('Sandbox', () => testInSandbox(config, request, deps))
        : null;
    const verdict = decideVerdict({
        findings,
        failOn: config.failOn,
        sandbox: tested?.sandbox ?? null,
        tests: tested?.tests ?? null,
        scope: config.scope,
        aiInvolved: attribution.aiInvolved,
    });
    log.info(`verdict: ${verdict.conclusion}`);
    return {
        version: 1,
        pullRequest: request.pullRequestNumber,
        model: {
            verdict,
            findings,
            scope: config.scope,
            failOn: config.failOn,
            tests: tested?.tests ?? null,
            sandbox: tested?.sandbox ?? null,
            provenance: attribution.summary,
            headSha: head,
            notes: [...notes, ...(tested?.notes ?? [])],
        },
    };
}
// The policy comes from the base commit: the PR cannot loosen the gate that judges it.
async function loadPolicy(inputs, base, deps) {
    const text = await deps.git.fileAt(base, inputs.policyFile);
    const policy = parsePolicyFile(text, inputs.policyFile);
    if (policy === null)
        return { config: inputs, notes: [] };
    deps.log.info(`policy ${inputs.policyFile} from the base commit overrides the inputs`);
    return {
        config: applyPolicy(inputs, policy),
        notes: [`Policy read from \`${inputs.policyFile}\` on the base branch.`],
    };
}
async function collect(config, request, deps) {
    const attribution = await attributeChanges({
        base: request.base,
        head: request.head,
        pullRequest: request.pullRequest,
        rules: config,
        scope: config.scope,
    }, { git: deps.git });
    const { aiCommits, commits, aiLines, totalAddedLines } = attribution.summary;
    deps.log.info(`${aiCommits} of ${commits.length} commits AI-authored; ${aiLines} of ${totalAddedLines} added lines`);
    return attribution;
}
async function scan(config, base, head, attribution, deps) {
    const changes = await deps.git.changeSet(await deps.git.mergeBase(base, head), head);
    const report = deps.scanner.scan(changes);
    const paths = changes.files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path]));
    // Editing the gate's own policy counts whoever wrote the edit.
    const gated = [
        ...gateFindings(report.findings, attribution),
        ...policyEditFindings(paths, config.policyFile),
    ];
    deps.log.info(`${report.stats.files} files scanned; ${report.findings.length} findings, ${gated.length} on gated changes`);
    return gated;
}
/** install-command (if any), then test-command, sharing one wall-clock budget. */
async function testInSandbox(config, request, deps) {
    const started = deps.clock.now();
    let install = null;
    if (config.installCommand !== null) {
        // Until the install phase exists, the install run's writes are not kept for the test run.
        install = await sandboxed('install-command', config.installCommand, config, request, deps);
        if (install.result.outcome !== 'passed') {
            const { tests } = testResultsOf(install.result, [], ['/workspace']);
            return { sandbox: install.result, tests, notes: ['install-command did not pass, so test-command did not run.'] };
        }
    }
    const spentSeconds = Math.ceil((deps.clock.now() - started) / 1000);
    const remaining = Math.max(1, config.limits.timeoutSeconds - spentSeconds);
    const testCommand = config.testCommand ?? '';
    const test = await sandboxed('test-command', testCommand, { ...config, limits: { ...config.limits, timeoutSeconds: remaining } }, request, deps);
    const sandbox = install
        ? { ...test.result, violations: [...install.result.violations, ...test.result.violations] }
        : test.result;
    const { tests, problems } = testResultsOf(sandbox, test.junitReports, ['/workspace']);
    return { sandbox, tests, notes: problems };
}
async function sandboxed(label, command, config, request, deps) {
    deps.log.info(`${label} in the sandbox: ${command.split('\n')[0] ?? ''}`);
    const output = await deps.sandbox.run({
        command,
        workspace: request.workspace,
        workingDirectory: config.workingDirectory,
        limits: config.limits,
        env: withJunitReport(command, request.sandboxEnv),
    });
    const { result } = output;
    deps.log.untrusted(`${label} output`, [
        ...result.stdout.split('\n'),
        ...result.stderr.split('\n'),
    ]);
    deps.log.info(`${label}: ${result.outcome} in ${result.durationMs} ms`);
    return output;
}
/**
 * pytest writes a JUnit report when asked through PYTEST_ADDOPTS, so per-test results need no
 * change to the command. Other runners write theirs when pointed at $AIRLOCK_RESULTS_DIR.
 */
export function withJunitReport(command, env) {
    if (!/\bpytest\b/.test(command))
        return { ...env };
    const option = '--junitxml=/results/airlock-pytest-junit.xml';
    const existing = env['PYTEST_ADDOPTS'];
    return { ...env, PYTEST_ADDOPTS: existing ? `${existing} ${option}` : option };
}
