export const id = 381;
export const ids = [381];
export const modules = {

/***/ 2792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ shellArgv),
/* harmony export */   WJ: () => (/* binding */ setupCliInvocation),
/* harmony export */   aQ: () => (/* binding */ sandboxCliInvocation)
/* harmony export */ });
/* harmony import */ var _config_shard_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(925);
/* harmony import */ var _sandbox_runner_root_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5755);


// Host-path settings the sandbox CLI reads (config/host-paths.ts); passed on when set.
const HOST_PATH_VARIABLES = [
    'AIRLOCK_CACHE_DIR',
    'AIRLOCK_STATE_DIR',
    'AIRLOCK_RUNSC',
    'AIRLOCK_RECIPE_DIR',
    'RUNNER_TOOL_CACHE',
    'RUNNER_ENVIRONMENT',
    // The runner's own directories: hidden from the guest where they lie inside the runner root.
    'RUNNER_TEMP',
    'RUNNER_WORKSPACE',
    'GITHUB_WORKSPACE',
];
/**
 * `[sudo -n --preserve-env=…] <node> <cli.js> run --json … -- sh -c <command>`: the command stays
 * one argv element for the shell inside the sandbox; no shell runs on the host.
 */
function sandboxCliInvocation(input) {
    const { request } = input;
    const root = (0,_sandbox_runner_root_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSandboxRoot */ .w4)(request.root, input.hostEnv);
    const env = {
        ...hostPathEnv(input.hostEnv, HOST_PATH_VARIABLES),
        ...(root === 'runner' ? toolchainEnv(input.hostEnv) : {}),
        ...request.env,
    };
    const run = [
        input.nodePath,
        input.cliPath,
        'run',
        '--json',
        '--quiet',
        '--workspace',
        request.workspace,
        '--results',
        input.resultsDir,
        '--memory',
        String(request.limits.memoryMiB),
        '--cpus',
        String(request.limits.cpus),
        '--pids',
        String(request.limits.pids),
        '--workspace-size',
        String(request.limits.workspaceMiB),
        '--timeout',
        String(request.limits.timeoutSeconds),
        '--root',
        root,
        // sudo resets PATH: the caller's goes by argument, for the runner root to carry.
        ...(root === 'runner' ? ['--path', input.hostEnv['PATH'] ?? ''] : []),
        ...Object.keys(request.env).flatMap((name) => ['--env', name]),
        ...(request.shard ? ['--shard', (0,_config_shard_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .shardLabel */ .$_)(request.shard)] : []),
        ...installArgs(request.install, request.workingDirectory, input.overridesFile),
        ...(request.install
            ? (input.packageCaches ?? []).flatMap((c) => ['--package-cache', `${c.kind}=${c.hostPath}`])
            : []),
        '--',
        ...shellArgv(request.command, request.workingDirectory),
    ];
    return asRootOrViaSudo(run, env, input.isRoot);
}
/**
 * `[sudo -n --preserve-env=…] <node> <cli.js> setup --quiet`: provisions gVisor and the root
 * filesystem on first use (a no-op when both are cached), with the same clean environment.
 */
function setupCliInvocation(input) {
    const env = hostPathEnv(input.hostEnv, [...HOST_PATH_VARIABLES, 'AIRLOCK_GVISOR_SOURCE']);
    const root = (0,_sandbox_runner_root_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSandboxRoot */ .w4)(input.root, input.hostEnv);
    return asRootOrViaSudo([input.nodePath, input.cliPath, 'setup', '--root', root], env, input.isRoot);
}
/** The toolchain variables setup-* actions exported (the sandbox CLI keeps those inside the root). */
function toolchainEnv(hostEnv) {
    const env = {};
    for (const [name, value] of Object.entries(hostEnv))
        if (value && (0,_sandbox_runner_root_js__WEBPACK_IMPORTED_MODULE_1__/* .isToolchainVariable */ .At)(name))
            env[name] = value;
    return env;
}
/** PATH plus the named host settings that are set: the child's whole environment. */
function hostPathEnv(hostEnv, names) {
    const env = { PATH: hostEnv['PATH'] ?? '/usr/bin:/bin' };
    for (const name of names) {
        const value = hostEnv[name];
        if (value)
            env[name] = value;
    }
    return env;
}
/** argv as is when root; else through `sudo -n`, which resets the environment unless told to keep it. */
function asRootOrViaSudo(argv, env, isRoot) {
    if (isRoot)
        return { file: argv[0] ?? '', args: argv.slice(1), env };
    const keep = Object.keys(env).filter((name) => name !== 'PATH');
    return {
        file: 'sudo',
        args: ['-n', ...(keep.length > 0 ? [`--preserve-env=${keep.join(',')}`] : []), ...argv],
        env,
    };
}
/** `--install <script> [--install-dir D] [--allow-host H]… [--install-overrides FILE]`, or nothing. */
function installArgs(install, workingDirectory, overridesFile) {
    if (!install)
        return [];
    const dir = guestSubdirectory(workingDirectory);
    return [
        '--install',
        install.command,
        ...(dir ? ['--install-dir', dir] : []),
        ...install.allowHosts.flatMap((host) => ['--allow-host', host]),
        ...(install.overrides && overridesFile ? ['--install-overrides', overridesFile] : []),
    ];
}
function guestSubdirectory(workingDirectory) {
    return workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '');
}
/** `sh -c <command>`, first changing into the working directory when it is not the root. */
function shellArgv(command, workingDirectory) {
    const dir = guestSubdirectory(workingDirectory);
    if (dir === '')
        return ['sh', '-c', command];
    return [
        'sh',
        '-c',
        'cd -- "$1" || exit 125; exec sh -c "$2"',
        'airlock',
        `/workspace/${dir}`,
        command,
    ];
}


/***/ }),

/***/ 9381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand),
  runUsage: () => (/* binding */ runUsage)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./.build/lib/config/host-paths.js
var host_paths = __webpack_require__(6630);
// EXTERNAL MODULE: ./.build/lib/config/run-options.js + 1 modules
var run_options = __webpack_require__(5072);
// EXTERNAL MODULE: ./.build/lib/config/shard-spec.js
var shard_spec = __webpack_require__(925);
// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-host/ready-sandbox.js + 20 modules
var ready_sandbox = __webpack_require__(2280);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
;// CONCATENATED MODULE: ./.build/lib/config/install-overrides.js


// Manifests and lockfiles only: a handful of files, none of them huge.
const MAX_OVERRIDE_FILES = 256;
const MAX_OVERRIDE_BYTES = 32 * 1024 * 1024;
// Workspace-relative, normalised, no "." or ".." segments, no characters overlayfs options split on.
const overridePath = schemas/* string */.YjP()
    .min(1)
    .max(1024)
    .refine((path) => !path.startsWith('/') &&
    path.split('/').every((part) => part !== '' && part !== '.' && part !== '..') &&
    !/[\0\\]/.test(path), { message: 'must be a normalised path inside the workspace' });
/**
 * `airlock run --install-overrides FILE`: files the install phase sees in place of the PR's
 * (`airlock check --install-from base` and the action write it from the base commit).
 */
const installOverridesSchema = schemas/* strictObject */.rej({
    restore: schemas/* array */.YOg(schemas/* strictObject */.rej({ path: overridePath, content: schemas/* string */.YjP() }))
        .max(MAX_OVERRIDE_FILES)
        .default([]),
    hide: schemas/* array */.YOg(overridePath).max(MAX_OVERRIDE_FILES).default([]),
})
    .superRefine((value, ctx) => {
    const bytes = value.restore.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
    if (bytes > MAX_OVERRIDE_BYTES)
        ctx.addIssue({ code: 'custom', message: `more than ${MAX_OVERRIDE_BYTES} bytes of files` });
    const paths = [...value.restore.map((file) => file.path), ...value.hide];
    const seen = new Set();
    for (const path of paths) {
        if (seen.has(path))
            ctx.addIssue({ code: 'custom', message: `'${path}' is listed twice` });
        seen.add(path);
    }
    // A file and a directory at one path cannot both exist in the override layer.
    for (const path of paths) {
        const parent = path.split('/').slice(0, -1);
        for (let depth = 1; depth <= parent.length; depth += 1) {
            const prefix = parent.slice(0, depth).join('/');
            if (seen.has(prefix))
                ctx.addIssue({ code: 'custom', message: `'${prefix}' is both a file and a directory` });
        }
    }
});
/** Parses the overrides file's text; `source` names it in the error. */
function parseInstallOverrides(text, source) {
    if (Buffer.byteLength(text) > MAX_OVERRIDE_BYTES * 2)
        throw new errors/* ConfigError */.xL('--install-overrides', `${source} is too large`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigError */.xL('--install-overrides', `${source} is not JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const parsed = installOverridesSchema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new errors/* ConfigError */.xL('--install-overrides', `${source}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
}

// EXTERNAL MODULE: ./.build/lib/sandbox/egress-policy.js
var egress_policy = __webpack_require__(3254);
// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-client/sandbox-cli-argv.js
var sandbox_cli_argv = __webpack_require__(2792);
// EXTERNAL MODULE: ./.build/lib/sandbox/egress-report.js
var egress_report = __webpack_require__(7878);
// EXTERNAL MODULE: ./.build/lib/sandbox/run-sandbox.js + 11 modules
var run_sandbox = __webpack_require__(4461);
;// CONCATENATED MODULE: ./.build/lib/sandbox/run-phases.js


// The test phase gets at least this long even when the install used up nearly all the budget.
const MIN_TEST_MS = 1000;
/**
 * Without an install command this is one run. With one, the install writes into a carried upper
 * layer; the test phase sees it read-only beneath its own copy-on-write layer, so nothing the tests
 * do changes what the install produced, and neither reaches the host copy.
 */
async function runPhases(request, deps) {
    const { install } = request;
    if (!install)
        return (0,run_sandbox/* runSandbox */.F)(request, deps);
    const started = deps.now();
    const carryId = deps.newId();
    const carry = await deps.host.prepareCarry(carryId, request.limits, {
        overrides: install.overrides,
        packageCaches: install.packageCaches ?? [],
    });
    try {
        const below = carry.overridesDir ? [carry.overridesDir] : [];
        const installed = await installPhase(request, { install, carry, below, carryId }, deps);
        if (installed.result.outcome !== 'passed')
            return combine(installed, null);
        // Interrupted after a passing install: the tests never ran, which must not read as a pass.
        if (deps.signal?.aborted)
            return combine(installed, null, interruptedBeforeTests);
        const spentMs = deps.now() - started;
        const timeoutMs = Math.max(MIN_TEST_MS, Math.round(request.limits.timeoutMs - spentMs));
        const test = await (0,run_sandbox/* runSandbox */.F)({
            ...request,
            limits: { ...request.limits, timeoutMs },
            layers: { lowers: [carry.upper.dir, ...below], upper: null, home: carry.home },
        }, deps);
        return combine(installed, test);
    }
    finally {
        await carry.dispose();
    }
}
async function installPhase(request, phase, deps) {
    const { install, carry, below, carryId } = phase;
    const network = await deps.network.open(carryId, install.policy);
    try {
        const result = await (0,run_sandbox/* runSandbox */.F)({
            ...request,
            command: install.command,
            resultsDir: undefined,
            network,
            layers: { lowers: below, upper: carry.upper, home: carry.home },
            cacheViews: carry.cacheViews,
        }, deps);
        return { result, egress: (0,egress_report/* summariseEgress */.qC)(network.events(), network.totals()) };
    }
    finally {
        await network.close();
    }
}
const interruptedBeforeTests = {
    outcome: 'sandbox-error',
    error: 'interrupted: airlock received a termination signal after the install, before the tests',
};
function combine(installed, test, override = null) {
    const { result, egress } = installed;
    const tag = (violations, phase) => violations.map((violation) => ({ ...violation, phase }));
    const install = {
        outcome: result.outcome,
        exitCode: result.exitCode,
        signal: result.signal,
        durationMs: result.durationMs,
        stdout: result.stdout,
        stderr: result.stderr,
        truncated: result.truncated,
        resources: result.resources,
        egress,
    };
    const top = test ?? result;
    return {
        ...top,
        ...override,
        phase: test ? 'test' : 'install',
        install,
        violations: [
            ...tag(result.violations, 'install'),
            ...(0,egress_report/* egressViolations */.Gb)(egress.denied),
            ...(test ? tag(test.violations, 'test') : []),
        ],
    };
}

// EXTERNAL MODULE: ./.build/lib/report/describe-verdict.js
var describe_verdict = __webpack_require__(4052);
// EXTERNAL MODULE: ./.build/lib/report/missing-tools.js
var missing_tools = __webpack_require__(971);
;// CONCATENATED MODULE: ./.build/lib/cli/format-run-summary.js



/** One human line per fact; the command's output was already echoed live. */
function formatRunSummary(result) {
    const mib = (bytes) => bytes === null ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MiB`;
    const status = result.signal ? `signal ${result.signal}` : `exit ${result.exitCode ?? 'n/a'}`;
    const lines = [];
    const { install } = result;
    if (install) {
        const { egress } = install;
        lines.push(`install: ${install.outcome} (exit ${install.exitCode ?? 'n/a'}) in ${install.durationMs} ms; egress ${egress.connections} connections, ${mib(egress.bytes)}, ${egress.denied.length} destinations refused`);
        for (const record of egress.denied.slice(0, 10))
            lines.push(`  refused ${(0,egress_report/* destination */.j_)(record)} (${record.rule ?? 'denied'}) x${record.count}`);
        if (result.phase === 'install')
            lines.push('tests: not run (the install did not pass)');
    }
    lines.push(`outcome: ${result.outcome} (${status}) in ${result.durationMs} ms`, `resources: cpu ${result.resources.cpuMs ?? 'n/a'} ms, peak memory ${mib(result.resources.peakMemoryBytes)}`, `sandbox: gVisor ${result.sandbox.runscVersion} (${result.sandbox.platform})${result.sandbox.root ? `, ${result.sandbox.root} root` : ''}`);
    if (result.telemetry && !result.telemetry.available)
        lines.push(`telemetry: ${(0,describe_verdict/* describeTelemetryGap */.t8)(result.telemetry)}`);
    for (const missing of (0,missing_tools/* describeMissingTools */.TQ)(result))
        lines.push(`missing: ${missing}`);
    if (result.truncated.stdout || result.truncated.stderr)
        lines.push('output: truncated (head and tail kept)');
    if (result.results.length > 0)
        lines.push(`results: ${result.results.join(', ')}`);
    if (result.error)
        lines.push(`error: ${result.error}`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./.build/lib/cli/run-command.js












const runUsage = `Usage: airlock run [options] -- <command...>

Runs one command in a fresh gVisor sandbox: read-only root, no network, non-root, limited.
  --workspace DIR       directory shown at /workspace, writable inside, never changed on the host (default: cwd)
  --results DIR         copy files the command writes to /results (e.g. JUnit XML) into DIR
  --memory MiB          memory limit (default 2048)
  --cpus N              CPU limit (default 2)
  --pids N              process limit for the guest user (default 512)
  --timeout SECONDS     wall-clock limit (default 600); then TERM, grace, KILL, forced delete
  --grace SECONDS       time between TERM and KILL at the timeout (default 5)
  --open-files N        open file limit (default 4096)
  --file-size MiB       largest file the command may write (default 1024)
  --tmp-size MiB        size of /tmp, and of the guest's home (default 2048; on disk)
  --workspace-size MiB  how much the command may write into /workspace (default 8192; on disk)
  --results-size MiB    size of /results (default 16)
  --output-limit MiB    stdout+stderr cap; the run stops as output-limit past it (default 64)
  --env NAME            pass the caller's variable NAME (repeatable); nothing else enters
  --shard I/N           the command sees AIRLOCK_SHARD_INDEX=I and AIRLOCK_SHARD_TOTAL=N
  --install CMD         run CMD (with sh -c) first, reaching only package registries through a
                        proxy; the command then runs on top of what it wrote, with no network
  --install-dir DIR     directory under /workspace the install command starts in
  --allow-host HOST     a host the install may reach besides the registries (repeatable; *.example.com)
  --allow-address IP    let the install reach this non-public address, e.g. a registry mirror on a
                        private network (repeatable; never a cloud metadata address)
  --install-overrides FILE  JSON {"restore":[{"path","content"}],"hide":[path]}: files both phases
                        see in place of the workspace's (install-from base)
  --package-cache KIND=DIR  offer the host's package cache DIR (KIND npm, pip or go) to the install,
                        read-only: its writes go to a layer thrown away after the run (repeatable)
  --root R              the guest's root filesystem: image (Airlock's Debian image; default) or
                        runner (this host's /usr, /etc, /opt, /lib* and $RUNNER_TOOL_CACHE,
                        read-only: its toolchains, as setup-* actions installed them)
  --path PATH           with --root runner: the PATH whose entries inside those directories the
                        guest gets, in order (default: this process's PATH)
  --platform P          systrap or ptrace (default: what the installed runsc supports)
  --package NAME        use the root filesystem built with this extra Debian package (repeatable)
  --no-telemetry        do not collect violations from gVisor's trace (outcomes are unaffected)
  --json                print one JSON object on stdout (logs stay on stderr)
  --quiet               do not echo the command's output live

Exit: 0 passed, 1 any other outcome, 2 usage or setup error.`;
const spec = {
    workspace: { type: 'string' },
    results: { type: 'string' },
    memory: { type: 'string' },
    cpus: { type: 'string' },
    pids: { type: 'string' },
    timeout: { type: 'string' },
    grace: { type: 'string' },
    'open-files': { type: 'string' },
    'file-size': { type: 'string' },
    'tmp-size': { type: 'string' },
    'workspace-size': { type: 'string' },
    'results-size': { type: 'string' },
    'output-limit': { type: 'string' },
    env: { type: 'string', multiple: true },
    shard: { type: 'string' },
    install: { type: 'string' },
    'allow-host': { type: 'string', multiple: true },
    'allow-address': { type: 'string', multiple: true },
    'install-overrides': { type: 'string' },
    'package-cache': { type: 'string', multiple: true },
    'install-dir': { type: 'string' },
    platform: { type: 'string' },
    root: { type: 'string' },
    path: { type: 'string' },
    package: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    'no-telemetry': { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
async function runCommand(io) {
    const separator = io.argv.indexOf('--');
    const flags = separator === -1 ? io.argv : io.argv.slice(0, separator);
    const { values, positionals } = parseFlags(flags);
    if (values.help) {
        io.stdout(`${runUsage}\n`);
        return 0;
    }
    if (positionals.length > 0)
        throw new errors/* ConfigError */.xL('command', `put the command after '--' (got '${positionals[0]}' before it)`);
    const options = (0,run_options/* parseRunOptions */.di)(toInput(values, separator === -1 ? [] : io.argv.slice(separator + 1), io.cwd));
    const ready = await (0,ready_sandbox/* readySandbox */.VV)({
        paths: (0,host_paths/* hostPathsFrom */.n)(io.env),
        env: io.env,
        log: io.log,
        platform: options.platform,
        extraPackages: values.package ?? [],
        signal: io.signal,
        root: options.root,
    });
    const install = await installPhaseOf(options);
    io.log.info(`gVisor ${ready.runtime.runscVersion} (${ready.runtime.platform}); running: ${options.command.join(' ')}`);
    const result = await runPhases((0,ready_sandbox/* sandboxRequest */.Z2)(ready, { options, passEnv: passEnv(options, io.env), install }), ready.deps);
    report(result, options, io);
    return result.outcome === 'passed' ? 0 : 1;
}
/** The install phase the options ask for: its command, egress policy and overrides. */
async function installPhaseOf(options) {
    if (!options.install) {
        const given = [
            [options.installOverrides !== undefined, '--install-overrides'],
            [options.allowHosts.length > 0, '--allow-host'],
            [options.allowAddresses.length > 0, '--allow-address'],
            [options.installDir !== undefined, '--install-dir'],
            [options.packageCaches.length > 0, '--package-cache'],
        ];
        const stray = given.find(([set]) => set);
        if (stray)
            throw new errors/* ConfigError */.xL(stray[1], 'applies only with --install');
        return null;
    }
    const policy = (0,egress_policy/* parseEgressPolicy */.nd)({
        allowHosts: [...options.allowHosts],
        ...(options.allowAddresses.length > 0
            ? { testAllowances: { addresses: [...options.allowAddresses] } }
            : {}),
    });
    const path = options.installOverrides;
    const overrides = path ? parseInstallOverrides(await readOverrides(path), path) : null;
    for (const cache of options.packageCaches)
        await requireDirectory(cache.hostPath);
    return {
        command: (0,sandbox_cli_argv/* shellArgv */.$K)(options.install, options.installDir ?? ''),
        policy,
        overrides,
        packageCaches: options.packageCaches,
    };
}
async function requireDirectory(path) {
    const stat = await (0,promises_.lstat)(path).catch(() => null);
    if (!stat?.isDirectory())
        throw new errors/* ConfigError */.xL('--package-cache', `${path} is not a directory (a link is not followed)`);
}
async function readOverrides(path) {
    const stat = await (0,promises_.lstat)(path).catch(() => null);
    if (!stat?.isFile())
        throw new errors/* ConfigError */.xL('--install-overrides', `${path} is not a regular file`);
    if (stat.size > MAX_OVERRIDE_BYTES * 2)
        throw new errors/* ConfigError */.xL('--install-overrides', `${path} is too large`);
    return (0,promises_.readFile)(path, 'utf8');
}
function parseFlags(flags) {
    try {
        return (0,external_node_util_.parseArgs)({ args: [...flags], options: spec, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new errors/* ConfigError */.xL('airlock run', `${(0,errors/* errorMessage */.gJ)(error)}\n${runUsage}`);
    }
}
function toInput(values, command, cwd) {
    const number = (text) => text === undefined ? undefined : /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    return {
        command,
        workspace: values.workspace ?? cwd,
        resultsDir: values.results,
        memoryMiB: number(values.memory),
        cpus: number(values.cpus),
        pids: number(values.pids),
        timeoutSeconds: number(values.timeout),
        graceSeconds: number(values.grace),
        openFiles: number(values['open-files']),
        fileSizeMiB: number(values['file-size']),
        tmpMiB: number(values['tmp-size']),
        workspaceWriteMiB: number(values['workspace-size']),
        resultsMiB: number(values['results-size']),
        outputLimitMiB: number(values['output-limit']),
        env: values.env,
        platform: values.platform,
        install: values.install,
        allowHosts: values['allow-host'],
        allowAddresses: values['allow-address'],
        installOverrides: values['install-overrides'],
        packageCaches: values['package-cache'],
        installDir: values['install-dir'],
        json: values.json ?? false,
        telemetry: !values['no-telemetry'],
        root: values.root,
        carryPath: values.path,
        shard: values.shard,
    };
}
function passEnv(options, env) {
    const passed = (0,shard_spec/* shardEnv */.i7)(options.shard ?? null);
    for (const name of options.env) {
        const value = env[name];
        if (value !== undefined)
            passed[name] = value;
    }
    return passed;
}
function report(result, options, io) {
    if (options.json)
        io.stdout(`${JSON.stringify(result)}\n`);
    else
        io.log.info(formatRunSummary(result));
}


/***/ }),

/***/ 4052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ describeReason),
/* harmony export */   SS: () => (/* binding */ describeOutcome),
/* harmony export */   t8: () => (/* binding */ describeTelemetryGap),
/* harmony export */   uR: () => (/* binding */ conclusionHeadline)
/* harmony export */ });
/* unused harmony export verdictTitle */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5119);
/* harmony import */ var _sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9126);


function conclusionHeadline(conclusion) {
    switch (conclusion) {
        case 'pass':
            return '✅ Airlock: pass';
        case 'fail':
            return '❌ Airlock: fail';
        case 'blocked':
            return '⛔ Airlock: blocked';
        case 'neutral':
            return '⚪ Airlock: nothing to gate';
        default:
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNever */ .xb)(conclusion);
    }
}
function describeOutcome(outcome) {
    switch (outcome) {
        case 'passed':
            return 'the command exited 0';
        case 'failed':
            return 'the command exited non-zero';
        case 'timeout':
            return 'the run hit the time limit';
        case 'memory-limit':
            return 'the run hit the memory limit';
        case 'process-limit':
            return 'the run hit the process limit';
        case 'output-limit':
            return 'the run hit the output limit';
        case 'sandbox-error':
            return 'the sandbox could not run the command';
        default:
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNever */ .xb)(outcome);
    }
}
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
const acceptedVia = (reason) => reason.via === 'label' ? 'with the accept label' : 'with `/airlock accept`';
/** One sentence per reason, safe as markdown: the one maintainer-written part is sanitised. */
function describeReason(reason) {
    switch (reason.kind) {
        case 'findings':
            return `${plural(reason.count, 'finding')} at or above ${reason.threshold} severity`;
        case 'violations':
            return `${plural(reason.count, 'sandbox violation')}: the code under test (or its install) tried something the sandbox forbids`;
        case 'tests-failed':
            return `${plural(reason.failed, 'failing test')}${reason.errored ? `, ${plural(reason.errored, 'test error')}` : ''}`;
        case 'sandbox-outcome':
            return reason.phase === 'install'
                ? `install-command did not pass (${describeOutcome(reason.outcome)}), so the tests did not run`
                : `Tests did not pass: ${describeOutcome(reason.outcome)}`;
        case 'no-ai-changes':
            return 'No AI-authored change in this pull request (scope: ai-authored)';
        case 'no-test-command':
            return 'No findings; no test command configured, so no tests ran';
        case 'all-clear':
            return 'No blocking findings; tests passed in the sandbox';
        case 'accepted':
            return `**Accepted by ${(0,_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(`@${reason.by}`, 60)}** ${acceptedVia(reason)} for head \`${reason.headSha.slice(0, 12)}\` (was ${reason.overrode}): ${(0,_sanitize_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeInline */ .nW)(reason.reason, 500)}`;
        default:
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNever */ .xb)(reason);
    }
}
/** The check run's one-line title (plain text): `pass (accepted by @login: reason)` when accepted. */
function verdictTitle(verdict) {
    const first = verdict.reasons[0];
    if (first?.kind === 'accepted')
        return `pass (accepted by @${first.by}: ${stripInvisible(first.reason).replace(/\s+/g, ' ')})`.slice(0, 255);
    const headline = conclusionHeadline(verdict.conclusion).replace(/^\S+ Airlock: /, '');
    return first ? `${headline}: ${describeReason(first)}`.slice(0, 255) : headline;
}
/** `incomplete (missing: syscall-trace): <reason>`, raw: each surface bounds and escapes it its way. */
function describeTelemetryGap(telemetry) {
    return `incomplete (missing: ${telemetry.missing.join(', ')}): ${telemetry.reason ?? 'unavailable'}`;
}


/***/ }),

/***/ 971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TQ: () => (/* binding */ describeMissingTools)
/* harmony export */ });
/* unused harmony exports findMissingTools, describeMissingTool */
const NAME = '([A-Za-z0-9][A-Za-z0-9._+-]{0,63})';
// The shells' and env's own words for a command that is not there (dash, bash, busybox, env).
const COMMAND_NOT_FOUND = [
    new RegExp(`^(?:\\S*/)?(?:sh|dash): \\d+: ${NAME}: not found$`),
    new RegExp(`^(?:\\S*/)?bash: (?:line \\d+: )?${NAME}: command not found$`),
    new RegExp(`^(?:\\S*/)?env: [‘'"]?${NAME}[’'"]?: No such file or directory$`),
];
// `python3 -m pytest` without pytest: the interpreter names itself, then the module.
const MODULE_NOT_FOUND = new RegExp(`^(?:\\S*/)?python[0-9.]*: No module named ${NAME}$`);
// Only each stream's last lines are read: the failure that ended the command is there.
const TAIL_LINES = 200;
const MAX_TOOLS = 5;
/**
 * What the guest lacked when a command failed for want of a tool: the shell's exit status 127 with
 * its "not found" line, or `python -m` naming the missing module. Pure; the output is the guest's
 * (attacker data): only names of a plain shape are kept, at most five.
 */
function findMissingTools(run) {
    if (run.outcome !== 'failed')
        return [];
    const tail = (text) => text.split('\n').slice(-TAIL_LINES);
    const lines = [...tail(run.stderr), ...tail(run.stdout)].map((line) => line.trim());
    const found = new Map();
    for (const line of lines) {
        if (run.exitCode === 127) {
            for (const pattern of COMMAND_NOT_FOUND) {
                const name = pattern.exec(line)?.[1];
                if (name)
                    found.set(`command ${name}`, { name, kind: 'command' });
            }
        }
        const module = run.exitCode === 1 ? MODULE_NOT_FOUND.exec(line)?.[1] : undefined;
        if (module)
            found.set(`module ${module}`, { name: module, kind: 'python-module' });
    }
    return [...found.values()].slice(0, MAX_TOOLS);
}
/** One sentence per missing tool: what was missing, in which root, and how to provide it. */
function describeMissingTool(tool, root) {
    const what = tool.kind === 'command'
        ? `\`${tool.name}\` is not on the guest's PATH`
        : `the guest's Python has no module \`${tool.name}\``;
    return `${what}. ${provide(root)}`;
}
function provide(root) {
    const install = 'or install it in the install phase (`--install` / `install-command`), whose writes to the workspace and the guest home the tests see';
    if (root === 'runner')
        return `The guest runs the runner's own toolchains (its /usr, /opt, /etc, /lib* and $RUNNER_TOOL_CACHE, read-only): install it in a step before Airlock, as CI would (a setup-* action, then its package manager), ${install}.`;
    if (root === 'image')
        return `The guest runs Airlock's Debian 12 image (Python 3.11, Node 18): use the runner's toolchains with \`--root runner\` (\`sandbox-root: runner\`), add a Debian package with \`--package\`, ${install}.`;
    return `Install it where the guest's root can see it, ${install}.`;
}
/** The sentences for a sandbox result: its top-level fields are the command that ended it. */
function describeMissingTools(result) {
    return findMissingTools(result).map((tool) => describeMissingTool(tool, result.sandbox.root));
}


/***/ }),

/***/ 9126:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vl: () => (/* binding */ fencedCode),
/* harmony export */   W3: () => (/* binding */ sanitizeTableCell),
/* harmony export */   _0: () => (/* binding */ stripInvisible),
/* harmony export */   nW: () => (/* binding */ sanitizeInline)
/* harmony export */ });
/* unused harmony export stripHtmlComments */
// Bidi controls, zero-width characters, soft hyphen, BOM, Unicode tag characters and C0/C1
// controls other than tab and newline: they hide or reorder text a reviewer reads.
const invisible = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/gu;
/** Removes invisible and bidirectional characters; normalises line endings. */
function stripInvisible(text) {
    return text.replace(/\r\n?/g, '\n').replace(invisible, '');
}
/** Removes HTML comments until none are left, so nested halves cannot reassemble one. */
function stripHtmlComments(text) {
    let previous;
    let current = text;
    do {
        previous = current;
        current = current.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
    } while (current !== previous);
    return current;
}
// Markdown punctuation that can start emphasis, links, images, headings, tables or code spans.
const markdownPunctuation = /[\\`*_{}[\]()#+!|~>-]/g;
function escapeMarkup(text) {
    // & first: entity forms (&#64; &commat;) then render literally instead of decoding to "@".
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(markdownPunctuation, '\\$&');
}
// GitHub neither links mentions, references nor URLs inside <code>.
const inertTokens = new RegExp([
    /(?<![\w@])@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]+)?/.source, // @user, @org/team
    /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s<>"]+/.source, // scheme://…
    /\bwww\.[^\s<>"]+/.source,
    /(?<![\w&])(?:[\w.-]+\/[\w.-]+)?#\d+\b/.source, // #12, owner/repo#12
    /\bGH-\d+\b/.source,
    /\b[\w.+-]+@[\w-]+\.[\w.-]+/.source, // e-mail addresses autolink too
].join('|'), 'gi');
/**
 * Makes untrusted text safe as inline markdown: invisible characters and HTML comments removed,
 * every tag and markdown construct rendered literally, and mentions, issue references (so
 * closing keywords such as "fixes #1" reference nothing), URLs and e-mail addresses put in <code>.
 */
function sanitizeInline(text, maxLength = 4000) {
    const clean = stripHtmlComments(stripInvisible(text));
    const clipped = clean.length > maxLength ? `${clean.slice(0, maxLength)}…` : clean;
    let result = '';
    let last = 0;
    for (const match of clipped.matchAll(inertTokens)) {
        result += escapeMarkup(clipped.slice(last, match.index));
        result += `<code>${escapeCodeText(match[0])}</code>`;
        last = match.index + match[0].length;
    }
    return result + escapeMarkup(clipped.slice(last));
}
// Markdown is still parsed inside inline HTML, so links and emphasis need escaping there too;
// "|" becomes an entity because GFM splits table cells before it parses code.
function escapeCodeText(text) {
    return text
        .replace(/[\\`*_{}[\]()!~]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;');
}
/** Inline text for one table cell: one line, pipes escaped. */
function sanitizeTableCell(text, maxLength = 300) {
    return sanitizeInline(text.replace(/\s*\n\s*/g, ' '), maxLength);
}
/** A fenced code block longer than any backtick run inside, so content cannot close it early. */
function fencedCode(text, language = '') {
    const clean = stripInvisible(text).replace(/\n+$/, '');
    const longestRun = Math.max(0, ...[...clean.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    const info = language.replace(/[^a-z0-9+-]/gi, '');
    return `${fence}${info}\n${clean}\n${fence}`;
}


/***/ }),

/***/ 7878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ egressViolations),
/* harmony export */   j_: () => (/* binding */ destination),
/* harmony export */   qC: () => (/* binding */ summariseEgress)
/* harmony export */ });
/* unused harmony export MAX_EGRESS_RECORDS */
// Destinations listed per decision; the rest are counted in `omitted`.
const MAX_EGRESS_RECORDS = 200;
const MAX_FIELD = 300;
function summariseEgress(events, totals) {
    const allowed = fold(events.filter((event) => event.decision === 'allow'));
    const denied = fold(events.filter((event) => event.decision === 'deny'));
    const omitted = Math.max(0, allowed.length - MAX_EGRESS_RECORDS) +
        Math.max(0, denied.length - MAX_EGRESS_RECORDS) +
        totals.unrecorded;
    return {
        connections: totals.connections,
        bytes: totals.bytes,
        allowed: allowed.slice(0, MAX_EGRESS_RECORDS),
        denied: denied.slice(0, MAX_EGRESS_RECORDS),
        omitted,
    };
}
/** Each refused destination once, as the violation a maintainer sees beside the trace's. */
function egressViolations(denied) {
    return denied.map((record) => ({
        kind: 'network',
        syscall: 'proxy',
        detail: `install proxy refused ${destination(record)} (${record.rule ?? 'denied'}): ${record.reason}`,
        process: 'install-command',
        count: record.count,
        firstAtMs: record.firstAtMs,
        phase: 'install',
    }));
}
/** Folds repeats of one destination and decision; first-seen order. */
function fold(events) {
    const byKey = new Map();
    for (const event of events) {
        const host = clip(event.host);
        const key = `${host}\0${event.port}\0${event.rule ?? ''}\0${event.address ?? ''}`;
        const seen = byKey.get(key);
        if (seen) {
            byKey.set(key, { ...seen, count: seen.count + 1, bytes: seen.bytes + event.bytes });
            continue;
        }
        byKey.set(key, {
            host,
            port: event.port,
            address: event.address ?? null,
            rule: event.rule ?? null,
            reason: clip(event.error ? `${event.reason}; ${event.error}` : event.reason),
            count: 1,
            bytes: event.bytes,
            firstAtMs: Math.max(0, Math.round(event.atMs)),
        });
    }
    return [...byKey.values()];
}
/**
 * `host:port` as the proxy saw it, with an IPv6 address in brackets so the port stays unambiguous.
 * Raw guest-influenced text: sanitise it before it is shown.
 */
function destination(record) {
    return record.host.includes(':')
        ? `[${record.host}]:${record.port}`
        : `${record.host}:${record.port}`;
}
function clip(text) {
    return text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}…` : text;
}


/***/ })

};
