export const id = 171;
export const ids = [171];
export const modules = {

/***/ 5323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ findRecipeDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);



/** runner-image/ beside the running code: dist/cli.js and src/… both sit below the repo root. */
function findRecipeDir(env) {
    const explicit = env['AIRLOCK_RECIPE_DIR'];
    if (explicit)
        return explicit;
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let depth = 0; depth < 5; depth += 1) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'runner-image', 'recipe.json')))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'runner-image');
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    }
    return __webpack_require__.ab + "runner-image";
}


/***/ }),

/***/ 5701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  It: () => (/* binding */ ensureRootfs),
  NY: () => (/* binding */ findRootfs)
});

// UNUSED EXPORTS: loadRecipe, rootfsDir

// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2269);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/lib/adapters/runsc-install.js + 1 modules
var runsc_install = __webpack_require__(287);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
;// CONCATENATED MODULE: ./.build/lib/setup/rootfs-recipe.js



const packageName = schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9+.-]{0,99}$/, 'is not a Debian package name');
const recipeSchema = schemas/* object */.Ikc({
    suite: schemas/* string */.YjP().regex(/^[a-z]+$/),
    mirror: schemas/* string */.YjP().url().startsWith('http'),
    variant: schemas/* enum */.k5n(['minbase', 'buildd', 'important', 'standard']),
    packages: schemas/* array */.YOg(packageName).min(1).max(500),
});
function resolveRecipe(recipeText, hookText, extraPackages) {
    const recipe = recipeSchema.parse(JSON.parse(recipeText));
    for (const name of extraPackages) {
        const parsed = packageName.safeParse(name);
        if (!parsed.success)
            throw new errors/* ConfigError */.xL('--package', `'${name}' ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
    }
    const packages = [...new Set([...recipe.packages, ...extraPackages])].sort();
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify({
        suite: recipe.suite,
        mirror: recipe.mirror,
        variant: recipe.variant,
        packages,
    }))
        .update('\0')
        .update(hookText)
        .digest('hex');
    return { recipe, packages, cacheKey: hash.slice(0, 16) };
}
/** mmdebstrap's argv for the recipe; the hook is an executable file, so no shell string is built. */
function mmdebstrapArgs(resolved, hookPath, target) {
    const { recipe, packages } = resolved;
    return [
        `--variant=${recipe.variant}`,
        '--mode=root',
        '--format=directory',
        `--include=${packages.join(',')}`,
        '--dpkgopt=path-exclude=/usr/share/man/*',
        '--dpkgopt=path-exclude=/usr/share/doc/*',
        `--customize-hook=${hookPath}`,
        recipe.suite,
        target,
        recipe.mirror,
    ];
}

;// CONCATENATED MODULE: ./.build/lib/adapters/rootfs-build.js







const COMPLETE_MARKER = '.airlock-complete';
async function loadRecipe(location) {
    const recipeText = await (0,promises_.readFile)((0,external_node_path_.join)(location.recipeDir, 'recipe.json'), 'utf8');
    const hookText = await (0,promises_.readFile)((0,external_node_path_.join)(location.recipeDir, 'customize.sh'), 'utf8');
    return resolveRecipe(recipeText, hookText, location.extraPackages);
}
function rootfsDir(cacheDir, resolved) {
    return (0,external_node_path_.join)(cacheDir, 'rootfs', resolved.cacheKey);
}
/** The cached root filesystem for this recipe, or null when it has not been built. */
async function findRootfs(location) {
    const dir = rootfsDir(location.cacheDir, await loadRecipe(location));
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, COMPLETE_MARKER)) ? (0,external_node_path_.join)(dir, 'rootfs') : null;
}
/** Builds the root filesystem once per cache key; a half-built one is never used. */
async function ensureRootfs(location, log) {
    const resolved = await loadRecipe(location);
    const dir = rootfsDir(location.cacheDir, resolved);
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, COMPLETE_MARKER)))
        return (0,external_node_path_.join)(dir, 'rootfs');
    if (!(0,external_node_fs_.existsSync)('/usr/bin/mmdebstrap'))
        await (0,runsc_install/* aptInstall */.vU)(['mmdebstrap'], log);
    const staging = `${dir}.staging-${process.pid}`;
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    await (0,promises_.mkdir)(staging, { recursive: true });
    log.info(`building the sandbox root filesystem ${resolved.cacheKey} (${resolved.packages.length} packages; first run only)`);
    try {
        const args = mmdebstrapArgs(resolved, (0,external_node_path_.join)(location.recipeDir, 'customize.sh'), (0,external_node_path_.join)(staging, 'rootfs'));
        const result = await (0,execa/* execa */.Ho)('mmdebstrap', args, { reject: false, all: true });
        if (result.exitCode !== 0)
            throw new errors/* SetupError */.w3(`mmdebstrap failed: ${String(result.all).trim().slice(-2000)}`);
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'recipe.json'), JSON.stringify({ ...resolved.recipe, packages: resolved.packages }, null, 2));
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.rename)(staging, dir);
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
    return (0,external_node_path_.join)(dir, 'rootfs');
}


/***/ }),

/***/ 287:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vU: () => (/* binding */ aptInstall),
  LD: () => (/* binding */ findRunsc),
  d5: () => (/* binding */ installRunsc)
});

// UNUSED EXPORTS: hostArch, installRelease, probeRunsc, releaseDir

// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2269);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/lib/setup/gvisor-release.js
/**
 * The gVisor release Airlock installs on hosts that can reach Google's release bucket.
 * The sha512 is pinned here, not taken from the `.sha512` file served beside the tarball:
 * that file lives in the same bucket and only proves the download is whole, not genuine.
 */
const pinnedRelease = {
    version: '20260831.0',
    sha512: {
        x86_64: 'c7b4f22c60be3ea5a0ace478ed390403255d818729aaccff82d5b60026f3060d2ea31ab6670249a34a98eef59726217018c91ec631f7d753459127d930658392',
        aarch64: '9e60dd883aaa9aa341f4708c9de3d0e34b91fb5c4f62534520e636fa509cb0401116428497a2324f69003b88fdabadf195e8bb66c00de3baed07a9fa95583b90',
    },
};
function releaseTarballUrl(version, arch) {
    return `https://storage.googleapis.com/gvisor/releases/release/${version}/${arch}/gvisor.tar.bz2`;
}
function archOf(machine) {
    if (machine === 'x64' || machine === 'x86_64')
        return 'x86_64';
    if (machine === 'arm64' || machine === 'aarch64')
        return 'aarch64';
    return null;
}
/**
 * The release date inside a `runsc --version` line: upstream prints `release-20260831.0`,
 * Debian prints `0.0~20240729.0`. Null when the line names no date.
 */
function runscReleaseDate(versionOutput) {
    const match = /runsc version (?:release-|[\d.]+~)?(\d{8})(?:\.\d+)?/.exec(versionOutput);
    return match?.[1] ? Number(match[1]) : null;
}
// systrap became runsc's default platform in release-20230621; older builds only have ptrace.
const SYSTRAP_SINCE = 20230621;
function platformFor(releaseDate) {
    return releaseDate !== null && releaseDate >= SYSTRAP_SINCE ? 'systrap' : 'ptrace';
}
function versionLabel(versionOutput) {
    const match = /runsc version (\S+)/.exec(versionOutput);
    return match?.[1] ?? 'unknown';
}

// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
;// CONCATENATED MODULE: ./.build/lib/adapters/runsc-install.js








const DISTRIBUTION_PATHS = ['/usr/local/bin/runsc', '/usr/bin/runsc', '/usr/sbin/runsc'];
const DOWNLOAD_TIMEOUT_MS = 120_000;
function hostArch() {
    const arch = archOf((0,external_node_os_.arch)());
    if (!arch)
        throw new errors/* SetupError */.w3(`gVisor has no build for this processor (${(0,external_node_os_.arch)()})`);
    return arch;
}
function releaseDir(cacheDir, arch) {
    return (0,external_node_path_.join)(cacheDir, 'gvisor', pinnedRelease.version, arch);
}
/** Finds an installed runsc without installing anything: explicit path, tool cache, then the system's. */
async function findRunsc(search) {
    const arch = hostArch();
    const candidates = search.explicitPath
        ? [search.explicitPath]
        : [(0,external_node_path_.join)(releaseDir(search.cacheDir, arch), 'runsc'), ...DISTRIBUTION_PATHS];
    for (const path of candidates) {
        if (!(0,external_node_fs_.existsSync)(path))
            continue;
        return probeRunsc(path, arch);
    }
    if (search.explicitPath)
        throw new errors/* SetupError */.w3(`AIRLOCK_RUNSC points at ${search.explicitPath}, which does not exist`);
    return null;
}
async function probeRunsc(path, arch) {
    const result = await (0,execa/* execa */.Ho)(path, ['--version'], { reject: false, timeout: 30_000 });
    if (result.exitCode !== 0)
        throw new errors/* SetupError */.w3(`${path} --version failed: ${result.stderr.trim()}`);
    const date = runscReleaseDate(result.stdout);
    return { path, version: versionLabel(result.stdout), platform: platformFor(date), arch };
}
/** Installs runsc: the pinned upstream release where reachable, else the distribution package. */
async function installRunsc(search, source) {
    const existing = await findRunsc(search);
    if (existing && (source !== 'release' || existing.path.startsWith(search.cacheDir)))
        return existing;
    const arch = hostArch();
    if (source !== 'distribution') {
        try {
            return await installRelease(releaseDir(search.cacheDir, arch), arch, search.log);
        }
        catch (error) {
            if (source === 'release')
                throw error;
            search.log.warn(`pinned gVisor release unavailable (${(0,errors/* errorMessage */.gJ)(error)}); using the distribution package`);
        }
    }
    await aptInstall(['runsc'], search.log);
    const installed = await findRunsc({ ...search, explicitPath: undefined });
    if (!installed)
        throw new errors/* SetupError */.w3('no runsc found after installing the distribution package');
    return installed;
}
async function installRelease(target, arch, log, options = {}) {
    const url = options.url ?? releaseTarballUrl(pinnedRelease.version, arch);
    const expected = options.sha512 ?? pinnedRelease.sha512[arch];
    log.info(`downloading gVisor ${pinnedRelease.version} from ${url}`);
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok)
        throw new errors/* SetupError */.w3(`download failed: HTTP ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    const actual = (0,external_node_crypto_.createHash)('sha512').update(body).digest('hex');
    if (actual !== expected)
        throw new errors/* SetupError */.w3(`gVisor tarball sha512 mismatch: expected ${expected}, got ${actual}; refusing to install`);
    const staging = `${target}.staging-${process.pid}`;
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    await (0,promises_.mkdir)(staging, { recursive: true });
    try {
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'gvisor.tar.bz2'), body);
        const untar = await (0,execa/* execa */.Ho)('tar', ['-xjf', 'gvisor.tar.bz2', '--no-same-owner'], {
            cwd: staging,
            reject: false,
        });
        if (untar.exitCode !== 0)
            throw new errors/* SetupError */.w3(`cannot unpack the gVisor tarball: ${untar.stderr.trim()}`);
        await (0,promises_.rm)((0,external_node_path_.join)(staging, 'gvisor.tar.bz2'));
        await (0,promises_.rm)(target, { recursive: true, force: true });
        await (0,promises_.rename)(staging, target);
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
    return probeRunsc((0,external_node_path_.join)(target, 'runsc'), arch);
}
/** Debian/Ubuntu package install, only as root; the packages' own signatures are apt's to check. */
async function aptInstall(packages, log) {
    if (process.getuid?.() !== 0)
        throw new errors/* SetupError */.w3(`${packages.join(', ')} missing; install it or run 'airlock setup' as root`);
    if (!(0,external_node_fs_.existsSync)('/usr/bin/apt-get'))
        throw new errors/* SetupError */.w3(`${packages.join(', ')} missing and this host has no apt-get; install it by hand`);
    log.info(`installing ${packages.join(', ')} with apt-get`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    const install = () => (0,execa/* execa */.Ho)('apt-get', ['install', '-y', '-q', ...packages], { env, reject: false });
    let result = await install();
    if (result.exitCode !== 0) {
        await (0,execa/* execa */.Ho)('apt-get', ['update', '-q'], { env, reject: false });
        result = await install();
    }
    if (result.exitCode !== 0)
        throw new errors/* SetupError */.w3(`apt-get install ${packages.join(' ')} failed: ${result.stderr.trim().slice(-1000)}`);
}


/***/ }),

/***/ 6171:
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
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
;// CONCATENATED MODULE: ./.build/lib/config/run-options.js


const MiB = 1024 * 1024;
// Names that carry credentials of the runner or the action; they never enter the sandbox.
const forbiddenEnv = [/^GITHUB_TOKEN$/, /^ACTIONS_/, /^INPUT_/, /^RUNNER_/, /^AIRLOCK_/];
const fixedEnvNames = new Set(['PATH', 'HOME', 'LANG', 'TZ', 'CI']);
const envName = schemas/* string */.YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'must be a variable name such as NODE_OPTIONS')
    .refine((name) => !forbiddenEnv.some((pattern) => pattern.test(name)), {
    message: 'carries runner or action credentials and never enters the sandbox',
})
    .refine((name) => !fixedEnvNames.has(name), { message: 'is fixed by the sandbox' });
// Paths end up in mount options, where ',' ':' and whitespace are separators.
const hostPath = schemas/* string */.YjP()
    .min(1)
    .max(1024)
    .refine((path) => path.startsWith('/'), { message: 'must be an absolute path' })
    .refine((path) => !/[,:\\\s]/.test(path), {
    message: 'may not contain commas, colons, backslashes or whitespace',
});
const runOptionsSchema = schemas/* object */.Ikc({
    command: schemas/* array */.YOg(schemas/* string */.YjP().max(128 * 1024))
        .min(1, 'give the command after --')
        .max(4096),
    workspace: hostPath,
    resultsDir: hostPath.optional(),
    memoryMiB: schemas/* number */.aig()
        .int()
        .min(64)
        .max(1024 * 1024)
        .default(2048),
    cpus: schemas/* number */.aig().min(0.1).max(256).default(2),
    pids: schemas/* number */.aig().int().min(16).max(1_000_000).default(512),
    timeoutSeconds: schemas/* number */.aig()
        .int()
        .min(1)
        .max(7 * 24 * 3600)
        .default(600),
    graceSeconds: schemas/* number */.aig().int().min(0).max(600).default(5),
    openFiles: schemas/* number */.aig().int().min(64).max(1_048_576).default(4096),
    fileSizeMiB: schemas/* number */.aig()
        .int()
        .min(1)
        .max(1024 * 1024)
        .default(1024),
    tmpMiB: schemas/* number */.aig()
        .int()
        .min(1)
        .max(1024 * 1024)
        .default(512),
    workspaceWriteMiB: schemas/* number */.aig()
        .int()
        .min(1)
        .max(1024 * 1024)
        .default(1024),
    resultsMiB: schemas/* number */.aig().int().min(1).max(4096).default(16),
    outputLimitMiB: schemas/* number */.aig()
        .int()
        .min(1)
        .max(64 * 1024)
        .default(64),
    env: schemas/* array */.YOg(envName).max(256).default([]),
    platform: schemas/* enum */.k5n(['systrap', 'ptrace']).optional(),
    telemetry: schemas/* boolean */.zMY().default(true),
    json: schemas/* boolean */.zMY().default(false),
});
function parseRunOptions(input) {
    const parsed = runOptionsSchema.safeParse(input);
    if (parsed.success)
        return Object.freeze(parsed.data);
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'options';
    throw new errors/* ConfigError */.xL(optionName(field), issue?.message ?? 'invalid');
}
function limitsOf(options) {
    return {
        memoryBytes: options.memoryMiB * MiB,
        cpus: options.cpus,
        pids: options.pids,
        timeoutMs: options.timeoutSeconds * 1000,
        graceMs: options.graceSeconds * 1000,
        openFiles: options.openFiles,
        fileSizeBytes: options.fileSizeMiB * MiB,
        tmpBytes: options.tmpMiB * MiB,
        workspaceWriteBytes: options.workspaceWriteMiB * MiB,
        resultsBytes: options.resultsMiB * MiB,
        outputLimitBytes: options.outputLimitMiB * MiB,
    };
}
const optionNames = {
    command: 'command',
    workspace: '--workspace',
    resultsDir: '--results',
    memoryMiB: '--memory',
    cpus: '--cpus',
    pids: '--pids',
    timeoutSeconds: '--timeout',
    graceSeconds: '--grace',
    openFiles: '--open-files',
    fileSizeMiB: '--file-size',
    tmpMiB: '--tmp-size',
    workspaceWriteMiB: '--workspace-size',
    resultsMiB: '--results-size',
    outputLimitMiB: '--output-limit',
    env: '--env',
    platform: '--platform',
};
function optionName(field) {
    const [head] = field.split('.');
    return optionNames[head ?? ''] ?? field;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./.build/lib/adapters/rootfs-build.js + 1 modules
var rootfs_build = __webpack_require__(5701);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2269);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./.build/lib/sandbox/trace-syscalls.js
/** Any attempt of these is a privilege violation: the guest has no capability for them. */
const privilegedSyscalls = [
    'ptrace',
    'mount',
    'umount2',
    'unshare',
    'setns',
    'chroot',
    'pivot_root',
    'setuid',
    'setgid',
    'setreuid',
    'setregid',
    'setresuid',
    'setresgid',
    'init_module',
    'finit_module',
    'delete_module',
    'kexec_load',
    'bpf',
    'keyctl',
    'add_key',
    'perf_event_open',
    'process_vm_readv',
    'process_vm_writev',
];
/**
 * The syscalls runsc traces for telemetry. Every name must exist in runsc's per-architecture
 * strace table or the sandbox refuses to boot; arm64 has only the *at forms and no fork/vfork.
 */
const common = [
    'clone',
    'execve',
    'execveat',
    'openat',
    'mkdirat',
    'unlinkat',
    'socket',
    'connect',
    'bind',
    'sendto',
    'sendmsg',
    ...privilegedSyscalls,
];
const x86Only = ['fork', 'vfork', 'open', 'creat', 'mkdir', 'unlink'];
/** With telemetry off, only what outcome classification needs: refused forks. */
const forkOnly = { x86_64: ['clone', 'fork', 'vfork'], aarch64: ['clone'] };
function traceSyscalls(arch, telemetry) {
    if (!telemetry)
        return [...forkOnly[arch]];
    return arch === 'x86_64' ? [...common, ...x86Only] : [...common];
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/runsc-argv.js

/** Global flags; runsc reads them on every command, so every command gets the same ones. */
function globalFlags(session) {
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
        `--strace-syscalls=${traceSyscalls(session.runsc.arch, session.telemetry).join(',')}`,
        '--strace-log-size=64',
    ];
}
const runscArgv = {
    run: (s, id, bundle) => [
        ...globalFlags(s),
        'run',
        '--bundle',
        bundle,
        id,
    ],
    kill: (s, id, signal) => [
        ...globalFlags(s),
        'kill',
        '--all',
        id,
        signal,
    ],
    delete: (s, id) => [...globalFlags(s), 'delete', '--force', id],
    list: (s) => [...globalFlags(s), 'list', '--format=json'],
};

;// CONCATENATED MODULE: ./.build/lib/adapters/runsc.js





function runscPort(session) {
    const file = session.runsc.path;
    const env = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
    const quick = { reject: false, timeout: 60_000, stdin: 'ignore', env, extendEnv: false };
    return {
        run(id, bundleDir, sinks) {
            // Attached `runsc run`: the sandbox and gofer get SIGKILL as parent-death signal, so nothing
            // outlives this process even if airlock itself is killed outright.
            // setpriv ties runsc itself to airlock: if airlock is killed outright, runsc gets SIGKILL too.
            const [command, ...args] = withParentDeathSignal([
                file,
                ...runscArgv.run(session, id, bundleDir),
            ]);
            const child = (0,external_node_child_process_.spawn)(command ?? file, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
            child.stdout.on('data', (chunk) => sinks.stdout(chunk));
            child.stderr.on('data', (chunk) => sinks.stderr(chunk));
            const streamsClosed = Promise.all([(0,external_node_stream_promises_.finished)(child.stdout), (0,external_node_stream_promises_.finished)(child.stderr)]).then(() => undefined, () => undefined);
            const exit = new Promise((resolve) => {
                child.once('exit', (code) => resolve(code));
                child.once('error', () => resolve(null));
            });
            return { exit, streamsClosed, terminate: () => child.kill('SIGKILL') };
        },
        async kill(id, signal) {
            await (0,execa/* execa */.Ho)(file, runscArgv.kill(session, id, signal), quick);
        },
        async destroy(id) {
            await (0,execa/* execa */.Ho)(file, runscArgv.delete(session, id), quick);
        },
    };
}
const SETPRIV = '/usr/bin/setpriv';
function withParentDeathSignal(argv) {
    return (0,external_node_fs_.existsSync)(SETPRIV) ? [SETPRIV, '--pdeathsig', 'KILL', '--', ...argv] : argv;
}

// EXTERNAL MODULE: ./.build/lib/adapters/runsc-install.js + 1 modules
var runsc_install = __webpack_require__(287);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./.build/lib/sandbox/oci-spec.js
/** The guest identity: non-root, the uid GitHub's runner user has, so host files line up. */
const GUEST_UID = 1001;
const GUEST_GID = 1001;
const GUEST_HOME = '/home/airlock';
const WORKSPACE_PATH = '/workspace';
const RESULTS_PATH = '/results';
const HOME_BYTES = 64 * 1024 * 1024;
const SHM_BYTES = 64 * 1024 * 1024;
// Namespace flags of clone(2); a new user namespace would give the guest CAP_SYS_ADMIN over itself,
// which exempts it from RLIMIT_NPROC, so namespace creation is refused outright.
const CLONE_NAMESPACE_FLAGS = [
    0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000,
];
const EPERM = 1;
/**
 * The in-sandbox seccomp profile (gVisor applies it with --oci-seccomp). Only what would weaken
 * containment is refused here: everything else privileged (mount, chroot, ptrace, module loading…)
 * is refused by gVisor's own permission checks, where its trace still sees and reports the attempt.
 */
// clone3 is left alone: it passes its flags in memory a filter cannot read, and this runsc answers
// every refusal with EPERM (not ENOSYS), which would stop libc falling back to clone for threads.
function seccompProfile(arch) {
    return {
        defaultAction: 'SCMP_ACT_ALLOW',
        architectures: [arch === 'x86_64' ? 'SCMP_ARCH_X86_64' : 'SCMP_ARCH_AARCH64'],
        syscalls: [
            { names: ['unshare', 'setns'], action: 'SCMP_ACT_ERRNO', errnoRet: EPERM },
            ...CLONE_NAMESPACE_FLAGS.map((flag) => ({
                names: ['clone'],
                action: 'SCMP_ACT_ERRNO',
                errnoRet: EPERM,
                args: [{ index: 0, value: flag, valueTwo: flag, op: 'SCMP_CMP_MASKED_EQ' }],
            })),
        ],
    };
}
const fixedEnv = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: GUEST_HOME,
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    CI: 'true',
    AIRLOCK_RESULTS_DIR: RESULTS_PATH,
};
/** Host-side pids.max: a backstop only; RLIMIT_NPROC inside the sentry is what contains fork bombs. */
function hostPidsBackstop(pids) {
    return pids * 4 + 1024;
}
function cpuQuota(cpus) {
    const period = 100_000;
    return { quota: Math.max(1000, Math.round(cpus * period)), period };
}
/** The OCI runtime spec (config.json) for one sandboxed command. Pure: same plan, same spec. */
function buildOciSpec(plan) {
    const { limits } = plan;
    const env = { ...plan.passEnv, ...fixedEnv };
    const noCapabilities = {
        bounding: [],
        effective: [],
        inheritable: [],
        permitted: [],
        ambient: [],
    };
    return {
        ociVersion: '1.0.2',
        process: {
            terminal: false,
            user: { uid: GUEST_UID, gid: GUEST_GID, additionalGids: [] },
            args: [...plan.args],
            env: Object.entries(env).map(([name, value]) => `${name}=${value}`),
            cwd: WORKSPACE_PATH,
            capabilities: noCapabilities,
            noNewPrivileges: true,
            rlimits: [
                { type: 'RLIMIT_NPROC', soft: limits.pids, hard: limits.pids },
                { type: 'RLIMIT_NOFILE', soft: limits.openFiles, hard: limits.openFiles },
                { type: 'RLIMIT_FSIZE', soft: limits.fileSizeBytes, hard: limits.fileSizeBytes },
                { type: 'RLIMIT_CORE', soft: 0, hard: 0 },
            ],
        },
        root: { path: plan.rootfsPath, readonly: true },
        hostname: 'airlock',
        mounts: [
            { destination: '/proc', type: 'proc', source: 'proc' },
            {
                destination: '/sys',
                type: 'sysfs',
                source: 'sysfs',
                options: ['nosuid', 'noexec', 'nodev', 'ro'],
            },
            tmpfs('/tmp', limits.tmpBytes, 'mode=1777'),
            tmpfs('/dev/shm', SHM_BYTES, 'mode=1777'),
            tmpfs(GUEST_HOME, HOME_BYTES, 'mode=0700', `uid=${GUEST_UID}`, `gid=${GUEST_GID}`),
            bind(WORKSPACE_PATH, plan.workspaceHostPath),
            bind(RESULTS_PATH, plan.resultsHostPath),
        ],
        linux: {
            cgroupsPath: plan.cgroupsPath,
            resources: {
                memory: { limit: limits.memoryBytes },
                cpu: cpuQuota(limits.cpus),
                pids: { limit: hostPidsBackstop(limits.pids) },
            },
            namespaces: ['pid', 'ipc', 'uts', 'mount', 'network'].map((type) => ({ type })),
            seccomp: seccompProfile(plan.arch),
        },
    };
}
function tmpfs(destination, bytes, ...extra) {
    return {
        destination,
        type: 'tmpfs',
        source: 'tmpfs',
        options: ['nosuid', 'nodev', `size=${bytes}`, ...extra],
    };
}
function bind(destination, source) {
    return { destination, type: 'bind', source, options: ['rbind', 'rw', 'nosuid', 'nodev'] };
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/cgroup-plan.js

/** The controllers a run cannot do without; a host missing one is refused (fail-closed). */
const requiredControllers = ['memory', 'cpu', 'pids'];
function cgroupWrites(layout, limits) {
    const { quota, period } = cpuQuota(limits.cpus);
    const memory = String(limits.memoryBytes);
    const pids = String(hostPidsBackstop(limits.pids));
    if (layout.version === 2) {
        return [
            { controller: 'memory', file: 'memory.max', value: memory, verify: memory, optional: false },
            { controller: 'memory', file: 'memory.swap.max', value: '0', verify: '0', optional: true },
            {
                controller: 'cpu',
                file: 'cpu.max',
                value: `${quota} ${period}`,
                verify: `${quota} ${period}`,
                optional: false,
            },
            { controller: 'pids', file: 'pids.max', value: pids, verify: pids, optional: false },
        ];
    }
    return [
        {
            controller: 'memory',
            file: 'memory.limit_in_bytes',
            value: memory,
            verify: memory,
            optional: false,
        },
        // Must follow memory.limit_in_bytes (memsw may never be below it); absent without swap accounting.
        {
            controller: 'memory',
            file: 'memory.memsw.limit_in_bytes',
            value: memory,
            verify: memory,
            optional: true,
        },
        {
            controller: 'cpu',
            file: 'cpu.cfs_period_us',
            value: String(period),
            verify: String(period),
            optional: false,
        },
        {
            controller: 'cpu',
            file: 'cpu.cfs_quota_us',
            value: String(quota),
            verify: String(quota),
            optional: false,
        },
        { controller: 'pids', file: 'pids.max', value: pids, verify: pids, optional: false },
    ];
}
/** Controllers whose directories the run creates (v1); cpuacct for CPU time where it is separate. */
function v1Controllers() {
    return ['memory', 'cpu', 'cpuacct', 'pids'];
}
/** Reads counters from the files' text. Unknown or missing values stay null/0: never invented. */
function parseCgroupStats(layout, files) {
    if (layout.version === 2) {
        const usageUsec = keyed(files['cpu.stat'], 'usage_usec');
        return {
            oomKills: keyed(files['memory.events'], 'oom_kill') ?? 0,
            pidsRefusals: keyed(files['pids.events'], 'max') ?? 0,
            cpuMs: usageUsec === null ? null : Math.round(usageUsec / 1000),
            peakMemoryBytes: integer(files['memory.peak']),
        };
    }
    const usageNs = integer(files['cpuacct.usage']);
    return {
        oomKills: keyed(files['memory.oom_control'], 'oom_kill') ?? 0,
        pidsRefusals: keyed(files['pids.events'], 'max') ?? 0,
        cpuMs: usageNs === null ? null : Math.round(usageNs / 1e6),
        peakMemoryBytes: integer(files['memory.max_usage_in_bytes']),
    };
}
/** The stats files to read, as controller/file pairs. */
function statsFiles(layout) {
    if (layout.version === 2) {
        return ['cpu.stat', 'memory.events', 'pids.events', 'memory.peak'].map((file) => ({
            controller: 'unified',
            file,
        }));
    }
    return [
        { controller: 'memory', file: 'memory.oom_control' },
        { controller: 'memory', file: 'memory.max_usage_in_bytes' },
        { controller: 'pids', file: 'pids.events' },
        { controller: 'cpuacct', file: 'cpuacct.usage' },
    ];
}
function integer(text) {
    if (text === null || text === undefined)
        return null;
    const trimmed = text.trim();
    if (!/^\d{1,18}$/.test(trimmed))
        return null;
    return Number(trimmed);
}
function keyed(text, key) {
    if (!text)
        return null;
    for (const line of text.split('\n')) {
        const [name, value] = line.trim().split(/\s+/);
        if (name === key)
            return integer(value);
    }
    return null;
}

;// CONCATENATED MODULE: ./.build/lib/adapters/cgroups.js





const CGROUP_ROOT = '/sys/fs/cgroup';
function detectCgroupLayout(root = CGROUP_ROOT) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'cgroup.controllers')))
        return { version: 2, root };
    const hierarchies = {};
    for (const name of safeReaddir(root)) {
        const path = (0,external_node_path_.join)(root, name);
        if (name === 'unified' || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, 'cgroup.procs')))
            continue;
        // Co-mounted controllers (cpu,cpuacct) appear under several names; each name maps to its mount.
        for (const controller of name.split(','))
            hierarchies[controller] = (0,external_node_fs_.realpathSync)(path);
    }
    return { version: 1, hierarchies };
}
/** Creates and configures the run's cgroup before runsc starts; runsc joins it without owning it. */
async function createCgroup(name, limits, layout = detectCgroupLayout()) {
    const dirs = controllerDirs(layout, name);
    for (const controller of requiredControllers) {
        if (!dirs[controller]) {
            throw new errors/* SetupError */.w3(`this host has no '${controller}' cgroup controller, so the ${controller} limit cannot be enforced; refusing to run`);
        }
    }
    if (layout.version === 2)
        await enableV2Controllers(layout.root);
    const handle = handleFor(layout, name, dirs);
    try {
        for (const dir of new Set(Object.values(dirs)))
            await (0,promises_.mkdir)(dir, { recursive: false });
        for (const write of cgroupWrites(layout, limits)) {
            const file = (0,external_node_path_.join)(dirs[write.controller] ?? '', write.file);
            if (write.optional && !(0,external_node_fs_.existsSync)(file))
                continue;
            await (0,promises_.writeFile)(file, write.value);
            const actual = (await (0,promises_.readFile)(file, 'utf8')).trim();
            if (write.verify !== null && actual !== write.verify) {
                throw new errors/* SetupError */.w3(`cgroup limit ${write.file} reads back '${actual}', expected '${write.verify}'; refusing to run`);
            }
        }
    }
    catch (error) {
        // Keep the original error: it says which limit could not be applied.
        await handle.remove().catch(() => undefined);
        if (error instanceof errors/* SetupError */.w3)
            throw error;
        throw new errors/* SetupError */.w3(`cannot configure the sandbox cgroup: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    return handle;
}
function controllerDirs(layout, name) {
    if (layout.version === 2) {
        const dir = (0,external_node_path_.join)(layout.root, name);
        return { memory: dir, cpu: dir, pids: dir, unified: dir };
    }
    const dirs = {};
    for (const controller of v1Controllers()) {
        const root = layout.hierarchies[controller];
        if (root)
            dirs[controller] = (0,external_node_path_.join)(root, name);
    }
    return dirs;
}
async function enableV2Controllers(root) {
    const available = (await (0,promises_.readFile)((0,external_node_path_.join)(root, 'cgroup.controllers'), 'utf8')).split(/\s+/);
    const wanted = requiredControllers.filter((c) => available.includes(c));
    const missing = requiredControllers.filter((c) => !available.includes(c));
    if (missing.length > 0)
        throw new errors/* SetupError */.w3(`cgroup v2 controllers missing: ${missing.join(', ')}; refusing to run`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(root, 'cgroup.subtree_control'), wanted.map((c) => `+${c}`).join(' '));
}
function handleFor(layout, name, dirs) {
    return {
        specPath: `/${name}`,
        readStats: async () => {
            const files = {};
            for (const { controller, file } of statsFiles(layout)) {
                files[file] = await (0,promises_.readFile)((0,external_node_path_.join)(dirs[controller] ?? '/nonexistent', file), 'utf8').catch(() => null);
            }
            return parseCgroupStats(layout, files);
        },
        remove: () => removeEverywhere(layout, name),
    };
}
/** Removes `name` from every hierarchy, including ones runsc created itself (cpuset, devices, …). */
async function removeEverywhere(layout, name) {
    const roots = layout.version === 2 ? [layout.root] : [...new Set(Object.values(layout.hierarchies))];
    if (layout.version === 1) {
        for (const entry of safeReaddir(CGROUP_ROOT)) {
            const path = (0,external_node_path_.join)(CGROUP_ROOT, entry);
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, name)))
                roots.push((0,external_node_fs_.realpathSync)(path));
        }
    }
    for (const root of new Set(roots))
        await removeDir((0,external_node_path_.join)(root, name));
}
async function removeDir(dir) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return;
    for (let attempt = 0; attempt < 50; attempt += 1) {
        await killMembers(dir);
        try {
            await (0,promises_.rmdir)(dir);
            return;
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return;
            if (error.code !== 'EBUSY')
                throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new errors/* SetupError */.w3(`cgroup ${dir} is still busy after cleanup`);
}
async function killMembers(dir) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'cgroup.procs'), 'utf8').catch(() => '');
    for (const pid of text.split('\n').filter((line) => /^\d+$/.test(line))) {
        try {
            process.kill(Number(pid), 'SIGKILL');
        }
        catch {
            // Already gone.
        }
    }
}
function safeReaddir(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./.build/lib/adapters/mounts.js



// mount(8) and umount(8) from util-linux, always with argv arrays: paths are never parsed by a shell.
async function mountTmpfs(target, bytes, extra = []) {
    const options = ['nosuid', 'nodev', `size=${bytes}`, ...extra].join(',');
    await mount(['-t', 'tmpfs', '-o', options, 'airlock', target]);
}
/** Copy-on-write view of `lower`: writes land in `upper` (a size-capped tmpfs), `lower` never changes. */
async function mountOverlay(lower, upper, work, target) {
    const base = `lowerdir=${lower},upperdir=${upper},workdir=${work}`;
    // metacopy lets the ownership change below copy up metadata only; fall back where the kernel lacks it.
    const withMetacopy = await (0,execa/* execa */.Ho)('mount', ['-t', 'overlay', '-o', `${base},redirect_dir=on,metacopy=on`, 'overlay', target], { reject: false });
    if (withMetacopy.exitCode === 0)
        return;
    await mount(['-t', 'overlay', '-o', base, 'overlay', target]);
}
async function unmount(target) {
    if (!(await isMountPoint(target)))
        return;
    const result = await (0,execa/* execa */.Ho)('umount', [target], { reject: false });
    if (result.exitCode === 0)
        return;
    // A straggler still holds it: detach now, the kernel frees it when the last user goes.
    const lazy = await (0,execa/* execa */.Ho)('umount', ['-l', target], { reject: false });
    if (lazy.exitCode !== 0)
        throw new errors/* SetupError */.w3(`cannot unmount ${target}: ${lazy.stderr.trim()}`);
}
async function isMountPoint(target) {
    const mountinfo = await (0,promises_.readFile)('/proc/self/mountinfo', 'utf8');
    const escaped = target.replace(/[\\ \t\n]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
    return mountinfo.split('\n').some((line) => line.split(' ')[4] === escaped);
}
async function mount(args) {
    const result = await (0,execa/* execa */.Ho)('mount', args, { reject: false });
    if (result.exitCode !== 0) {
        throw new errors/* SetupError */.w3(`mount ${args.join(' ')} failed: ${result.stderr.trim() || `exit ${result.exitCode}`}`);
    }
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host.js









const LOG_BYTES = 64 * 1024 * 1024;
const TRACE_FULL_MARGIN = 1024 * 1024;
// How much of the workspace is searched for links that point outside it.
const MAX_LINK_SCAN_ENTRIES = 100_000;
const MAX_RESULT_FILES = 1000;
function runDirOf(stateDir, id) {
    return (0,external_node_path_.join)(stateDir, 'runs', id);
}
function hostPort(stateDir) {
    return { prepare: (id, workspace, limits) => prepareHost(stateDir, id, workspace, limits) };
}
async function prepareHost(stateDir, id, workspace, limits) {
    const dir = runDirOf(stateDir, id);
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'owner.json'), JSON.stringify({ pid: process.pid, startedAt: Date.now() }));
    const paths = pathsOf(dir);
    try {
        await mountRunFilesystems(paths, workspace, limits);
        // runsc's sandbox user must traverse to the bundle's mounts.
        await (0,promises_.chmod)(dir, 0o711);
        const workspaceLinks = await outwardLinks(workspace);
        const cgroup = await createCgroup(cgroupName(id), limits);
        return {
            id,
            bundleDir: paths.bundle,
            workspacePath: paths.workspace,
            resultsPath: paths.results,
            logDir: paths.logs,
            cgroupsPath: `/${cgroupName(id)}`,
            workspaceLinks,
            readStats: () => cgroup.readStats(),
            watchOomKill: (onKill) => watchOomKill(cgroup.readStats, onKill),
            writeBundle: (spec) => (0,promises_.writeFile)((0,external_node_path_.join)(paths.bundle, 'config.json'), JSON.stringify(spec, null, 2)),
            traceLines: () => readTrace(paths.logs),
            traceFull: async () => {
                const stats = await (0,promises_.statfs)(paths.logs).catch(() => null);
                return stats !== null && stats.bavail * stats.bsize < TRACE_FULL_MARGIN;
            },
            collectResults: (destination) => copyResults(paths.results, destination),
            dispose: () => disposeRun(stateDir, id),
        };
    }
    catch (error) {
        await disposeRun(stateDir, id);
        throw error;
    }
}
/** The copy-on-write workspace view and the size-capped results and log filesystems. */
async function mountRunFilesystems(paths, workspace, limits) {
    for (const sub of [paths.bundle, paths.upperFs, paths.workspace, paths.results, paths.logs])
        await (0,promises_.mkdir)(sub, { mode: 0o700 });
    await mountTmpfs(paths.upperFs, limits.workspaceWriteBytes, ['mode=0700']);
    await (0,promises_.mkdir)((0,external_node_path_.join)(paths.upperFs, 'upper'));
    await (0,promises_.mkdir)((0,external_node_path_.join)(paths.upperFs, 'work'));
    await mountOverlay(workspace, (0,external_node_path_.join)(paths.upperFs, 'upper'), (0,external_node_path_.join)(paths.upperFs, 'work'), paths.workspace);
    await giveToGuest(paths.workspace);
    await mountTmpfs(paths.results, limits.resultsBytes, [
        'mode=0755',
        `uid=${GUEST_UID}`,
        `gid=${GUEST_GID}`,
    ]);
    await mountTmpfs(paths.logs, LOG_BYTES, ['mode=0700']);
}
function cgroupName(id) {
    return `airlock-${id}`;
}
function pathsOf(dir) {
    return {
        bundle: (0,external_node_path_.join)(dir, 'bundle'),
        upperFs: (0,external_node_path_.join)(dir, 'upper'),
        workspace: (0,external_node_path_.join)(dir, 'workspace'),
        results: (0,external_node_path_.join)(dir, 'results'),
        logs: (0,external_node_path_.join)(dir, 'logs'),
    };
}
/** The guest is uid 1001: make the copy-on-write view its own without touching the host copy. */
async function giveToGuest(workspaceView) {
    // -h: change links themselves, -P: never traverse a link (a link from the PR may point anywhere).
    const result = await (0,execa/* execa */.Ho)('chown', ['-R', '-h', '-P', `${GUEST_UID}:${GUEST_GID}`, workspaceView], { reject: false });
    if (result.exitCode !== 0)
        throw new errors/* SetupError */.w3(`cannot prepare the workspace view: ${result.stderr.trim().slice(0, 500)}`);
}
async function* readTrace(logDir) {
    const files = (await (0,promises_.readdir)(logDir).catch(() => [])).filter((name) => name.endsWith('.boot.txt'));
    for (const name of files) {
        const lines = (0,external_node_readline_.createInterface)({
            input: (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(logDir, name), { encoding: 'utf8' }),
            crlfDelay: Infinity,
        });
        for await (const line of lines)
            yield line;
    }
}
/** Copies regular files out of the results tmpfs; links and special files from the guest are skipped. */
async function copyResults(source, destination) {
    const copied = [];
    const walk = async (relative) => {
        for (const entry of await (0,promises_.readdir)((0,external_node_path_.join)(source, relative))) {
            if (copied.length >= MAX_RESULT_FILES)
                return;
            const rel = relative ? (0,external_node_path_.join)(relative, entry) : entry;
            const stat = await (0,promises_.lstat)((0,external_node_path_.join)(source, rel));
            if (stat.isDirectory())
                await walk(rel);
            else if (stat.isFile()) {
                await (0,promises_.mkdir)((0,external_node_path_.join)(destination, relative), { recursive: true });
                await (0,promises_.copyFile)((0,external_node_path_.join)(source, rel), (0,external_node_path_.join)(destination, rel));
                copied.push(rel);
            }
        }
    };
    await walk('');
    return copied.sort();
}
/** Idempotent: safe after a partial prepare, after a crash, or twice. */
async function disposeRun(stateDir, id) {
    const dir = runDirOf(stateDir, id);
    const paths = pathsOf(dir);
    await removeEverywhere(detectCgroupLayout(), cgroupName(id));
    for (const target of [paths.workspace, paths.upperFs, paths.results, paths.logs])
        await unmount(target);
    await (0,promises_.rm)(dir, { recursive: true, force: true });
}
/** Runs whose owner process is gone (airlock was killed hard); the caller deletes their containers first. */
async function staleRuns(stateDir) {
    const stale = [];
    for (const id of await (0,promises_.readdir)((0,external_node_path_.join)(stateDir, 'runs')).catch(() => [])) {
        const owner = await (0,promises_.readFile)((0,external_node_path_.join)(runDirOf(stateDir, id), 'owner.json'), 'utf8').catch(() => null);
        const pid = owner ? Number(JSON.parse(owner).pid) : NaN;
        if (!Number.isInteger(pid) || !isAlive(pid))
            stale.push(id);
    }
    return stale;
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
// cgroup v1 has no notification this code can wait on without eventfd, so the counter is polled.
const OOM_POLL_MS = 250;
function watchOomKill(readStats, onKill) {
    let fired = false;
    const timer = setInterval(() => {
        void readStats().then((stats) => {
            if (fired || stats.oomKills === 0)
                return;
            fired = true;
            clearInterval(timer);
            onKill();
        });
    }, OOM_POLL_MS);
    return () => clearInterval(timer);
}
/**
 * Links in the workspace whose target lies outside it, keyed by the link's path inside the sandbox.
 * Read with lstat/readlink only: a link from the PR is never followed on the host.
 */
async function outwardLinks(workspace) {
    const links = new Map();
    const pending = [''];
    let seen = 0;
    while (pending.length > 0 && seen < MAX_LINK_SCAN_ENTRIES) {
        const relative = pending.pop() ?? '';
        for (const entry of await (0,promises_.readdir)((0,external_node_path_.join)(workspace, relative)).catch(() => [])) {
            seen += 1;
            const rel = relative ? `${relative}/${entry}` : entry;
            const stat = await (0,promises_.lstat)((0,external_node_path_.join)(workspace, rel)).catch(() => null);
            if (stat?.isDirectory())
                pending.push(rel);
            if (!stat?.isSymbolicLink())
                continue;
            const target = await (0,promises_.readlink)((0,external_node_path_.join)(workspace, rel));
            const guestLink = `${WORKSPACE_PATH}/${rel}`;
            const resolved = external_node_path_.posix.resolve(external_node_path_.posix.dirname(guestLink), target);
            if (!resolved.startsWith(`${WORKSPACE_PATH}/`))
                links.set(guestLink, target.startsWith('/') ? target : resolved);
        }
    }
    return links;
}

// EXTERNAL MODULE: ./.build/lib/adapters/recipe-dir.js
var recipe_dir = __webpack_require__(5323);
;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-runtime.js









/** Everything `runSandbox` needs on this host, or a SetupError saying what is missing. Installs nothing. */
async function readySandbox(options) {
    const { paths, log } = options;
    if (process.getuid?.() !== 0)
        throw new errors/* SetupError */.w3('the sandbox needs root to create cgroups and mounts; run airlock with sudo');
    const found = await (0,runsc_install/* findRunsc */.LD)({ cacheDir: paths.cacheDir, explicitPath: paths.runscPath, log });
    if (!found)
        throw new errors/* SetupError */.w3("no runsc found; run 'airlock setup' (never falls back to running outside gVisor)");
    const runsc = options.platform ? { ...found, platform: options.platform } : found;
    const rootfsPath = await (0,rootfs_build/* findRootfs */.NY)({
        recipeDir: (0,recipe_dir/* findRecipeDir */.F)(options.env),
        cacheDir: paths.cacheDir,
        extraPackages: options.extraPackages ?? [],
    });
    if (!rootfsPath)
        throw new errors/* SetupError */.w3("the sandbox root filesystem is not built; run 'airlock setup'");
    const session = (logDir, telemetry) => ({
        runsc,
        stateRoot: `${paths.stateDir}/runsc`,
        logDir,
        telemetry,
    });
    await (0,promises_.mkdir)(`${paths.stateDir}/runsc`, { recursive: true, mode: 0o700 });
    await sweepStale(paths.stateDir, (id) => runscPort(session('/nonexistent', false)).destroy(id));
    return {
        runsc,
        rootfsPath,
        runtime: { runtime: 'gvisor', runscVersion: runsc.version, platform: runsc.platform },
        deps: {
            host: hostPort(paths.stateDir),
            runscFor: (logDir, telemetry) => runscPort(session(logDir, telemetry)),
            log,
            now: () => performance.now(),
            epochMs: () => Date.now(),
            newId: () => (0,external_node_crypto_.randomBytes)(6).toString('hex'),
            ...(options.signal ? { signal: options.signal } : {}),
        },
    };
}
/** Leftovers of an airlock that was killed outright (SIGKILL, power loss): remove before running. */
async function sweepStale(stateDir, destroy) {
    for (const id of await staleRuns(stateDir)) {
        await destroy(id);
        await disposeRun(stateDir, id);
    }
}
/** The request for one run of `options` on this host's sandbox. */
function sandboxRequest(ready, options, passEnv) {
    return {
        command: options.command,
        workspace: options.workspace,
        resultsDir: options.resultsDir,
        passEnv,
        limits: limitsOf(options),
        rootfsPath: ready.rootfsPath,
        runtime: ready.runtime,
        arch: ready.runsc.arch,
        telemetry: options.telemetry,
    };
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/classify-outcome.js
/**
 * The outcome, most specific cause first: a run that hit a limit is reported as that limit even
 * when the limit then caused a timeout or a failing exit status. A clean exit 0 always passes.
 */
function classifyOutcome(signals) {
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
    1: 'SIGHUP',
    2: 'SIGINT',
    3: 'SIGQUIT',
    4: 'SIGILL',
    5: 'SIGTRAP',
    6: 'SIGABRT',
    7: 'SIGBUS',
    8: 'SIGFPE',
    9: 'SIGKILL',
    10: 'SIGUSR1',
    11: 'SIGSEGV',
    12: 'SIGUSR2',
    13: 'SIGPIPE',
    14: 'SIGALRM',
    15: 'SIGTERM',
    24: 'SIGXCPU',
    25: 'SIGXFSZ',
    31: 'SIGSYS',
};
/** Splits runsc's wait status (128+n for signal n, as the shell reports it) into code and signal. */
function splitExitStatus(status) {
    if (status === null)
        return { exitCode: null, signal: null };
    const signal = status > 128 ? signalNames[status - 128] : undefined;
    if (signal)
        return { exitCode: null, signal };
    return { exitCode: status, signal: null };
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/strace-events.js
const MAX_LINE = 16 * 1024;
// `strace.go:605] [   2:   2] python3 X connect(0x3 socket:[1], …) = 0 (0x0) errno=113 (no route to host) (28.2µs)`
const exitLine = /^strace\.go:\d+\] \[\s*(\d+):\s*\d+\] (.{0,16}?) X (\w+)\((.*)\) = -?\d+ \(0x[0-9a-f]+\)(?: errno=(\d+) \([^)]*\))? \([^()]*\)$/s;
/** Parses one log line; anything that is not a well-formed sentry exit line is null (data, not a log line). */
function parseTraceLine(line) {
    if (line.length === 0 || line.length > MAX_LINE)
        return null;
    let parsed;
    try {
        parsed = JSON.parse(line);
    }
    catch {
        return null;
    }
    if (typeof parsed !== 'object' || parsed === null)
        return null;
    const { msg, time } = parsed;
    if (typeof msg !== 'string' || typeof time !== 'string')
        return null;
    const match = exitLine.exec(msg);
    if (!match)
        return null;
    const [, pid, process, syscall, args, errno] = match;
    const atEpochMs = Date.parse(time);
    if (!pid || !syscall || args === undefined || Number.isNaN(atEpochMs))
        return null;
    return {
        pid: Number(pid),
        process: process ?? '',
        syscall,
        args,
        errno: errno ? Number(errno) : null,
        atEpochMs,
    };
}
/** `{Family: AF_INET, Addr: 192.0.2.2, Port: 80}` as rendered by the sentry. */
function socketAddressIn(args) {
    const match = /\{Family: (AF_INET6?), Addr: ([0-9a-fA-F.:]{1,45}), Port: (\d{1,5})\}/.exec(args);
    if (!match?.[1] || !match[2] || !match[3])
        return null;
    return { family: match[1], address: match[2], port: Number(match[3]) };
}
/** The path an open/openat/creat/mkdir/unlink call named, resolved against its cwd where relative. */
function pathIn(syscall, args) {
    const at = /^(?:AT_FDCWD|0x[0-9a-f]+) (.*?), 0x[0-9a-f]+ (.*?)(?:, ([A-Z0-9_|x]+))?(?:, 0o[0-7]+)?$/s;
    const plain = /^0x[0-9a-f]+ (.*?)(?:, ([A-Z0-9_|x]+))?(?:, 0o[0-7]+)?$/s;
    if (syscall.endsWith('at')) {
        const match = at.exec(args);
        if (!match || match[2] === undefined)
            return null;
        return { path: resolve(match[1] ?? '/', match[2]), flags: match[3] ?? '' };
    }
    const match = plain.exec(args);
    if (!match || match[1] === undefined)
        return null;
    return { path: match[1], flags: match[2] ?? (syscall === 'creat' ? 'O_CREAT|O_WRONLY' : '') };
}
/** execve's binary path and argv (the sentry renders argv as a quoted list). */
function execIn(args) {
    const match = /^0x[0-9a-f]+ (.*?), 0x[0-9a-f]+ (\[.*?\])(?:, 0x[0-9a-f]+ \[.*\])?$/s.exec(args);
    if (!match?.[1] || !match[2])
        return null;
    try {
        const argv = JSON.parse(match[2]);
        if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string'))
            return null;
        return { binary: match[1], argv: argv };
    }
    catch {
        return { binary: match[1], argv: [] };
    }
}
function resolve(cwd, path) {
    const joined = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
    const parts = [];
    for (const part of joined.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return `/${parts.join('/')}`;
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/classify-violation.js


const EAGAIN = 11;
const MAX_ARGV = 8;
const MAX_ARG = 120;
const privileged = new Set(privilegedSyscalls);
// Programs whose execution in a test run is worth a maintainer's look.
const notablePrograms = [
    [/^(?:sh|bash|dash|zsh|ksh|mksh|ash|busybox)$/, 'shell'],
    [/^(?:curl|wget|nc|ncat|netcat|socat|ssh|scp|sftp|ftp|tftp|telnet|rsync)$/, 'network tool'],
    [/^(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|tcc|as|ld|rustc|go)(?:-\d+)?$/, 'compiler'],
    [/^(?:xmrig|minerd|cpuminer|ethminer|nbminer|t-rex|lolminer|phoenixminer|nanominer)$/i, 'miner'],
];
// Test runners and tools use shells all the time (vitest counts CPUs with `sh -c "cat /proc/cpuinfo | …"`),
// so a shell is notable only when it is interactive or its script fetches, decodes or pipes into a shell.
const notableShellScript = /\/dev\/(?:tcp|udp)\/|\b(?:curl|wget|nc|ncat|netcat|socat|telnet|ssh|scp|ftp|tftp)\b|\bbase64\s+(?:-d|--decode)\b|\bxxd\s+-r\b|\bopenssl\s+(?:s_client|enc)\b|\|\s*(?:ba|da|z)?sh\b/;
// Package managers run scripts through `sh -c`; that shell is the manager's, not the code's.
const scriptRunners = /^(?:npm|npm .*|npx|yarn|pnpm|corepack)$/;
const writableRoots = [
    '/workspace',
    '/tmp',
    '/results',
    '/home/airlock',
    '/dev/shm',
    '/dev/null',
    '/proc/self/fd',
];
/** Whether one completed syscall is a security-relevant attempt, and how to describe it. */
function classifyEvent(event, context) {
    const { syscall } = event;
    if (privileged.has(syscall))
        return { kind: 'privilege', syscall, detail: `${syscall} attempted${outcome(event)}` };
    if (syscall === 'socket')
        return rawSocket(event);
    if (syscall === 'connect' || syscall === 'sendto' || syscall === 'sendmsg' || syscall === 'bind')
        return network(event);
    if (syscall === 'execve' || syscall === 'execveat')
        return execution(event);
    if (['clone', 'fork', 'vfork'].includes(syscall)) {
        return event.errno === EAGAIN
            ? { kind: 'resource', syscall, detail: 'process creation refused by the process limit' }
            : null;
    }
    if (['open', 'openat', 'creat', 'mkdir', 'mkdirat', 'unlink', 'unlinkat'].includes(syscall))
        return fileAccess(event, context);
    return null;
}
function rawSocket(event) {
    // Netlink raw sockets are how runtimes list interfaces (os.networkInterfaces()); not a packet tool.
    if (/^AF_PACKET\b/.test(event.args) || /^AF_INET6?, SOCK_RAW\b/.test(event.args)) {
        return {
            kind: 'privilege',
            syscall: 'socket',
            detail: `raw socket ${event.args.split(',').slice(0, 2).join(',')}${outcome(event)}`,
        };
    }
    return null;
}
function network(event) {
    const address = socketAddressIn(event.args);
    if (!address || isLoopback(address.address))
        return null;
    // Binding all interfaces inside a netstack with loopback only reaches nothing outside.
    if (event.syscall === 'bind' && (address.address === '0.0.0.0' || address.address === '::'))
        return null;
    const target = address.family === 'AF_INET6'
        ? `[${address.address}]:${address.port}`
        : `${address.address}:${address.port}`;
    return {
        kind: 'network',
        syscall: event.syscall,
        detail: `${event.syscall} ${target}${outcome(event)}`,
    };
}
function execution(event) {
    const exec = execIn(event.args);
    if (!exec)
        return null;
    const name = exec.binary.split('/').pop() ?? exec.binary;
    const notable = notablePrograms.find(([pattern]) => pattern.test(name));
    if (!notable)
        return null;
    if (notable[1] === 'shell' && !notableShell(exec.argv, event.process))
        return null;
    const argv = exec.argv
        .slice(0, MAX_ARGV)
        .map((arg) => (arg.length > MAX_ARG ? `${arg.slice(0, MAX_ARG)}…` : arg));
    return {
        kind: 'process',
        syscall: event.syscall,
        detail: `${notable[1]} ${exec.binary} ${JSON.stringify(argv)}${outcome(event)}`,
    };
}
function notableShell(argv, caller) {
    if (scriptRunners.test(caller))
        return false;
    return argv.slice(1).some((arg) => arg === '-i' || notableShellScript.test(arg));
}
function fileAccess(event, context) {
    const target = pathIn(event.syscall, event.args);
    if (!target)
        return null;
    const link = context.workspaceLinks.get(target.path);
    if (link !== undefined)
        return {
            kind: 'filesystem',
            syscall: event.syscall,
            detail: `followed workspace link ${target.path} -> ${link}${outcome(event)}`,
        };
    if ([...context.workspaceLinks.values()].includes(target.path)) {
        return {
            kind: 'filesystem',
            syscall: event.syscall,
            detail: `opened ${target.path}, the target of a workspace link${outcome(event)}`,
        };
    }
    const sensitive = sensitivePath(target.path, event);
    if (sensitive)
        return {
            kind: 'filesystem',
            syscall: event.syscall,
            detail: `${sensitive} ${target.path}${outcome(event)}`,
        };
    if (isWrite(event.syscall, target.flags) && event.errno !== null && refusedWrite(target.path)) {
        return {
            kind: 'filesystem',
            syscall: event.syscall,
            detail: `write outside the writable areas ${target.path}${outcome(event)}`,
        };
    }
    return null;
}
const sensitiveRules = [
    [/^\/etc\/(?:g?shadow|sudoers(?:\.d\/.*)?|ssh\/ssh_host_.*_key)$/, 'credential file'],
    [/\/\.ssh\/(?!known_hosts$|config$)[^/]+$/, 'SSH key'],
    [
        /\/\.(?:aws\/credentials|aws\/config|npmrc|pypirc|netrc|git-credentials|docker\/config\.json|kube\/config|config\/gh\/hosts\.yml|gnupg\/.*)$/,
        'credential file',
    ],
    [/^\/(?:run|var\/run)\/secrets\//, 'secret mount'],
    [/_runner_file_commands|^\/home\/runner\//, 'GitHub runner file'],
    [/^\/root(?:\/|$)/, "root's home"],
];
function sensitivePath(path, event) {
    const proc = /^\/proc\/(\d+|self|thread-self)\/(environ|mem|maps|pagemap|auxv|fd|cwd|root|exe)(?:\/|$)/.exec(path);
    if (proc) {
        const own = proc[1] === 'self' || proc[1] === 'thread-self' || Number(proc[1]) === event.pid;
        if (!own)
            return `another process's /proc/${proc[2]}`;
        return proc[2] === 'mem' ? 'process memory' : null;
    }
    if (path.endsWith('/.git/config') && !/^git/.test(event.process))
        return 'git config (may hold credentials)';
    // A package manager reading its own configuration is the manager at work, not the code under test.
    if (/\/\.(?:npmrc|yarnrc(?:\.yml)?)$/.test(path) && scriptRunners.test(event.process))
        return null;
    return sensitiveRules.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}
function isWrite(syscall, flags) {
    if (['creat', 'mkdir', 'mkdirat', 'unlink', 'unlinkat'].includes(syscall))
        return true;
    return /\bO_(?:WRONLY|RDWR|CREAT|TRUNC)\b/.test(flags);
}
function refusedWrite(path) {
    // Python tries to cache bytecode next to read-only modules; that refusal is the runtime's, not the code's.
    if (/\/__pycache__\/[^/]+\.pyc\.\d+$|\/__pycache__\/[^/]+\.pyc$|\/__pycache__$/.test(path))
        return false;
    return !writableRoots.some((root) => path === root || path.startsWith(`${root}/`));
}
function isLoopback(address) {
    return /^127\./.test(address) || address === '::1' || /^::ffff:127\./i.test(address);
}
function outcome(event) {
    return event.errno === null ? '' : ` (refused, errno ${event.errno})`;
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/violation-collector.js


const MAX_VIOLATIONS = 200;
const MAX_DETAIL = 400;
const MAX_PROCESS = 64;
/**
 * Reads the sentry's trace a line at a time (a flooded log never sits in memory whole), counts
 * refused forks and turns security-relevant attempts into deduplicated, bounded violations.
 */
class ViolationCollector {
    context;
    startedAtEpochMs;
    recordViolations;
    byKey = new Map();
    forkRefusals = 0;
    linesRead = 0;
    malformedLines = 0;
    dropped = 0;
    constructor(context, startedAtEpochMs, recordViolations) {
        this.context = context;
        this.startedAtEpochMs = startedAtEpochMs;
        this.recordViolations = recordViolations;
    }
    add(line) {
        this.linesRead += 1;
        const event = parseTraceLine(line);
        if (!event) {
            if (line.length > 0)
                this.malformedLines += 1;
            return;
        }
        const candidate = classifyEvent(event, this.context);
        if (!candidate)
            return;
        if (candidate.kind === 'resource')
            this.forkRefusals += 1;
        if (!this.recordViolations)
            return;
        const process = event.process.slice(0, MAX_PROCESS);
        const detail = candidate.detail.length > MAX_DETAIL
            ? `${candidate.detail.slice(0, MAX_DETAIL)}…`
            : candidate.detail;
        const key = `${candidate.kind}\0${candidate.syscall}\0${detail}\0${process}`;
        const seen = this.byKey.get(key);
        if (seen)
            seen.count += 1;
        else if (this.byKey.size < MAX_VIOLATIONS) {
            const firstAtMs = Math.max(0, Math.round(event.atEpochMs - this.startedAtEpochMs));
            this.byKey.set(key, {
                violation: {
                    kind: candidate.kind,
                    syscall: candidate.syscall,
                    detail,
                    process,
                    count: 1,
                    firstAtMs,
                },
                count: 1,
            });
        }
        else
            this.dropped += 1;
    }
    summary() {
        const violations = [...this.byKey.values()].map(({ violation, count }) => ({
            ...violation,
            count,
        }));
        violations.sort((a, b) => a.firstAtMs - b.firstAtMs);
        if (this.dropped > 0) {
            violations.push({
                kind: 'resource',
                syscall: 'trace',
                detail: `${this.dropped} further events beyond ${MAX_VIOLATIONS} distinct violations not itemised`,
                process: 'airlock',
                count: this.dropped,
                firstAtMs: 0,
            });
        }
        return {
            forkRefusals: this.forkRefusals,
            violations,
            linesRead: this.linesRead,
            malformedLines: this.malformedLines,
        };
    }
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/live-output.js
/**
 * Splits a byte stream into lines for live display, holding at most `maxLine` bytes of an
 * unfinished line so a stream without newlines cannot grow memory.
 */
class LineSplitter {
    maxLine;
    pending = '';
    constructor(maxLine = 8192) {
        this.maxLine = maxLine;
    }
    push(chunk) {
        const parts = (this.pending + chunk).split('\n');
        this.pending = parts.pop() ?? '';
        const lines = parts.map((line) => line.replace(/\r$/, ''));
        while (this.pending.length > this.maxLine) {
            lines.push(this.pending.slice(0, this.maxLine));
            this.pending = this.pending.slice(this.maxLine);
        }
        return lines;
    }
    flush() {
        const rest = this.pending;
        this.pending = '';
        return rest ? [rest] : [];
    }
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/output-capture.js
/**
 * Keeps the first and last bytes of a stream and counts the rest, so a flood of gigabytes
 * costs at most headBytes + tailBytes of memory.
 */
class OutputCapture {
    headBytes;
    tailBytes;
    head = [];
    headLength = 0;
    tail = [];
    tailLength = 0;
    total = 0;
    constructor(headBytes, tailBytes) {
        this.headBytes = headBytes;
        this.tailBytes = tailBytes;
    }
    get totalBytes() {
        return this.total;
    }
    get truncated() {
        return this.total > this.headLength + this.tailLength;
    }
    push(chunk) {
        this.total += chunk.length;
        let rest = chunk;
        if (this.headLength < this.headBytes) {
            const take = rest.subarray(0, this.headBytes - this.headLength);
            this.head.push(take);
            this.headLength += take.length;
            rest = rest.subarray(take.length);
        }
        if (rest.length === 0 || this.tailBytes === 0)
            return;
        this.tail.push(rest.length > this.tailBytes ? rest.subarray(rest.length - this.tailBytes) : rest);
        this.tailLength += Math.min(rest.length, this.tailBytes);
        this.trimTail();
    }
    /** The captured text; a marker line says how many bytes were dropped from the middle. */
    text() {
        const head = Buffer.concat(this.head).toString('utf8');
        const tail = Buffer.concat(this.tail).toString('utf8');
        const dropped = this.total - this.headLength - this.tailLength;
        if (dropped <= 0)
            return head + tail;
        return `${head}\n[airlock: ${dropped} bytes of output omitted]\n${tail}`;
    }
    trimTail() {
        while (this.tailLength > this.tailBytes) {
            const first = this.tail[0];
            if (!first)
                return;
            const excess = this.tailLength - this.tailBytes;
            if (first.length <= excess) {
                this.tail.shift();
                this.tailLength -= first.length;
            }
            else {
                this.tail[0] = first.subarray(excess);
                this.tailLength -= excess;
            }
        }
    }
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/stream-collector.js


const KEEP_HEAD = 256 * 1024;
const KEEP_TAIL = 256 * 1024;
/** Captures both streams (head + tail), echoes them live, and calls onLimit once output passes the cap. */
class StreamCollector {
    limitBytes;
    log;
    onLimit;
    stdout = new OutputCapture(KEEP_HEAD, KEEP_TAIL);
    stderr = new OutputCapture(KEEP_HEAD, KEEP_TAIL);
    splitters = { stdout: new LineSplitter(), stderr: new LineSplitter() };
    limitReached = false;
    constructor(limitBytes, log, onLimit) {
        this.limitBytes = limitBytes;
        this.log = log;
        this.onLimit = onLimit;
    }
    get sinks() {
        return {
            stdout: (chunk) => this.accept('stdout', chunk),
            stderr: (chunk) => this.accept('stderr', chunk),
        };
    }
    finish() {
        for (const stream of ['stdout', 'stderr']) {
            for (const line of this.splitters[stream].flush())
                this.log.sandboxOutput(stream, line);
        }
    }
    accept(stream, chunk) {
        if (this.limitReached)
            return;
        this[stream].push(chunk);
        for (const line of this.splitters[stream].push(chunk.toString('utf8')))
            this.log.sandboxOutput(stream, line);
        if (this.stdout.totalBytes + this.stderr.totalBytes > this.limitBytes) {
            this.limitReached = true;
            this.log.warn(`output passed the ${this.limitBytes}-byte limit; stopping the sandbox`);
            this.onLimit();
        }
    }
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/run-sandbox.js




// Each escalation step gets this long to end the run before the next, harsher one.
const SETTLE_MS = 2000;
/** Runs one command in a fresh gVisor sandbox and always leaves the host as it found it. */
async function runSandbox(request, deps) {
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
    await host.writeBundle(buildOciSpec({
        ...request,
        args: request.command,
        workspaceHostPath: host.workspacePath,
        resultsHostPath: host.resultsPath,
        cgroupsPath: host.cgroupsPath,
    }));
    const runsc = deps.runscFor(host.logDir, request.telemetry);
    const stopper = new Stopper(runsc, host.id, limits.graceMs);
    const streams = new StreamCollector(limits.outputLimitBytes, deps.log, () => stopper.stop('outputLimitHit', 0));
    const started = deps.now();
    const startedAtEpochMs = deps.epochMs();
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
    const trace = await summarise(host, new ViolationCollector({ workspaceLinks: host.workspaceLinks }, startedAtEpochMs, request.telemetry));
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
        violations: trace.violations,
        error: outcome === 'sandbox-error' ? sandboxError(signals, streams) : null,
        results,
        startedAt: new Date(startedAtEpochMs).toISOString(),
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
    reasons = {
        timedOut: false,
        outputLimitHit: false,
        interrupted: false,
        memoryLimitHit: false,
    };
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
async function summarise(host, collector) {
    for await (const line of host.traceLines())
        collector.add(line);
    const summary = collector.summary();
    if (!(await host.traceFull()))
        return summary;
    const full = {
        kind: 'resource',
        syscall: 'trace',
        detail: 'the trace reached its size cap; later events were not recorded',
        process: 'airlock',
        count: 1,
        firstAtMs: 0,
    };
    return { ...summary, violations: [...summary.violations, full] };
}

;// CONCATENATED MODULE: ./.build/lib/cli/format-run-summary.js
/** One human line per fact; the command's output was already echoed live. */
function formatRunSummary(result) {
    const mib = (bytes) => bytes === null ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MiB`;
    const status = result.signal ? `signal ${result.signal}` : `exit ${result.exitCode ?? 'n/a'}`;
    const lines = [
        `outcome: ${result.outcome} (${status}) in ${result.durationMs} ms`,
        `resources: cpu ${result.resources.cpuMs ?? 'n/a'} ms, peak memory ${mib(result.resources.peakMemoryBytes)}`,
        `sandbox: gVisor ${result.sandbox.runscVersion} (${result.sandbox.platform})`,
    ];
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
  --tmp-size MiB        size of /tmp (default 512)
  --workspace-size MiB  how much the command may write into /workspace (default 1024)
  --results-size MiB    size of /results (default 16)
  --output-limit MiB    stdout+stderr cap; the run stops as output-limit past it (default 64)
  --env NAME            pass the caller's variable NAME (repeatable); nothing else enters
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
    platform: { type: 'string' },
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
    const options = parseRunOptions(toInput(values, separator === -1 ? [] : io.argv.slice(separator + 1), io.cwd));
    const ready = await readySandbox({
        paths: (0,host_paths/* hostPathsFrom */.n)(io.env),
        env: io.env,
        log: io.log,
        platform: options.platform,
        extraPackages: values.package ?? [],
        signal: io.signal,
    });
    io.log.info(`gVisor ${ready.runtime.runscVersion} (${ready.runtime.platform}); running: ${options.command.join(' ')}`);
    const result = await runSandbox(sandboxRequest(ready, options, passEnv(options, io.env)), ready.deps);
    report(result, options, io);
    return result.outcome === 'passed' ? 0 : 1;
}
function parseFlags(flags) {
    try {
        return (0,external_node_util_.parseArgs)({ args: [...flags], options: spec, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new errors/* ConfigError */.xL('airlock run', `${error.message}\n${runUsage}`);
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
        json: values.json ?? false,
        telemetry: !values['no-telemetry'],
    };
}
function passEnv(options, env) {
    const passed = {};
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

/***/ 6630:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ hostPathsFrom)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

function hostPathsFrom(env) {
    const toolCache = env['RUNNER_TOOL_CACHE'];
    return {
        cacheDir: env['AIRLOCK_CACHE_DIR'] || (toolCache ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(toolCache, 'airlock') : '/var/cache/airlock'),
        stateDir: env['AIRLOCK_STATE_DIR'] || '/run/airlock',
        runscPath: env['AIRLOCK_RUNSC'] || undefined,
    };
}


/***/ })

};
