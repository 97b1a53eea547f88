export const id = 787;
export const ids = [787,242];
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

// UNUSED EXPORTS: LOCAL_CA_DIR, loadRecipe, rootfsDir

// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2269);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/lib/adapters/runsc-install.js
var runsc_install = __webpack_require__(7734);
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
function resolveRecipe(recipeText, hookText, extraPackages, localCas = []) {
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
        .update(hookText);
    // The hook copies the host's local CAs in, so they shape the image like the recipe does.
    for (const ca of [...localCas].sort((a, b) => a.name.localeCompare(b.name)))
        hash.update('\0').update(ca.name).update('\0').update(ca.pem);
    return { recipe, packages, cacheKey: hash.digest('hex').slice(0, 16) };
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
// Debian's place for CAs an administrator trusts on this host (a TLS-intercepting proxy, a private
// registry); customize.sh copies them into the image so the install phase trusts them too.
const LOCAL_CA_DIR = '/usr/local/share/ca-certificates';
const MAX_LOCAL_CAS = 64;
const MAX_CA_BYTES = 256 * 1024;
async function loadRecipe(location) {
    const recipeText = await (0,promises_.readFile)((0,external_node_path_.join)(location.recipeDir, 'recipe.json'), 'utf8');
    const hookText = await (0,promises_.readFile)((0,external_node_path_.join)(location.recipeDir, 'customize.sh'), 'utf8');
    return resolveRecipe(recipeText, hookText, location.extraPackages, await localCas());
}
/** The host's local CA files, as customize.sh copies them (regular *.crt files at the top level). */
async function localCas() {
    const names = (await (0,promises_.readdir)(LOCAL_CA_DIR).catch(() => []))
        .filter((name) => name.endsWith('.crt'))
        .sort()
        .slice(0, MAX_LOCAL_CAS);
    const cas = [];
    for (const name of names) {
        const path = (0,external_node_path_.join)(LOCAL_CA_DIR, name);
        const stat = await (0,promises_.lstat)(path).catch(() => null);
        if (!stat?.isFile() || stat.size > MAX_CA_BYTES)
            continue;
        cas.push({ name, pem: await (0,promises_.readFile)(path, 'utf8') });
    }
    return cas;
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

/***/ 7734:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ findRunsc),
/* harmony export */   d5: () => (/* binding */ installRunsc),
/* harmony export */   vU: () => (/* binding */ aptInstall)
/* harmony export */ });
/* unused harmony exports hostArch, releaseDir, probeRunsc, installRelease */
/* harmony import */ var execa__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2269);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var _setup_gvisor_release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5250);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5119);








const DISTRIBUTION_PATHS = ['/usr/local/bin/runsc', '/usr/bin/runsc', '/usr/sbin/runsc'];
const DOWNLOAD_TIMEOUT_MS = 120_000;
function hostArch() {
    const arch = (0,_setup_gvisor_release_js__WEBPACK_IMPORTED_MODULE_5__/* .archOf */ .Qh)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.arch)());
    if (!arch)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SetupError */ .w3(`gVisor has no build for this processor (${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.arch)()})`);
    return arch;
}
function releaseDir(cacheDir, arch) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheDir, 'gvisor', _setup_gvisor_release_js__WEBPACK_IMPORTED_MODULE_5__/* .pinnedRelease */ .uC.version, arch);
}
/** Finds an installed runsc without installing anything: explicit path, tool cache, then the system's. */
async function findRunsc(search) {
    const arch = hostArch();
    const candidates = search.explicitPath
        ? [search.explicitPath]
        : [(0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(releaseDir(search.cacheDir, arch), 'runsc'), ...DISTRIBUTION_PATHS];
    for (const path of candidates) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
            continue;
        return probeRunsc(path, arch);
    }
    if (search.explicitPath)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SetupError */ .w3(`AIRLOCK_RUNSC points at ${search.explicitPath}, which does not exist`);
    return null;
}
async function probeRunsc(path, arch) {
    const result = await (0,execa__WEBPACK_IMPORTED_MODULE_7__/* .execa */ .Ho)(path, ['--version'], { reject: false, timeout: 30_000 });
    if (result.exitCode !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SetupError */ .w3(`${path} --version failed: ${result.stderr.trim()}`);
    const date = (0,_setup_gvisor_release_js__WEBPACK_IMPORTED_MODULE_5__/* .runscReleaseDate */ .fP)(result.stdout);
    return { path, version: (0,_setup_gvisor_release_js__WEBPACK_IMPORTED_MODULE_5__/* .versionLabel */ .dp)(result.stdout), platform: (0,_setup_gvisor_release_js__WEBPACK_IMPORTED_MODULE_5__/* .platformFor */ .RK)(date), arch };
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
            search.log.warn(`pinned gVisor release unavailable (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}); using the distribution package`);
        }
    }
    await aptInstall(['runsc'], search.log);
    const installed = await findRunsc({ ...search, explicitPath: undefined });
    if (!installed)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SetupError */ .w3('no runsc found after installing the distribution package');
    return installed;
}
async function installRelease(target, arch, log, options = {}) {
    const url = options.url ?? (0,_setup_gvisor_release_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseTarballUrl */ .rT)(_setup_gvisor_release_js__WEBPACK_IMPORTED_MODULE_5__/* .pinnedRelease */ .uC.version, arch);
    const expected = options.sha512 ?? _setup_gvisor_release_js__WEBPACK_IMPORTED_MODULE_5__/* .pinnedRelease */ .uC.sha512[arch];
    log.info(`downloading gVisor ${_setup_gvisor_release_js__WEBPACK_IMPORTED_MODULE_5__/* .pinnedRelease */ .uC.version} from ${url}`);
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SetupError */ .w3(`download failed: HTTP ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    const actual = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(body).digest('hex');
    if (actual !== expected)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SetupError */ .w3(`gVisor tarball sha512 mismatch: expected ${expected}, got ${actual}; refusing to install`);
    const staging = `${target}.staging-${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging, { recursive: true });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, 'gvisor.tar.bz2'), body);
        const untar = await (0,execa__WEBPACK_IMPORTED_MODULE_7__/* .execa */ .Ho)('tar', ['-xjf', 'gvisor.tar.bz2', '--no-same-owner'], {
            cwd: staging,
            reject: false,
        });
        if (untar.exitCode !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SetupError */ .w3(`cannot unpack the gVisor tarball: ${untar.stderr.trim()}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, 'gvisor.tar.bz2'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(target, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, target);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
    }
    return probeRunsc((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(target, 'runsc'), arch);
}
/** Debian/Ubuntu package install, only as root; the packages' own signatures are apt's to check. */
async function aptInstall(packages, log) {
    if (process.getuid?.() !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SetupError */ .w3(`${packages.join(', ')} missing; install it or run 'airlock setup' as root`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)('/usr/bin/apt-get'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SetupError */ .w3(`${packages.join(', ')} missing and this host has no apt-get; install it by hand`);
    log.info(`installing ${packages.join(', ')} with apt-get`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    const install = () => (0,execa__WEBPACK_IMPORTED_MODULE_7__/* .execa */ .Ho)('apt-get', ['install', '-y', '-q', ...packages], { env, reject: false });
    let result = await install();
    if (result.exitCode !== 0) {
        await (0,execa__WEBPACK_IMPORTED_MODULE_7__/* .execa */ .Ho)('apt-get', ['update', '-q'], { env, reject: false });
        result = await install();
    }
    if (result.exitCode !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .SetupError */ .w3(`apt-get install ${packages.join(' ')} failed: ${result.stderr.trim().slice(-1000)}`);
}


/***/ }),

/***/ 4787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2269);
// EXTERNAL MODULE: ./.build/lib/adapters/recipe-dir.js
var recipe_dir = __webpack_require__(5323);
;// CONCATENATED MODULE: ./.build/lib/adapters/demo-repo.js





/** Builds examples/ai-demo-repo's git repository in a fresh temporary directory. */
async function buildDemoRepo(env) {
    const script = (0,external_node_path_.join)((0,recipe_dir/* findRecipeDir */.F)(env), '..', 'examples', 'ai-demo-repo', 'build-demo-repo.sh');
    const parent = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'airlock-demo-'));
    const dir = (0,external_node_path_.join)(parent, 'repo');
    await (0,execa/* execa */.Ho)('sh', [script, dir], { stdin: 'ignore' });
    return { dir, dispose: () => (0,promises_.rm)(parent, { recursive: true, force: true }) };
}

// EXTERNAL MODULE: ./.build/lib/cli/check-command.js + 37 modules
var check_command = __webpack_require__(774);
// EXTERNAL MODULE: ./.build/lib/cli/setup-command.js
var setup_command = __webpack_require__(2242);
;// CONCATENATED MODULE: ./.build/lib/cli/demo-command.js



const DEMO_TEST_COMMAND = 'python3 -m pytest -q';
/**
 * Provisions on first use, builds the bundled repository whose AI-authored commit adds an
 * exfiltrating conftest.py and weakens a test, and checks it. The blocked verdict is the point:
 * exit 0 when the demo blocked it as intended, 1 when it did not, 2 when it could not run.
 */
async function demoCommand(io) {
    await (0,setup_command.provision)(io, io.env['AIRLOCK_GVISOR_SOURCE'] ?? 'auto', []);
    const repo = await buildDemoRepo(io.env);
    try {
        io.log.info(`demo: airlock check --base main --test-command '${DEMO_TEST_COMMAND}' in ${repo.dir}`);
        const { code, analysis } = await (0,check_command.runCheck)({
            base: 'main',
            head: 'HEAD',
            format: 'text',
            sarif: undefined,
            inputs: { 'test-command': DEMO_TEST_COMMAND },
        }, { ...io, cwd: repo.dir });
        const conclusion = analysis.model.verdict.conclusion;
        if (code === 1 && conclusion === 'blocked') {
            io.log.info('demo: blocked as intended — the AI-authored commit exfiltrates the environment');
            return 0;
        }
        io.log.error(`demo: expected a blocked verdict, got ${conclusion} (exit ${code})`);
        return code === 2 ? 2 : 1;
    }
    finally {
        await repo.dispose();
    }
}


/***/ }),

/***/ 2242:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   provision: () => (/* binding */ provision),
/* harmony export */   setupCommand: () => (/* binding */ setupCommand),
/* harmony export */   setupUsage: () => (/* binding */ setupUsage)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _config_host_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6630);
/* harmony import */ var _adapters_rootfs_build_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5701);
/* harmony import */ var _adapters_runsc_install_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7734);
/* harmony import */ var _adapters_recipe_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5323);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5119);






const setupUsage = `Usage: airlock setup [--gvisor-source auto|release|distribution] [--package NAME]... [--json]

Installs gVisor (the pinned upstream release, verified against the sha512 in Airlock's source,
else the distribution's runsc package) and builds the sandbox root filesystem (cached by recipe hash).`;
/** Shared by `setup` and `demo`: idempotent, fast when everything is already cached. */
async function provision(io, source, extraPackages) {
    const paths = (0,_config_host_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .hostPathsFrom */ .n)(io.env);
    const runsc = await (0,_adapters_runsc_install_js__WEBPACK_IMPORTED_MODULE_3__/* .installRunsc */ .d5)({ cacheDir: paths.cacheDir, explicitPath: paths.runscPath, log: io.log }, source);
    io.log.info(`runsc ${runsc.version} at ${runsc.path}; platform ${runsc.platform}`);
    const rootfsPath = await (0,_adapters_rootfs_build_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureRootfs */ .It)({ recipeDir: (0,_adapters_recipe_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .findRecipeDir */ .F)(io.env), cacheDir: paths.cacheDir, extraPackages }, io.log);
    io.log.info(`sandbox root filesystem: ${rootfsPath}`);
    return { runsc, rootfsPath };
}
async function setupCommand(io) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...io.argv],
        options: {
            'gvisor-source': { type: 'string' },
            package: { type: 'string', multiple: true },
            json: { type: 'boolean' },
            quiet: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
        strict: true,
    });
    if (values.help) {
        io.stdout(`${setupUsage}\n`);
        return 0;
    }
    const source = values['gvisor-source'] ?? io.env['AIRLOCK_GVISOR_SOURCE'] ?? 'auto';
    if (source !== 'auto' && source !== 'release' && source !== 'distribution') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL('--gvisor-source', 'must be auto, release or distribution');
    }
    const provisioned = await provision(io, source, values.package ?? []);
    if (values.json)
        io.stdout(`${JSON.stringify({ runsc: provisioned.runsc, rootfs: provisioned.rootfsPath })}\n`);
    return 0;
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


/***/ }),

/***/ 5250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QH: () => (/* binding */ misdetectsRootNetns),
/* harmony export */   Qh: () => (/* binding */ archOf),
/* harmony export */   RK: () => (/* binding */ platformFor),
/* harmony export */   dp: () => (/* binding */ versionLabel),
/* harmony export */   fP: () => (/* binding */ runscReleaseDate),
/* harmony export */   rT: () => (/* binding */ releaseTarballUrl),
/* harmony export */   uC: () => (/* binding */ pinnedRelease)
/* harmony export */ });
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
// Until release-20240801, runsc took "/proc/sys/net/core/rmem_default exists" to mean "this is the
// root network namespace"; kernels since 6.x have that file in every namespace, so --network=sandbox
// always failed with "cannot run with network enabled in root network namespace".
const NETNS_CHECK_FIXED = 20240801;
/** Whether this runsc (by its version label) needs /proc/sys/net hidden to use a network namespace. */
function misdetectsRootNetns(version) {
    const match = /(?:^|[^\d])(\d{8})(?:\.\d+)?$/.exec(version);
    return match?.[1] !== undefined && Number(match[1]) < NETNS_CHECK_FIXED;
}


/***/ })

};
