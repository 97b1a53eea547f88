export const id = 474;
export const ids = [474];
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

/***/ 474:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCommand: () => (/* binding */ checkCommand),
  checkUsage: () => (/* binding */ checkUsage),
  parseCheckArgs: () => (/* binding */ parseCheckArgs),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./.build/lib/scan/scan-changes.js
var scan_changes = __webpack_require__(6225);
// EXTERNAL MODULE: ./.build/lib/adapters/scanner/scan-grammars.js + 1 modules
var scan_grammars = __webpack_require__(295);
;// CONCATENATED MODULE: ./.build/lib/adapters/scanner/change-scanner.js


/** The diff-aware scanner with its WASM grammars loaded once. */
async function changeScanner() {
    const parser = await (0,scan_grammars/* loadSyntaxParser */.v)();
    return { scan: (changes) => (0,scan_changes/* scanChanges */.Vc)(changes, { parser, clock: () => performance.now() }) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var lib_core = __webpack_require__(6811);
// EXTERNAL MODULE: ./.build/lib/report/sanitize-markdown.js
var sanitize_markdown = __webpack_require__(9126);
;// CONCATENATED MODULE: ./.build/lib/adapters/github/pipeline-loggers.js




/** The Actions log: one group per stage; untrusted text between ::stop-commands:: markers. */
function actionsLogger() {
    return {
        info: (message) => core.info(message),
        warn: (message) => core.warning(message),
        error: (message) => core.error(message),
        sandboxOutput: (_stream, line) => echoUntrusted([line]),
        group: (name, stage) => core.group(name, stage),
        untrusted: (title, lines) => {
            core.info(`${title}:`);
            echoUntrusted(lines);
        },
    };
}
function echoUntrusted(lines) {
    // A fresh token per block: output that guessed an earlier one cannot end this block.
    for (const line of wrapUntrustedLog(lines.map(stripInvisible), randomUUID()))
        core.info(line);
}
/** A terminal: stages and untrusted output as plain prefixed lines on the logger. */
function terminalLogger(log) {
    return {
        info: (message) => log.info(message),
        warn: (message) => log.warn(message),
        error: (message) => log.error(message),
        sandboxOutput: (stream, line) => log.sandboxOutput(stream, line),
        group: async (name, stage) => {
            log.info(`— ${name.toLowerCase()}`);
            return stage();
        },
        untrusted: (_title, lines) => {
            for (const line of lines)
                log.sandboxOutput('stdout', (0,sanitize_markdown/* stripInvisible */._0)(line));
        },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2269);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __webpack_require__(8532);
// EXTERNAL MODULE: ./.build/lib/config/egress-policy-input.js
var egress_policy_input = __webpack_require__(948);
// EXTERNAL MODULE: ./.build/lib/config/shard-spec.js
var shard_spec = __webpack_require__(925);
;// CONCATENATED MODULE: ./.build/lib/config/input-values.js

// actions/toolkit getBooleanInput accepts exactly these spellings (YAML 1.2 core schema).
const trueValues = ['true', 'True', 'TRUE'];
const falseValues = ['false', 'False', 'FALSE'];
const toolkitBoolean = schemas/* string */.YjP().transform((value, ctx) => {
    if (trueValues.includes(value))
        return true;
    if (falseValues.includes(value))
        return false;
    ctx.addIssue({
        code: 'custom',
        message: `must be one of true, True, TRUE, false, False, FALSE (got "${value.slice(0, 40)}")`,
    });
    return core_core/* NEVER */.tm;
});
/** A comma- or newline-separated list; blanks dropped. */
const listInput = schemas/* string */.YjP()
    .max(16 * 1024)
    .transform((value) => value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0))
    .pipe(schemas/* array */.YOg(schemas/* string */.YjP().max(256)).max(256));
const sizeUnits = {
    '': 1,
    m: 1,
    mi: 1,
    mib: 1,
    mb: 1,
    g: 1024,
    gi: 1024,
    gib: 1024,
    gb: 1024,
};
/** A memory size in MiB: "2048", "512M", "4G". */
const mebibytes = schemas/* string */.YjP().transform((value, ctx) => {
    const match = /^(\d{1,7})\s*([a-z]*)$/i.exec(value.trim());
    const unit = sizeUnits[match?.[2]?.toLowerCase() ?? 'x'];
    if (!match || unit === undefined) {
        ctx.addIssue({ code: 'custom', message: 'must be a size such as 2048 (MiB), 512M or 4G' });
        return core_core/* NEVER */.tm;
    }
    return Number(match[1]) * unit;
});
const durationUnits = { '': 1, s: 1, m: 60, h: 3600 };
/** A duration in seconds: "600", "90s", "10m", "1h". */
const seconds = schemas/* string */.YjP().transform((value, ctx) => {
    const match = /^(\d{1,7})\s*([smh]?)$/i.exec(value.trim());
    const unit = durationUnits[match?.[2]?.toLowerCase() ?? 'x'];
    if (!match || unit === undefined) {
        ctx.addIssue({
            code: 'custom',
            message: 'must be a duration such as 600 (seconds), 90s or 10m',
        });
        return core_core/* NEVER */.tm;
    }
    return Number(match[1]) * unit;
});
const decimal = schemas/* string */.YjP()
    .regex(/^\d+(\.\d+)?$/, 'must be a number such as 2 or 0.5')
    .transform(Number);
const integer = schemas/* string */.YjP()
    .regex(/^\d{1,9}$/, 'must be a whole number')
    .transform(Number);

// EXTERNAL MODULE: ./.build/lib/config/package-caches.js
var package_caches = __webpack_require__(8533);
;// CONCATENATED MODULE: ./.build/lib/config/action-inputs.js






/** Raw defaults exactly as action.yml declares them; a test keeps the two equal. */
const inputDefaults = {
    'github-token': '${{ github.token }}',
    mode: 'full',
    'test-command': '',
    'install-command': '',
    'install-from': 'head',
    'allow-hosts': '',
    'working-directory': '.',
    scope: 'ai-authored',
    'fail-on': 'high',
    'block-on-violations': 'network, privilege',
    'ai-authors': '',
    'ai-labels': 'ai-generated, ai-authored, codex',
    'ai-branch-prefixes': 'copilot/, codex/, *-codex/, devin/, cursor/, claude/',
    'policy-file': '.github/airlock.yml',
    'check-name': 'Airlock',
    comment: 'true',
    'upload-sarif': 'false',
    'sarif-category': 'airlock',
    'results-dir': 'airlock-results',
    'allow-persisted-credentials': 'false',
    memory: '2048',
    cpus: '2',
    timeout: '600',
    pids: '512',
    'workspace-size': '8192',
    'sandbox-env': '',
    'sandbox-root': 'auto',
    shard: '',
    'package-caches': 'auto',
};
const relativePath = schemas/* string */.YjP()
    .max(1024)
    .refine((path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (relative, without "..")',
});
const command = schemas/* string */.YjP()
    .max(32 * 1024)
    .transform((value) => (value.trim() === '' ? null : value));
const failOnSchema = schemas/* enum */.k5n(['low', 'medium', 'high', 'critical', 'none']);
const scopeSchema = schemas/* enum */.k5n(['ai-authored', 'all']);
const violationKindSchema = schemas/* enum */.k5n([
    'network',
    'filesystem',
    'process',
    'privilege',
    'resource',
]);
const installFromSchema = schemas/* enum */.k5n(['head', 'base']);
/** auto: the runner's own toolchains on GitHub-hosted runners, Airlock's image elsewhere. */
const sandboxRootSchema = schemas/* enum */.k5n(['auto', 'runner', 'image']);
/** The sandbox limits' bounds, in MiB, cores, seconds and processes; the policy file's too. */
const limitSchemas = {
    memory: schemas/* number */.aig()
        .int()
        .min(64)
        .max(1024 * 1024),
    cpus: schemas/* number */.aig().min(0.1).max(256),
    timeout: schemas/* number */.aig()
        .int()
        .min(1)
        .max(6 * 3600),
    pids: schemas/* number */.aig().int().min(16).max(1_000_000),
    'workspace-size': schemas/* number */.aig()
        .int()
        .min(1)
        .max(1024 * 1024),
};
// Each allowed host widens what the install phase can reach; a hundred names is already generous.
const MAX_ALLOW_HOSTS = 100;
/** Hostnames or `*.domain` patterns, checked by the same rules the egress policy enforces. */
const allowHostsSchema = schemas/* array */.YOg(schemas/* string */.YjP())
    .max(MAX_ALLOW_HOSTS, `at most ${MAX_ALLOW_HOSTS} hosts; use *.domain patterns to cover more`)
    .superRefine((hosts, ctx) => {
    const checked = egress_policy_input/* egressPolicyInputSchema */.vC.safeParse({ allowHosts: hosts });
    if (checked.success)
        return;
    const problems = checked.error.issues.map((issue) => issue.message).join('; ');
    ctx.addIssue({
        code: 'custom',
        message: `${problems}; use hostnames such as pkg.example.com or *.example.com`,
    });
})
    .transform((hosts) => hosts.map(egress_policy_input/* normalizeHost */.cS));
// auto, none, or KIND=DIR entries (one per kind).
const packageCachesSchema = listInput.transform((items, ctx) => {
    if (items.length === 1 && items[0] === 'auto')
        return 'auto';
    if (items.length === 1 && items[0] === 'none')
        return [];
    const caches = items.map(package_caches/* parsePackageCache */._r);
    const kinds = new Set(caches.map((cache) => cache?.kind));
    if (caches.every((cache) => cache !== null) && kinds.size === caches.length)
        return caches;
    ctx.addIssue({
        code: 'custom',
        message: 'must be auto, none, or KIND=DIR entries (KIND npm, pip or go, once each; DIR an absolute path)',
    });
    return core_core/* NEVER */.tm;
});
const inputSchemas = {
    'github-token': schemas/* string */.YjP().max(4096),
    mode: schemas/* enum */.k5n(['full', 'analyze', 'report']),
    'test-command': command,
    'install-command': command,
    'install-from': installFromSchema,
    'allow-hosts': listInput.pipe(allowHostsSchema),
    'working-directory': relativePath,
    scope: scopeSchema,
    'fail-on': failOnSchema,
    'block-on-violations': listInput.pipe(schemas/* array */.YOg(violationKindSchema)),
    'ai-authors': listInput,
    'ai-labels': listInput,
    'ai-branch-prefixes': listInput,
    'policy-file': relativePath,
    'check-name': schemas/* string */.YjP().min(1).max(100),
    comment: toolkitBoolean,
    'upload-sarif': toolkitBoolean,
    'sarif-category': schemas/* string */.YjP()
        .regex(/^[\w./-]{1,100}$/, 'use letters, digits, "-", "_", "." or "/"'),
    'results-dir': relativePath,
    'allow-persisted-credentials': toolkitBoolean,
    memory: mebibytes.pipe(limitSchemas.memory),
    cpus: decimal.pipe(limitSchemas.cpus),
    timeout: seconds.pipe(limitSchemas.timeout),
    pids: integer.pipe(limitSchemas.pids),
    'workspace-size': mebibytes.pipe(limitSchemas['workspace-size']),
    'sandbox-env': listInput,
    'sandbox-root': sandboxRootSchema,
    shard: schemas/* union */.KCZ([schemas/* literal */.euz('').transform(() => null), shard_spec/* shardSpecSchema */.n0]),
    'package-caches': packageCachesSchema,
};
// An input the workflow leaves out arrives as "" (toolkit getInput), which means "use the default";
// the token's default is an expression only the runner can evaluate, so "" stays "".
const defaultFor = (name) => name === 'github-token' ? '' : inputDefaults[name];
const actionInputsSchema = schemas/* object */.Ikc(Object.fromEntries(Object.entries(inputSchemas).map(([name, schema]) => [
    name,
    schemas/* preprocess */.vkY((value) => (value === undefined || value === '' ? defaultFor(name) : value), schema),
])));
/** Parses every input once; `raw` maps input names to what the runner passed (INPUT_*). */
function parseActionInputs(raw) {
    const trimmed = Object.fromEntries(Object.keys(inputDefaults).map((name) => [name, trimInput(name, raw[name])]));
    const parsed = actionInputsSchema.safeParse(trimmed);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* ConfigError */.xL(String(issue?.path[0] ?? 'inputs'), issue?.message ?? 'invalid');
    }
    const input = parsed.data;
    // A full-mode shard would publish a verdict on its slice alone; report merges the shards.
    if (input.shard !== null && input.mode !== 'analyze')
        throw new errors/* ConfigError */.xL('shard', 'applies to mode: analyze; a mode: report job then merges the shards into one verdict');
    const config = {
        mode: input.mode,
        testCommand: input['test-command'],
        installCommand: input['install-command'],
        installFrom: input['install-from'],
        allowHosts: input['allow-hosts'],
        workingDirectory: input['working-directory'],
        scope: input.scope,
        failOn: input['fail-on'],
        blockOnViolations: input['block-on-violations'],
        aiAuthors: input['ai-authors'],
        aiLabels: input['ai-labels'],
        aiBranchPrefixes: input['ai-branch-prefixes'],
        policyFile: input['policy-file'],
        acceptLabel: null,
        checkName: input['check-name'],
        comment: input.comment,
        uploadSarif: input['upload-sarif'],
        sarifCategory: input['sarif-category'],
        resultsDir: input['results-dir'],
        allowPersistedCredentials: input['allow-persisted-credentials'],
        limits: {
            memoryMiB: input.memory,
            cpus: input.cpus,
            timeoutSeconds: input.timeout,
            pids: input.pids,
            workspaceMiB: input['workspace-size'],
        },
        sandboxEnv: input['sandbox-env'],
        sandboxRoot: input['sandbox-root'],
        shard: input.shard,
        packageCaches: input['package-caches'],
    };
    return { config: Object.freeze(config), token: input['github-token'] };
}
// Commands keep their inner whitespace (multi-line scripts); single-line values are trimmed.
function trimInput(name, value) {
    if (value === undefined)
        return undefined;
    return name === 'test-command' || name === 'install-command' ? value : value.trim();
}
/** Reads INPUT_* variables the way the runner names them: upper-cased, spaces to "_". */
function inputsFromEnv(env) {
    return Object.fromEntries(Object.keys(inputDefaults).map((name) => [
        name,
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`],
    ]));
}

;// CONCATENATED MODULE: ./.build/lib/config/policy-file.js




// The policy is a short hand-written file; anything larger is not one and is not worth parsing.
const MAX_POLICY_BYTES = 64 * 1024;
const patternList = schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(256)).max(256);
const policySchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1).default(1),
    scope: scopeSchema.optional(),
    'fail-on': failOnSchema.optional(),
    'block-on-violations': schemas/* array */.YOg(violationKindSchema).max(5).optional(),
    'test-command': schemas/* string */.YjP()
        .min(1)
        .max(32 * 1024)
        .optional(),
    'install-command': schemas/* string */.YjP()
        .min(1)
        .max(32 * 1024)
        .optional(),
    'install-from': installFromSchema.optional(),
    'allow-hosts': allowHostsSchema.optional(),
    'ai-authors': patternList.optional(),
    'ai-labels': patternList.optional(),
    'ai-branch-prefixes': patternList.optional(),
    // GitHub label names are at most 50 characters; commas would split the list inputs.
    'accept-label': schemas/* string */.YjP()
        .regex(/^[^,\n]{1,50}$/, 'a label name: 1 to 50 characters, no comma or newline')
        .optional(),
    'sandbox-root': sandboxRootSchema.optional(),
    limits: schemas/* object */.Ikc({
        memory: limitSchemas.memory.optional(),
        cpus: limitSchemas.cpus.optional(),
        timeout: limitSchemas.timeout.optional(),
        pids: limitSchemas.pids.optional(),
        'workspace-size': limitSchemas['workspace-size'].optional(),
    })
        .strict()
        .optional(),
})
    .strict();
/**
 * Parses the policy file read from the base branch. `text` null means the file does not exist,
 * which is not an error. `source` names the file in error messages.
 */
function parsePolicyFile(text, source) {
    if (text === null)
        return null;
    if (new TextEncoder().encode(text).length > MAX_POLICY_BYTES) {
        throw new errors/* ConfigError */.xL(source, `is larger than ${MAX_POLICY_BYTES} bytes; keep the policy short`);
    }
    let document;
    try {
        // Aliases can expand exponentially ("billion laughs"); a policy never needs more than a few.
        document = (0,dist/* parse */.qg)(text, { maxAliasCount: 16, uniqueKeys: true, prettyErrors: true });
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(source, `is not valid YAML: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`);
    }
    const parsed = policySchema.safeParse(document ?? {});
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') || '(top level)';
    throw new errors/* ConfigError */.xL(source, `${where}: ${issue?.message ?? 'invalid'}`);
}
/**
 * The base branch's policy wins over action inputs: for pull_request events the workflow file
 * (and so every `with:` input) comes from the PR's merge ref, which the PR author controls.
 */
function applyPolicy(config, policy) {
    if (policy === null)
        return config;
    const limits = policy.limits ?? {};
    return Object.freeze({
        ...config,
        scope: policy.scope ?? config.scope,
        failOn: policy['fail-on'] ?? config.failOn,
        blockOnViolations: policy['block-on-violations'] ?? config.blockOnViolations,
        testCommand: policy['test-command'] ?? config.testCommand,
        installCommand: policy['install-command'] ?? config.installCommand,
        installFrom: policy['install-from'] ?? config.installFrom,
        // Replaced, not merged: hosts from the PR-controlled workflow must not widen the base's list.
        allowHosts: policy['allow-hosts'] ?? config.allowHosts,
        aiAuthors: [...config.aiAuthors, ...(policy['ai-authors'] ?? [])],
        aiLabels: [...config.aiLabels, ...(policy['ai-labels'] ?? [])],
        aiBranchPrefixes: [...config.aiBranchPrefixes, ...(policy['ai-branch-prefixes'] ?? [])],
        acceptLabel: policy['accept-label'] ?? config.acceptLabel,
        sandboxRoot: policy['sandbox-root'] ?? config.sandboxRoot,
        limits: {
            memoryMiB: limits.memory ?? config.limits.memoryMiB,
            cpus: limits.cpus ?? config.limits.cpus,
            timeoutSeconds: limits.timeout ?? config.limits.timeoutSeconds,
            pids: limits.pids ?? config.limits.pids,
            workspaceMiB: limits['workspace-size'] ?? config.limits.workspaceMiB,
        },
    });
}

// EXTERNAL MODULE: ./.build/lib/scan/scan-file.js + 24 modules
var scan_file = __webpack_require__(4538);
// EXTERNAL MODULE: ./.build/lib/adapters/git/git-objects.js + 2 modules
var git_objects = __webpack_require__(3106);
;// CONCATENATED MODULE: ./.build/lib/collect/provenance-commit-log.js
/** Arguments for `git log` whose output parseCommitLog reads: one NUL-terminated record each. */
const commitLogFormat = '--format=%H%n%P%n%an%n%ae%n%cn%n%ce%n%B';
/**
 * Parses `git log -z <commitLogFormat>`. Identities cannot hold newlines (git strips them), so
 * the first six lines are fields and the rest of the record is the raw message.
 */
function parseCommitLog(text) {
    return text
        .split('\0')
        .filter((record) => record.trim() !== '')
        .map((record) => {
        const fields = record.replace(/^\n/, '').split('\n');
        const [sha = '', parents = '', an = '', ae = '', cn = '', ce = ''] = fields;
        if (!/^[0-9a-f]{40,64}$/.test(sha))
            throw new Error(`unexpected git log record: ${sha.slice(0, 80)}`);
        return {
            sha,
            parents: parents.split(' ').filter((parent) => parent !== ''),
            author: { name: an, email: ae },
            committer: { name: cn, email: ce },
            message: fields.slice(6).join('\n'),
        };
    });
}

;// CONCATENATED MODULE: ./.build/lib/adapters/git/git-history.js


// Refs come from the event payload; a leading "-" would turn one into an option.
function checkRevision(revision) {
    if (!/^[0-9a-f]{7,64}$/i.test(revision) && !/^[\w./~^-]+$/.test(revision)) {
        throw new Error(`not a git revision: ${JSON.stringify(revision)}`);
    }
    if (revision.startsWith('-'))
        throw new Error(`not a git revision: ${JSON.stringify(revision)}`);
    return revision;
}
/**
 * Git history of a local repository, read from objects only (never the working tree), with argv
 * arrays and no shell. `-c core.quotePath=false` keeps non-ASCII paths verbatim in -z output.
 */
function gitHistory(repoDir) {
    const git = async (args) => {
        const result = await (0,execa/* execa */.Ho)('git', ['-c', 'core.quotePath=false', ...args], {
            cwd: repoDir,
            reject: false,
            stripFinalNewline: false,
            maxBuffer: 256 * 1024 * 1024,
            env: { GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
        });
        if (result.exitCode !== 0)
            throw new Error(`git ${args[0]} failed (${result.exitCode}): ${result.stderr.slice(0, 500)}`);
        return result.stdout;
    };
    const range = (base, head) => `${checkRevision(base)}..${checkRevision(head)}`;
    const nulList = (text) => text.split('\0').filter((path) => path !== '');
    return {
        commitLog: async (base, head) => git(['log', '-z', commitLogFormat, range(base, head), '--']),
        changedPaths: async (base, head) => nulList(await git([
            'diff',
            '--name-only',
            '-z',
            '--no-renames',
            '--diff-filter=d',
            `${checkRevision(base)}...${checkRevision(head)}`,
            '--',
        ])),
        blame: async (base, head, path) => git(['blame', '--porcelain', '--no-textconv', range(base, head), '--', path]),
        commitPaths: async (sha) => nulList(await git([
            'diff-tree',
            '--no-commit-id',
            '--name-only',
            '-z',
            '-r',
            '--root',
            '--no-renames',
            checkRevision(sha),
            '--',
        ])),
    };
}

;// CONCATENATED MODULE: ./.build/lib/adapters/git/repository-git.js









const REGULAR_FILE = /^100(644|755)$/;
/** Everything the pipeline reads from git, from objects only, with argv arrays and no shell. */
function repositoryGit(repoDir) {
    const git = async (args) => {
        const result = await (0,execa/* execa */.Ho)('git', ['-c', 'core.quotePath=false', ...args], {
            cwd: repoDir,
            reject: false,
            env: { GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
        });
        return { ok: result.exitCode === 0, stdout: result.stdout, stderr: result.stderr };
    };
    const resolveCommit = async (ref) => {
        const result = await git([
            'rev-parse',
            '--verify',
            '--quiet',
            '--end-of-options',
            `${ref}^{commit}`,
        ]);
        if (!result.ok || !/^[0-9a-f]{40,64}$/.test(result.stdout.trim()))
            throw new errors/* ConfigError */.xL(ref.startsWith('-') ? 'revision' : ref, `does not name a commit in ${repoDir} (fetch the full history: actions/checkout with fetch-depth: 0)`);
        return result.stdout.trim();
    };
    return {
        ...gitHistory(repoDir),
        resolveCommit,
        async mergeBase(base, head) {
            const result = await git(['merge-base', '--end-of-options', base, head]);
            if (!result.ok)
                throw new errors/* ConfigError */.xL('base', `${base} and ${head} have no common ancestor; fetch the full history (fetch-depth: 0)`);
            return result.stdout.trim();
        },
        changeSet: (base, head) => (0,git_objects/* readGitDiff */.y)(`${base}..${head}`, { cwd: repoDir, maxBytes: scan_file/* MAX_FILE_BYTES */.gZ }),
        async fileAt(revision, path) {
            // ls-tree gives the mode, so a symlink or submodule at the path reads as no file.
            const listing = await git([
                'ls-tree',
                '-z',
                '--long',
                '--end-of-options',
                revision,
                '--',
                path,
            ]);
            const [meta = ''] = listing.stdout.split('\t');
            const [mode = '', type = '', oid = '', size = '0'] = meta.trim().split(/\s+/);
            if (!listing.ok || type !== 'blob' || !REGULAR_FILE.test(mode))
                return null;
            if (Number(size) > MAX_POLICY_BYTES)
                throw new errors/* ConfigError */.xL(path, `is larger than ${MAX_POLICY_BYTES} bytes; keep the policy short`);
            const blob = await git(['cat-file', 'blob', oid]);
            return blob.ok ? blob.stdout : null;
        },
    };
}
/** The top level of the repository containing `cwd`. */
async function repositoryRoot(cwd) {
    const result = await (0,execa/* execa */.Ho)('git', ['rev-parse', '--show-toplevel'], { cwd, reject: false });
    if (result.exitCode !== 0)
        throw new errors/* ConfigError */.xL('airlock check', `${cwd} is not inside a git repository`);
    return result.stdout.trim();
}
/** Writes the tree of `commit` (from git objects) into a new temporary directory. */
async function exportTree(repoDir, commit) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'airlock-tree-'));
    await (0,execa/* execa */.Ho)('git', ['archive', '--format=tar', commit], { cwd: repoDir }).pipe('tar', [
        '-x',
        '-C',
        dir,
    ]);
    return { dir, dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./.build/lib/config/sandbox-result.js

// The CLI keeps 256 KiB head + tail of each stream (two phases: four streams); JSON escaping can
// inflate that up to 6x.
const MAX_SANDBOX_JSON_BYTES = 32 * 1024 * 1024;
/** The most violations a result (and a merged report) holds. */
const MAX_VIOLATIONS = 1000;
const sandbox_result_text = (max) => schemas/* string */.YjP().max(max);
const violationSchema = schemas/* object */.Ikc({
    kind: schemas/* enum */.k5n(['network', 'filesystem', 'process', 'privilege', 'resource']),
    syscall: sandbox_result_text(200),
    detail: sandbox_result_text(4000),
    process: sandbox_result_text(400),
    count: schemas/* number */.aig().int().min(0),
    firstAtMs: schemas/* number */.aig().min(0),
    phase: schemas/* enum */.k5n(['install', 'test']).optional(),
    test: schemas/* object */.Ikc({
        name: sandbox_result_text(1000),
        file: sandbox_result_text(1024).nullable(),
        line: schemas/* number */.aig().int().min(0).nullable(),
    })
        .optional(),
    shard: schemas/* number */.aig().int().min(1).max(256).optional(),
});
const outcomeSchema = schemas/* enum */.k5n([
    'passed',
    'failed',
    'timeout',
    'memory-limit',
    'process-limit',
    'output-limit',
    'sandbox-error',
]);
const egressRecordSchema = schemas/* object */.Ikc({
    host: sandbox_result_text(400),
    port: schemas/* number */.aig().int().min(0).max(65_535),
    address: sandbox_result_text(64).nullable(),
    rule: sandbox_result_text(40).nullable(),
    reason: sandbox_result_text(1000),
    count: schemas/* number */.aig().int().min(0),
    bytes: schemas/* number */.aig().min(0),
    firstAtMs: schemas/* number */.aig().min(0),
});
// What every sandboxed command reports, the install's run as much as the command's.
const runFields = {
    outcome: outcomeSchema,
    exitCode: schemas/* number */.aig().int().nullable(),
    signal: sandbox_result_text(32).nullable(),
    durationMs: schemas/* number */.aig().min(0),
    stdout: sandbox_result_text(4 * 1024 * 1024),
    stderr: sandbox_result_text(4 * 1024 * 1024),
    truncated: schemas/* object */.Ikc({ stdout: schemas/* boolean */.zMY(), stderr: schemas/* boolean */.zMY() }),
    resources: schemas/* object */.Ikc({
        cpuMs: schemas/* number */.aig().min(0).nullable(),
        peakMemoryBytes: schemas/* number */.aig().min(0).nullable(),
    }),
};
const installResultSchema = schemas/* object */.Ikc({
    ...runFields,
    egress: schemas/* object */.Ikc({
        connections: schemas/* number */.aig().int().min(0),
        bytes: schemas/* number */.aig().min(0),
        allowed: schemas/* array */.YOg(egressRecordSchema).max(1000),
        denied: schemas/* array */.YOg(egressRecordSchema).max(1000),
        omitted: schemas/* number */.aig().int().min(0),
    }),
});
/** The `airlock run --json` contract (SandboxResult), as read back from another process or an artifact. */
const sandboxResultSchema = schemas/* object */.Ikc({
    ...runFields,
    sandbox: schemas/* object */.Ikc({
        runtime: schemas/* literal */.euz('gvisor'),
        runscVersion: sandbox_result_text(100),
        platform: schemas/* enum */.k5n(['systrap', 'ptrace']),
        root: schemas/* enum */.k5n(['runner', 'image']).optional(),
    }),
    violations: schemas/* array */.YOg(violationSchema).max(MAX_VIOLATIONS),
    error: sandbox_result_text(8000).nullable(),
    results: schemas/* array */.YOg(sandbox_result_text(1024)).max(10_000),
    startedAt: schemas/* string */.YjP().max(40).optional(),
    phase: schemas/* enum */.k5n(['install', 'test']).optional(),
    install: installResultSchema.nullable().optional(),
    telemetry: schemas/* object */.Ikc({
        available: schemas/* boolean */.zMY(),
        missing: schemas/* array */.YOg(schemas/* enum */.k5n(['syscall-trace', 'file-monitor', 'seccomp-refusals'])).max(8),
        reason: sandbox_result_text(2000).nullable(),
    })
        .optional(),
});
/** Parses `airlock run --json` stdout; null when it is not exactly one valid result. */
function parseSandboxResultJson(stdout) {
    if (stdout.length > MAX_SANDBOX_JSON_BYTES)
        return null;
    let value;
    try {
        value = JSON.parse(stdout);
    }
    catch {
        return null;
    }
    const parsed = sandboxResultSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 28 modules
var XMLParser = __webpack_require__(8879);
;// CONCATENATED MODULE: ./.build/lib/verdict/junit-xml.js

// A JUnit report of even a large suite is a few MiB; more is not a report we should parse.
const MAX_JUNIT_BYTES = 32 * 1024 * 1024;
const MAX_CASES = 5000;
const MAX_MESSAGE = 4000;
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});
/** Reads pytest, vitest, jest-junit and node --test JUnit XML into per-test results. */
function parseJunitXml(xml, options) {
    if (xml.length > MAX_JUNIT_BYTES)
        throw new Error(`JUnit report larger than ${MAX_JUNIT_BYTES} bytes`);
    // JUnit never needs a DTD; refusing one rules out entity expansion attacks.
    if (/<!DOCTYPE|<!ENTITY/i.test(xml))
        throw new Error('JUnit report contains a DTD');
    const document = parser.parse(xml);
    const root = (document.testsuites ?? document);
    const cases = [];
    const counts = { passed: 0, failed: 0, errored: 0, skipped: 0 };
    let total = 0;
    for (const { suite, node } of testcases(root, '')) {
        total += 1;
        const result = toResult(node, suite, options);
        counts[result.status] += 1;
        // Failing cases first: they are what the report names.
        if (cases.length < MAX_CASES || result.status !== 'passed')
            cases.push(result);
    }
    const kept = [
        ...cases.filter((c) => c.status !== 'passed'),
        ...cases.filter((c) => c.status === 'passed'),
    ];
    return {
        source: 'junit',
        ...counts,
        cases: kept.slice(0, MAX_CASES),
        truncated: total > MAX_CASES,
    };
}
function* testcases(node, suite) {
    for (const testcase of asNodes(node.testcase))
        yield { suite, node: testcase };
    for (const child of asNodes(node.testsuite)) {
        yield* testcases(child, attr(child, 'name') ?? suite);
    }
}
function asNodes(value) {
    return Array.isArray(value)
        ? value.filter((v) => typeof v === 'object' && v !== null)
        : [];
}
function attr(node, name) {
    const value = node[`@${name}`];
    return typeof value === 'string' ? value : undefined;
}
function bodyOf(raw) {
    // <failure>text</failure> parses to a string; with attributes, to an object.
    if (typeof raw === 'string')
        return raw.trim();
    if (typeof raw !== 'object' || raw === null)
        return '';
    const node = raw;
    const body = typeof node['#text'] === 'string' ? node['#text'].trim() : '';
    return [attr(node, 'message'), body].filter(Boolean).join('\n');
}
function problemOf(node) {
    const [failure] = Array.isArray(node.failure) ? node.failure : [];
    if (failure !== undefined)
        return { status: 'failed', message: bodyOf(failure) };
    const [error] = Array.isArray(node.error) ? node.error : [];
    if (error !== undefined)
        return { status: 'errored', message: bodyOf(error) };
    return { status: Array.isArray(node.skipped) ? 'skipped' : 'passed', message: '' };
}
function toResult(node, suite, options) {
    const problem = problemOf(node);
    const message = problem.message.slice(0, MAX_MESSAGE);
    const location = locate(node, message, options);
    const time = Number(attr(node, 'time'));
    return {
        suite: suite.slice(0, 500),
        name: (attr(node, 'name') ?? '').slice(0, 500),
        status: problem.status,
        file: location.file,
        line: location.line,
        message,
        durationMs: Number.isFinite(time) ? Math.round(time * 1000) : null,
    };
}
/** Makes a reported path repository-relative, or null when it lies outside the roots. */
function junit_xml_relativePath(path, roots) {
    const plain = path.replace(/^file:\/\//, '').replace(/^\.\//, '');
    if (!plain.startsWith('/'))
        return plain.includes('..') ? null : plain;
    const root = roots.find((r) => plain.startsWith(`${r.replace(/\/$/, '')}/`));
    return root === undefined ? null : plain.slice(root.replace(/\/$/, '').length + 1);
}
const junit_xml_frame = /((?:file:\/\/)?[^\s():'"❯]+\.[A-Za-z0-9]{1,6}):(\d+)/g;
function locate(node, message, options) {
    const classname = attr(node, 'classname') ?? '';
    const declared = attr(node, 'file') ?? (/\.[cm]?[jt]sx?$|\.py$/.test(classname) ? classname : undefined);
    const file = declared === undefined ? null : junit_xml_relativePath(declared, options.roots);
    const lineAttr = Number(attr(node, 'line'));
    const frames = [...message.matchAll(junit_xml_frame)]
        .map((m) => ({ file: junit_xml_relativePath(m[1] ?? '', options.roots), line: Number(m[2]) }))
        .filter((f) => f.file !== null && !/node_modules|site-packages|^node:/.test(f.file));
    if (file !== null) {
        const match = frames.find((f) => f.file === file);
        return {
            file,
            line: Number.isInteger(lineAttr) && lineAttr > 0 ? lineAttr : (match?.line ?? null),
        };
    }
    // pytest's default xunit2 has no file attribute: the module path comes from the dotted classname.
    const modulePath = classname
        .split('.')
        .filter((part) => !/^[A-Z]/.test(part))
        .join('/');
    const match = frames.find((f) => f.file.replace(/\.[^.]+$/, '') === modulePath) ?? frames[0];
    return { file: match?.file ?? null, line: match?.line ?? null };
}

// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-client/sandbox-cli-argv.js
var sandbox_cli_argv = __webpack_require__(2792);
;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-client/sandbox-runner.js










const MAX_JUNIT_FILES = 20;
/** dist/cli.js beside the bundled entry, or the repository's dist/cli.js when running from source. */
function airlockCliPath() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'cli.js')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'index.js')))
        return (0,external_node_path_.join)(dir, 'cli.js');
    for (let depth = 0; depth < 5; depth += 1) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'dist', 'cli.js')))
            return (0,external_node_path_.join)(dir, 'dist', 'cli.js');
        dir = (0,external_node_path_.dirname)(dir);
    }
    return (0,external_node_path_.join)(process.cwd(), 'dist', 'cli.js');
}
/** The install's package caches: a given list as it is, `auto` as the usual ones that are directories. */
async function packageCachesOf(request, hostEnv) {
    const choice = request.install?.packageCaches ?? [];
    if (choice !== 'auto')
        return choice;
    const found = [];
    for (const cache of (0,package_caches/* usualPackageCaches */.oV)(hostEnv)) {
        const stat = await (0,promises_.lstat)(cache.hostPath).catch(() => null);
        if (stat?.isDirectory())
            found.push(cache);
    }
    return found;
}
/**
 * Runs each command through `airlock run --json` in a child process: as root directly, otherwise
 * via `sudo -n` (GitHub runners: passwordless sudo). Anything but one valid result is a sandbox error.
 */
function sandboxRunner(options) {
    const uid = process.getuid?.() ?? 0;
    const gid = process.getgid?.() ?? 0;
    const cliPath = options.cliPath ?? airlockCliPath();
    // Provisioned once per action run, before the first sandboxed command (cached on later runs).
    let provisioning = null;
    return {
        async run(request) {
            provisioning ??= provision({
                cliPath,
                isRoot: uid === 0,
                hostEnv: options.hostEnv,
                log: options.log,
                root: request.root,
            });
            const failed = await provisioning;
            if (failed)
                return { result: failed, junitReports: [] };
            const resultsDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'airlock-results-'));
            const overrides = request.install?.overrides ?? null;
            const inputDir = overrides ? await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'airlock-input-')) : null;
            try {
                const overridesFile = inputDir ? (0,external_node_path_.join)(inputDir, 'install-overrides.json') : undefined;
                if (overridesFile)
                    await (0,promises_.writeFile)(overridesFile, JSON.stringify(overrides), { mode: 0o600 });
                const invocation = (0,sandbox_cli_argv/* sandboxCliInvocation */.aQ)({
                    nodePath: process.execPath,
                    cliPath: options.cliPath ?? airlockCliPath(),
                    isRoot: uid === 0,
                    resultsDir,
                    hostEnv: options.hostEnv,
                    request,
                    ...(overridesFile ? { overridesFile } : {}),
                    packageCaches: await packageCachesOf(request, options.hostEnv),
                });
                const child = await (0,execa/* execa */.Ho)(invocation.file, [...invocation.args], {
                    env: invocation.env,
                    extendEnv: false,
                    reject: false,
                    stdin: 'ignore',
                    maxBuffer: MAX_SANDBOX_JSON_BYTES,
                    ...(options.signal ? { cancelSignal: options.signal } : {}),
                });
                const result = parseSandboxResultJson(child.stdout) ?? cliFailure(child);
                // Files the root-run sandbox copied back are root's; hand them to us before reading.
                if (uid !== 0)
                    await (0,execa/* execa */.Ho)('sudo', ['-n', 'chown', '-R', '--', `${uid}:${gid}`, resultsDir], {
                        reject: false,
                        extendEnv: false,
                        env: { PATH: invocation.env['PATH'] ?? '/usr/bin:/bin' },
                    });
                return { result, junitReports: await readJunitReports(resultsDir, result.results) };
            }
            finally {
                await (0,promises_.rm)(resultsDir, { recursive: true, force: true }).catch(() => undefined);
                if (inputDir)
                    await (0,promises_.rm)(inputDir, { recursive: true, force: true }).catch(() => undefined);
            }
        },
    };
}
async function provision(options) {
    const invocation = (0,sandbox_cli_argv/* setupCliInvocation */.WJ)({ nodePath: process.execPath, ...options });
    const child = await (0,execa/* execa */.Ho)(invocation.file, [...invocation.args], {
        env: invocation.env,
        extendEnv: false,
        reject: false,
        stdin: 'ignore',
        all: true,
    });
    for (const line of String(child.all ?? '')
        .split('\n')
        .slice(-20))
        if (line.trim())
            relay(line.trim().slice(0, 500), options.log);
    if (child.exitCode === 0)
        return null;
    const failure = cliFailure(child);
    return {
        ...failure,
        error: `provisioning the sandbox failed: ${failure.error ?? ''}`.slice(0, 4000),
    };
}
/** A line of the setup child's log, at its own level and without its own `airlock:` prefix. */
function relay(line, log) {
    const [, level, text] = /^airlock: (?:(warning|error): )?(.*)$/s.exec(line) ?? [];
    if (text === undefined)
        log.info(line);
    else if (level === 'warning')
        log.warn(text);
    else if (level === 'error')
        log.error(text);
    else
        log.info(text);
}
function cliFailure(child) {
    const stderr = child.stderr.trim().split('\n').slice(-5).join('\n');
    const why = child.signal ? `signal ${child.signal}` : `exit ${child.exitCode ?? 'unknown'}`;
    return {
        outcome: 'sandbox-error',
        exitCode: null,
        signal: null,
        durationMs: 0,
        stdout: '',
        stderr: '',
        truncated: { stdout: false, stderr: false },
        resources: { cpuMs: null, peakMemoryBytes: null },
        sandbox: { runtime: 'gvisor', runscVersion: 'unknown', platform: 'systrap' },
        violations: [],
        error: `airlock run gave no result (${why})${stderr ? `: ${stderr}` : ''}`.slice(0, 4000),
        results: [],
    };
}
// Only regular files the sandbox reported, never a symlink, each size-bounded.
async function readJunitReports(dir, names) {
    const reports = [];
    for (const name of names.filter((n) => n.endsWith('.xml')).slice(0, MAX_JUNIT_FILES)) {
        const path = (0,external_node_path_.normalize)((0,external_node_path_.join)(dir, name));
        if (!path.startsWith(`${dir}/`))
            continue;
        const stat = await (0,promises_.lstat)(path).catch(() => null);
        if (!stat?.isFile() || stat.size > MAX_JUNIT_BYTES)
            continue;
        reports.push(await (0,promises_.readFile)(path, 'utf8'));
    }
    return reports;
}

// EXTERNAL MODULE: ./.build/lib/report/describe-verdict.js
var describe_verdict = __webpack_require__(4052);
;// CONCATENATED MODULE: ./.build/lib/report/report-sections.js


const severityOrder = { critical: 0, high: 1, medium: 2, low: 3 };
/** Findings most severe first, in a stable order; the evidence section follows the same order. */
function bySeverity(findings) {
    return [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}
function more(shown, total, what) {
    return shown < total
        ? [``, `_…and ${total - shown} more ${what} not shown here (see the check run)._`]
        : [];
}
function findingsSection(findings, limit, locate) {
    if (findings.length === 0)
        return ['### Findings', '', 'No findings on the gated changes.'];
    const rows = bySeverity(findings)
        .slice(0, limit)
        .map((f) => {
        const where = locate(f.path, f.line);
        return `| ${f.severity} | ${(0,sanitize_markdown/* sanitizeTableCell */.W3)(f.ruleId, 80)} | ${where} | ${(0,sanitize_markdown/* sanitizeTableCell */.W3)(f.message)} |`;
    });
    return [
        `### Findings (${findings.length})`,
        '',
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        ...rows,
        ...more(rows.length, findings.length, 'findings'),
    ];
}
function testsSection(run, options) {
    const { tests, sandbox } = run;
    const { limit, locate } = options;
    if (sandbox === null)
        return ['### Tests', '', 'No test command configured.'];
    if (sandbox.phase === 'install') {
        const outcome = sandbox.install?.outcome ?? sandbox.outcome;
        return [
            '### Tests',
            '',
            `Not run: install-command did not pass (${(0,describe_verdict/* describeOutcome */.SS)(outcome)}).`,
        ];
    }
    if (tests === null || tests.source === 'exit-code') {
        return [
            '### Tests',
            '',
            `No JUnit report; judged by the exit status: ${(0,describe_verdict/* describeOutcome */.SS)(sandbox.outcome)}.`,
        ];
    }
    const counts = `${tests.passed} passed, ${tests.failed} failed, ${tests.errored} errors, ${tests.skipped} skipped`;
    const failing = tests.cases.filter((c) => c.status === 'failed' || c.status === 'errored');
    if (failing.length === 0)
        return ['### Tests', '', counts];
    // A report merged from shards says which shard ran each failing test.
    const sharded = failing.some((c) => c.shard !== undefined);
    const rows = failing.slice(0, limit).map((c) => {
        const where = c.file ? locate(c.file, c.line) : '';
        const message = (0,sanitize_markdown/* sanitizeTableCell */.W3)(c.message.split('\n')[0] ?? '', 200);
        const shard = sharded ? ` ${c.shard ?? ''} |` : '';
        return `| ${(0,sanitize_markdown/* sanitizeTableCell */.W3)(c.suite ? `${c.suite} › ${c.name}` : c.name)} |${shard} ${where} | ${message} |`;
    });
    return [
        '### Tests',
        '',
        counts,
        '',
        `| Failing test |${sharded ? ' Shard |' : ''} Location | Message |`,
        `| --- |${sharded ? ' --- |' : ''} --- | --- |`,
        ...rows,
        ...more(rows.length, failing.length, 'failing tests'),
    ];
}
function provenanceSection(provenance) {
    const agents = provenance.agents.length > 0 ? provenance.agents.join(', ') : 'none detected';
    const lines = [
        '### Provenance',
        '',
        `Agents: ${(0,sanitize_markdown/* sanitizeInline */.nW)(agents, 200)} · ${provenance.aiCommits} of ${provenance.commits.length} commits AI-authored · ${provenance.aiLines} of ${provenance.totalAddedLines} added lines AI-authored`,
    ];
    if (provenance.pullRequestSignals.length > 0) {
        lines.push('', `Pull request signals: ${provenance.pullRequestSignals.map((s) => (0,sanitize_markdown/* sanitizeInline */.nW)(s, 200)).join(' · ')}`);
    }
    return lines;
}
function commitsDetails(provenance, limit) {
    if (provenance.commits.length === 0 || limit === 0)
        return [];
    const rows = provenance.commits.slice(0, limit).map((c) => {
        const kind = c.isMerge ? 'merge' : c.aiAuthored ? 'AI' : 'human';
        return `| \`${c.sha.slice(0, 10).replace(/[^0-9a-f]/g, '')}\` | ${kind} | ${(0,sanitize_markdown/* sanitizeTableCell */.W3)(c.subject, 120)} | ${(0,sanitize_markdown/* sanitizeTableCell */.W3)(c.signals.join('; '), 300)} |`;
    });
    return [
        '<details><summary>Commits</summary>',
        '',
        '| Commit | Author | Subject | Signals |',
        '| --- | --- | --- | --- |',
        ...rows,
        ...more(rows.length, provenance.commits.length, 'commits'),
        '',
        '</details>',
    ];
}
function outputDetails(sandbox, chars) {
    if (sandbox === null || chars === 0)
        return [];
    // When the install failed, the top-level streams are its output; the tests printed nothing.
    const top = sandbox.phase === 'install' ? 'install-command output' : 'Test output';
    const install = sandbox.install && sandbox.phase !== 'install'
        ? outputTail('install-command output', sandbox.install, Math.floor(chars / 4))
        : [];
    return [...install, ...(install.length > 0 ? [''] : []), ...outputTail(top, sandbox, chars)];
}
function outputTail(label, run, chars) {
    const output = [run.stdout, run.stderr].filter((text) => text.trim() !== '').join('\n');
    if (output === '' || chars === 0)
        return [];
    const tail = output.length > chars
        ? `…(${output.length - chars} earlier characters omitted)\n${output.slice(-chars)}`
        : output;
    return [
        `<details><summary>${label} (tail)</summary>`,
        '',
        (0,sanitize_markdown/* fencedCode */.Vl)(tail, 'text'),
        '',
        '</details>',
    ];
}

;// CONCATENATED MODULE: ./.build/lib/config/accept-comment.js
// The maintainer's accept command, parsed from a comment the event or the API delivers.
const ACCEPT_COMMAND = '/airlock accept';
const MAX_REASON = 300;
/** `/airlock accept <head sha> <reason>` on the comment's first line; null for other comments. */
function parseAcceptComment(body) {
    const first = body.trimStart().split('\n', 1)[0]?.trim() ?? '';
    if (first !== ACCEPT_COMMAND && !first.startsWith(`${ACCEPT_COMMAND} `))
        return null;
    const rest = first.slice(ACCEPT_COMMAND.length).trim();
    const [token = '', ...words] = rest.split(/\s+/);
    const named = /^[0-9a-f]{7,64}$/i.test(token);
    const reason = (named ? words.join(' ') : rest).slice(0, MAX_REASON);
    return { sha: named ? token.toLowerCase() : null, reason };
}

;// CONCATENATED MODULE: ./.build/lib/report/evidence-section.js


// A few excerpts read well inline; more than this and they bury the verdict, so they fold away.
const EVIDENCE_INLINE_MAX = 3;
const languages = {
    py: 'python',
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    jsx: 'jsx',
    ts: 'typescript',
    mts: 'typescript',
    cts: 'typescript',
    tsx: 'tsx',
    sh: 'sh',
    bash: 'bash',
    json: 'json',
    toml: 'toml',
    yml: 'yaml',
    yaml: 'yaml',
    ini: 'ini',
    cfg: 'ini',
};
const languageOf = (path) => languages[/\.([a-z]+)$/i.exec(path)?.[1] ?? ''] ?? '';
function item(finding, locate) {
    return [
        `**${locate(finding.path, finding.excerpt.startLine)}** · ${(0,sanitize_markdown/* sanitizeInline */.nW)(finding.ruleId, 80)}${finding.excerpt.removed ? ' · removed lines' : ''}`,
        '',
        (0,sanitize_markdown/* fencedCode */.Vl)(finding.excerpt.text, finding.excerpt.removed ? 'diff' : languageOf(finding.path)),
        '',
    ];
}
const hasExcerpt = (f) => f.excerpt !== undefined;
/**
 * The code of each finding, most severe first, in fences its content cannot close; folded into
 * <details> when there are more than a few. `limit` shrinks first when the report is too large.
 */
function evidenceSection(findings, limit, locate) {
    const all = bySeverity(findings).filter(hasExcerpt);
    if (all.length === 0)
        return [];
    const shown = all.slice(0, limit);
    const left = all.length - shown.length;
    const leftOut = left > 0
        ? [
            `_Evidence for ${left} more finding${left === 1 ? '' : 's'} left out to fit the size limit._`,
        ]
        : [];
    const body = [...shown.flatMap((f) => item(f, locate)), ...leftOut];
    if (all.length <= EVIDENCE_INLINE_MAX)
        return ['### Evidence', '', ...body];
    return [
        `<details><summary>Evidence: the code of ${all.length} findings</summary>`,
        '',
        ...body,
        '',
        '</details>',
    ];
}

;// CONCATENATED MODULE: ./.build/lib/report/repository-links.js

const namePart = /^[\w.-]{1,100}$/;
/** Validates the context values; anything odd yields null (plain locations), never a wrong link. */
function repositoryLinks(input) {
    let origin;
    try {
        const url = new URL(input.serverUrl || 'https://github.com');
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return null;
        origin = url.origin;
    }
    catch {
        return null;
    }
    if (!namePart.test(input.owner) || !namePart.test(input.repo))
        return null;
    const runId = input.runId && /^\d{1,20}$/.test(input.runId) ? input.runId : null;
    return { serverUrl: origin, owner: input.owner, repo: input.repo, runId };
}
// encodeURIComponent leaves ()!*' alone; ")" would end a markdown link, so they are encoded too.
const encodeSegment = (segment) => encodeURIComponent(segment).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const repoUrl = (links) => `${links.serverUrl}/${encodeSegment(links.owner)}/${encodeSegment(links.repo)}`;
/** `<server>/<owner>/<repo>/blob/<sha>/<path>#L<line>`, each path segment URL-encoded. */
function blobUrl(links, target) {
    const { sha, path, line } = target;
    const cleanSha = sha.replace(/[^0-9a-f]/g, '');
    const encoded = path.split('/').map(encodeSegment).join('/');
    const anchor = line !== null && line > 0 ? `#L${Math.trunc(line)}` : '';
    return `${repoUrl(links)}/blob/${cleanSha}/${encoded}${anchor}`;
}
/** `<server>/<owner>/<repo>/actions/runs/<run id>`, or null when the run is unknown. */
function runUrl(links) {
    return links.runId === null ? null : `${repoUrl(links)}/actions/runs/${links.runId}`;
}
/**
 * A location as markdown: `path:line` sanitised, linked to the line at `sha` when links are
 * known. `maxLength` bounds the shown text; the link always carries the whole path.
 */
function locationMarkdown(links, location, maxLength = 300) {
    const { path, line } = location;
    const shown = line !== null && line > 0 ? `${path}:${line}` : path;
    const text = (0,sanitize_markdown/* sanitizeInline */.nW)(shown.replace(/\s*\n\s*/g, ' '), maxLength);
    if (links === null)
        return text;
    return `[${text}](${blobUrl(links, { sha: location.sha, path, line })})`;
}
function locator(links, sha) {
    return (path, line, maxLength) => locationMarkdown(links, { sha, path, line }, maxLength);
}

;// CONCATENATED MODULE: ./.build/lib/report/reproduce-section.js



// Printable ASCII, tab and newline: anything else could hide or reorder what a maintainer pastes.
const pasteable = /^[\x20-\x7E\t\n]*$/;
/** POSIX shell quoting: bare when only safe characters, else single quotes ('\'' inside). */
function shellQuote(value) {
    if (/^[\w@%+=:,./-]+$/.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
const defaults = parseActionInputs({}).config;
const limitFlags = [
    ['--memory', 'memoryMiB'],
    ['--cpus', 'cpus'],
    ['--timeout', 'timeoutSeconds'],
    ['--pids', 'pids'],
    ['--workspace-size', 'workspaceMiB'],
];
function optionArgs(options) {
    const args = [];
    const withheld = [];
    const add = (flag, value) => {
        // A value that starts with "-" would read as an option: it goes after "=".
        if (!pasteable.test(value))
            withheld.push(flag.replace(/^--/, ''));
        else if (value.startsWith('-'))
            args.push(`${flag}=${shellQuote(value)}`);
        else
            args.push(flag, shellQuote(value));
    };
    if (options.testCommand !== null)
        add('--test-command', options.testCommand);
    if (options.installCommand !== null) {
        add('--install-command', options.installCommand);
        add('--install-from', options.installFrom);
    }
    for (const host of options.allowHosts)
        add('--allow-host', host);
    if (options.blockOnViolations.length > 0)
        add('--block-on-violations', options.blockOnViolations.join(','));
    // Only what differs from the defaults, so the usual command stays short.
    if (options.aiAuthors.length > 0)
        add('--ai-authors', options.aiAuthors.join(','));
    if (options.workingDirectory !== defaults.workingDirectory)
        add('--working-directory', options.workingDirectory);
    for (const [flag, key] of limitFlags)
        if (options.limits[key] !== defaults.limits[key])
            add(flag, String(options.limits[key]));
    return { args, withheld };
}
/** The options of an effective config that `airlock check` takes. */
function checkOptionsOf(config) {
    return {
        testCommand: config.testCommand,
        installCommand: config.installCommand,
        installFrom: config.installFrom,
        allowHosts: config.allowHosts,
        blockOnViolations: config.blockOnViolations,
        aiAuthors: config.aiAuthors,
        workingDirectory: config.workingDirectory,
        limits: config.limits,
    };
}
const sha = (value) => value.replace(/[^0-9a-f]/g, '');
/** The one command that runs the same pipeline locally, and the link to the workflow run. */
function reproduceCommand(model) {
    const { args, withheld } = model.options ? optionArgs(model.options) : { args: [], withheld: [] };
    const command = [
        'npx airlock check',
        ...(model.baseSha ? ['--base', sha(model.baseSha)] : []),
        '--head',
        sha(model.headSha),
        '--scope',
        model.scope,
        '--fail-on',
        model.failOn,
        ...args,
    ].join(' ');
    return { command, withheld };
}
function reproduceSection(model) {
    const { command, withheld } = reproduceCommand(model);
    const run = model.links ? runUrl(model.links) : null;
    const notes = [
        ...(withheld.length > 0
            ? [
                `_Left out: ${withheld.join(', ')} (characters that are unsafe to paste); copy it from the policy or workflow._`,
            ]
            : []),
        ...(model.scope === 'ai-authored' && model.provenance.pullRequestSignals.length > 0
            ? [
                '_A local run does not see the pull request (labels, branch, author); if those alone made it AI-authored, add `--scope all`._',
            ]
            : []),
        ...(run ? [`[Workflow run](${run}) that produced this report.`] : []),
    ];
    return [
        '### Reproduce locally',
        '',
        "In a clone of the repository that has the pull request's commits:",
        '',
        (0,sanitize_markdown/* fencedCode */.Vl)(command, 'sh'),
        ...notes.flatMap((note) => ['', note]),
    ];
}

// EXTERNAL MODULE: ./.build/lib/sandbox/egress-report.js
var egress_report = __webpack_require__(7878);
;// CONCATENATED MODULE: ./.build/lib/report/install-egress-section.js


// A reviewer reads the first few destinations; the run's JSON lists up to 200 of each.
const MAX_DESTINATION_ROWS = 10;
/** Bytes as a reader says them: 512 B, 3.2 KiB, 48.0 MiB. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = Math.max(0, bytes);
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${units[unit]}`;
}
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
const attempts = (records) => records.reduce((total, record) => total + record.count, 0);
/** The install command's traffic through the registry proxy: totals, then each destination. */
function installEgressSection(install) {
    const { egress } = install;
    const refused = egress.denied.length === 0
        ? 'nothing refused'
        : `${plural(egress.denied.length, 'destination')} refused (${plural(attempts(egress.denied), 'attempt')})`;
    const lines = [
        '#### Install egress',
        '',
        `${plural(egress.connections, 'connection')} (${formatBytes(egress.bytes)}) through the registry proxy to ${plural(egress.allowed.length, 'destination')}; ${refused}.`,
    ];
    if (egress.allowed.length > 0) {
        lines.push('', '| Allowed destination | Connections | Traffic |', '| --- | --- | --- |');
        for (const record of egress.allowed.slice(0, MAX_DESTINATION_ROWS))
            lines.push(`| ${(0,sanitize_markdown/* sanitizeTableCell */.W3)((0,egress_report/* destination */.j_)(record), 200)} | ${record.count} | ${formatBytes(record.bytes)} |`);
        lines.push(...moreDestinations(egress.allowed.length, 'allowed'));
    }
    if (egress.denied.length > 0) {
        lines.push('', '| Refused destination | Rule | Reason | Attempts |', '| --- | --- | --- | --- |');
        for (const record of egress.denied.slice(0, MAX_DESTINATION_ROWS))
            lines.push(`| ${(0,sanitize_markdown/* sanitizeTableCell */.W3)((0,egress_report/* destination */.j_)(record), 200)} | ${(0,sanitize_markdown/* sanitizeTableCell */.W3)(record.rule ?? 'denied', 40)} | ${(0,sanitize_markdown/* sanitizeTableCell */.W3)(record.reason, 200)} | ${record.count} |`);
        lines.push(...moreDestinations(egress.denied.length, 'refused'));
    }
    if (egress.omitted > 0)
        lines.push('', `_${plural(egress.omitted, 'more destination')} went unrecorded beyond the proxy's bound._`);
    return lines;
}
function moreDestinations(total, what) {
    return total > MAX_DESTINATION_ROWS
        ? [
            '',
            `_…and ${total - MAX_DESTINATION_ROWS} more ${what} destinations, listed in the report JSON._`,
        ]
        : [];
}

// EXTERNAL MODULE: ./.build/lib/report/missing-tools.js
var missing_tools = __webpack_require__(971);
;// CONCATENATED MODULE: ./.build/lib/report/sandbox-section.js




const MAX_VIOLATION_ROWS = 20;
const mib = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
/** Outcome, exit status, duration and resources of one sandboxed command. */
function runSummary(run) {
    const exit = run.signal
        ? `signal ${(0,sanitize_markdown/* sanitizeInline */.nW)(run.signal, 32)}`
        : `exit ${run.exitCode ?? 'unknown'}`;
    const cpu = run.resources.cpuMs === null ? 'n/a' : `${(run.resources.cpuMs / 1000).toFixed(1)} s`;
    const memory = run.resources.peakMemoryBytes === null ? 'n/a' : mib(run.resources.peakMemoryBytes);
    return `**${run.outcome}** (${exit}) in ${(run.durationMs / 1000).toFixed(1)} s · CPU ${cpu} · peak memory ${memory}`;
}
/** With an install phase the top-level fields describe the test command, or the install when it failed. */
function phaseLines(sandbox, install, runtime) {
    if (sandbox.phase === 'install') {
        return [
            `⛔ **install-command did not pass** (${(0,describe_verdict/* describeOutcome */.SS)(install.outcome)}), **so test-command did not run.**`,
            '',
            `- install-command: ${runSummary(install)}`,
            '- test-command: not run',
            `- ${runtime}`,
        ];
    }
    return [
        `- install-command: ${runSummary(install)}`,
        `- test-command: ${runSummary(sandbox)}`,
        `- ${runtime}`,
    ];
}
function sandboxSection(sandbox, locate) {
    if (sandbox === null)
        return [];
    const runtime = `gVisor ${(0,sanitize_markdown/* sanitizeInline */.nW)(sandbox.sandbox.runscVersion, 40)} (${sandbox.sandbox.platform})`;
    const { install } = sandbox;
    const lines = ['### Sandbox', ''];
    if (install)
        lines.push(...phaseLines(sandbox, install, runtime), '', ...installEgressSection(install));
    else
        lines.push(`${runSummary(sandbox)} · ${runtime}`);
    // Runs without an install phase keep the table they always had.
    const phased = Boolean(install) || sandbox.violations.some((v) => v.phase !== undefined);
    if (sandbox.telemetry && !sandbox.telemetry.available)
        lines.push('', `⚠️ **Runtime telemetry incomplete:** ${telemetryGap(sandbox.telemetry)}`);
    for (const missing of (0,missing_tools/* describeMissingTools */.TQ)(sandbox))
        lines.push('', `⚠️ **Missing in the guest:** ${missing}`);
    if (sandbox.violations.length > 0)
        lines.push('', ...violationsTable(sandbox.violations, phased, locate));
    if (sandbox.error)
        lines.push('', `Sandbox error: ${(0,sanitize_markdown/* sanitizeInline */.nW)(sandbox.error, 500)}`);
    return lines;
}
/** Why violations of some kinds could not be seen; never rendered as "no violations". */
function telemetryGap(telemetry) {
    const missing = telemetry.missing.join(', ');
    return `${(0,sanitize_markdown/* sanitizeInline */.nW)(telemetry.reason ?? 'unavailable', 600)} (missing: ${missing})`;
}
/** Which test was running when the violation was first seen, linked to the test when known. */
function byTest(test, locate) {
    if (!test)
        return '';
    const name = (0,sanitize_markdown/* sanitizeTableCell */.W3)(test.name, 120);
    return test.file ? `${name} (${locate(test.file, test.line, 200)})` : name;
}
function violationsTable(violations, phased, locate) {
    const command = (v) => phased ? ` ${v.phase === 'install' ? 'install' : 'test'} |` : '';
    // A report merged from shards says which shard's run saw each violation.
    const sharded = violations.some((v) => v.shard !== undefined);
    const shard = (v) => (sharded ? ` ${v.shard ?? ''} |` : '');
    const lines = [
        `| Violation |${sharded ? ' Shard |' : ''}${phased ? ' Command |' : ''} Syscall | Detail | Process | Count | During |`,
        `| --- |${sharded ? ' --- |' : ''}${phased ? ' --- |' : ''} --- | --- | --- | --- | --- |`,
        ...violations
            .slice(0, MAX_VIOLATION_ROWS)
            .map((v) => `| ${v.kind} |${shard(v)}${command(v)} ${(0,sanitize_markdown/* sanitizeTableCell */.W3)(v.syscall, 40)} | ${(0,sanitize_markdown/* sanitizeTableCell */.W3)(v.detail, 200)} | ${(0,sanitize_markdown/* sanitizeTableCell */.W3)(v.process, 60)} | ${v.count} | ${byTest(v.test, locate)} |`),
    ];
    if (violations.length > MAX_VIOLATION_ROWS)
        lines.push('', `_…and ${violations.length - MAX_VIOLATION_ROWS} more violations not shown here (see the check run)._`);
    return lines;
}

;// CONCATENATED MODULE: ./.build/lib/report/shards-section.js
const shards_section_mib = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
const shards_section_seconds = (ms) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
/** Per-shard figures of a sharded suite: each shard ran in its own sandbox, on its own runner. */
function shardsSection(shards) {
    if (!shards || shards.length === 0)
        return [];
    const rows = shards.map((s) => {
        const tests = s.tests
            ? `${s.tests.passed} passed, ${s.tests.failed + s.tests.errored} failed`
            : 'not run';
        const memory = s.peakMemoryBytes === null ? 'n/a' : shards_section_mib(s.peakMemoryBytes);
        return `| ${s.index}/${s.total} | ${s.conclusion} | ${tests} | ${s.outcome ?? 'not run'} | ${shards_section_seconds(s.durationMs)} | ${shards_section_seconds(s.cpuMs)} | ${memory} | ${s.violations} |`;
    });
    return [
        `### Shards (${shards.length})`,
        '',
        '| Shard | Verdict | Tests | Outcome | Time | CPU | Peak memory | Violations |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
    ];
}

;// CONCATENATED MODULE: ./.build/lib/report/render-report.js









/** Hidden marker that identifies our sticky comment (only trusted in comments we authored). */
const COMMENT_MARKER = '<!-- airlock:sticky-comment -->';
// Issue comments: bodies over 65,536 characters are refused with 422 "Body is too long".
// GitHub counts characters; UTF-16 length is never smaller, so measuring it is safe.
const COMMENT_LIMIT = 65_536;
// GITHUB_STEP_SUMMARY: at most 1 MiB per step, measured in bytes; over it the upload fails.
const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const fullBudget = {
    evidenceItems: 50,
    findingRows: 1000,
    testRows: 500,
    commitRows: 250,
    outputChars: 20_000,
};
function renderWith(model, budget, marker) {
    const verdict = model.verdict;
    const locate = locator(model.links, model.headSha);
    const lines = [
        ...(marker ? [marker] : []),
        `## ${(0,describe_verdict/* conclusionHeadline */.uR)(verdict.conclusion)}${acceptedBy(verdict)}`,
        '',
        ...verdict.reasons.map((reason) => `- ${(0,describe_verdict/* describeReason */.Gk)(reason)}`),
        ...model.notes.map((note) => `- ℹ️ ${note}`),
        '',
        ...acceptHint(model),
        ...(verdict.conclusion === 'neutral'
            ? []
            : [
                ...findingsSection(model.findings, budget.findingRows, locate),
                '',
                ...evidenceSection(model.findings, budget.evidenceItems, locate),
                '',
            ]),
        ...testsSection(model, { limit: budget.testRows, locate }),
        '',
        ...sandboxSection(model.sandbox, locate),
        '',
        ...shardsSection(model.shards),
        '',
        ...provenanceSection(model.provenance),
        '',
        ...commitsDetails(model.provenance, budget.commitRows),
        '',
        ...outputDetails(model.sandbox, budget.outputChars),
        '',
        `<sub>Scope: ${model.scope} · fail-on: ${model.failOn} · head ${model.headSha.slice(0, 12).replace(/[^0-9a-f]/g, '')}</sub>`,
        '',
        ...reproduceSection(model),
    ];
    return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
/** ` (accepted by @login)` after the headline of an accepted verdict, the login inert. */
function acceptedBy(verdict) {
    const first = verdict.reasons[0];
    return first?.kind === 'accepted' ? ` (accepted by ${(0,sanitize_markdown/* sanitizeInline */.nW)(`@${first.by}`, 60)})` : '';
}
/** How a maintainer accepts a failed or blocked head commit; only on GitHub, where it works. */
function acceptHint(model) {
    const { conclusion } = model.verdict;
    if (model.links === null || (conclusion !== 'fail' && conclusion !== 'blocked'))
        return [];
    const sha = model.headSha.slice(0, 12).replace(/[^0-9a-f]/g, '');
    return [
        `<sub>A maintainer (write access or more) can accept this head commit by commenting \`${ACCEPT_COMMAND} ${sha} <reason>\`; each new push is judged afresh.</sub>`,
        '',
    ];
}
// Shrinks in order of least use to a reviewer: evidence excerpts (each table row still links to
// its line), output tail, commit list, then table rows.
function* shrinkingBudgets() {
    for (const evidenceItems of [50, 20, 5])
        yield { ...fullBudget, evidenceItems };
    const noEvidence = { ...fullBudget, evidenceItems: 0 };
    for (const outputChars of [20_000, 5_000, 1_000, 0])
        yield { ...noEvidence, outputChars };
    let budget = { ...noEvidence, outputChars: 0, commitRows: 0 };
    while (budget.findingRows > 1 || budget.testRows > 1) {
        yield budget;
        budget = {
            ...budget,
            findingRows: Math.floor(budget.findingRows / 2),
            testRows: Math.floor(budget.testRows / 2),
        };
    }
    yield budget;
}
const TRUNCATION_NOTE = '\n\n> ⚠️ This report was truncated to fit the size limit; the check run and job summary have the rest.\n';
/**
 * Renders the report as large as fits in `limit` (as measured by `measure`). Anything left out
 * is said so; as a last resort the text is cut and the truncation note appended.
 */
function renderReport(model, options) {
    const { limit, measure } = options;
    let first = true;
    for (const budget of shrinkingBudgets()) {
        const text = renderWith(model, budget, options.marker);
        const candidate = first ? text : text.replace(/\n$/, TRUNCATION_NOTE);
        if (measure(candidate) <= limit)
            return candidate;
        first = false;
    }
    const text = renderWith(model, { evidenceItems: 0, findingRows: 0, testRows: 0, commitRows: 0, outputChars: 0 }, options.marker);
    let cut = text.slice(0, limit);
    while (measure(cut) + measure(TRUNCATION_NOTE) > limit)
        cut = cut.slice(0, Math.floor(cut.length * 0.9));
    return cut + TRUNCATION_NOTE;
}
/** The sticky PR comment body. */
function renderComment(model) {
    return renderReport(model, {
        limit: COMMENT_LIMIT,
        measure: (text) => text.length,
        marker: COMMENT_MARKER,
    });
}
const encoder = new TextEncoder();
/** The job summary (GITHUB_STEP_SUMMARY) body. */
function renderJobSummary(model) {
    return renderReport(model, {
        limit: JOB_SUMMARY_LIMIT_BYTES,
        measure: (text) => encoder.encode(text).length,
        marker: null,
    });
}

;// CONCATENATED MODULE: ./.build/lib/report/render-text.js





// Terminal output: PR text loses control characters (escape sequences) and newlines.
const plain = (text, max = 300) => {
    const line = (0,sanitize_markdown/* stripInvisible */._0)(text).replace(/\s*\n\s*/g, ' ');
    return line.length > max ? `${line.slice(0, max)}…` : line;
};
function findingLines(findings) {
    if (findings.length === 0)
        return ['Findings: none on the gated changes'];
    return [
        `Findings (${findings.length}):`,
        ...findings.map((f) => `  ${f.severity.padEnd(8)} ${plain(f.ruleId, 60)}  ${plain(`${f.path}:${f.line}`)}  ${plain(f.message)}`),
    ];
}
function testLines(tests, sandbox) {
    if (sandbox === null)
        return ['Tests: not run'];
    if (sandbox.phase === 'install')
        return [
            `Tests: not run; install-command did not pass (${(0,describe_verdict/* describeOutcome */.SS)(sandbox.install?.outcome ?? sandbox.outcome)})`,
        ];
    if (tests === null || tests.source === 'exit-code')
        return [`Tests: no JUnit report; ${(0,describe_verdict/* describeOutcome */.SS)(sandbox.outcome)}`];
    const failing = tests.cases.filter((c) => c.status === 'failed' || c.status === 'errored');
    return [
        `Tests: ${tests.passed} passed, ${tests.failed} failed, ${tests.errored} errors, ${tests.skipped} skipped`,
        ...failing.map((c) => {
            const where = c.file ? `${c.file}${c.line ? `:${c.line}` : ''}  ` : '';
            return `  ${c.status.toUpperCase()} ${plain(where)}${plain(c.name, 200)} — ${plain(c.message.split('\n')[0] ?? '', 200)}`;
        }),
    ];
}
const exitOf = (run) => run.signal ? `signal ${plain(run.signal, 32)}` : `exit ${run.exitCode ?? 'unknown'}`;
const render_text_plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
// The first few destinations of each kind; the markdown report and the JSON have the rest.
const TEXT_DESTINATIONS = 3;
function installLines(install) {
    const { egress } = install;
    const list = (records, describe) => [
        ...records.slice(0, TEXT_DESTINATIONS).map(describe),
        ...(records.length > TEXT_DESTINATIONS ? ['…'] : []),
    ].join(', ');
    const allowed = list(egress.allowed, (r) => `${plain((0,egress_report/* destination */.j_)(r), 100)} ×${r.count}`);
    const refused = list(egress.denied, (r) => `${plain((0,egress_report/* destination */.j_)(r), 100)} (${plain(r.rule ?? 'denied', 20)}) ×${r.count}`);
    return [
        `Install: ${install.outcome} (${exitOf(install)}) in ${(install.durationMs / 1000).toFixed(1)} s; ${render_text_plural(egress.connections, 'connection')}, ${formatBytes(egress.bytes)} through the registry proxy${allowed ? ` to ${allowed}` : ''}`,
        ...(egress.denied.length > 0
            ? [`  refused ${render_text_plural(egress.denied.length, 'destination')}: ${refused}`]
            : []),
    ];
}
function sandboxLines(sandbox) {
    if (sandbox === null)
        return [];
    const memory = sandbox.resources.peakMemoryBytes;
    // With an install phase, say which command the top-level fields describe.
    const which = sandbox.install
        ? ` (${sandbox.phase === 'install' ? 'install-command' : 'test-command'})`
        : '';
    return [
        ...(sandbox.install ? installLines(sandbox.install) : []),
        `Sandbox${which}: ${sandbox.outcome} (${exitOf(sandbox)}) in ${(sandbox.durationMs / 1000).toFixed(1)} s, peak memory ${memory === null ? 'n/a' : `${(memory / 2 ** 20).toFixed(1)} MiB`}, gVisor ${plain(sandbox.sandbox.runscVersion, 40)} (${sandbox.sandbox.platform})`,
        ...sandbox.violations.map((v) => `  violation${v.shard === undefined ? '' : ` (shard ${v.shard})`}${v.phase === 'install' ? ' (install-command)' : ''}: ${v.kind} ${plain(v.syscall, 40)} ${plain(v.detail, 200)} by ${plain(v.process, 60)} ×${v.count}${v.test ? ` during ${plain(v.test.name, 120)}` : ''}`),
        ...(sandbox.telemetry && !sandbox.telemetry.available
            ? [`  telemetry ${plain((0,describe_verdict/* describeTelemetryGap */.t8)(sandbox.telemetry), 700)}`]
            : []),
        ...(0,missing_tools/* describeMissingTools */.TQ)(sandbox).map((line) => `  missing: ${plain(line, 700)}`),
        ...(sandbox.error ? [`  error: ${plain(sandbox.error, 500)}`] : []),
    ];
}
function provenanceLines(provenance) {
    return [
        `Provenance: agents ${plain(provenance.agents.join(', ') || 'none detected')}; ${provenance.aiCommits} of ${provenance.commits.length} commits and ${provenance.aiLines} of ${provenance.totalAddedLines} added lines AI-authored`,
        ...provenance.commits.map((c) => {
            const kind = c.isMerge ? 'merge' : c.aiAuthored ? 'AI   ' : 'human';
            const signals = c.signals.length > 0 ? `  [${plain(c.signals.join('; '))}]` : '';
            return `  ${c.sha.slice(0, 10)} ${kind} ${plain(c.subject, 100)}${signals}`;
        }),
    ];
}
/** The report for a terminal (`airlock check --format text`). */
function renderText(model) {
    const { verdict } = model;
    const sections = [
        [
            (0,describe_verdict/* conclusionHeadline */.uR)(verdict.conclusion),
            ...verdict.reasons.map((r) => `  - ${(0,describe_verdict/* describeReason */.Gk)(r)}`),
            ...model.notes.map((n) => `  - ${plain(n)}`),
        ],
        verdict.conclusion === 'neutral' ? [] : findingLines(model.findings),
        testLines(model.tests, model.sandbox),
        sandboxLines(model.sandbox),
        provenanceLines(model.provenance),
        [`Scope: ${model.scope} · fail-on: ${model.failOn} · head ${model.headSha.slice(0, 12)}`],
    ];
    return `${sections
        .filter((s) => s.length > 0)
        .map((s) => s.join('\n'))
        .join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./.build/lib/scan/sarif-report.js
var sarif_report = __webpack_require__(918);
;// CONCATENATED MODULE: ./.build/lib/report/sarif-for-analysis.js


const violationRules = {
    network: {
        title: 'Network attempt in the sandbox',
        help: 'The code under test tried to reach an address outside the sandbox (blocked: the test command has no network), or the install command tried to reach a destination other than the package registries (refused by the install proxy).',
        cwe: 'CWE-200',
    },
    filesystem: {
        title: 'Sensitive file access in the sandbox',
        help: "The code under test opened credential or key files, other processes' /proc entries, a workspace link pointing outside the workspace, or wrote outside the writable areas.",
        cwe: 'CWE-552',
    },
    process: {
        title: 'Notable program run in the sandbox',
        help: 'The code under test ran a network tool, compiler or miner, or a shell that fetches, decodes or pipes into a shell.',
        cwe: 'CWE-78',
    },
    privilege: {
        title: 'Privileged operation attempted in the sandbox',
        help: 'The code under test tried ptrace, mount, chroot, set*id, module loading, raw sockets or similar.',
        cwe: 'CWE-250',
    },
    resource: {
        title: 'Resource limit reached in the sandbox',
        help: 'The code under test hit a sandbox limit (for example process creation refused by the process limit).',
        cwe: 'CWE-400',
    },
};
const violationRuleId = (kind) => `airlock/runtime-${kind}`;
// Findings the verdict stage adds about the change as a whole; the scanner's catalog lacks them.
const verdictRules = [
    {
        id: 'airlock/policy-edited',
        category: 'policy',
        title: 'Airlock policy edited',
        help: 'The change edits the Airlock policy file. The policy is read from the base branch, so the edit takes effect only after merge.',
        cwe: [],
        securitySeverity: '8.0',
    },
    {
        id: 'airlock/dependency-manifest-changed',
        category: 'supply-chain',
        title: 'Dependency manifest changed',
        help: "The change edits a dependency manifest, lockfile or installer configuration. install-command installs from it inside the sandbox with egress limited to package registries; install-from: base installs from the base branch's versions instead.",
        cwe: ['CWE-829'],
        securitySeverity: '5.5',
    },
];
/**
 * SARIF of the findings that count plus the runtime violations, tagged with the code-scanning
 * category. A violation that JUnit timing ties to a test becomes a result on that test's file; the
 * others, having no place in the code, become tool execution notifications of the run.
 */
function sarifForFindings(findings, category, sandbox = null) {
    const violations = sandbox?.violations ?? [];
    const log = (0,sarif_report/* sarifReport */._)({ findings, stats: { files: 0, lines: 0, durationMs: 0, skipped: [] } }, { version: '0.1.0', automationId: `${category}/` });
    const run = log.runs[0];
    if (!run)
        return log;
    addVerdictRules(run);
    const gap = sandbox?.telemetry && !sandbox.telemetry.available ? [telemetryNote(sandbox.telemetry)] : [];
    if (violations.length === 0) {
        if (gap.length > 0)
            run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: gap }];
        return log;
    }
    const kinds = [...new Set(violations.map((v) => v.kind))];
    const firstIndex = run.tool.driver.rules.length;
    run.tool.driver.rules.push(...kinds.map(ruleFor));
    const located = violations.filter((v) => v.test?.file);
    run.results.push(...located.map((v) => violationResult(v, firstIndex + kinds.indexOf(v.kind))));
    const unlocated = violations.filter((v) => !v.test?.file);
    if (unlocated.length > 0 || gap.length > 0) {
        run.invocations = [
            {
                executionSuccessful: true,
                toolExecutionNotifications: [...gap, ...unlocated.map(notification)],
            },
        ];
    }
    return log;
}
function addVerdictRules(run) {
    const firstIndex = run.tool.driver.rules.length;
    run.tool.driver.rules.push(...verdictRules.map((rule) => (0,sarif_report/* sarifRuleDescriptor */.T)(rule, rule.securitySeverity)));
    for (const result of run.results) {
        const index = verdictRules.findIndex((rule) => rule.id === result.ruleId);
        if (index >= 0)
            result.ruleIndex = firstIndex + index;
    }
}
function ruleFor(kind) {
    const rule = violationRules[kind];
    const blocking = kind === 'network' || kind === 'privilege';
    return {
        id: violationRuleId(kind),
        name: rule.title.replace(/[^A-Za-z0-9]+/g, ''),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.help },
        help: { text: rule.help, markdown: `**${rule.title}**\n\n${rule.help}\n\n${rule.cwe}` },
        properties: {
            tags: ['security', 'runtime', `external/cwe/${rule.cwe.toLowerCase()}`],
            'security-severity': blocking ? '8.0' : '5.5',
        },
    };
}
function message(violation) {
    const during = violation.test ? ` during ${violation.test.name}` : '';
    const phase = violation.phase === 'install' ? '[install-command] ' : '';
    const shard = violation.shard === undefined ? '' : `[shard ${violation.shard}] `;
    return `${shard}${phase}${violation.process}: ${violation.detail} (${violation.count}×, first at ${violation.firstAtMs} ms${during})`;
}
// Which command the violation came from, when the run had an install phase.
const phaseProperties = (violation) => violation.phase ? { properties: { phase: violation.phase } } : {};
function violationResult(violation, ruleIndex) {
    return {
        ruleId: violationRuleId(violation.kind),
        ruleIndex,
        level: violation.kind === 'network' || violation.kind === 'privilege' ? 'error' : 'warning',
        message: { text: message(violation) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(violation.test?.file ?? ''), uriBaseId: '%SRCROOT%' },
                    region: { startLine: Math.max(1, violation.test?.line ?? 1) },
                },
            },
        ],
        partialFingerprints: {
            'airlockViolation/v1': `${violation.kind}:${violation.syscall}:${violation.detail}`.slice(0, 200),
        },
        ...phaseProperties(violation),
    };
}
/** Runtime telemetry could not see everything: said in SARIF so "no results" is not read as clean. */
function telemetryNote(telemetry) {
    return {
        level: 'warning',
        message: {
            text: `Runtime telemetry ${(0,describe_verdict/* describeTelemetryGap */.t8)(telemetry)}`,
        },
        descriptor: { id: 'airlock/telemetry-incomplete' },
    };
}
function notification(violation) {
    return {
        level: violation.kind === 'network' || violation.kind === 'privilege' ? 'error' : 'warning',
        message: { text: message(violation) },
        descriptor: { id: violationRuleId(violation.kind) },
        ...phaseProperties(violation),
    };
}

;// CONCATENATED MODULE: ./.build/lib/collect/attribution-blame.js
const headerLine = /^([0-9a-f]{40}|[0-9a-f]{64}) (\d+) (\d+)(?: (\d+))?$/;
/**
 * Parses `git blame --porcelain <base>..<head> -- <path>`. Each line's entry starts with
 * "<sha> <orig> <final> [<count>]", carries commit headers the first time a sha appears, and ends
 * with the content line, which starts with a tab and is never interpreted.
 */
function parseBlamePorcelain(text) {
    const lines = [];
    const boundaries = new Set();
    let current = null;
    for (const raw of text.split('\n')) {
        if (current === null) {
            if (raw === '')
                continue;
            const match = headerLine.exec(raw);
            if (!match)
                throw new Error(`unexpected git blame output: ${JSON.stringify(raw.slice(0, 80))}`);
            current = { sha: match[1] ?? '', line: Number(match[3]) };
        }
        else if (raw.startsWith('\t')) {
            lines.push({ ...current, boundary: boundaries.has(current.sha) });
            current = null;
        }
        else if (raw === 'boundary') {
            boundaries.add(current.sha);
        }
    }
    if (current !== null)
        throw new Error('git blame output ended inside an entry');
    return lines;
}

;// CONCATENATED MODULE: ./.build/lib/collect/attribution-lines.js
/**
 * Attributes each added line to the commit that introduced it. Lines blamed on a merge (conflict
 * resolutions) or on a commit we did not classify have no known author: they count as AI-authored
 * whenever any commit of the PR is, since nobody can say who wrote them.
 */
function attributeLines(input) {
    const bySha = new Map(input.classification.commits.map((commit) => [commit.sha, commit]));
    const aiInvolved = input.classification.commits.some((commit) => commit.aiAuthored);
    const added = new Map();
    const ai = new Map();
    for (const [path, lines] of input.blames) {
        for (const { line, sha, boundary } of lines) {
            if (boundary)
                continue;
            addTo(added, path, line);
            const commit = bySha.get(sha);
            const unknownAuthor = commit === undefined || commit.isMerge;
            if (commit?.aiAuthored || (unknownAuthor && aiInvolved))
                addTo(ai, path, line);
        }
    }
    const count = (sets) => [...sets.values()].reduce((sum, set) => sum + set.size, 0);
    return {
        scope: input.scope,
        addedLines: added,
        gatedLines: input.scope === 'all' ? added : ai,
        aiTouchedPaths: input.aiTouchedPaths,
        aiInvolved,
        summary: {
            commits: input.classification.commits,
            pullRequestSignals: input.classification.pullRequestSignals,
            agents: input.classification.agents,
            aiCommits: input.classification.commits.filter((commit) => commit.aiAuthored).length,
            aiLines: count(ai),
            totalAddedLines: count(added),
        },
    };
}
function addTo(map, path, line) {
    const set = map.get(path) ?? new Set();
    set.add(line);
    map.set(path, set);
}
/**
 * Whether a finding at path:line counts. Findings on added lines follow the line's attribution;
 * findings on no added line (a removed test, a new symlink) count when an AI commit touched the file.
 */
function isGated(attribution, path, line) {
    if (attribution.scope === 'all')
        return true;
    if (attribution.addedLines.get(path)?.has(line))
        return attribution.gatedLines.get(path)?.has(line) ?? false;
    return attribution.aiTouchedPaths.has(path);
}
/** Keeps the findings that count under the attribution's scope. */
function gateFindings(findings, attribution) {
    return findings.filter((finding) => isGated(attribution, finding.path, finding.line));
}

;// CONCATENATED MODULE: ./.build/lib/collect/provenance-agents.js
// Logins and addresses measured on agent PRs (see docs/action.md, "Provenance"). Names alone are
// not used: a human may well be called Devin or Claude.
const knownAgents = [
    agent('copilot', { logins: ['copilot', 'copilot-swe-agent[bot]', 'copilot-swe-agent'] }),
    agent('devin', { logins: ['devin-ai-integration[bot]', 'devin-ai-integration'] }),
    agent('codex', {
        logins: ['chatgpt-codex-connector[bot]', 'chatgpt-codex-connector', 'codex[bot]'],
    }),
    agent('claude', {
        logins: ['claude[bot]', 'claude-code[bot]'],
        emails: ['noreply@anthropic.com', 'no-reply@anthropic.com'],
    }),
    agent('cursor', { logins: ['cursoragent', 'cursor[bot]'], emails: ['cursoragent@cursor.com'] }),
    agent('jules', { logins: ['google-labs-jules[bot]', 'google-labs-jules'] }),
    agent('amazon-q', { logins: ['amazon-q-developer[bot]', 'amazon-q-developer'] }),
    agent('openhands', {
        logins: ['openhands-agent', 'openhands-ai[bot]', 'openhands[bot]'],
        emails: ['openhands@all-hands.dev'],
    }),
    agent('aider', { logins: [], emails: ['noreply@aider.chat'], nameSuffixes: [' (aider)'] }),
    agent('sweep', { logins: ['sweep-ai[bot]'] }),
    agent('gemini', { logins: ['gemini-cli[bot]', 'google-gemini-cli[bot]'] }),
];
function agent(name, ids) {
    const { logins, emails = [], nameSuffixes = [] } = ids;
    return { agent: name, logins, emails, nameSuffixes };
}
/** "123+Copilot@users.noreply.github.com" → "copilot". */
function loginFromNoreplyEmail(email) {
    const match = /^(?:\d+\+)?([^@\s]+)@users\.noreply\.github\.com$/i.exec(email.trim());
    return match?.[1]?.toLowerCase() ?? null;
}
/** The known agent this identity belongs to, or null. */
function knownAgentOf(identity) {
    const email = identity.email.trim().toLowerCase();
    const logins = [identity.login?.toLowerCase(), loginFromNoreplyEmail(email)].filter(Boolean);
    const name = identity.name.toLowerCase();
    const found = knownAgents.find((known) => logins.some((login) => known.logins.includes(login ?? '')) ||
        known.emails.includes(email) ||
        known.nameSuffixes.some((suffix) => name.endsWith(suffix)));
    return found?.agent ?? null;
}
/** Compiles user patterns ("my-bot[bot]", "*@agents.example.com"): "*" is the only wildcard. */
function identityMatcher(patterns) {
    const compiled = patterns.map((pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 'i'));
    return (identity) => {
        const candidates = [
            identity.login ?? '',
            identity.name,
            identity.email,
            `${identity.name} <${identity.email}>`,
        ];
        const index = compiled.findIndex((regex) => candidates.some((candidate) => candidate !== '' && regex.test(candidate)));
        return index === -1 ? null : (patterns[index] ?? null);
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// Markers agents write into commit messages or PR bodies. Each is specific to one agent.
const markers = [
    {
        agent: 'claude',
        pattern: /Generated with \[?Claude Code\]?/i,
        label: 'Generated with Claude Code',
    },
    { agent: 'claude', pattern: /\bclaude\.ai\/code\b/i, label: 'claude.ai/code link' },
    { agent: 'codex', pattern: /\bchatgpt\.com\/codex\b/i, label: 'chatgpt.com/codex link' },
    { agent: 'devin', pattern: /\bapp\.devin\.ai\/sessions\//i, label: 'Devin session link' },
    { agent: 'jules', pattern: /\bjules\.google\.com\/task\//i, label: 'Jules task link' },
    { agent: 'cursor', pattern: /\bcursor\.com\/agents\b/i, label: 'Cursor agent link' },
    { agent: 'aider', pattern: /^aider: /m, label: 'aider commit prefix' },
    {
        agent: 'openhands',
        pattern: /\bOpenHands-?AI? (?:agent|resolver)\b/i,
        label: 'OpenHands marker',
    },
];
// Labels an agent's own integration puts on its PRs: the Codex connector adds "codex" (within
// seconds of opening, so the opened event may lack it; the API has it).
const agentLabels = new Map([['codex', 'codex']]);
/** The agent whose integration applies this label, or null. */
function agentOfLabel(label) {
    return agentLabels.get(label.toLowerCase()) ?? null;
}
/** Generated-by markers found in a commit message or PR body. */
function markersIn(text) {
    return markers
        .filter((marker) => marker.pattern.test(text))
        .map(({ agent, label }) => ({ agent, label }));
}

;// CONCATENATED MODULE: ./.build/lib/collect/branch-patterns.js

/**
 * Compiles head-branch patterns such as "codex/" or "*-codex/". A pattern matches the start of
 * the branch name, case-insensitively; "*" stands for any characters within one path segment
 * (never "/"), so "*-codex/" matches "p1njaq-codex/fix" but not "team/x-codex/fix".
 */
function branchPatternMatcher(patterns) {
    const compiled = patterns
        .filter((pattern) => pattern.trim() !== '')
        .map((pattern) => ({
        pattern,
        regex: new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[^/]*')}`, 'i'),
    }));
    return (branch) => compiled.find(({ regex }) => regex.test(branch))?.pattern ?? null;
}
/** The agent a branch pattern belongs to ("*-codex/" → "codex"), or "branch" for others. */
function agentOfBranchPattern(pattern) {
    const words = pattern.toLowerCase().split(/[^a-z0-9]+/);
    const agent = ['copilot', 'codex', 'devin', 'cursor', 'claude', 'jules'].find((name) => words.includes(name));
    return agent ?? 'branch';
}

;// CONCATENATED MODULE: ./.build/lib/collect/provenance-trailers.js
// The address is optional: Claude Code has written "Co-authored-by: Claude" with none.
const coAuthorLine = /^[ \t]*co-authored-by:[ \t]*([^<>\n]*?)[ \t]*(?:<([^<>\n]*)>)?[ \t]*$/gim;
/** Identities named by `Co-authored-by:` trailers, anywhere in the message; email '' if absent. */
function coAuthorsOf(message) {
    return [...message.matchAll(coAuthorLine)]
        .map((match) => ({ name: match[1] ?? '', email: match[2] ?? '' }))
        .filter((identity) => identity.name !== '' || identity.email !== '');
}
// Claude Code names a model ("claude-sonnet:3.7-thinking", "claude-3-opus") or plain "Claude".
const claudeModel = /^claude[-_ ]?(?:\d|sonnet|opus|haiku|code\b|instant)[\w.:-]*(?: [\w.:-]+)*$/i;
const claudeBare = /^claude(?: code)?$/i;
/**
 * The agent a co-author trailer names by its name alone. A bare "Claude" counts only without an
 * address (a person called Claude writes theirs); a model name counts with any address.
 */
function agentOfTrailerName(identity) {
    const name = identity.name.trim();
    if (claudeModel.test(name))
        return 'claude';
    if (identity.email.trim() === '' && claudeBare.test(name))
        return 'claude';
    return null;
}

;// CONCATENATED MODULE: ./.build/lib/collect/provenance-classify.js



/**
 * Decides which commits of a PR are agent-authored. A signal on the PR itself (author, label,
 * branch, body marker) marks every non-merge commit: agents such as Codex commit as the human.
 */
function classifyProvenance(commits, pullRequest, rules) {
    const custom = identityMatcher(rules.aiAuthors);
    const prSignals = pullRequest ? pullRequestSignals(pullRequest, rules, custom) : [];
    const classified = commits.map((commit) => classifyCommit(commit, prSignals, custom));
    const agents = new Set([...prSignals, ...classified.flatMap((c) => c.signals)].map((s) => s.agent));
    return {
        commits: classified.map(({ provenance }) => provenance),
        pullRequestSignals: prSignals.map((signal) => signal.text),
        agents: [...agents].sort(),
    };
}
function classifyCommit(commit, prSignals, custom) {
    const isMerge = commit.parents.length > 1;
    const signals = [
        ...identitySignals('author', commit.author, custom),
        ...identitySignals('committer', commit.committer, custom),
        ...coAuthorSignals(commit.message, custom),
        ...markersIn(commit.message).map(({ agent, label }) => ({ agent, text: `message: ${label}` })),
    ];
    // A merge carries no authored lines of its own, whoever made it.
    const aiAuthored = !isMerge && (signals.length > 0 || prSignals.length > 0);
    const own = isMerge ? [] : signals;
    const provenance = {
        sha: commit.sha,
        subject: commit.message.split('\n')[0] ?? '',
        isMerge,
        aiAuthored,
        agents: [...new Set([...own, ...(aiAuthored ? prSignals : [])].map((s) => s.agent))].sort(),
        signals: aiAuthored
            ? [...own.map((s) => s.text), ...(own.length === 0 ? ['pull request signal'] : [])]
            : [],
    };
    return { provenance, signals: own };
}
function identitySignals(role, identity, custom) {
    const known = knownAgentOf(identity);
    if (known)
        return [{ agent: known, text: `${role} ${describe(identity)}` }];
    const pattern = custom(identity);
    if (pattern)
        return [{ agent: 'custom', text: `${role} ${describe(identity)} matches "${pattern}"` }];
    return [];
}
function coAuthorSignals(text, custom) {
    return coAuthorsOf(text).flatMap((identity) => {
        const byName = agentOfTrailerName(identity);
        if (byName)
            return [{ agent: byName, text: `co-author "${identity.name}"` }];
        return identitySignals('co-author', identity, custom);
    });
}
function describe(identity) {
    return identity.login ? `@${identity.login}` : `${identity.name} <${identity.email}>`;
}
function pullRequestSignals(pr, rules, custom) {
    const signals = [];
    if (pr.authorLogin) {
        const author = { name: pr.authorLogin, email: '', login: pr.authorLogin };
        const agent = knownAgentOf(author) ?? (custom(author) ? 'custom' : null);
        if (agent)
            signals.push({ agent, text: `PR author @${pr.authorLogin}` });
    }
    const labels = new Set(rules.aiLabels.map((label) => label.toLowerCase()));
    for (const label of pr.labels) {
        if (labels.has(label.toLowerCase()))
            signals.push({ agent: agentOfLabel(label) ?? 'labelled', text: `label "${label}"` });
    }
    const pattern = branchPatternMatcher(rules.aiBranchPrefixes)(pr.headRef);
    if (pattern)
        signals.push({ agent: agentOfBranchPattern(pattern), text: `branch prefix "${pattern}"` });
    for (const signal of coAuthorSignals(pr.body, custom))
        signals.push({ agent: signal.agent, text: `PR body: ${signal.text}` });
    for (const { agent, label } of markersIn(pr.body))
        signals.push({ agent, text: `PR body: ${label}` });
    return signals;
}

;// CONCATENATED MODULE: ./.build/lib/collect/attribute-changes.js




/** The collect step: which commits are AI-authored and which added lines the verdict gates on. */
async function attributeChanges(input, deps) {
    const { git } = deps;
    const commits = parseCommitLog(await git.commitLog(input.base, input.head));
    const classification = classifyProvenance(commits, input.pullRequest, input.rules);
    const blames = new Map();
    for (const path of await git.changedPaths(input.base, input.head)) {
        blames.set(path, parseBlamePorcelain(await git.blame(input.base, input.head, path)));
    }
    const aiTouchedPaths = new Set();
    for (const commit of classification.commits.filter((c) => c.aiAuthored)) {
        for (const path of await git.commitPaths(commit.sha))
            aiTouchedPaths.add(path);
    }
    return attributeLines({ blames, classification, aiTouchedPaths, scope: input.scope });
}

;// CONCATENATED MODULE: ./.build/lib/scan/finding-excerpts.js

// An excerpt shows the finding, not the file: a few lines, each short enough to read in a comment.
const EXCERPT_MAX_LINES = 6;
const EXCERPT_MAX_LINE_CHARS = 160;
const indentOf = (line) => /^[ \t]*/.exec(line)?.[0].length ?? 0;
// An excerpt starts mid-file: the indentation all its lines share says nothing, so it goes.
function dedent(lines) {
    const indent = Math.min(...lines.filter((l) => l.trim() !== '').map(indentOf));
    return lines.map((l) => l.slice(Math.min(indent, indentOf(l))));
}
/** The lines `line`..`endLine` (at most EXCERPT_MAX_LINES) of `text`, dedented, each clipped. */
function excerptOf(text, line, endLine) {
    if (line < 1)
        return null;
    const lines = text.split('\n');
    const end = Math.max(line, endLine);
    const last = Math.min(end, line + EXCERPT_MAX_LINES - 1, lines.length);
    const raw = lines.slice(line - 1, last).map((l) => l.replace(/\r$/, ''));
    if (raw.every((l) => l.trim() === ''))
        return null;
    const shown = dedent(raw).map((l) => l.length > EXCERPT_MAX_LINE_CHARS ? `${l.slice(0, EXCERPT_MAX_LINE_CHARS)}…` : l);
    const more = end > last ? [`… (${end - last} more lines)`] : [];
    return { startLine: line, text: [...shown, ...more].join('\n') };
}
// Rules about what the change took out: their excerpt is the removed lines, not what is there now.
const REMOVAL_RULES = new Set(['test-assertion-removed', 'test-function-removed']);
/** The lines removed at `anchor` and after it, "- "-prefixed, bounded like any excerpt. */
function removedExcerpt(change, anchor) {
    const from = change.removed.findIndex((r) => r.anchor >= anchor);
    if (from === -1)
        return null;
    const lines = change.removed.slice(from).map((r) => r.text.replace(/\r$/, ''));
    const shown = dedent(lines.slice(0, EXCERPT_MAX_LINES)).map((l) => l.length > EXCERPT_MAX_LINE_CHARS ? `- ${l.slice(0, EXCERPT_MAX_LINE_CHARS)}…` : `- ${l}`);
    const rest = lines.length - shown.length;
    const more = rest > 0 ? [`… (${rest} more removed lines)`] : [];
    return { startLine: anchor, text: [...shown, ...more].join('\n'), removed: true };
}
/** Each finding with its lines at the head commit (or the lines it removed), from git blobs. */
function withExcerpts(findings, changes) {
    const texts = new Map();
    const textOf = (bytes, path) => {
        if (!texts.has(path))
            texts.set(path, bytes ? ((0,scan_file/* decodeSource */.E4)(bytes).text ?? null) : null);
        return texts.get(path) ?? null;
    };
    return findings.map((finding) => {
        const change = changes.files.find((f) => f.path === finding.path);
        if (!change)
            return finding;
        const text = textOf(change.newBytes, change.path);
        const excerpt = REMOVAL_RULES.has(finding.ruleId)
            ? removedExcerpt(change, finding.line)
            : text === null
                ? null
                : excerptOf(text, finding.line, finding.endLine);
        return excerpt === null ? finding : { ...finding, excerpt };
    });
}

;// CONCATENATED MODULE: ./.build/lib/verdict/decide-verdict.js

const severityRank = { low: 1, medium: 2, high: 3, critical: 4 };
function atOrAbove(severity, threshold) {
    return threshold !== 'none' && severityRank[severity] >= severityRank[threshold];
}
/**
 * Blocked: the change tries something it must not (blocking findings, sandbox violations).
 * Fail: it does not work (failing tests, a run that did not pass). Neutral: nothing to gate.
 */
function decideVerdict(input) {
    if (input.scope === 'ai-authored' && !input.aiInvolved) {
        return { conclusion: 'neutral', reasons: [{ kind: 'no-ai-changes' }] };
    }
    const reasons = [];
    const blocking = input.failOn === 'none'
        ? []
        : input.findings.filter((f) => atOrAbove(f.severity, input.failOn));
    if (blocking.length > 0 && input.failOn !== 'none') {
        reasons.push({ kind: 'findings', count: blocking.length, threshold: input.failOn });
    }
    const violations = input.sandbox?.violations
        .filter((v) => input.blockOnViolations.includes(v.kind))
        .reduce((sum, v) => sum + v.count, 0) ?? 0;
    if (violations > 0)
        reasons.push({ kind: 'violations', count: violations });
    reasons.push(...testReasons(input.sandbox, input.tests));
    if (reasons.length === 0)
        reasons.push({ kind: input.sandbox ? 'all-clear' : 'no-test-command' });
    return { conclusion: conclusionOf(reasons), reasons };
}
function testReasons(sandbox, tests) {
    // A failed install is the reason itself: the tests never ran, so there is nothing to count.
    if (sandbox?.phase === 'install' && sandbox.outcome !== 'passed')
        return [{ kind: 'sandbox-outcome', outcome: sandbox.outcome, phase: 'install' }];
    const failed = tests?.failed ?? 0;
    const errored = tests?.errored ?? 0;
    const reasons = [];
    if (failed + errored > 0)
        reasons.push({ kind: 'tests-failed', failed, errored });
    if (sandbox === null)
        return reasons;
    const outcome = sandbox.outcome;
    switch (outcome) {
        case 'passed':
            return reasons;
        case 'failed':
            return reasons.length > 0 ? reasons : [{ kind: 'sandbox-outcome', outcome }];
        case 'timeout':
        case 'memory-limit':
        case 'process-limit':
        case 'output-limit':
        case 'sandbox-error':
            return [...reasons, { kind: 'sandbox-outcome', outcome }];
        default:
            return (0,errors/* assertNever */.xb)(outcome);
    }
}
function conclusionOf(reasons) {
    let conclusion = 'pass';
    for (const reason of reasons) {
        switch (reason.kind) {
            case 'findings':
            case 'violations':
                return 'blocked';
            case 'tests-failed':
            case 'sandbox-outcome':
                conclusion = 'fail';
                break;
            case 'accepted':
                return 'pass';
            case 'no-ai-changes':
            case 'no-test-command':
            case 'all-clear':
                break;
            default:
                (0,errors/* assertNever */.xb)(reason);
        }
    }
    return conclusion;
}

;// CONCATENATED MODULE: ./.build/lib/verdict/maintainer-acceptance.js

// Repository roles that may accept a blocked PR; triage, read and none may not.
const MAINTAINER_ROLES = new Set(['admin', 'maintain', 'write']);
// A shorter prefix could name more than one commit; seven is git's own shortest default.
const MIN_SHA_PREFIX = 7;
// Each ignored request is one line in the report; a PR full of them gets a count instead.
const MAX_IGNORED_NOTES = 5;
const LOGIN = /^[A-Za-z0-9-]{1,39}(\[bot\])?$/;
const who = (login) => (LOGIN.test(login) ? `\`@${login}\`` : 'someone');
const what = (claim) => claim.via === 'label'
    ? `The accept label added by ${who(claim.login)}`
    : `\`${ACCEPT_COMMAND}\` by ${who(claim.login)}`;
/** Why a claim does not accept `headSha`, or null when it does. */
function objection(claim, headSha, evidence) {
    if (!LOGIN.test(claim.login))
        return 'the API named no valid login';
    if (evidence.prAuthor !== null && claim.login.toLowerCase() === evidence.prAuthor.toLowerCase())
        return "the pull request's author cannot accept it";
    const role = evidence.roles[claim.login] ?? 'no';
    if (!MAINTAINER_ROLES.has(role))
        return `${who(claim.login)} has ${role.replace(/[^a-z]/g, '') || 'no'} access to the repository; write, maintain or admin is needed`;
    if (claim.sha === null)
        return claim.unbound ?? `it names no commit; write \`${ACCEPT_COMMAND} <head sha> <reason>\``;
    if (claim.sha.length < MIN_SHA_PREFIX || !headSha.startsWith(claim.sha))
        return `it is for commit \`${claim.sha.slice(0, 12)}\`, not the head \`${headSha.slice(0, 12)}\`; each push is judged afresh`;
    return null;
}
/**
 * A failed or blocked verdict becomes `pass` when the newest valid request accepts this head
 * commit; every request ignored on the way is said in the notes.
 */
function decideAcceptance(verdict, headSha, evidence) {
    const overrode = verdict.conclusion;
    if (overrode !== 'fail' && overrode !== 'blocked')
        return { verdict, notes: [] };
    const ignored = [];
    for (const claim of evidence.claims) {
        const why = objection(claim, headSha, evidence);
        if (why !== null) {
            ignored.push(`${what(claim)} was ignored: ${why}.`);
            continue;
        }
        const accepted = {
            kind: 'accepted',
            by: claim.login,
            reason: claim.reason.trim() || 'no reason given',
            via: claim.via,
            headSha,
            overrode,
        };
        return {
            verdict: { conclusion: 'pass', reasons: [accepted, ...verdict.reasons] },
            notes: boundNotes(ignored),
        };
    }
    return { verdict, notes: boundNotes(ignored) };
}
function boundNotes(notes) {
    if (notes.length <= MAX_IGNORED_NOTES)
        return [...notes];
    const rest = notes.length - MAX_IGNORED_NOTES;
    return [...notes.slice(0, MAX_IGNORED_NOTES), `${rest} more requests to accept were ignored.`];
}
/**
 * The verdict after any maintainer's acceptance of this head commit. Without a reader (the CLI),
 * or when nothing failed, it stands; a reader that cannot read leaves it standing and says so.
 */
async function maintainer_acceptance_acceptVerdict(verdict, request, deps) {
    if (!deps.reader || (verdict.conclusion !== 'fail' && verdict.conclusion !== 'blocked'))
        return { verdict, notes: [] };
    let evidence;
    try {
        evidence = await deps.reader.read(request);
    }
    catch (error) {
        const status = typeof error === 'object' && error !== null && 'status' in error
            ? ` (HTTP ${String(error.status)})`
            : '';
        const note = `Could not read the requests to accept this pull request${status}; the verdict stands.`;
        deps.log.warn(note);
        return { verdict, notes: [note] };
    }
    const decided = decideAcceptance(verdict, request.headSha, evidence);
    const first = decided.verdict.reasons[0];
    deps.log.info(first?.kind === 'accepted'
        ? `accepted by @${first.by} for ${request.headSha.slice(0, 12)}`
        : `${evidence.claims.length} requests to accept, none valid for ${request.headSha.slice(0, 12)}`);
    return decided;
}
/** An analysis from another job cannot bring its own acceptance: it is decided again here. */
function maintainer_acceptance_withoutAcceptance(verdict) {
    const first = verdict.reasons[0];
    if (first?.kind !== 'accepted')
        return verdict;
    return {
        conclusion: first.overrode,
        reasons: verdict.reasons.filter((reason) => reason.kind !== 'accepted'),
    };
}

;// CONCATENATED MODULE: ./.build/lib/verdict/judge-change.js


/** The verdict on the findings and the tests, then any maintainer's acceptance of this head. */
async function judgeChange(config, found, deps) {
    const decided = decideVerdict({
        findings: found.findings,
        failOn: config.failOn,
        blockOnViolations: config.blockOnViolations,
        sandbox: found.sandbox,
        tests: found.tests,
        scope: config.scope,
        aiInvolved: found.aiInvolved,
    });
    return maintainer_acceptance_acceptVerdict(decided, { headSha: found.headSha, acceptLabel: config.acceptLabel }, deps);
}

;// CONCATENATED MODULE: ./.build/lib/report/violation-attribution.js


const MAX_WINDOWS = 20_000;
// JUnit times are rounded and leave out fixtures between cases; this much either side still counts.
const SLACK_MS = 50;
const violation_attribution_parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ['testsuite', 'testcase'].includes(name),
});
/**
 * Names the test that was running when each violation was first seen. JUnit gives a suite's start
 * (`timestamp`) and each case's duration in run order, so case N ran from the suite start plus the
 * durations before it; reports without timestamps (node --test) attribute nothing.
 */
function attributeViolations(violations, startedAt, junitReports) {
    const runStart = startedAt ? Date.parse(startedAt) : NaN;
    if (Number.isNaN(runStart) || violations.length === 0)
        return [...violations];
    const windows = junitReports.flatMap((xml) => testWindows(xml));
    return violations.map((violation) => {
        const at = runStart + violation.firstAtMs;
        const window = windows.find((w) => at >= w.startMs && at <= w.endMs) ??
            windows.find((w) => at >= w.startMs - SLACK_MS && at <= w.endMs + SLACK_MS);
        return window ? { ...violation, test: window.test } : violation;
    });
}
function testWindows(xml) {
    if (xml.length > MAX_JUNIT_BYTES || /<!DOCTYPE|<!ENTITY/i.test(xml))
        return [];
    let document;
    try {
        document = violation_attribution_parser.parse(xml);
    }
    catch {
        return [];
    }
    const root = (document['testsuites'] ?? document);
    const windows = [];
    for (const suite of suitesOf(root)) {
        // Runners inside the sandbox write local time without a zone; the sandbox's TZ is UTC.
        const stamp = violation_attribution_text(suite['@timestamp']);
        const start = stamp ? Date.parse(/Z|[+-]\d\d:?\d\d$/.test(stamp) ? stamp : `${stamp}Z`) : NaN;
        if (Number.isNaN(start))
            continue;
        const cases = asArray(suite['testcase']).slice(0, MAX_WINDOWS - windows.length);
        const durations = cases.map((testcase) => Math.max(0, Number(violation_attribution_text(testcase['@time']) || 0) * 1000));
        // Collection happens before the first case, so cases are laid out backwards from the suite's
        // end (start + its own time) when it has one, else forwards from its start.
        const suiteMs = Number(violation_attribution_text(suite['@time']));
        let cursor = Number.isFinite(suiteMs) && suiteMs > 0 ? start + suiteMs * 1000 - sum(durations) : start;
        cases.forEach((testcase, index) => {
            const durationMs = durations[index] ?? 0;
            windows.push({ startMs: cursor, endMs: cursor + durationMs, test: testRef(testcase) });
            cursor += durationMs;
        });
    }
    return windows;
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}
function suitesOf(root) {
    const suites = asArray(root['testsuite']);
    return [...suites, ...suites.flatMap((suite) => suitesOf(suite))];
}
function testRef(testcase) {
    const name = violation_attribution_text(testcase['@name']).slice(0, 500) || 'unnamed test';
    const classname = violation_attribution_text(testcase['@classname']);
    const rawFile = violation_attribution_text(testcase['@file']) || (classname.includes('/') ? classname : moduleFile(classname));
    const file = rawFile ? rawFile.replace(/^\/workspace\//, '').slice(0, 1024) : null;
    const lineText = violation_attribution_text(testcase['@line']);
    const line = /^\d{1,9}$/.test(lineText) ? Number(lineText) : NaN;
    const qualified = classname && !classname.includes('/') ? `${classname}.${name}` : name;
    return {
        name: qualified.slice(0, 500),
        file,
        line: Number.isInteger(line) && line >= 0 ? line : null,
    };
}
/** pytest's xunit2 reports name the module (`tests.test_b`, `tests.test_b.TestThing`), not the file. */
function moduleFile(classname) {
    if (!/^[A-Za-z_][\w.]*$/.test(classname))
        return '';
    const parts = classname.split('.');
    while (parts.length > 1 && /^[A-Z]/.test(parts.at(-1) ?? ''))
        parts.pop();
    return `${parts.join('/')}.py`;
}
function asArray(value) {
    return Array.isArray(value)
        ? value.filter((v) => typeof v === 'object' && v !== null)
        : [];
}
function violation_attribution_text(value) {
    return typeof value === 'string' ? value : '';
}

;// CONCATENATED MODULE: ./.build/lib/verdict/policy-edit-finding.js
/**
 * A PR that edits the policy file is itself a finding: the policy is read from the base branch,
 * so the edit only takes effect after merge, and reviewers must see it coming.
 */
function policyEditFindings(changedPaths, policyFile) {
    if (!changedPaths.includes(policyFile))
        return [];
    return [
        {
            ruleId: 'airlock/policy-edited',
            severity: 'high',
            category: 'policy',
            message: `This pull request edits the Airlock policy (${policyFile}); it applies only after merge.`,
            path: policyFile,
            line: 1,
            column: 1,
            endLine: 1,
            cwe: [],
            evidence: '',
        },
    ];
}

;// CONCATENATED MODULE: ./.build/lib/verdict/dependency-manifests.js
// Files an installer reads to decide what to fetch and from where, spelled as each ecosystem does.
const manifestNames = new Set([
    // npm, yarn, pnpm, bun
    'package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'bun.lockb',
    'bun.lock',
    '.npmrc',
    '.yarnrc',
    '.yarnrc.yml',
    // pip, pipenv, poetry, uv, pdm, setuptools
    'Pipfile',
    'Pipfile.lock',
    'pyproject.toml',
    'poetry.lock',
    'uv.lock',
    'pdm.lock',
    'setup.py',
    'setup.cfg',
    'pip.conf',
    // cargo, go, bundler, composer
    'Cargo.toml',
    'Cargo.lock',
    'go.mod',
    'go.sum',
    'Gemfile',
    'Gemfile.lock',
    'composer.json',
    'composer.lock',
    // maven, gradle
    'pom.xml',
    'build.gradle',
    'build.gradle.kts',
    'gradle.lockfile',
    'settings.gradle',
    'settings.gradle.kts',
]);
// pip's conventions: requirements-dev.txt, constraints.txt, requirements/base.in (pip-tools).
const manifestPatterns = [
    /^requirements.*\.txt$/,
    /^constraints.*\.txt$/,
    /\.gemspec$/,
];
/** True for a dependency manifest, lockfile or installer config, judged by its repository path. */
function isDependencyManifest(path) {
    const parts = path.split('/');
    const name = parts.at(-1) ?? '';
    if (manifestNames.has(name) || manifestPatterns.some((pattern) => pattern.test(name))) {
        return true;
    }
    return parts.slice(0, -1).includes('requirements') && /\.(txt|in)$/.test(name);
}
/**
 * A change to what gets installed is worth a reviewer's eye even when every line of it looks
 * harmless: the install runs the new packages' code, and a lockfile diff is rarely read.
 */
function dependencyManifestFindings(files) {
    return files.flatMap((file) => {
        // A rename away from a manifest name changes what the installer sees as much as an edit does.
        const sides = file.status === 'renamed' ? [file.path, file.oldPath] : [file.path];
        const path = sides.find((p) => p !== undefined && isDependencyManifest(p));
        if (path === undefined)
            return [];
        const line = path === file.path ? (file.added[0] ?? 1) : 1;
        return [
            {
                ruleId: 'airlock/dependency-manifest-changed',
                severity: 'medium',
                category: 'supply-chain',
                message: `This pull request changes the dependency manifest or lockfile ${path}. ` +
                    'install-command installs from it inside the sandbox, with egress limited to package ' +
                    "registries; set install-from: base to install from the base branch's versions instead.",
                path,
                line,
                column: 1,
                endLine: line,
                cwe: ['CWE-829'],
                evidence: '',
            },
        ];
    });
}
/** What install-from: base changes in the workspace: the PR's manifest edits undone. */
function installOverridePlan(files) {
    const restore = new Set();
    const hide = new Set();
    for (const file of files) {
        const isNew = file.status === 'added' || file.status === 'copied' || file.status === 'renamed';
        (isNew ? hide : restore).add(file.path);
        if (file.status === 'renamed' && file.oldPath !== undefined)
            restore.add(file.oldPath);
    }
    // A path listed as both existed in base (say a rename onto a deleted file's name): restore wins.
    const manifests = (paths) => [...paths].filter(isDependencyManifest).sort();
    return {
        restore: manifests(restore),
        hide: manifests([...hide].filter((path) => !restore.has(path))),
    };
}

;// CONCATENATED MODULE: ./.build/lib/verdict/test-results.js

const test_results_MAX_CASES = 5000;
/**
 * Per-test results from the JUnit reports the command wrote, else the exit status alone. A report
 * that does not parse is ignored (the exit status still judges the run) and said so in `problems`.
 */
function testResultsOf(sandbox, junitReports, roots) {
    const problems = [];
    const parsed = [];
    for (const [index, xml] of junitReports.entries()) {
        try {
            parsed.push(parseJunitXml(xml, { roots }));
        }
        catch {
            // The parser's message may quote the hostile report; say only which one was dropped.
            problems.push(`JUnit report ${index + 1} could not be read and was ignored.`);
        }
    }
    const total = parsed.reduce((sum, r) => sum + r.passed + r.failed + r.errored + r.skipped, 0);
    if (total === 0)
        return { tests: fromExitStatus(sandbox), problems };
    return { tests: mergeResults(parsed), problems };
}
// The exit status says only whether the run passed; its failure is the sandbox outcome's reason.
function fromExitStatus(sandbox) {
    return {
        source: 'exit-code',
        passed: sandbox.outcome === 'passed' ? 1 : 0,
        failed: 0,
        errored: 0,
        skipped: 0,
        cases: [],
        truncated: false,
    };
}
function mergeResults(results) {
    const cases = results.flatMap((r) => r.cases);
    const failing = cases.filter((c) => c.status !== 'passed');
    const kept = [...failing, ...cases.filter((c) => c.status === 'passed')].slice(0, test_results_MAX_CASES);
    return {
        source: 'junit',
        passed: results.reduce((sum, r) => sum + r.passed, 0),
        failed: results.reduce((sum, r) => sum + r.failed, 0),
        errored: results.reduce((sum, r) => sum + r.errored, 0),
        skipped: results.reduce((sum, r) => sum + r.skipped, 0),
        cases: kept,
        truncated: results.some((r) => r.truncated) || cases.length > kept.length,
    };
}
/** The `tests-passed` / `tests-failed` outputs: JUnit counts, or 1/0 from the exit status. */
function testCounts(tests, sandbox) {
    if (tests === null || sandbox === null)
        return { passed: 0, failed: 0 };
    if (tests.source === 'exit-code')
        return { passed: tests.passed, failed: sandbox.outcome === 'passed' ? 0 : 1 };
    return { passed: tests.passed, failed: tests.failed + tests.errored };
}

;// CONCATENATED MODULE: ./.build/lib/run.js














/** Analyses the change and publishes the report; a thrown analysis leaves nothing in progress. */
async function run(request, deps) {
    await deps.publisher.start();
    let analysis;
    try {
        analysis = await analyze(request, deps);
    }
    catch (error) {
        await deps.publisher.abort((0,errors/* errorMessage */.gJ)(error));
        throw error;
    }
    await deps.log.group('Report', () => deps.publisher.publish(analysis));
    return analysis;
}
/** `mode: report`: publishes an analysis another job produced, with any acceptance since. */
async function publishAnalysis(artifact, deps) {
    await deps.publisher.start();
    const { model } = artifact;
    // The analyze job's policy is not trusted here, so only comments (which name the commit) count.
    const { verdict, notes } = await acceptVerdict(withoutAcceptance(model.verdict), { headSha: model.headSha, acceptLabel: null }, { reader: deps.acceptance, log: deps.log });
    const analysis = { ...artifact, model: { ...model, verdict, notes: [...model.notes, ...notes] } };
    await deps.log.group('Report', () => deps.publisher.publish(analysis));
    return analysis;
}
async function analyze(request, deps) {
    const { log } = deps;
    const base = await deps.git.resolveCommit(request.base);
    const head = await deps.git.resolveCommit(request.head);
    const { config, notes } = await log.group('Config', () => loadPolicy(request.config, base, deps));
    const attribution = await log.group('Collect', () => collect(config, { ...request, base, head }, deps));
    const { findings, changes } = await log.group('Scan', () => scan({ config, base, head, attribution }, deps));
    const gated = config.scope === 'ai-authored' && !attribution.aiInvolved;
    const tested = config.testCommand !== null && !gated
        ? await log.group('Sandbox', () => testInSandbox({ config, request, base, changes }, deps))
        : null;
    const { verdict, notes: acceptNotes } = await judgeChange(config, {
        findings,
        sandbox: tested?.sandbox ?? null,
        tests: tested?.tests ?? null,
        aiInvolved: attribution.aiInvolved,
        headSha: head,
    }, { reader: deps.acceptance, log });
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
            baseSha: base,
            links: request.links,
            options: checkOptionsOf(config),
            notes: [...notes, ...(tested?.notes ?? []), ...acceptNotes],
        },
        ...(request.config.shard ? { shard: request.config.shard } : {}),
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
async function scan(input, deps) {
    const { config, base, head, attribution } = input;
    const changes = await deps.git.changeSet(await deps.git.mergeBase(base, head), head);
    // Shard 1 scans for the whole matrix; the report takes its findings (see docs/sharding.md).
    if (config.shard !== null && config.shard.index > 1) {
        deps.log.info(`shard ${(0,shard_spec/* shardLabel */.$_)(config.shard)}: the scan is left to shard 1`);
        return { findings: [], changes };
    }
    const report = deps.scanner.scan(changes);
    const paths = changes.files.flatMap((f) => (f.oldPath ? [f.path, f.oldPath] : [f.path]));
    // A manifest change counts like a finding on its first added line; editing the gate's own
    // policy counts whoever wrote the edit.
    const gated = [
        ...gateFindings([...report.findings, ...dependencyManifestFindings(changes.files)], attribution),
        ...policyEditFindings(paths, config.policyFile),
    ];
    deps.log.info(`${report.stats.files} files scanned; ${report.findings.length} findings, ${gated.length} on gated changes`);
    return { findings: withExcerpts(gated, changes), changes };
}
/**
 * install-command (if any), then test-command, in one sandboxed run that shares one wall-clock
 * budget: the install reaches only package registries, the tests run on what it wrote, offline.
 */
async function testInSandbox(input, deps) {
    const { config, request, base, changes } = input;
    const install = config.installCommand === null
        ? null
        : {
            command: config.installCommand,
            allowHosts: config.allowHosts,
            packageCaches: config.packageCaches,
            overrides: config.installFrom === 'base' ? await baseManifests(base, changes, deps) : null,
        };
    const { result, junitReports } = await sandboxed({ config, request, install }, deps);
    if (result.phase === 'install') {
        const { tests } = testResultsOf(result, [], ['/workspace']);
        return {
            sandbox: result,
            tests,
            notes: [`install-command ended ${result.outcome}, so test-command did not run.`],
        };
    }
    // Only the test run has JUnit timing, so only its violations can name the test that was running.
    const installViolations = result.violations.filter((v) => v.phase === 'install');
    const testViolations = attributeViolations(result.violations.filter((v) => v.phase !== 'install'), result.startedAt, junitReports);
    const sandbox = {
        ...result,
        violations: [...installViolations, ...testViolations],
    };
    const { tests, problems } = testResultsOf(sandbox, junitReports, ['/workspace']);
    return { sandbox, tests, notes: problems };
}
/** install-from: base — the base commit's version of each manifest the PR changed, or hidden. */
async function baseManifests(base, changes, deps) {
    const plan = installOverridePlan(changes.files);
    const restore = [];
    const hide = [...plan.hide];
    for (const path of plan.restore) {
        const content = await deps.git.fileAt(base, path);
        if (content === null)
            hide.push(path);
        else
            restore.push({ path, content });
    }
    deps.log.info(`install-from base: ${restore.length} manifests from the base commit, ${hide.length} hidden`);
    return { restore, hide: [...new Set(hide)].sort() };
}
async function sandboxed(input, deps) {
    const { config, request, install } = input;
    const command = config.testCommand ?? '';
    if (install)
        deps.log.info(`install-command in the sandbox: ${install.command.split('\n')[0] ?? ''}`);
    deps.log.info(`test-command in the sandbox: ${command.split('\n')[0] ?? ''}`);
    const output = await deps.sandbox.run({
        command,
        workspace: request.workspace,
        workingDirectory: config.workingDirectory,
        limits: config.limits,
        env: withJunitReport(command, request.sandboxEnv),
        root: config.sandboxRoot,
        install,
        shard: config.shard,
    });
    const { result } = output;
    const echo = (label, run) => deps.log.untrusted(`${label} output`, `${run.stdout}\n${run.stderr}`.replace(/\s+$/, '').split('\n'));
    if (result.install) {
        const { egress } = result.install;
        if (result.phase !== 'install')
            echo('install-command', result.install);
        deps.log.info(`install-command: ${result.install.outcome} in ${result.install.durationMs} ms; ${egress.connections} connections to registries, ${egress.denied.length} destinations refused`);
        // Hosts and reasons come from the sandbox: echoed as untrusted text, never as commands.
        deps.log.untrusted('install-command egress', [
            ...egress.allowed.map((r) => `allowed ${(0,egress_report/* destination */.j_)(r)} x${r.count} (${r.bytes} bytes)`),
            ...egress.denied.map((r) => `refused ${(0,egress_report/* destination */.j_)(r)} x${r.count}: ${r.reason}`),
        ]);
    }
    echo(result.phase === 'install' ? 'install-command' : 'test-command', result);
    if (result.phase !== 'install')
        deps.log.info(`test-command: ${result.outcome} in ${result.durationMs} ms`);
    return output;
}
/**
 * pytest writes a JUnit report when asked through PYTEST_ADDOPTS, so per-test results need no
 * change to the command. Other runners write theirs when pointed at $AIRLOCK_RESULTS_DIR.
 */
function withJunitReport(command, env) {
    if (!/\bpytest\b/.test(command))
        return { ...env };
    const option = '--junitxml=/results/airlock-pytest-junit.xml';
    const existing = env['PYTEST_ADDOPTS'];
    return { ...env, PYTEST_ADDOPTS: existing ? `${existing} ${option}` : option };
}

;// CONCATENATED MODULE: ./.build/lib/cli/check-command.js














const checkUsage = `Usage: airlock check [--base REF] [--head REF] [--test-command CMD] [--install-command CMD]
                    [--install-from head|base] [--allow-host HOST]...
                    [--scope ai-authored|all] [--fail-on low|medium|high|critical|none]
                    [--block-on-violations KIND,...] [--ai-authors PATTERN,...]
                    [--working-directory DIR] [--memory MIB] [--cpus N] [--timeout SECONDS]
                    [--pids N] [--workspace-size MIB] [--shard I/N]
                    [--format text|markdown|json] [--sarif FILE]

Runs the action's pipeline on a local repository: finds the AI-authored commits in BASE..HEAD,
scans the change, runs the tests in the sandbox and prints the report.
  --base REF           default: origin/HEAD, origin/main, main, origin/master or master (first that exists)
  --head REF           default: HEAD (tested in the work tree; another commit is exported from git first)
  --install-from base  install and test with the base branch's versions of the manifests the change edits
  --allow-host HOST    a host the install may reach besides the package registries; repeatable
  --block-on-violations KINDS  violation kinds that block: network, filesystem, process,
                       privilege, resource (default: network,privilege)
  --shard I/N          run slice I of N: the test command sees AIRLOCK_SHARD_INDEX and
                       AIRLOCK_SHARD_TOTAL; shards after the first leave the scan to shard 1
  --ai-authors, --working-directory, --memory, --cpus, --timeout, --pids, --workspace-size
                       as the action's inputs of those names (the PR comment's command sets them)
Exit: 0 pass or nothing to gate, 1 fail or blocked, 2 error.`;
const formatSchema = schemas/* enum */.k5n(['text', 'markdown', 'json']);
function parseCheckArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...argv],
            strict: true,
            options: {
                base: { type: 'string' },
                head: { type: 'string' },
                'test-command': { type: 'string' },
                'install-command': { type: 'string' },
                'install-from': { type: 'string' },
                'allow-host': { type: 'string', multiple: true },
                scope: { type: 'string' },
                'fail-on': { type: 'string' },
                'block-on-violations': { type: 'string' },
                'ai-authors': { type: 'string' },
                'working-directory': { type: 'string' },
                memory: { type: 'string' },
                cpus: { type: 'string' },
                timeout: { type: 'string' },
                pids: { type: 'string' },
                'workspace-size': { type: 'string' },
                shard: { type: 'string' },
                format: { type: 'string' },
                sarif: { type: 'string' },
                quiet: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new errors/* ConfigError */.xL('airlock check', `${(0,errors/* errorMessage */.gJ)(error)}\n${checkUsage}`);
    }
    const { values } = parsed;
    if (values.help)
        return 'help';
    const format = formatSchema.safeParse(values.format ?? 'text');
    if (!format.success)
        throw new errors/* ConfigError */.xL('--format', 'must be text, markdown or json');
    return {
        base: values.base,
        head: values.head ?? 'HEAD',
        format: format.data,
        sarif: values.sarif,
        inputs: {
            'test-command': values['test-command'],
            'install-command': values['install-command'],
            'install-from': values['install-from'],
            'allow-hosts': values['allow-host']?.join('\n'),
            scope: values.scope,
            'fail-on': values['fail-on'],
            'block-on-violations': values['block-on-violations'],
            'ai-authors': values['ai-authors'],
            'working-directory': values['working-directory'],
            memory: values.memory,
            cpus: values.cpus,
            timeout: values.timeout,
            pids: values.pids,
            'workspace-size': values['workspace-size'],
            shard: values.shard,
            // A shard is one slice of an analysis, as the action's analyze mode runs it.
            ...(values.shard === undefined ? {} : { mode: 'analyze' }),
        },
    };
}
function render(analysis, format) {
    if (format === 'json')
        return `${JSON.stringify(analysis, null, 2)}\n`;
    if (format === 'markdown')
        return renderJobSummary(analysis.model);
    return renderText(analysis.model);
}
function terminalPublisher(options, io, sarifCategory) {
    return {
        start: async () => undefined,
        abort: async () => undefined,
        async publish(analysis) {
            if (options.sarif) {
                const sarif = sarifForFindings(analysis.model.findings, sarifCategory, analysis.model.sandbox);
                await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, options.sarif), `${JSON.stringify(sarif, null, 2)}\n`);
            }
            io.stdout(render(analysis, options.format));
        },
    };
}
const defaultBases = ['origin/HEAD', 'origin/main', 'main', 'origin/master', 'master'];
/** Runs the pipeline on the repository around io.cwd and prints the report; the exit code judges it. */
async function runCheck(options, io) {
    const { config } = parseActionInputs(options.inputs);
    const root = await repositoryRoot(io.cwd);
    const git = repositoryGit(root);
    const base = options.base ?? (await firstCommit(defaultBases, git.resolveCommit));
    const head = await git.resolveCommit(options.head);
    const atHead = head === (await git.resolveCommit('HEAD'));
    const tree = atHead ? null : await exportTree(root, head);
    const log = terminalLogger(io.log);
    try {
        const analysis = await run({
            config,
            base,
            head,
            pullRequest: null,
            pullRequestNumber: null,
            workspace: tree?.dir ?? root,
            sandboxEnv: {},
            links: null,
        }, {
            git,
            scanner: await changeScanner(),
            sandbox: sandboxRunner({ hostEnv: io.env, log, signal: io.signal }),
            publisher: terminalPublisher(options, io, config.sarifCategory),
            log,
            clock: { now: () => Date.now() },
        });
        return { code: exitCodeOf(analysis), analysis };
    }
    finally {
        await tree?.dispose();
    }
}
function exitCodeOf(analysis) {
    // The sandbox could not run the tests: an error of the tool, not a verdict on the change.
    if (analysis.model.sandbox?.outcome === 'sandbox-error')
        return 2;
    const conclusion = analysis.model.verdict.conclusion;
    return conclusion === 'fail' || conclusion === 'blocked' ? 1 : 0;
}
async function firstCommit(refs, resolveCommit) {
    for (const ref of refs) {
        const sha = await resolveCommit(ref).catch(() => null);
        if (sha)
            return sha;
    }
    throw new errors/* ConfigError */.xL('--base', `none of ${refs.join(', ')} exists; name the base branch or commit`);
}
async function checkCommand(io) {
    const options = parseCheckArgs(io.argv);
    if (options === 'help') {
        io.stdout(`${checkUsage}\n`);
        return 0;
    }
    return (await runCheck(options, io)).code;
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
