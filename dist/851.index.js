export const id = 851;
export const ids = [851];
export const modules = {

/***/ 4568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c9: () => (/* binding */ ensureHostTools),
/* harmony export */   mU: () => (/* binding */ hasCommand),
/* harmony export */   vV: () => (/* binding */ systemCommand)
/* harmony export */ });
/* unused harmony export HOST_TOOLS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _runsc_install_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(476);
// The host tools Airlock's features call, installed by `airlock setup` where missing.



const HOST_TOOLS = [
    { command: 'mmdebstrap', debianPackage: 'mmdebstrap', usedFor: 'building the sandbox image' },
    { command: 'ip', debianPackage: 'iproute2', usedFor: "the install phase's network namespace" },
    { command: 'nft', debianPackage: 'nftables', usedFor: "the install phase's firewall" },
    {
        command: 'python3',
        debianPackage: 'python3-minimal',
        usedFor: "the runtime monitor's receiver (telemetry)",
    },
    {
        command: 'mkfs.ext4',
        debianPackage: 'e2fsprogs',
        usedFor: "the runs' disk-backed filesystems",
    },
];
const SYSTEM_DIRS = ['/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** Where the system (never PATH) has `command`, or null. */
function systemCommand(command) {
    return SYSTEM_DIRS.map((dir) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, command)).find((path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) ?? null;
}
function hasCommand(command) {
    return systemCommand(command) !== null;
}
/** Installs the Debian packages of every missing tool; returns the packages it installed. */
async function ensureHostTools(log) {
    const missing = HOST_TOOLS.filter((tool) => !hasCommand(tool.command));
    if (missing.length === 0)
        return [];
    for (const tool of missing)
        log.info(`${tool.command} missing (needed for ${tool.usedFor})`);
    const packages = missing.map((tool) => tool.debianPackage);
    await (0,_runsc_install_js__WEBPACK_IMPORTED_MODULE_2__/* .aptInstall */ .vU)(packages, log);
    return packages;
}


/***/ }),

/***/ 986:
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

/***/ 2215:
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
// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-host/provisioning/runsc-install.js + 2 modules
var runsc_install = __webpack_require__(476);
// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-host/provisioning/host-packages.js
var host_packages = __webpack_require__(4568);
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
function resolveRecipe(texts, extras) {
    const { recipe: recipeText, hook: hookText } = texts;
    const { extraPackages, localCas = [] } = extras;
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

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/provisioning/rootfs-build.js








const COMPLETE_MARKER = '.airlock-complete';
// Debian's place for CAs an administrator trusts on this host (a TLS-intercepting proxy, a private
// registry); customize.sh copies them into the image so the install phase trusts them too.
const LOCAL_CA_DIR = '/usr/local/share/ca-certificates';
const MAX_LOCAL_CAS = 64;
const MAX_CA_BYTES = 256 * 1024;
async function loadRecipe(location) {
    const recipeText = await (0,promises_.readFile)((0,external_node_path_.join)(location.recipeDir, 'recipe.json'), 'utf8');
    const hookText = await (0,promises_.readFile)((0,external_node_path_.join)(location.recipeDir, 'customize.sh'), 'utf8');
    return resolveRecipe({ recipe: recipeText, hook: hookText }, { extraPackages: location.extraPackages, localCas: await localCas() });
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
    if (!(0,host_packages/* hasCommand */.mU)('mmdebstrap'))
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

/***/ 476:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vU: () => (/* binding */ aptInstall),
  LD: () => (/* binding */ findRunsc),
  d5: () => (/* binding */ installRunsc),
  I5: () => (/* binding */ isGvisorSource)
});

// UNUSED EXPORTS: hostArch, installRelease, releaseDir

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
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
// EXTERNAL MODULE: ./.build/lib/setup/gvisor-release.js
var gvisor_release = __webpack_require__(5250);
;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/provisioning/runsc-version.js



/** What `runsc --version` says of one binary: its version and the platform its age allows. */
async function probeRunsc(path, arch) {
    const result = await (0,execa/* execa */.Ho)(path, ['--version'], { reject: false, timeout: 30_000 });
    if (result.exitCode !== 0)
        throw new errors/* SetupError */.w3(`${path} --version failed: ${result.stderr.trim()}`);
    const date = (0,gvisor_release/* runscReleaseDate */.fP)(result.stdout);
    return { path, version: (0,gvisor_release/* versionLabel */.dp)(result.stdout), platform: (0,gvisor_release/* platformFor */.RK)(date), arch };
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/provisioning/debian-runsc.js
// Fetches one runsc build from Debian's archive into Airlock's cache with apt's own client and
// keyring, under a private package index: the machine's sources, state and packages stay as they were.







const ARCHIVE = 'http://deb.debian.org/debian';
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
function debianBuildDir(cacheDir, build, arch) {
    return (0,external_node_path_.join)(cacheDir, 'gvisor', `debian-${build.version.replace(/[^\w.+-]/g, '_')}`, arch);
}
/** Downloads, verifies and unpacks `runsc` of one Debian build into `target` (replaced whole). */
async function installDebianBuild(target, options) {
    const { build, arch, log } = options;
    log.info(`fetching runsc ${build.version} from Debian ${build.suite} into ${target}`);
    await (0,promises_.mkdir)((0,external_node_path_.join)(target, '..'), { recursive: true });
    const work = await (0,promises_.mkdtemp)(`${target}.staging-`);
    try {
        const deb = await download(work, build, arch);
        const digest = (0,external_node_crypto_.createHash)('sha256')
            .update(await (0,promises_.readFile)(deb))
            .digest('hex');
        if (digest !== build.sha256[arch])
            throw new errors/* SetupError */.w3(`runsc ${build.version} from Debian has sha256 ${digest}, not the pinned ${build.sha256[arch]}; refusing to install`);
        await run('dpkg-deb', ['-x', deb, (0,external_node_path_.join)(work, 'unpacked')]);
        await (0,promises_.mkdir)((0,external_node_path_.join)(work, 'out'));
        await (0,promises_.copyFile)((0,external_node_path_.join)(work, 'unpacked', 'usr', 'bin', 'runsc'), (0,external_node_path_.join)(work, 'out', 'runsc'));
        await (0,promises_.rm)(target, { recursive: true, force: true });
        await (0,promises_.rename)((0,external_node_path_.join)(work, 'out'), target);
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
    return probeRunsc((0,external_node_path_.join)(target, 'runsc'), arch);
}
async function download(work, build, arch) {
    for (const dir of ['sources', 'lists/partial', 'cache/archives/partial', 'debs'])
        await (0,promises_.mkdir)((0,external_node_path_.join)(work, dir), { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(work, 'sources', 'airlock.sources'), `Types: deb\nURIs: ${ARCHIVE}\nSuites: ${build.suite}\nComponents: main\nSigned-By: ${KEYRING}\n`);
    const options = [
        ['Dir::Etc::SourceList', '/dev/null'],
        ['Dir::Etc::SourceParts', (0,external_node_path_.join)(work, 'sources')],
        ['Dir::Etc::Preferences', '/dev/null'],
        ['Dir::Etc::PreferencesParts', '/dev/null'],
        ['Dir::State::Lists', (0,external_node_path_.join)(work, 'lists')],
        ['Dir::Cache', (0,external_node_path_.join)(work, 'cache')],
        ['APT::Architecture', (0,gvisor_release/* debianArch */._2)(arch)],
        ['APT::Architectures', (0,gvisor_release/* debianArch */._2)(arch)],
        // The download lands in our root-owned staging directory, which apt's _apt user cannot enter.
        ['APT::Sandbox::User', 'root'],
    ].flatMap(([key, value]) => ['-o', `${key}=${value}`]);
    await run('apt-get', [...options, '-q', 'update']);
    await run('apt-get', [...options, '-q', 'download', `runsc=${build.version}`], (0,external_node_path_.join)(work, 'debs'));
    const [deb] = await (0,promises_.readdir)((0,external_node_path_.join)(work, 'debs'));
    if (!deb)
        throw new errors/* SetupError */.w3(`apt-get downloaded no runsc ${build.version}`);
    return (0,external_node_path_.join)(work, 'debs', deb);
}
async function run(file, args, cwd) {
    const result = await (0,execa/* execa */.Ho)(file, args, {
        reject: false,
        timeout: 300_000,
        env: { DEBIAN_FRONTEND: 'noninteractive' },
        ...(cwd ? { cwd } : {}),
    });
    if (result.exitCode !== 0)
        throw new errors/* SetupError */.w3(`${file} ${args.at(-1) ?? ''} failed (${result.shortMessage}): ${result.stderr.trim().slice(-800)}`);
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/provisioning/runsc-install.js










const GVISOR_SOURCES = ['auto', 'release', 'distribution', 'debian-build'];
function isGvisorSource(value) {
    return GVISOR_SOURCES.includes(value);
}
const DISTRIBUTION_PATHS = ['/usr/local/bin/runsc', '/usr/bin/runsc', '/usr/sbin/runsc'];
const DOWNLOAD_TIMEOUT_MS = 120_000;
function hostArch() {
    const arch = (0,gvisor_release/* archOf */.Qh)((0,external_node_os_.arch)());
    if (!arch)
        throw new errors/* SetupError */.w3(`gVisor has no build for this processor (${(0,external_node_os_.arch)()})`);
    return arch;
}
function releaseDir(cacheDir, arch) {
    return (0,external_node_path_.join)(cacheDir, 'gvisor', gvisor_release/* pinnedRelease */.uC.version, arch);
}
/**
 * Finds an installed runsc without installing anything: the explicit path, else Airlock's own
 * builds (pinned release, pinned Debian build), else the system's.
 */
async function findRunsc(search) {
    const arch = hostArch();
    const candidates = search.explicitPath
        ? [search.explicitPath]
        : [
            (0,external_node_path_.join)(releaseDir(search.cacheDir, arch), 'runsc'),
            (0,external_node_path_.join)(debianBuildDir(search.cacheDir, gvisor_release/* pinnedDebianBuild */.o4, arch), 'runsc'),
            ...DISTRIBUTION_PATHS,
        ];
    for (const path of candidates) {
        if (!(0,external_node_fs_.existsSync)(path))
            continue;
        return probeRunsc(path, arch);
    }
    if (search.explicitPath)
        throw new errors/* SetupError */.w3(`AIRLOCK_RUNSC points at ${search.explicitPath}, which does not exist`);
    return null;
}
/** Whether a runsc already there is what `source` asks for (an explicit one always is). */
function satisfies(found, source, search) {
    if (search.explicitPath)
        return true;
    const arch = found.arch;
    switch (source) {
        case 'auto':
            return found.platform === 'systrap';
        case 'release':
            return found.path.startsWith(releaseDir(search.cacheDir, arch));
        case 'debian-build':
            return found.path.startsWith(debianBuildDir(search.cacheDir, gvisor_release/* pinnedDebianBuild */.o4, arch));
        case 'distribution':
            return DISTRIBUTION_PATHS.includes(found.path);
        default:
            return (0,errors/* assertNever */.xb)(source);
    }
}
/**
 * Installs runsc: the pinned upstream release where reachable; else the distribution's package if
 * it has systrap; else the pinned Debian build. `distribution` takes the package whatever its age.
 */
async function installRunsc(search, source) {
    const existing = await findRunsc(search);
    if (existing && satisfies(existing, source, search))
        return existing;
    const arch = hostArch();
    if (source === 'release' || source === 'auto') {
        try {
            return await installRelease(releaseDir(search.cacheDir, arch), { arch, log: search.log });
        }
        catch (error) {
            if (source === 'release')
                throw error;
            search.log.warn(`pinned gVisor release unavailable (${(0,errors/* errorMessage */.gJ)(error)})`);
        }
    }
    if (source === 'distribution' || (source === 'auto' && (await distributionIsCapable())))
        return installDistribution(search);
    const target = debianBuildDir(search.cacheDir, gvisor_release/* pinnedDebianBuild */.o4, arch);
    return installDebianBuild(target, { build: gvisor_release/* pinnedDebianBuild */.o4, arch, log: search.log });
}
async function installDistribution(search) {
    await aptInstall(['runsc'], search.log);
    const arch = hostArch();
    const path = DISTRIBUTION_PATHS.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
    if (!path)
        throw new errors/* SetupError */.w3('no runsc found after installing the distribution package');
    const installed = await probeRunsc(path, arch);
    if (installed.platform !== 'systrap')
        search.log.warn(`the distribution's runsc ${installed.version} predates systrap: runs use ptrace (slower)`);
    return installed;
}
/** Whether apt's candidate for runsc has systrap (Debian 12's 2022 build does not). */
async function distributionIsCapable() {
    if (!(0,external_node_fs_.existsSync)('/usr/bin/apt-cache'))
        return false;
    const policy = await (0,execa/* execa */.Ho)('apt-cache', ['policy', 'runsc'], { reject: false });
    const candidate = /Candidate: (\S+)/.exec(policy.stdout)?.[1];
    if (!candidate || candidate === '(none)')
        return false;
    return (0,gvisor_release/* isCapableDate */.Pi)((0,gvisor_release/* runscReleaseDate */.fP)(`runsc version ${candidate}`));
}
async function installRelease(target, options) {
    const { arch, log } = options;
    const url = options.url ?? (0,gvisor_release/* releaseTarballUrl */.rT)(gvisor_release/* pinnedRelease */.uC.version, arch);
    const expected = options.sha512 ?? gvisor_release/* pinnedRelease */.uC.sha512[arch];
    log.info(`downloading gVisor ${gvisor_release/* pinnedRelease */.uC.version} from ${url}`);
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

/***/ 2280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VV: () => (/* binding */ readySandbox),
  Z2: () => (/* binding */ sandboxRequest)
});

// UNUSED EXPORTS: runnerView

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/lib/sandbox/monitor-session.js
var monitor_session = __webpack_require__(409);
// EXTERNAL MODULE: ./.build/lib/sandbox/run-sandbox.js + 11 modules
var run_sandbox = __webpack_require__(4461);
// EXTERNAL MODULE: ./.build/lib/sandbox/runsc-capabilities.js
var runsc_capabilities = __webpack_require__(5780);
// EXTERNAL MODULE: ./.build/lib/config/run-options.js + 1 modules
var run_options = __webpack_require__(5072);
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-host/provisioning/rootfs-build.js + 1 modules
var rootfs_build = __webpack_require__(2215);
// EXTERNAL MODULE: ./node_modules/execa/index.js + 136 modules
var execa = __webpack_require__(2269);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./.build/lib/setup/gvisor-release.js
var gvisor_release = __webpack_require__(5250);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./.build/lib/sandbox/trace-syscalls.js
var trace_syscalls = __webpack_require__(3526);
;// CONCATENATED MODULE: ./.build/lib/sandbox/runsc-argv.js

/** The boot command's log, named by `--debug-log=<dir>/%COMMAND%.json`: the sentry's trace. */
const TRACE_PIPE = 'boot.json';
/** Global flags; runsc reads them on every command, so every command gets the same ones. */
function globalFlags(session) {
    return [
        `--root=${session.stateRoot}`,
        `--platform=${session.runsc.platform}`,
        `--network=${session.network}`,
        '--overlay2=none',
        // Apply the spec's seccomp profile inside the sandbox (refused syscalls, see oci-spec.ts).
        '--oci-seccomp',
        // Only the boot command (the sentry) logs, to `boot.json`: the pipe the host reads as it runs.
        `--debug-log=${session.logDir.replace(/\/$/, '')}/%COMMAND%.json`,
        '--debug-log-format=json',
        '--debug-command=boot',
        // The sentry logs a syscall the seccomp profile refused only at debug level; it adds ~10% to
        // the trace (per-process lines, not per-syscall ones).
        ...(session.telemetry ? ['--debug'] : []),
        '--strace',
        `--strace-syscalls=${(0,trace_syscalls/* traceSyscalls */.a0)(session.runsc.arch, session.telemetry).join(',')}`,
        '--strace-log-size=64',
    ];
}
const runscArgv = {
    run: (s, id, bundle) => [
        ...globalFlags(s),
        ...(s.monitorConfig ? [`--pod-init-config=${s.monitorConfig}`] : []),
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
    stats: (s, id) => [...globalFlags(s), 'events', '--stats', id],
};
/**
 * The task count in one `runsc events --stats` line (`{"type":"stats","data":{"pids":{"current":12}}}`);
 * null for anything else. Trace-independent: fork bombs are classified from it on every runsc.
 */
function taskCountIn(statsLine) {
    if (statsLine.length > 64 * 1024)
        return null;
    try {
        const parsed = JSON.parse(statsLine);
        const current = parsed?.data?.pids
            ?.current;
        return typeof current === 'number' && Number.isSafeInteger(current) && current >= 0
            ? current
            : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/runsc.js







function runscPort(session) {
    const file = session.runsc.path;
    const env = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
    const quick = { reject: false, timeout: 60_000, stdin: 'ignore', env, extendEnv: false };
    return {
        run(id, bundleDir, sinks) {
            // Attached `runsc run`: the sandbox and gofer get SIGKILL as parent-death signal, so nothing
            // outlives this process even if airlock itself is killed outright.
            // setpriv ties runsc itself to airlock: if airlock is killed outright, runsc gets SIGKILL too.
            const runsc = [file, ...runscArgv.run(session, id, bundleDir)];
            const [command, ...args] = withParentDeathSignal(session.network === 'sandbox' && (0,gvisor_release/* misdetectsRootNetns */.QH)(session.runsc.version)
                ? withoutProcSysNet(runsc, (0,external_node_path_.join)(bundleDir, 'procsys'))
                : runsc);
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
        async taskCount(id) {
            const result = await (0,execa/* execa */.Ho)(file, runscArgv.stats(session, id), quick);
            return result.exitCode === 0 ? taskCountIn(result.stdout.trim()) : null;
        },
    };
}
const SETPRIV = '/usr/bin/setpriv';
// Runs runsc in a private mount namespace whose /proc/sys has every directory but net, so the old
// root-netns check (see misdetectsRootNetns) looks at the namespace runsc joined and passes. The
// sentry still reads /proc/sys/vm and friends. Fixed text; paths arrive as positional parameters.
const HIDE_PROC_SYS_NET = [
    'set -e',
    'mkdir -p "$1"',
    'mount --bind /proc/sys "$1"',
    'mount -t tmpfs -o nosuid,nodev,noexec,size=16k,mode=0555 airlock-procsys /proc/sys',
    'for d in "$1"/*; do n=${d##*/}; [ "$n" = net ] && continue; [ -d "$d" ] || continue; mkdir "/proc/sys/$n"; mount --bind "$d" "/proc/sys/$n"; done',
    'umount -l "$1"',
    'shift',
    'exec "$@"',
].join('\n');
function withoutProcSysNet(argv, scratch) {
    return [
        '/usr/bin/unshare',
        '--mount',
        '--propagation',
        'private',
        '--',
        '/bin/sh',
        '-c',
        HIDE_PROC_SYS_NET,
        'airlock-runsc',
        scratch,
        ...argv,
    ];
}
/** `argv` run so that it gets SIGKILL when this process dies (util-linux setpriv, where present). */
function withParentDeathSignal(argv) {
    return (0,external_node_fs_.existsSync)(SETPRIV) ? [SETPRIV, '--pdeathsig', 'KILL', '--', ...argv] : argv;
}

// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-host/provisioning/runsc-install.js + 2 modules
var runsc_install = __webpack_require__(476);
// EXTERNAL MODULE: ./.build/lib/sandbox/guest-layout.js
var guest_layout = __webpack_require__(9721);
// EXTERNAL MODULE: ./.build/lib/sandbox/oci-spec.js
var oci_spec = __webpack_require__(5339);
;// CONCATENATED MODULE: ./.build/lib/sandbox/cgroup-plan.js

/** The controllers a run cannot do without; a host missing one is refused (fail-closed). */
const requiredControllers = ['memory', 'cpu', 'pids'];
function cgroupWrites(layout, limits) {
    const { quota, period } = (0,oci_spec/* cpuQuota */.Nr)(limits.cpus);
    const memory = String(limits.memoryBytes);
    const pids = String((0,oci_spec/* hostPidsBackstop */.Op)(limits.pids));
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

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/cgroups.js





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

;// CONCATENATED MODULE: ./.build/lib/sandbox/egress-netns-plan.js
// The install phase's network as data: a named netns joined to the host by one veth pair on a /30,
// with no default route, and a host firewall that lets the sandbox end reach only the proxy port.
const egress_netns_plan_defaultNetnsPrefix = 'airlock-';
const sandboxInterface = 'eth0';
// 10.200.0.0/16 cut into /30 links: 16384 of them, each with a host and a sandbox address.
const LINK_COUNT = 16_384;
function planInstallNetns(prefix, token, linkIndex) {
    const base = linkIndex * 4;
    const third = Math.floor(base / 256);
    const fourth = base % 256;
    return {
        name: `${prefix}${token}`,
        nsPath: `/var/run/netns/${prefix}${token}`,
        // Interface names hold 15 bytes (IFNAMSIZ), too few for the prefix: the token keeps it unique.
        hostInterface: `alk-${token}`,
        hostAddress: `10.200.${third}.${fourth + 1}`,
        sandboxAddress: `10.200.${third}.${fourth + 2}`,
    };
}
/** A /30 in 10.200.0.0/16 that overlaps none of the host's current IPv4 networks. */
function pickLinkIndex(usedCidrs, random) {
    const used = usedCidrs.map(parseCidr).filter((cidr) => cidr !== undefined);
    const free = (index) => {
        const start = (10 << 24) + (200 << 16) + index * 4;
        return !used.some(([network, size]) => start < network + size && network < start + 4);
    };
    const first = Math.floor(random() * LINK_COUNT) % LINK_COUNT;
    for (let step = 0; step < LINK_COUNT; step += 1) {
        const index = (first + step) % LINK_COUNT;
        if (free(index))
            return index;
    }
    throw new Error('every /30 in 10.200.0.0/16 is in use on this host');
}
/** Creation in order; the firewall goes in before any link is up, so there is no open window. */
function netnsSetupSteps(plan) {
    const { name, hostInterface: host } = plan;
    const ip = (...argv) => ({ tool: 'ip', argv });
    return [
        ip('netns', 'add', name),
        ip('link', 'add', host, 'type', 'veth', 'peer', 'name', sandboxInterface, 'netns', name),
        // No IPv6 link-local addresses: the link carries only the IPv4 /30.
        ip('link', 'set', 'dev', host, 'addrgenmode', 'none'),
        ip('-n', name, 'link', 'set', 'dev', sandboxInterface, 'addrgenmode', 'none'),
        ip('addr', 'add', `${plan.hostAddress}/30`, 'dev', host),
        ip('-n', name, 'addr', 'add', `${plan.sandboxAddress}/30`, 'dev', sandboxInterface),
        { tool: 'nft', script: firewallScript(plan) },
        ip('-n', name, 'link', 'set', 'dev', 'lo', 'up'),
        ip('link', 'set', 'dev', host, 'up'),
        ip('-n', name, 'link', 'set', 'dev', sandboxInterface, 'up'),
    ];
}
/**
 * Everything arriving from the sandbox end is refused, and nothing is forwarded either way: without
 * it, any host service on 0.0.0.0 (weak host model) or a route the guest adds would be reachable.
 */
function firewallScript(plan) {
    const iif = `iifname "${plan.hostInterface}"`;
    return [
        `table inet ${plan.name} {`,
        '  chain input {',
        '    type filter hook input priority filter - 1; policy accept;',
        `    ${iif} meta l4proto tcp reject with tcp reset`,
        `    ${iif} drop`,
        '  }',
        '  chain forward {',
        '    type filter hook forward priority filter - 1; policy accept;',
        `    ${iif} drop`,
        `    oifname "${plan.hostInterface}" drop`,
        '  }',
        '}',
        '',
    ].join('\n');
}
/** Opens the one hole: TCP from the sandbox end to the proxy on the host end's address. */
function admitProxyScript(plan, port) {
    const match = `iifname "${plan.hostInterface}" ip daddr ${plan.hostAddress} tcp dport ${port}`;
    return `insert rule inet ${plan.name} input ${match} accept\n`;
}
/**
 * Removal in order, each step tolerated when already gone. Deleting the sandbox end removes the
 * pair at once; deleting the netns alone would leave the host end until the kernel reaps it.
 */
function netnsTeardownSteps(name) {
    return [
        { tool: 'ip', argv: ['-n', name, 'link', 'del', 'dev', sandboxInterface] },
        { tool: 'ip', argv: ['netns', 'del', name] },
        { tool: 'nft', script: `delete table inet ${name}\n` },
    ];
}
function parseCidr(cidr) {
    const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
    if (!match)
        return undefined;
    const [a, b, c, d, len] = match.slice(1).map(Number);
    const size = 2 ** (32 - len);
    const address = a * 2 ** 24 + b * 2 ** 16 + c * 2 ** 8 + d;
    return [address - (address % size), size];
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/egress-netns-listing.js
// Reading back what the host has: the network namespaces, firewall tables and addresses that
// `ip` and `nft` list, and which of those names the install phase could have made.
/** Names from `ip netns list` ("name" or "name (id: 3)"). */
function egress_netns_listing_parseNetnsList(output) {
    return output
        .split('\n')
        .map((line) => line.trim().split(/\s+/)[0] ?? '')
        .filter((name) => name !== '');
}
/** Table names of family inet from `nft list tables`. */
function egress_netns_listing_parseNftTables(output) {
    return [...output.matchAll(/^table inet (\S+)$/gm)].map((match) => match[1] ?? '');
}
/** `a.b.c.d/len` entries from `ip -o -4 addr show`. */
function parseIpv4Cidrs(output) {
    return [...output.matchAll(/\binet (\d+\.\d+\.\d+\.\d+\/\d+)/g)].map((match) => match[1] ?? '');
}
/** Only names this module could have made: the prefix, then letters, digits and dashes. */
function egress_netns_listing_isOwnedName(name, prefix) {
    return name.startsWith(prefix) && /^[a-z0-9-]+$/.test(name);
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/egress/install-netns.js
// Creates and removes the install phase's network namespace with iproute2 and nftables.





const env = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' };
const quick = { reject: false, timeout: 30_000, env, extendEnv: false };
async function createInstallNetns(options = {}) {
    const prefix = options.prefix ?? egress_netns_plan_defaultNetnsPrefix;
    const used = parseIpv4Cidrs(await readOutput('ip', ['-o', '-4', 'addr', 'show']));
    const plan = planInstallNetns(prefix, newToken(), pickLinkIndex(used, Math.random));
    if (!egress_netns_listing_isOwnedName(plan.name, prefix)) {
        throw new errors/* SetupError */.w3(`netns prefix '${prefix}' must be lowercase letters, digits and dashes`);
    }
    let disposed;
    const dispose = () => (disposed ??= removeNetns(plan.name));
    await options.record?.(plan.name);
    try {
        for (const step of netnsSetupSteps(plan))
            await runStep(step, true);
    }
    catch (error) {
        await dispose();
        throw error;
    }
    return {
        ...plan,
        admitProxy: (port) => runStep({ tool: 'nft', script: admitProxyScript(plan, port) }, true),
        dispose,
    };
}
/** Removes every netns (with its veth pair) and firewall table whose name starts with the prefix. */
async function sweepInstallNetns(prefix = defaultNetnsPrefix) {
    const namespaces = parseNetnsList(await readOutput('ip', ['netns', 'list']));
    const tables = parseNftTables(await readOutput('nft', ['list', 'tables']));
    const names = [...new Set([...namespaces, ...tables])].filter((n) => isOwnedName(n, prefix));
    for (const name of names)
        await removeNetns(name);
    return names;
}
/** Removes one namespace by name (as a run recorded it), with its veth pair and firewall table. */
async function removeInstallNetns(name) {
    if (!/^[a-z0-9-]{1,64}$/.test(name))
        throw new errors/* SetupError */.w3(`not a netns name: ${name.slice(0, 80)}`);
    await removeNetns(name);
}
async function removeNetns(name) {
    for (const step of netnsTeardownSteps(name))
        await runStep(step, false);
    const namespaces = egress_netns_listing_parseNetnsList(await readOutput('ip', ['netns', 'list']));
    const tables = egress_netns_listing_parseNftTables(await readOutput('nft', ['list', 'tables']));
    if (namespaces.includes(name) || tables.includes(name)) {
        throw new errors/* SetupError */.w3(`could not remove network namespace ${name}; remove it with 'ip netns del ${name}'`);
    }
}
/** Runs one step; a failing required step names the command and what it said. */
async function runStep(step, required) {
    const result = step.tool === 'ip'
        ? await (0,execa/* execa */.Ho)('ip', [...step.argv], { ...quick, stdin: 'ignore' })
        : await (0,execa/* execa */.Ho)('nft', ['-f', '-'], { ...quick, input: step.script });
    if (result.exitCode === 0 || !required)
        return;
    const what = step.tool === 'ip' ? `ip ${step.argv.join(' ')}` : `nft -f - <<<'${step.script.trim()}'`;
    if (result.failed && result.exitCode === undefined) {
        throw new errors/* SetupError */.w3(`${what} could not run (${result.shortMessage}); the install phase needs iproute2 and nftables`);
    }
    throw new errors/* SetupError */.w3(`${what} failed: ${result.stderr.trim()}`);
}
async function readOutput(file, args) {
    const result = await (0,execa/* execa */.Ho)(file, args, { ...quick, stdin: 'ignore' });
    if (result.exitCode !== 0) {
        throw new errors/* SetupError */.w3(`${file} ${args.join(' ')} failed: ${result.stderr.trim() || result.shortMessage}; the install phase needs iproute2 and nftables`);
    }
    return result.stdout;
}
function newToken() {
    // 8 base-32 characters: alk-<token> stays within the 15-byte interface-name limit.
    return [...(0,external_node_crypto_.randomBytes)(8)].map((byte) => '0123456789abcdefghijklmnopqrstuv'[byte % 32]).join('');
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/mounts.js




// mount(8) and umount(8) from util-linux, always with argv arrays: paths are never parsed by a shell.
async function mountTmpfs(target, bytes, extra = []) {
    const options = ['nosuid', 'nodev', `size=${bytes}`, ...extra].join(',');
    await mount(['-t', 'tmpfs', '-o', options, 'airlock', target]);
}
/**
 * A filesystem of its own on disk, capped at `bytes`: a sparse file (only what is written takes
 * space) formatted ext4 and loop-mounted. Filling it gives the writer ENOSPC; its pages are the
 * kernel's reclaimable page cache, not memory held for the sandbox. The loop device goes with the
 * unmount (autoclear).
 */
async function mountDisk(image, target, disk) {
    const { bytes, owner } = disk;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(image), { recursive: true, mode: 0o700 });
    await (0,promises_.writeFile)(image, '', { mode: 0o600 });
    await (0,promises_.truncate)(image, bytes);
    const made = await (0,execa/* execa */.Ho)('mkfs.ext4', [
        '-q',
        '-F',
        '-m',
        '0',
        '-O',
        '^has_journal',
        '-E',
        `lazy_itable_init=1,root_owner=${owner.uid}:${owner.gid}`,
        image,
    ], { reject: false, env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' } });
    if (made.exitCode !== 0)
        throw new errors/* SetupError */.w3(`cannot make a ${bytes}-byte filesystem at ${image}: ${made.stderr.trim() || made.shortMessage}; Airlock needs e2fsprogs (mkfs.ext4) and loop devices`);
    await mount(['-o', 'loop,nosuid,nodev,noatime', image, target]);
    // mkfs's lost+found is the host's business, not something the guest should find in /tmp.
    await (0,promises_.rmdir)((0,external_node_path_.join)(target, 'lost+found'));
    await (0,promises_.chmod)(target, owner.mode);
}
/**
 * Copy-on-write view of `lowers` (top first): writes land in `upper` (a capped disk filesystem), the
 * lower layers never change.
 */
async function mountOverlay(layers, target) {
    const { lowers, upper, work } = layers;
    const base = `lowerdir=${lowers.join(':')},upperdir=${upper},workdir=${work}`;
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

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/trace-fifo.js




// The pipe is read by polling, not by waiting on it: a wake-up per trace line costs the sandbox
// about 7% on a pytest suite (measured), a poll every 10 ms nothing measurable. A full pipe holds
// the sentry until the next read, so a flooding guest is slowed, never blinded.
const POLL_MS = 10;
const READ_BYTES = 256 * 1024;
// A turn that found this much (half a default pipe) reads again after 1 ms.
const BUSY_BYTES = 32 * 1024;
const BUSY_POLL_MS = 1;
// At most this much per turn of the event loop while the guest keeps the pipe full.
const TURN_BYTES = 4 * 1024 * 1024;
/** The named pipe runsc will open by name for its `boot` log (made with the run's other files). */
async function makeTracePipe(path) {
    const made = await (0,execa/* execa */.Ho)('mkfifo', ['-m', '600', path], { reject: false });
    if (made.exitCode !== 0)
        throw new errors/* SetupError */.w3(`cannot create the trace pipe: ${made.stderr.trim().slice(0, 500)}`);
}
/**
 * The sentry's trace, read from its pipe while the sandbox runs: nothing is stored, so no size cap
 * can be reached and no event after a flood is lost. A second write end is held here until runsc
 * has exited, so the reader sees the end of the stream only once runsc is done with it.
 */
function readTracePipe(path, onText) {
    const reader = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    let keeper = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NONBLOCK);
    const buffer = Buffer.alloc(READ_BYTES);
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let timer = null;
    let immediate = null;
    let settle = null;
    let closed = false;
    // Once this end is gone, the stream ends when the last other writer (runsc's sandbox) has gone.
    const letGo = () => {
        if (keeper !== null)
            (0,external_node_fs_.closeSync)(keeper);
        keeper = null;
    };
    const close = (ended) => {
        if (closed)
            return;
        closed = true;
        if (timer)
            clearTimeout(timer);
        if (immediate)
            clearImmediate(immediate);
        letGo();
        (0,external_node_fs_.closeSync)(reader);
        if (ended) {
            const rest = decoder.end();
            if (rest)
                onText(rest);
        }
        settle?.(ended);
    };
    const turn = () => {
        timer = null;
        immediate = null;
        let read = 0;
        while (read < TURN_BYTES) {
            let got;
            try {
                got = (0,external_node_fs_.readSync)(reader, buffer, 0, buffer.length, null);
            }
            catch (error) {
                if (error.code === 'EAGAIN') {
                    // A busy guest fills the pipe faster than a poll every 10 ms empties it.
                    timer = setTimeout(turn, read >= BUSY_BYTES ? BUSY_POLL_MS : POLL_MS);
                    return;
                }
                close(false);
                return;
            }
            if (got === 0) {
                close(true);
                return;
            }
            read += got;
            onText(decoder.write(buffer.subarray(0, got)));
        }
        immediate = setImmediate(turn);
    };
    timer = setTimeout(turn, POLL_MS);
    return {
        finish(waitMs) {
            if (closed)
                return Promise.resolve(false);
            return new Promise((resolve) => {
                const deadline = setTimeout(() => close(false), waitMs);
                settle = (ended) => {
                    clearTimeout(deadline);
                    resolve(ended);
                };
                letGo();
            });
        },
        abandon() {
            close(false);
        },
    };
}

// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-host/provisioning/host-packages.js
var host_packages = __webpack_require__(4568);
;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/monitor-receiver.js







/**
 * gVisor's remote monitoring sink connects over a SOCK_SEQPACKET Unix socket, which Node cannot
 * create. This receiver, in Python's standard library, listens on it, answers the handshake and
 * passes each message on to stdout behind a 4-byte length. It ends when the sandbox closes the
 * connection. Before the messages it writes `R` once it listens and `C` once runsc has connected.
 *
 * Reading while the guest runs costs the guest several times the reader's own CPU on a small
 * machine (docs/speed.md). So before answering the handshake it deepens runsc's end of the socket to
 * 256 MiB (`pidfd_getfd` and SO_SNDBUFFORCE: the send buffer is what bounds a Unix socket's queue),
 * and then reads only once 16 MiB of messages wait (about 200,000 opens), once the queue stops
 * growing (an idle guest, or a sentry waiting for room) and at the end. Where that cannot be done
 * (no `ctypes`, a kernel before 5.6) the socket keeps its 278-message depth and is read a few
 * times a second. A full socket makes the sentry retry rather than drop either way.
 */
const RECEIVER = String.raw `
import fcntl, os, select, socket, struct, sys, time
DEPTH = 128 << 20
READ_AT = 16 << 20
FIONREAD = 0x541B
SO_SNDBUFFORCE = 32
PIDFD_GETFD = 438
endpoint = sys.argv[1]
server = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
server.bind(endpoint)
server.listen(1)
os.write(1, b"R")
conn, _ = server.accept()
server.close()
os.write(1, b"C")
def deepen():
    try:
        import ctypes
        syscall = ctypes.CDLL(None, use_errno=True).syscall
        creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
        pid = struct.unpack("3i", creds)[0]
        pidfd = os.pidfd_open(pid)
    except (ImportError, OSError, AttributeError):
        return False
    try:
        return any(deepened(syscall, pidfd, int(name)) for name in os.listdir("/proc/%d/fd" % pid))
    except (OSError, ValueError):
        return False
    finally:
        os.close(pidfd)
def deepened(syscall, pidfd, number):
    """Whether runsc's fd number is its end of this connection, now 256 MiB deep."""
    fd = syscall(PIDFD_GETFD, pidfd, number, 0)
    if fd < 0:
        return False
    try:
        theirs = socket.socket(fileno=fd)
    except OSError:
        os.close(fd)
        return False
    with theirs:
        try:
            if theirs.family != socket.AF_UNIX or theirs.getpeername() != endpoint:
                return False
            theirs.setsockopt(socket.SOL_SOCKET, SO_SNDBUFFORCE, DEPTH)
            return theirs.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) >= DEPTH
        except OSError:
            return False
deep = deepen()
conn.recv(1024)
conn.send(b"\x08\x01")
conn.setblocking(False)
def put(data):
    view = memoryview(data)
    while view:
        view = view[os.write(1, view):]
def drain():
    """Passes on what waits, up to the end of the stream; returns whether it ended, and how many."""
    count = 0
    while True:
        batch = []
        for _ in range(4096):
            try:
                message = conn.recv(65536)
            except BlockingIOError:
                break
            if not message:
                put(b"".join(batch))
                return True, count
            batch.append(struct.pack("<I", len(message)))
            batch.append(message)
        put(b"".join(batch))
        count += len(batch) // 2
        if len(batch) < 8192:
            return False, count
hang_up = select.poll()
hang_up.register(conn, 0)
queued, before = bytearray(4), -1
while True:
    if not deep:
        ended, count = drain()
        if ended:
            break
        time.sleep(0.001 if count >= 64 else 0.005)
        continue
    ended = bool(hang_up.poll(250))
    fcntl.ioctl(conn, FIONREAD, queued)
    waiting = struct.unpack("i", queued)[0]
    if not ended and waiting < READ_AT and (waiting == 0 or waiting != before):
        before = waiting
        continue
    before = -1
    if drain()[0]:
        break
`;
const READY_MS = 10_000;
/**
 * The host's Python 3, where `airlock setup` looks for it and installs it (never one from PATH: the
 * receiver runs as root); null if there is none.
 */
function hostPython() {
    return (0,host_packages/* systemCommand */.vV)('python3');
}
/**
 * Writes the session config into the run's log directory and starts the receiver; resolves once it
 * listens, so the sandbox that connects to it can be started. `onChunk` gets the receiver's output
 * (length-framed messages, monitor-events.ts) in pieces of any size. If Airlock dies, so does it.
 */
async function openMonitor(logDir, session, onChunk) {
    const python = hostPython();
    if (!python)
        throw new errors/* SetupError */.w3("runtime telemetry needs the host's Python 3 (/usr/bin/python3) for gVisor's monitoring socket; run 'airlock setup' as root to install it, or pass --no-telemetry");
    const endpoint = (0,external_node_path_.join)(logDir, monitor_session/* MONITOR_SOCKET */.hp);
    await (0,promises_.writeFile)((0,external_node_path_.join)(logDir, monitor_session/* MONITOR_CONFIG */.CS), JSON.stringify(session(endpoint)), { mode: 0o600 });
    const [command, ...args] = withParentDeathSignal([python, '-I', '-S', '-c', RECEIVER, endpoint]);
    const child = (0,external_node_child_process_.spawn)(command ?? python, args, { stdio: ['ignore', 'pipe', 'pipe'], env: {} });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text) => {
        if (stderr.length < 4096)
            stderr += text;
    });
    const exited = new Promise((resolve) => {
        child.once('close', () => resolve());
    });
    // `R` (listening), then `C` (runsc connected), then the framed messages.
    let stage = 'starting';
    let ready = null;
    child.stdout.on('data', (chunk) => {
        let rest = chunk;
        if (stage === 'starting' && rest.length > 0) {
            if (rest[0] !== 0x52)
                child.kill('SIGKILL');
            else {
                stage = 'listening';
                ready?.();
            }
            rest = rest.subarray(1);
        }
        if (stage === 'listening' && rest.length > 0) {
            if (rest[0] !== 0x43)
                child.kill('SIGKILL');
            else
                stage = 'connected';
            rest = rest.subarray(1);
        }
        if (stage === 'connected' && rest.length > 0)
            onChunk(rest);
    });
    await new Promise((resolve, reject) => {
        const failed = (why) => reject(new errors/* SetupError */.w3(`the runtime monitor's receiver did not start (${why})`));
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            failed(`no answer within ${READY_MS / 1000} s`);
        }, READY_MS);
        ready = () => {
            clearTimeout(timer);
            resolve();
        };
        child.once('error', (error) => {
            clearTimeout(timer);
            failed(error.message);
        });
        void exited.then(() => {
            clearTimeout(timer);
            failed(stderr.trim().slice(-500) || 'it exited');
        });
    });
    let ended = false;
    void exited.then(() => {
        ended = true;
    });
    return {
        async finish(waitMs) {
            // runsc never connected (it failed before creating the sandbox): nothing is coming.
            if (stage !== 'connected') {
                child.kill('SIGKILL');
                await exited;
                return true;
            }
            const late = new Promise((resolve) => {
                const timer = setTimeout(() => resolve('late'), waitMs);
                void exited.then(() => clearTimeout(timer));
            });
            if ((await Promise.race([exited, late])) === 'late') {
                child.kill('SIGKILL');
                await exited;
                return false;
            }
            return child.exitCode === 0;
        },
        abandon() {
            if (!ended)
                child.kill('SIGKILL');
        },
    };
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/package-cache-views.js
// Host package caches as the install phase sees them: copy-on-write views over the host's copy.






/**
 * A host package cache as the guest's own, copy-on-write: an overlay whose lower layer is the host
 * cache and whose upper (in the carry store, so capped with the install's writes) goes with the run.
 * Entries not yet the guest's are chowned in the view, which copies up their metadata only (metacopy)
 * and leaves the host cache as it was. The mount point is made in the home as the guest's, so the
 * home's other directories (~/.cache) stay writable for it.
 */
async function mountCacheView(cache, where) {
    const { layers, view, home } = where;
    for (const dir of [(0,external_node_path_.join)(layers, 'upper'), (0,external_node_path_.join)(layers, 'work'), view])
        await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    await mountOverlay({ lowers: [cache.hostPath], upper: (0,external_node_path_.join)(layers, 'upper'), work: (0,external_node_path_.join)(layers, 'work') }, view);
    const owned = await (0,execa/* execa */.Ho)('find', [
        '-P',
        view,
        '(',
        '!',
        '-uid',
        String(guest_layout/* GUEST_UID */.m1),
        '-o',
        '!',
        '-gid',
        String(guest_layout/* GUEST_GID */.ob),
        ')',
        '-exec',
        'chown',
        '-h',
        `${guest_layout/* GUEST_UID */.m1}:${guest_layout/* GUEST_GID */.ob}`,
        '{}',
        '+',
    ], { reject: false });
    if (owned.exitCode !== 0)
        throw new errors/* SetupError */.w3(`cannot prepare the ${cache.kind} cache view: ${owned.stderr.trim().slice(0, 500)}`);
    // runsc's gofer must traverse to the view it binds.
    await (0,promises_.chmod)((0,external_node_path_.dirname)(view), 0o711);
    await makeGuestDirs(home, (0,guest_layout/* guestCachePath */.oB)(cache.kind));
    return { kind: cache.kind, viewPath: view };
}
/** Creates `guestPath`'s directories below the home (given as the guest's home path) as the guest's. */
async function makeGuestDirs(home, guestPath) {
    let dir = home;
    for (const part of external_node_path_.posix.relative(guest_layout/* GUEST_HOME */.r0, guestPath).split('/')) {
        dir = (0,external_node_path_.join)(dir, part);
        await (0,promises_.mkdir)(dir, { mode: 0o700 }).catch((error) => {
            if (error.code !== 'EEXIST')
                throw error;
        });
        await (0,promises_.chown)(dir, guest_layout/* GUEST_UID */.m1, guest_layout/* GUEST_GID */.ob);
    }
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/sandbox-host.js












// How much of the workspace is searched for links that point outside it.
const MAX_LINK_SCAN_ENTRIES = 100_000;
const MAX_RESULT_FILES = 1000;
function runDirOf(stateDir, id) {
    return (0,external_node_path_.join)(stateDir, 'runs', id);
}
/**
 * Where a run's disk-backed filesystems keep their image files: on disk (the state dir is under
 * /run, a tmpfs), beside it by name: /run/airlock -> /var/tmp/airlock/<id>.
 */
function scratchDirOf(stateDir, id) {
    return (0,external_node_path_.join)('/var/tmp', (0,external_node_path_.basename)(stateDir), id);
}
function hostPort(stateDir) {
    return {
        prepare: (id, run) => prepareHost(stateDir, id, run),
        prepareCarry: (id, limits, contents) => prepareCarry(stateDir, id, { limits, ...contents }),
    };
}
/** A run directory this process owns; a sweep after a hard kill finds it by the owner's pid. */
async function claimRunDir(stateDir, id) {
    const dir = runDirOf(stateDir, id);
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'owner.json'), JSON.stringify({ pid: process.pid, startedAt: Date.now() }));
    return dir;
}
/** File in a run directory naming the install phase's network namespace, so a sweep removes it. */
const NETNS_RECORD = 'netns';
async function prepareHost(stateDir, id, run) {
    const { workspace, limits, layers } = run;
    const dir = await claimRunDir(stateDir, id);
    const paths = pathsOf(dir);
    try {
        await mountRunFilesystems(paths, scratchDirOf(stateDir, id), run);
        // runsc's sandbox user must traverse to the bundle's mounts.
        await (0,promises_.chmod)(dir, 0o711);
        const workspaceLinks = await outwardLinks(workspace);
        const cgroup = await createCgroup(cgroupName(id), limits);
        return {
            id,
            bundleDir: paths.bundle,
            workspacePath: paths.workspace,
            resultsPath: paths.results,
            tmpPath: paths.tmp,
            homePath: layers ? layers.home : paths.home,
            logDir: paths.logs,
            cgroupsPath: `/${cgroupName(id)}`,
            workspaceLinks,
            readStats: () => cgroup.readStats(),
            watchOomKill: (onKill) => watchOomKill(cgroup.readStats, onKill),
            writeBundle: (spec) => (0,promises_.writeFile)((0,external_node_path_.join)(paths.bundle, 'config.json'), JSON.stringify(spec, null, 2)),
            openTrace: (onText) => readTracePipe((0,external_node_path_.join)(paths.logs, TRACE_PIPE), onText),
            openMonitor: (session, onChunk) => openMonitor(paths.logs, session, onChunk),
            collectResults: (destination) => copyResults(paths.results, destination),
            dispose: () => disposeRun(stateDir, id),
        };
    }
    catch (error) {
        await disposeRun(stateDir, id);
        throw error;
    }
}
/**
 * The copy-on-write workspace view and the size-capped results filesystem. A phase of a
 * two-phase run stacks its layers above the workspace; the install phase writes into the carried
 * upper, the test phase reads that as a lower layer (already the guest's) and writes to its own.
 */
async function mountRunFilesystems(paths, scratch, run) {
    const { workspace, limits, layers } = run;
    for (const sub of [
        paths.bundle,
        paths.upperFs,
        paths.workspace,
        paths.results,
        paths.logs,
        paths.tmp,
    ])
        await (0,promises_.mkdir)(sub, { mode: 0o700 });
    // The filesystems are independent of each other: made at once, they cost the slowest of them.
    const [upper] = await settleAll([
        layers?.upper ??
            mountUpperStore((0,external_node_path_.join)(scratch, 'upper.img'), paths.upperFs, {
                bytes: limits.workspaceWriteBytes,
                mode: 0o700,
            }),
        mountDisk((0,external_node_path_.join)(scratch, 'tmp.img'), paths.tmp, {
            bytes: limits.tmpBytes,
            owner: { uid: 0, gid: 0, mode: 0o1777 },
        }),
        layers
            ? undefined
            : (0,promises_.mkdir)(paths.home, { mode: 0o700 }).then(() => mountDisk((0,external_node_path_.join)(scratch, 'home.img'), paths.home, {
                bytes: limits.tmpBytes,
                owner: { uid: guest_layout/* GUEST_UID */.m1, gid: guest_layout/* GUEST_GID */.ob, mode: 0o700 },
            })),
        mountTmpfs(paths.results, limits.resultsBytes, [
            'mode=0755',
            `uid=${guest_layout/* GUEST_UID */.m1}`,
            `gid=${guest_layout/* GUEST_GID */.ob}`,
        ]),
        makeTracePipe((0,external_node_path_.join)(paths.logs, TRACE_PIPE)),
    ]);
    await mountOverlay({ lowers: [...(layers?.lowers ?? []), workspace], upper: upper.dir, work: upper.work }, paths.workspace);
    // The test phase of a two-phase run sees what the install phase already handed over; only the
    // view's root takes its owner from this phase's fresh upper directory.
    if (!layers || layers.upper)
        await giveToGuest(paths.workspace);
    else
        await (0,promises_.chown)(paths.workspace, guest_layout/* GUEST_UID */.m1, guest_layout/* GUEST_GID */.ob);
}
/**
 * Waits for every one of `work` to settle, then gives their values or throws the first failure:
 * nothing is still mounting when the caller's clean-up starts.
 */
async function settleAll(work) {
    const settled = await Promise.allSettled(work);
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((result) => result.value);
}
/** A capped disk-backed filesystem holding an overlay's upper and work directories (one, as overlayfs needs). */
async function mountUpperStore(image, mountPoint, size) {
    await mountDisk(image, mountPoint, {
        bytes: size.bytes,
        owner: { uid: 0, gid: 0, mode: size.mode },
    });
    const store = { dir: (0,external_node_path_.join)(mountPoint, 'upper'), work: (0,external_node_path_.join)(mountPoint, 'work') };
    await (0,promises_.mkdir)(store.dir);
    await (0,promises_.mkdir)(store.work);
    return store;
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
        tmp: (0,external_node_path_.join)(dir, 'tmp'),
        home: (0,external_node_path_.join)(dir, 'home'),
        caches: (0,external_node_path_.join)(dir, 'caches'),
    };
}
/** The guest is uid 1001: make the copy-on-write view its own without touching the host copy. */
async function giveToGuest(workspaceView) {
    // -h: change links themselves, -P: never traverse a link (a link from the PR may point anywhere).
    const result = await (0,execa/* execa */.Ho)('chown', ['-R', '-h', '-P', `${guest_layout/* GUEST_UID */.m1}:${guest_layout/* GUEST_GID */.ob}`, workspaceView], { reject: false });
    if (result.exitCode !== 0)
        throw new errors/* SetupError */.w3(`cannot prepare the workspace view: ${result.stderr.trim().slice(0, 500)}`);
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
/**
 * The phases' shared storage, in a run directory of its own (so the stale sweep covers it): one
 * capped tmpfs with the install's upper and work dirs, the shared home and the override layer.
 */
async function prepareCarry(stateDir, id, carry) {
    const { limits, overrides, packageCaches } = carry;
    const dir = await claimRunDir(stateDir, id);
    const paths = pathsOf(dir);
    try {
        // runsc's gofer must traverse to the shared home it binds.
        await (0,promises_.chmod)(dir, 0o711);
        await (0,promises_.mkdir)(paths.upperFs, { mode: 0o700 });
        const upper = await mountUpperStore((0,external_node_path_.join)(scratchDirOf(stateDir, id), 'carry.img'), paths.upperFs, { bytes: limits.workspaceWriteBytes, mode: 0o711 });
        const home = (0,external_node_path_.join)(paths.upperFs, 'home');
        await (0,promises_.mkdir)(home, { mode: 0o700 });
        await (0,promises_.chown)(home, guest_layout/* GUEST_UID */.m1, guest_layout/* GUEST_GID */.ob);
        const overridesDir = overrides ? (0,external_node_path_.join)(paths.upperFs, 'overrides') : null;
        if (overrides && overridesDir)
            await writeOverrides(overridesDir, overrides);
        const cacheViews = [];
        for (const cache of packageCaches)
            cacheViews.push(await mountCacheView(cache, {
                layers: (0,external_node_path_.join)(paths.upperFs, 'caches', cache.kind),
                view: (0,external_node_path_.join)(paths.caches, cache.kind),
                home,
            }));
        return { upper, home, overridesDir, cacheViews, dispose: () => disposeRun(stateDir, id) };
    }
    catch (error) {
        await disposeRun(stateDir, id);
        throw error;
    }
}
/**
 * Writes the override layer: restored files as the guest's, hidden ones as overlayfs whiteouts
 * (character device 0:0). Paths were validated as workspace-relative; this is our own fresh
 * directory, so nothing from the PR is followed while writing it.
 */
async function writeOverrides(dir, overrides) {
    await (0,promises_.mkdir)(dir, { mode: 0o755 });
    const place = async (relative) => {
        const target = (0,external_node_path_.join)(dir, relative);
        if (!target.startsWith(`${dir}/`))
            throw new errors/* SetupError */.w3(`override path escapes: ${relative}`);
        await (0,promises_.mkdir)(external_node_path_.posix.dirname(target), { recursive: true, mode: 0o755 });
        return target;
    };
    for (const { path, content } of overrides.restore) {
        const target = await place(path);
        await (0,promises_.writeFile)(target, content, { mode: 0o644 });
    }
    for (const path of overrides.hide) {
        const target = await place(path);
        const made = await (0,execa/* execa */.Ho)('mknod', [target, 'c', '0', '0'], { reject: false });
        if (made.exitCode !== 0)
            throw new errors/* SetupError */.w3(`cannot hide ${path} from the install: ${made.stderr.trim()}`);
    }
    const owned = await (0,execa/* execa */.Ho)('chown', ['-R', '-h', '-P', `${guest_layout/* GUEST_UID */.m1}:${guest_layout/* GUEST_GID */.ob}`, dir], {
        reject: false,
    });
    if (owned.exitCode !== 0)
        throw new errors/* SetupError */.w3(`cannot prepare the override layer: ${owned.stderr.trim()}`);
}
/** Idempotent: safe after a partial prepare, after a crash, or twice. */
async function disposeRun(stateDir, id) {
    const dir = runDirOf(stateDir, id);
    const paths = pathsOf(dir);
    const netns = await (0,promises_.readFile)((0,external_node_path_.join)(dir, NETNS_RECORD), 'utf8').catch(() => null);
    if (netns)
        await removeInstallNetns(netns.trim());
    await removeEverywhere(detectCgroupLayout(), cgroupName(id));
    // Package cache views first: their layers live in the carry store unmounted below.
    for (const kind of await (0,promises_.readdir)(paths.caches).catch(() => []))
        await unmount((0,external_node_path_.join)(paths.caches, kind));
    // The workspace view first: its upper layer lives on the upper filesystem. The rest at once.
    // logs: a tmpfs in runs of earlier versions, which a sweep may still find.
    await unmount(paths.workspace);
    await settleAll([paths.upperFs, paths.results, paths.logs, paths.tmp, paths.home].map((target) => unmount(target)));
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.rm)(scratchDirOf(stateDir, id), { recursive: true, force: true });
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
            const guestLink = `${guest_layout/* WORKSPACE_PATH */.Qh}/${rel}`;
            const resolved = external_node_path_.posix.resolve(external_node_path_.posix.dirname(guestLink), target);
            if (!resolved.startsWith(`${guest_layout/* WORKSPACE_PATH */.Qh}/`))
                links.set(guestLink, target.startsWith('/') ? target : resolved);
        }
    }
    return links;
}

// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-host/provisioning/recipe-dir.js
var recipe_dir = __webpack_require__(986);
// EXTERNAL MODULE: external "node:dns/promises"
var external_node_dns_promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./.build/lib/config/egress-address.js
var egress_address = __webpack_require__(787);
;// CONCATENATED MODULE: ./.build/lib/sandbox/egress-refusal.js
// What the install proxy answers when it will not carry a request, and how it recognises itself.

const statusText = {
    400: 'Bad Request',
    403: 'Forbidden',
    502: 'Bad Gateway',
};
const malformedTarget = {
    decision: 'deny',
    rule: 'host',
    reason: 'not a valid proxy target',
};
/** The body names the reason, so an installer's error output tells the user which rule refused. */
function refusalBody(reason) {
    return `airlock egress proxy: ${reason}\n`;
}
/** A complete HTTP/1.1 response for a refused CONNECT, written straight to the client socket. */
function rawRefusal(status, reason) {
    const body = refusalBody(reason);
    return [
        `HTTP/1.1 ${status} ${statusText[status]}`,
        'Content-Type: text/plain',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Connection: close',
        '',
        body,
    ].join('\r\n');
}
/** True when the target is the proxy's own listening socket (a loop through itself). */
function isProxySelf(target, listen, localAddresses) {
    const address = (0,egress_address/* canonicalAddress */.Z5)(target.address);
    if (target.port !== listen.port || address === undefined)
        return false;
    if ((0,egress_address/* classifyAddress */.DV)(address) === 'unspecified')
        return true;
    const listenAddress = (0,egress_address/* canonicalAddress */.Z5)(listen.host);
    if (listenAddress === undefined)
        return false;
    if ((0,egress_address/* classifyAddress */.DV)(listenAddress) !== 'unspecified')
        return address === listenAddress;
    return localAddresses.some((local) => (0,egress_address/* canonicalAddress */.Z5)(local) === address);
}

// EXTERNAL MODULE: ./.build/lib/sandbox/egress-policy.js
var egress_policy = __webpack_require__(3254);
;// CONCATENATED MODULE: ./.build/lib/sandbox/egress-authorize.js
// One proxy request's way to a verdict: name check, resolution, address check, self check, caps.


/** Records the decision (caps may still turn an allow into a denial) and says how to proceed. */
async function authorizeTarget(target, deps) {
    const decision = await decide(target, deps);
    const { id, event } = deps.ledger.record(target.host, target.port, decision);
    if (event.decision === 'allow' && event.address !== undefined) {
        return { granted: true, id, address: event.address };
    }
    return { granted: false, reason: event.reason };
}
/** Name check before DNS (a refused name is never looked up), then every answer it gets. */
async function decide(target, deps) {
    const early = (0,egress_policy/* checkName */.I3)(target.host, target.port, deps.policy);
    if (early)
        return early;
    const addresses = await resolveTarget(target.host, deps);
    const decision = (0,egress_policy/* decideDestination */.Fl)({ host: target.host, port: target.port, resolvedAddresses: addresses }, deps.policy);
    if (decision.decision === 'allow' && deps.isSelf(decision.address, target.port)) {
        const reason = `${target.host}:${target.port} is this proxy`;
        return { decision: 'deny', rule: 'self', reason };
    }
    return decision;
}
async function resolveTarget(host, deps) {
    // A literal that passed the name check was allowed for a test: it is its own answer.
    if ((0,egress_address/* canonicalAddress */.Z5)(host) !== undefined)
        return [host];
    try {
        return await deps.resolve(host);
    }
    catch {
        // NXDOMAIN and resolver failures alike leave no address, which the policy refuses.
        return [];
    }
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/egress-ledger.js
// A guest looping on refused requests must not grow the proxy's memory without bound.
const MAX_LEDGER_EVENTS = 20_000;
function createEgressLedger(policy, now) {
    const events = [];
    const totals = { connections: 0, bytes: 0, unrecorded: 0 };
    return {
        record(host, port, decision) {
            const event = eventFor({
                host,
                port,
                decision: applyCaps(decision, policy, totals),
                atMs: now(),
            });
            if (event.decision === 'allow')
                totals.connections += 1;
            if (events.length >= MAX_LEDGER_EVENTS) {
                totals.unrecorded += 1;
                return { id: -1, event };
            }
            events.push(event);
            return { id: events.length - 1, event };
        },
        addBytes(id, count) {
            const event = events[id];
            if (event)
                events[id] = { ...event, bytes: event.bytes + count };
            totals.bytes += count;
            return totals.bytes <= policy.maxBytes;
        },
        fail(id, error) {
            const event = events[id];
            if (event && event.error === undefined)
                events[id] = { ...event, error };
        },
        events: () => [...events],
        totals: () => ({ ...totals }),
    };
}
function applyCaps(decision, policy, totals) {
    if (decision.decision === 'deny')
        return decision;
    if (totals.bytes >= policy.maxBytes) {
        return capDenial('byte-cap', `the run's ${policy.maxBytes}-byte cap is used up`);
    }
    if (totals.connections >= policy.maxConnections) {
        return capDenial('connection-cap', `the run's cap of ${policy.maxConnections} connections is used up`);
    }
    return decision;
}
function eventFor(input) {
    const { host, port, decision, atMs } = input;
    if (decision.decision === 'allow') {
        const { address, reason } = decision;
        return { host, port, address, decision: 'allow', reason, bytes: 0, atMs };
    }
    return {
        host,
        port,
        decision: 'deny',
        rule: decision.rule,
        reason: decision.reason,
        bytes: 0,
        atMs,
    };
}
function capDenial(rule, reason) {
    return { decision: 'deny', rule, reason };
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/egress-target.js
// What a client asks the install proxy for, parsed from CONNECT authorities and absolute-URI requests.
/** `host:port` or `[v6]:port`; the port is mandatory in CONNECT (RFC 9110 §9.3.6). */
function parseConnectTarget(authority) {
    const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]\s/@]+):(\d{1,5})$/.exec(authority);
    if (!match)
        return undefined;
    const [, rawHost = '', rawPort = ''] = match;
    const port = Number(rawPort);
    if (port < 1 || port > 65_535)
        return undefined;
    return { host: rawHost.replace(/^\[|\]$/g, ''), port };
}
/** Plain HTTP through a proxy uses an absolute URI (RFC 9112 §3.2.2); https: must use CONNECT. */
function parseProxyRequestUrl(url) {
    if (!/^http:\/\//i.test(url))
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    // Credentials in the URL would be forwarded to the origin as if the user meant them for it.
    if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '')
        return undefined;
    const port = parsed.port === '' ? 80 : Number(parsed.port);
    return {
        host: parsed.hostname.replace(/^\[|\]$/g, ''),
        port,
        path: `${parsed.pathname}${parsed.search}`,
    };
}
const hopByHop = new Set([
    'connection',
    'keep-alive',
    'proxy-connection',
    'proxy-authorization',
    'proxy-authenticate',
    'te',
    'trailer',
    'transfer-encoding',
    'upgrade',
]);
/** End-to-end headers only: hop-by-hop ones, and any the Connection header names, stay with the proxy. */
function forwardHeaders(headers) {
    const named = String(headers.connection ?? '')
        .split(',')
        .map((token) => token.trim().toLowerCase())
        .filter((token) => token !== '');
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        const lower = name.toLowerCase();
        if (value === undefined || hopByHop.has(lower) || named.includes(lower))
            continue;
        out[lower] = value;
    }
    return out;
}
/** The Host header for a target: the port only when it is not HTTP's default. */
function hostHeader(target) {
    const host = target.host.includes(':') ? `[${target.host}]` : target.host;
    return target.port === 80 ? host : `${host}:${target.port}`;
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/egress/egress-proxy.js
// The install phase's only way out: a forward proxy that resolves names itself, checks every answer
// against the egress policy, and connects to the checked address so DNS cannot change it afterwards.








const systemEgressDeps = {
    resolve: async (host) => (await (0,external_node_dns_promises_.lookup)(host, { all: true, verbatim: true })).map((a) => a.address),
    now: () => performance.now(),
};
// Request headers beyond 16 KiB are no installer's; Node answers 431 and closes.
const MAX_HEADER_BYTES = 16 * 1024;
const HEADERS_TIMEOUT_MS = 10_000;
const DEFAULT_IDLE_MS = 60_000;
async function startEgressProxy(options, deps = systemEgressDeps) {
    const started = deps.now();
    const streams = new Set();
    const track = (stream) => {
        streams.add(stream);
        stream.once('close', () => streams.delete(stream));
    };
    const server = (0,external_node_http_.createServer)({
        maxHeaderSize: MAX_HEADER_BYTES,
        headersTimeout: HEADERS_TIMEOUT_MS,
    });
    server.on('connection', track);
    const port = await listenOn(server, options.listen);
    const ctx = {
        policy: options.policy,
        ledger: createEgressLedger(options.policy, () => Math.round(deps.now() - started)),
        resolve: (host) => deps.resolve(host),
        idleMs: options.idleMs ?? DEFAULT_IDLE_MS,
        isSelf: selfCheck(options.listen.host, port),
        track,
    };
    server.on('connect', (req, client, head) => handleConnect(ctx, { req, client, head }));
    server.on('request', (req, res) => handleRequest(ctx, req, res));
    const host = options.listen.host.includes(':') ? `[${options.listen.host}]` : options.listen.host;
    return {
        url: `http://${host}:${port}`,
        events: () => ctx.ledger.events(),
        totals: () => ctx.ledger.totals(),
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            for (const stream of streams)
                stream.destroy();
        }),
    };
}
function handleConnect(ctx, connection) {
    const { req, client, head } = connection;
    client.on('error', () => client.destroy());
    const target = parseConnectTarget(req.url ?? '');
    if (!target) {
        ctx.ledger.record(String(req.url).slice(0, 255), 0, malformedTarget);
        return refuseTunnel(client, 400, malformedTarget.reason);
    }
    void authorizeTarget(target, ctx).then((granted) => {
        if (!granted.granted)
            return refuseTunnel(client, 403, granted.reason);
        openTunnel(ctx, { client, head }, { ...target, ...granted });
    });
}
function openTunnel(ctx, connection, route) {
    const { client, head } = connection;
    const upstream = (0,external_node_net_.connect)({ host: route.address, port: route.port });
    ctx.track(upstream);
    const cut = (error) => {
        ctx.ledger.fail(route.id, error);
        upstream.destroy();
        client.destroy();
    };
    const count = (chunk) => {
        if (!ctx.ledger.addBytes(route.id, chunk.length))
            cut('byte cap reached');
    };
    upstream.setTimeout(ctx.idleMs, () => cut('idle timeout'));
    upstream.once('error', (error) => {
        ctx.ledger.fail(route.id, error.code ?? 'upstream error');
        if (upstream.connecting)
            refuseTunnel(client, 502, 'upstream connection failed');
        else
            client.destroy();
    });
    upstream.once('connect', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length > 0) {
            count(head);
            upstream.write(head);
        }
        client.on('data', count);
        upstream.on('data', count);
        client.pipe(upstream);
        upstream.pipe(client);
    });
    // A side that closed cleanly ends the other after its buffered bytes are written (destroying it
    // would cut the last part of a response still on its way); a side that failed takes the other down.
    client.once('close', (hadError) => (hadError ? upstream.destroy() : upstream.end()));
    upstream.once('close', (hadError) => (hadError ? client.destroy() : client.end()));
}
function handleRequest(ctx, req, res) {
    const target = parseProxyRequestUrl(req.url ?? '');
    if (!target) {
        ctx.ledger.record(String(req.url).slice(0, 255), 0, malformedTarget);
        return refuseRequest(res, 400, malformedTarget.reason);
    }
    void authorizeTarget(target, ctx).then((granted) => {
        if (!granted.granted)
            return refuseRequest(res, 403, granted.reason);
        forwardRequest(ctx, { req, res }, { ...target, ...granted });
    });
}
function forwardRequest(ctx, exchange, route) {
    const { req, res } = exchange;
    // RFC 9112 §3.2.2: the absolute URI's authority replaces whatever Host the client sent.
    const headers = { ...forwardHeaders(req.headers), host: hostHeader(route) };
    const count = (chunk) => {
        if (ctx.ledger.addBytes(route.id, chunk.length))
            return;
        ctx.ledger.fail(route.id, 'byte cap reached');
        upstream.destroy();
        res.destroy();
    };
    const upstream = (0,external_node_http_.request)({
        host: route.address,
        port: route.port,
        method: req.method,
        path: route.path,
        headers,
        agent: false,
        setHost: false,
        timeout: ctx.idleMs,
    });
    upstream.on('socket', ctx.track);
    upstream.once('timeout', () => upstream.destroy(Object.assign(new Error('idle'), { code: 'idle timeout' })));
    upstream.once('error', (error) => {
        ctx.ledger.fail(route.id, error.code ?? 'upstream error');
        if (res.headersSent)
            res.destroy();
        else
            refuseRequest(res, 502, 'upstream request failed');
    });
    upstream.once('response', (answer) => {
        res.writeHead(answer.statusCode ?? 502, forwardHeaders(answer.headers));
        answer.on('data', count);
        answer.pipe(res);
    });
    req.on('data', count);
    req.pipe(upstream);
}
/** Listens and returns the bound port (the one asked for, or the kernel's pick for port 0). */
async function listenOn(server, listen) {
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(listen.port, listen.host, () => resolve());
    });
    const bound = server.address();
    return typeof bound === 'object' && bound ? bound.port : listen.port;
}
function refuseTunnel(client, status, reason) {
    client.end(rawRefusal(status, reason));
}
function refuseRequest(res, status, reason) {
    res.writeHead(status, { 'content-type': 'text/plain', connection: 'close' });
    res.end(refusalBody(reason));
}
/** The proxy's own sockets; an unspecified listen address means every local address. */
function selfCheck(listenHost, port) {
    const locals = Object.values((0,external_node_os_.networkInterfaces)())
        .flatMap((entries) => entries ?? [])
        .map((entry) => entry.address);
    return (address, targetPort) => isProxySelf({ address, port: targetPort }, { host: listenHost, port }, locals);
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/install-network.js
// The install phase's network: a namespace whose only route leads to the egress proxy on its host end.





function installNetworkPort(stateDir, proxyDeps = systemEgressDeps) {
    return { open: (runId, policy) => openInstallNetwork({ stateDir, runId, policy }, proxyDeps) };
}
/**
 * Namespace first (recorded in the run's directory, so a sweep after a hard kill removes it), then
 * the proxy on its host end, then the one firewall hole to the proxy's port.
 */
async function openInstallNetwork(run, proxyDeps) {
    const { stateDir, runId, policy } = run;
    const netns = await createInstallNetns({
        record: (name) => (0,promises_.writeFile)((0,external_node_path_.join)(runDirOf(stateDir, runId), NETNS_RECORD), name),
    });
    let stopProxy = async () => undefined;
    let closing;
    const close = () => (closing ??= stopProxy().finally(() => netns.dispose()));
    try {
        const proxy = await startEgressProxy({ listen: { host: netns.hostAddress, port: 0 }, policy }, proxyDeps);
        stopProxy = () => proxy.close();
        const port = Number(new URL(proxy.url).port);
        await netns.admitProxy(port);
        return {
            nsPath: netns.nsPath,
            proxyUrl: proxy.url,
            proxy: { address: netns.hostAddress, port },
            events: () => proxy.events(),
            totals: () => proxy.totals(),
            close,
        };
    }
    catch (error) {
        await close();
        throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/runsc-probe.js






// Bumped when the probe or what it proves changes, so cached answers of an older probe are not reused.
const PROBE_VERSION = 2;
const capabilitiesSchema = schemas/* object */.Ikc({
    platform: schemas/* enum */.k5n(['systrap', 'ptrace']),
    features: schemas/* array */.YOg(schemas/* enum */.k5n(runsc_capabilities/* TELEMETRY_FEATURES */.ES)).max(8),
});
/**
 * What this runsc can do, probed once per binary (path, version, size and mtime) and cached: a
 * platform that starts, and which telemetry features its log really delivers.
 */
async function runscCapabilities(request) {
    const file = (0,external_node_path_.join)(request.cacheDir, 'runsc-probes', `${await probeKey(request.runsc)}.json`);
    const cached = await (0,promises_.readFile)(file, 'utf8').then(parseCached, () => null);
    if (cached)
        return cached;
    const probed = await probe(request);
    // A read-only cache (a shared or mounted one) only means the next run probes again.
    await remember(file, probed).catch(() => undefined);
    return probed;
}
async function remember(file, probed) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true, mode: 0o755 });
    const staging = `${file}.${process.pid}`;
    await (0,promises_.writeFile)(staging, JSON.stringify(probed));
    await (0,promises_.rename)(staging, file);
}
async function probeKey(runsc) {
    const binary = await (0,promises_.stat)(runsc.path);
    return (0,external_node_crypto_.createHash)('sha256')
        .update([PROBE_VERSION, runsc.path, runsc.version, runsc.platform, binary.size, binary.mtimeMs].join('\0'))
        .digest('hex')
        .slice(0, 32);
}
function parseCached(text) {
    try {
        const parsed = capabilitiesSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
    }
    catch {
        return null;
    }
}
/** systrap first where the version has it; a build whose systrap cannot start falls back to ptrace. */
async function probe(request) {
    const { runsc } = request;
    let platform = runsc.platform;
    let result = await request.run(platform);
    if (result.outcome === 'sandbox-error' && platform === 'systrap') {
        platform = 'ptrace';
        result = await request.run(platform);
    }
    if (result.outcome !== 'passed') {
        const why = (result.error ?? result.stderr).trim().slice(-800) || result.outcome;
        throw new errors/* SetupError */.w3(`runsc ${runsc.version} at ${runsc.path} cannot run Airlock's sandbox (${why}); run 'airlock setup' as root to install a working one`);
    }
    return { platform, features: (0,runsc_capabilities/* featuresSeen */.Df)(result.violations) };
}

// EXTERNAL MODULE: ./.build/lib/sandbox/runner-root.js
var runner_root = __webpack_require__(5755);
;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/host-root.js
// The `runner` root on this host: its top-level layout, and the skeleton directory the guest's
// root is built on (mount points and the host's merged-/usr links; nothing of the host's data).





/** The host's exposable top-level entries, read with lstat/readlink (never followed). */
async function readHostEntries(root = '/') {
    const entries = [];
    for (const name of runner_root/* EXPOSED_TOP_LEVEL */.eP) {
        const stat = await (0,promises_.lstat)((0,external_node_path_.join)(root, name)).catch(() => null);
        if (!stat)
            continue;
        if (stat.isSymbolicLink())
            entries.push({ name, kind: 'symlink', target: await (0,promises_.readlink)((0,external_node_path_.join)(root, name)) });
        else
            entries.push({ name, kind: stat.isDirectory() ? 'dir' : 'other' });
    }
    return entries;
}
const COMPLETE = '.airlock-complete';
/** The skeleton for `plan`, built once per layout in the cache (root-owned, read-only to the guest). */
async function ensureSkeleton(cacheDir, plan) {
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify({ dirs: plan.dirs, closed: plan.closedDirs, links: plan.links }))
        .digest('hex')
        .slice(0, 16);
    const dir = (0,external_node_path_.join)(cacheDir, 'runner-root', key);
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, COMPLETE)))
        return dir;
    const staging = `${dir}.staging-${process.pid}`;
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    await (0,promises_.mkdir)(staging, { recursive: true, mode: 0o755 });
    for (const relative of plan.dirs)
        await (0,promises_.mkdir)((0,external_node_path_.join)(staging, relative), { recursive: true, mode: 0o755 });
    for (const relative of plan.closedDirs)
        await (0,promises_.mkdir)((0,external_node_path_.join)(staging, relative), { mode: 0o700 });
    for (const link of plan.links)
        await (0,promises_.symlink)(link.target, (0,external_node_path_.join)(staging, link.path));
    await (0,promises_.writeFile)((0,external_node_path_.join)(staging, COMPLETE), '');
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.rename)(staging, dir);
    return dir;
}
// Files a GitHub Actions runner keeps at the top of its installation.
const RUNNER_MARKERS = ['.credentials', '.runner', '.credentials_rsaparams'];
/** Runner installations one or two levels inside `/opt` and the tool cache (not the system dirs). */
async function findRunnerInstallations(exposed) {
    const found = [];
    const roots = exposed.filter((dir) => !/^\/(usr|bin|sbin|lib\w*|etc)(\/|$)/.test(dir));
    for (const root of roots) {
        for (const child of await childDirs(root)) {
            if (await hasMarker(child))
                found.push(child);
            else
                for (const grandchild of await childDirs(child))
                    if (await hasMarker(grandchild))
                        found.push(grandchild);
        }
    }
    return found;
}
async function childDirs(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    return entries
        .filter((e) => e.isDirectory())
        .slice(0, 500)
        .map((e) => (0,external_node_path_.join)(dir, e.name));
}
async function hasMarker(dir) {
    for (const marker of RUNNER_MARKERS)
        if (await (0,promises_.lstat)((0,external_node_path_.join)(dir, marker)).then(() => true, () => false))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./.build/lib/adapters/sandbox-host/ready-sandbox.js


















/** Everything `runSandbox` needs on this host, or a SetupError saying what is missing. Installs nothing. */
async function readySandbox(options) {
    const { paths, log } = options;
    if (process.getuid?.() !== 0)
        throw new errors/* SetupError */.w3('the sandbox needs root to create cgroups and mounts; run airlock with sudo');
    const found = await (0,runsc_install/* findRunsc */.LD)({ cacheDir: paths.cacheDir, explicitPath: paths.runscPath, log });
    if (!found)
        throw new errors/* SetupError */.w3("no runsc found; run 'airlock setup' (never falls back to running outside gVisor)");
    const runsc = options.platform ? { ...found, platform: options.platform } : found;
    const { rootfsPath, runner } = await guestRoot(options.root ?? 'image', options);
    await (0,promises_.mkdir)(`${paths.stateDir}/runsc`, { recursive: true, mode: 0o700 });
    const base = (using) => sandboxDeps(paths.stateDir, { runsc: using, log, signal: options.signal });
    await sweepStale(paths.stateDir, (id) => base(runsc).runscFor('/nonexistent', false, 'none').destroy(id));
    const capabilities = await runscCapabilities({
        runsc,
        cacheDir: paths.cacheDir,
        run: (platform) => runProbe({ ...runsc, platform }, { rootfsPath, runner }, base),
    });
    const probed = { ...runsc, platform: capabilities.platform };
    return {
        runsc: probed,
        capabilities,
        rootfsPath,
        runner,
        runtime: runtimeOf(probed, options.root ?? 'image'),
        deps: base(probed),
    };
}
function runtimeOf(runsc, root) {
    return {
        runtime: 'gvisor',
        runscVersion: runsc.version,
        platform: runsc.platform,
        ...(root ? { root } : {}),
    };
}
function sandboxDeps(stateDir, options) {
    const { runsc, log, signal } = options;
    const session = (logDir, telemetry, network) => ({
        runsc,
        stateRoot: `${stateDir}/runsc`,
        logDir,
        telemetry,
        network,
        // With telemetry, the sandbox reports its opens to the run's monitor (monitor-session.ts).
        ...(telemetry ? { monitorConfig: (0,external_node_path_.join)(logDir, monitor_session/* MONITOR_CONFIG */.CS) } : {}),
    });
    return {
        host: hostPort(stateDir),
        runscFor: (logDir, telemetry, network) => runscPort(session(logDir, telemetry, network)),
        network: installNetworkPort(stateDir),
        log,
        now: () => performance.now(),
        epochMs: () => Date.now(),
        newId: () => (0,external_node_crypto_.randomBytes)(6).toString('hex'),
        ...(signal ? { signal } : {}),
    };
}
async function guestRoot(root, options) {
    if (root === 'runner') {
        const toolCache = options.env['RUNNER_TOOL_CACHE'];
        const entries = await readHostEntries();
        // The runner's own directories are looked for inside what the plan would show, then covered.
        const installations = await findRunnerInstallations((0,runner_root/* runnerRootPlan */.wF)(entries, toolCache).exposed);
        // Airlock's own cache lies in the tool cache on hosted runners: covered too.
        const hidden = [
            ...(0,runner_root/* runnerPrivateDirs */.wu)(options.env, process.execPath, installations),
            options.paths.cacheDir,
        ];
        const plan = (0,runner_root/* runnerRootPlan */.wF)(entries, toolCache, hidden);
        const rootfsPath = await ensureSkeleton(options.paths.cacheDir, plan);
        return { rootfsPath, runner: { plan, env: options.env } };
    }
    const rootfsPath = await (0,rootfs_build/* findRootfs */.NY)({
        recipeDir: (0,recipe_dir/* findRecipeDir */.F)(options.env),
        cacheDir: options.paths.cacheDir,
        extraPackages: options.extraPackages ?? [],
    });
    if (!rootfsPath)
        throw new errors/* SetupError */.w3("the sandbox image is not built; run 'airlock setup' (or use --root runner, which needs no image)");
    return { rootfsPath, runner: null };
}
/** The guest's view of the `runner` root: the binds, and PATH and toolchain variables carried in. */
function runnerView(runner, callerPath) {
    const { visible, mounts } = runner.plan;
    return {
        mounts,
        env: {
            ...(0,runner_root/* carriedToolchainEnv */.F5)(runner.env, visible),
            PATH: (0,runner_root/* carriedPath */.IQ)(callerPath ?? runner.env['PATH'], visible),
        },
    };
}
/** The capability probe's one run: the real sandbox, telemetry on, an empty workspace. */
async function runProbe(runsc, root, depsFor) {
    const { rootfsPath } = root;
    const workspace = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'airlock-probe-'));
    try {
        const options = (0,run_options/* parseRunOptions */.di)({ command: [...runsc_capabilities/* PROBE_COMMAND */.n2], workspace, timeoutSeconds: 60 });
        return await (0,run_sandbox/* runSandbox */.F)({
            command: runsc_capabilities/* PROBE_COMMAND */.n2,
            workspace,
            resultsDir: undefined,
            passEnv: {},
            limits: (0,run_options/* limitsOf */.Af)(options),
            rootfsPath,
            runtime: runtimeOf(runsc),
            arch: runsc.arch,
            telemetry: true,
            ...(root.runner ? { runnerRoot: runnerView(root.runner, undefined) } : {}),
        }, depsFor(runsc));
    }
    finally {
        await (0,promises_.rm)(workspace, { recursive: true, force: true });
    }
}
/** Leftovers of an airlock that was killed outright (SIGKILL, power loss): remove before running. */
async function sweepStale(stateDir, destroy) {
    for (const id of await staleRuns(stateDir)) {
        await destroy(id);
        await disposeRun(stateDir, id);
    }
}
/** The request for one run of `options` on this host's sandbox (with its install phase, if any). */
function sandboxRequest(ready, run) {
    const { options, passEnv, install = null } = run;
    return {
        install,
        command: options.command,
        workspace: options.workspace,
        resultsDir: options.resultsDir,
        passEnv,
        limits: (0,run_options/* limitsOf */.Af)(options),
        rootfsPath: ready.rootfsPath,
        runtime: ready.runtime,
        arch: ready.runsc.arch,
        telemetry: options.telemetry,
        telemetryStatus: (0,runsc_capabilities/* telemetryStatus */.Ee)(options.telemetry, ready.capabilities, ready.runsc),
        ...(ready.runner ? { runnerRoot: runnerView(ready.runner, options.carryPath) } : {}),
    };
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

/***/ 5072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Af: () => (/* binding */ limitsOf),
  di: () => (/* binding */ parseRunOptions)
});

// UNUSED EXPORTS: runOptionsSchema

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
// EXTERNAL MODULE: ./.build/lib/config/shard-spec.js
var shard_spec = __webpack_require__(925);
;// CONCATENATED MODULE: ./.build/lib/config/env-names.js
/** AIRLOCK_* names are Airlock's own settings (state, cache, runsc…): none is a test's variable. */
const reservedPrefix = /^AIRLOCK_/;
const RESERVED_PREFIX_MESSAGE = "uses the AIRLOCK_ prefix, which is reserved for Airlock's own settings";
function isReservedName(name) {
    return reservedPrefix.test(name);
}

// EXTERNAL MODULE: ./.build/lib/config/package-caches.js
var package_caches = __webpack_require__(8533);
;// CONCATENATED MODULE: ./.build/lib/config/run-options.js





const MiB = 1024 * 1024;
// Names that carry credentials of the runner or the action; they never enter the sandbox.
const forbiddenEnv = [/^GITHUB_TOKEN$/, /^ACTIONS_/, /^INPUT_/, /^RUNNER_/];
const fixedEnvNames = new Set(['PATH', 'HOME', 'LANG', 'TZ', 'CI']);
const envName = schemas/* string */.YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'must be a variable name such as NODE_OPTIONS')
    .refine((name) => !isReservedName(name), { message: RESERVED_PREFIX_MESSAGE })
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
// `KIND=DIR`: a host package cache the install phase reads through a throw-away upper layer.
const packageCache = schemas/* string */.YjP()
    .max(1100)
    .transform((text, ctx) => {
    const cache = (0,package_caches/* parsePackageCache */._r)(text);
    if (cache && hostPath.safeParse(cache.hostPath).success)
        return cache;
    ctx.addIssue({
        code: 'custom',
        message: 'must be KIND=DIR: KIND npm, pip or go, DIR an absolute path without commas, colons or whitespace',
    });
    return core/* NEVER */.tm;
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
        .default(2048),
    workspaceWriteMiB: schemas/* number */.aig()
        .int()
        .min(1)
        .max(1024 * 1024)
        .default(8192),
    resultsMiB: schemas/* number */.aig().int().min(1).max(4096).default(16),
    outputLimitMiB: schemas/* number */.aig()
        .int()
        .min(1)
        .max(64 * 1024)
        .default(64),
    env: schemas/* array */.YOg(envName).max(256).default([]),
    platform: schemas/* enum */.k5n(['systrap', 'ptrace']).optional(),
    /** Shell command run first, with egress only to package registries (`sh -c`). */
    install: schemas/* string */.YjP()
        .max(32 * 1024)
        .refine((value) => value.trim() !== '', { message: 'must not be empty' })
        .optional(),
    /** Hosts the install may reach besides the registries (validated by the egress policy). */
    allowHosts: schemas/* array */.YOg(schemas/* string */.YjP().max(253)).max(100).default([]),
    /** Exact addresses the proxy may connect to although not public (a registry mirror). */
    allowAddresses: schemas/* array */.YOg(schemas/* string */.YjP().max(64)).max(32).default([]),
    installOverrides: hostPath.optional(),
    /** Host package caches offered read-only to the install phase, at most one per kind. */
    packageCaches: schemas/* array */.YOg(packageCache)
        .max(8)
        .default([])
        .refine((caches) => new Set(caches.map((c) => c.kind)).size === caches.length, {
        message: 'at most one cache per kind (npm, pip, go)',
    }),
    /** Directory under /workspace the install command starts in. */
    installDir: schemas/* string */.YjP()
        .max(1024)
        .refine((path) => !path.startsWith('/') && !path.split('/').includes('..'), {
        message: 'must be a path inside the workspace (relative, without "..")',
    })
        .optional(),
    telemetry: schemas/* boolean */.zMY().default(true),
    /** The guest's root filesystem: Airlock's image, or the host's own system directories. */
    root: schemas/* enum */.k5n(['runner', 'image']).default('image'),
    /** The caller's PATH, whose entries inside the runner root are carried into the guest (sudo resets PATH). */
    carryPath: schemas/* string */.YjP()
        .max(32 * 1024)
        .optional(),
    json: schemas/* boolean */.zMY().default(false),
    /** INDEX/TOTAL: the guest gets AIRLOCK_SHARD_INDEX and AIRLOCK_SHARD_TOTAL. */
    shard: shard_spec/* shardSpecSchema */.n0.optional(),
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
    shard: '--shard',
    platform: '--platform',
    install: '--install',
    allowHosts: '--allow-host',
    allowAddresses: '--allow-address',
    installOverrides: '--install-overrides',
    packageCaches: '--package-cache',
    installDir: '--install-dir',
};
function optionName(field) {
    const [head] = field.split('.');
    return optionNames[head ?? ''] ?? field;
}


/***/ }),

/***/ 3254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ decideDestination),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   nd: () => (/* binding */ parseEgressPolicy)
/* harmony export */ });
/* unused harmony export hostMatches */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5119);
/* harmony import */ var _config_egress_address_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(787);
/* harmony import */ var _config_egress_ecosystems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(582);
/* harmony import */ var _config_egress_policy_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(948);
// Which destinations the install phase may reach: allowlisted names on web ports, and only when
// every address the name resolves to is public unicast.




/** Parses the user's allow-hosts and caps into a policy; throws ConfigError naming allow-hosts. */
function parseEgressPolicy(input) {
    const parsed = _config_egress_policy_input_js__WEBPACK_IMPORTED_MODULE_2__/* .egressPolicyInputSchema */ .vC.safeParse(input);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => issue.message).join('; ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('allow-hosts', `${problems}. Use hostnames such as pkg.example.com or *.example.com.`);
    }
    const { testAllowances, ...rest } = parsed.data;
    const defaults = rest.ecosystems.flatMap((name) => _config_egress_ecosystems_js__WEBPACK_IMPORTED_MODULE_1__/* .ecosystemHosts */ .yv[name]);
    return {
        hosts: [...new Set([...defaults, ...rest.allowHosts.map(_config_egress_policy_input_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeHost */ .cS)])],
        ports: [...new Set([..._config_egress_policy_input_js__WEBPACK_IMPORTED_MODULE_2__/* .webPorts */ .Fh, ...(testAllowances?.ports ?? [])])],
        allowedAddresses: (testAllowances?.addresses ?? []).map((a) => (0,_config_egress_address_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalAddress */ .Z5)(a) ?? a),
        maxBytes: rest.maxBytes,
        maxConnections: rest.maxConnections,
    };
}
/** The checks that need no DNS: refusing here means a non-allowlisted name is never even looked up. */
function checkName(host, port, policy) {
    const name = (0,_config_egress_policy_input_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeHost */ .cS)(host);
    if (!policy.ports.includes(port))
        return deny('port', `port ${port} is not an allowed port`);
    const canonical = (0,_config_egress_address_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalAddress */ .Z5)(name);
    if (canonical !== undefined) {
        if (policy.allowedAddresses.includes(canonical))
            return undefined;
        return deny('raw-ip', `${host} is an IP address; only allowlisted hostnames are reachable`);
    }
    if (_config_egress_ecosystems_js__WEBPACK_IMPORTED_MODULE_1__/* .refusedNames */ .h6.includes(name) || _config_egress_ecosystems_js__WEBPACK_IMPORTED_MODULE_1__/* .refusedSuffixes */ ._j.some((suffix) => name.endsWith(suffix))) {
        return deny('refused-name', `${host} names a local or cloud-internal service`);
    }
    if (!policy.hosts.some((pattern) => hostMatches(pattern, name))) {
        return deny('host', `${host} is not on the allowlist`);
    }
    return undefined;
}
/** Allows only when the name passes and every resolved address is public (or test-allowed). */
function decideDestination(destination, policy) {
    const { host, port, resolvedAddresses } = destination;
    const nameDenial = checkName(host, port, policy);
    if (nameDenial)
        return nameDenial;
    if (resolvedAddresses.length === 0)
        return deny('unresolved', `${host} resolved to no address`);
    for (const address of resolvedAddresses) {
        const canonical = (0,_config_egress_address_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalAddress */ .Z5)(address);
        if (canonical !== undefined && policy.allowedAddresses.includes(canonical))
            continue;
        const kind = (0,_config_egress_address_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyAddress */ .DV)(address);
        // One bad address refuses the name: a name mixing public and private answers is a rebinding setup.
        if (kind !== 'public') {
            return deny('address', `${host} resolves to ${address} (${kind ?? 'not an IP address'})`);
        }
    }
    const address = resolvedAddresses[0] ?? '';
    return { decision: 'allow', address, reason: `${host} is allowlisted` };
}
function hostMatches(pattern, name) {
    if (pattern.startsWith('*.'))
        return name.endsWith(pattern.slice(1)) && name.length > pattern.length - 1;
    return pattern === name;
}
function deny(rule, reason) {
    return { decision: 'deny', rule, reason };
}


/***/ }),

/***/ 9721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NK: () => (/* binding */ RESULTS_PATH),
/* harmony export */   Qh: () => (/* binding */ WORKSPACE_PATH),
/* harmony export */   Qk: () => (/* binding */ packageCacheEnv),
/* harmony export */   m1: () => (/* binding */ GUEST_UID),
/* harmony export */   oB: () => (/* binding */ guestCachePath),
/* harmony export */   ob: () => (/* binding */ GUEST_GID),
/* harmony export */   r0: () => (/* binding */ GUEST_HOME)
/* harmony export */ });
/* harmony import */ var _config_package_caches_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8533);
// Where things are inside the guest: its user, its home, the workspace, the results directory and
// the package caches offered to the install phase. Shared by the OCI spec and the host's set-up.

/** The guest identity: non-root, the uid GitHub's runner user has, so host files line up. */
const GUEST_UID = 1001;
const GUEST_GID = 1001;
const GUEST_HOME = '/home/airlock';
const WORKSPACE_PATH = '/workspace';
/** Where the guest's package manager of `kind` looks for its cache: below the guest's home. */
function guestCachePath(kind) {
    return `${GUEST_HOME}/${(0,_config_package_caches_js__WEBPACK_IMPORTED_MODULE_0__/* .guestCacheLocation */ .gN)(kind).inHome}`;
}
/**
 * The variables that point each package manager at its offered cache: the runner root's toolchain
 * variables may name a host path (GOMODCACHE), which the guest cannot see.
 */
function packageCacheEnv(caches) {
    return Object.fromEntries(caches.map(({ kind }) => [(0,_config_package_caches_js__WEBPACK_IMPORTED_MODULE_0__/* .guestCacheLocation */ .gN)(kind).variable, guestCachePath(kind)]));
}
const RESULTS_PATH = '/results';


/***/ }),

/***/ 3940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QW: () => (/* binding */ unshareSyscall),
/* harmony export */   WN: () => (/* binding */ decodeMonitorMessage),
/* harmony export */   iG: () => (/* binding */ MAX_MONITOR_MESSAGE)
/* harmony export */ });
/* harmony import */ var protobufjs_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(365);
/* harmony import */ var _strace_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6062);


/**
 * The messages of gVisor's remote monitoring sink, as the host receiver passes them on: each framed
 * by a 4-byte little-endian length, then the sink's 8-byte header (header size, message type, the
 * sentry's count of dropped messages) and the protobuf payload. The sentry is outside what Airlock
 * trusts, so every frame is bounded and decoded defensively; a bad one is counted, never thrown.
 */
/** The receiver reads each message with a 64 KiB buffer; nothing it passes on can be longer. */
const MAX_MONITOR_MESSAGE = 64 * 1024;
const MIN_HEADER = 8;
const MESSAGE_CONTAINER_START = 1;
const MESSAGE_SENTRY_CLONE = 2;
const MESSAGE_SYSCALL_RAW = 6;
const MESSAGE_SYSCALL_OPEN = 7;
const MESSAGE_SYSCALL_CHDIR = 13;
const AT_FDCWD = -100;
const context = {
    fields: {
        timeNs: { type: 'int64', id: 1 },
        threadGroupId: { type: 'int32', id: 4 },
        cwd: { type: 'string', id: 8 },
        processName: { type: 'string', id: 9 },
    },
};
const exit = { fields: { result: { type: 'int64', id: 1 }, errorno: { type: 'int64', id: 2 } } };
// The fields Airlock reads, by their numbers in gVisor's points/{common,container,sentry,syscall}.proto;
// protobuf skips the rest. Open and Chdir share their numbering.
const pathCall = {
    fields: {
        contextData: { type: 'ContextData', id: 1 },
        exit: { type: 'Exit', id: 2 },
        sysno: { type: 'uint64', id: 3 },
        fd: { type: 'int64', id: 4 },
        fdPath: { type: 'string', id: 5 },
        pathname: { type: 'string', id: 6 },
        flags: { type: 'uint32', id: 7 },
    },
};
const schema = protobufjs_light_js__WEBPACK_IMPORTED_MODULE_0__.Root.fromJSON({
    nested: {
        ContextData: context,
        Exit: exit,
        Open: pathCall,
        Start: { fields: { cwd: { type: 'string', id: 3 } } },
        CloneInfo: {
            fields: {
                contextData: { type: 'ContextData', id: 1 },
                createdThreadGroupId: { type: 'int32', id: 4 },
                flags: { type: 'uint64', id: 6 },
            },
        },
        Syscall: {
            fields: {
                contextData: { type: 'ContextData', id: 1 },
                exit: { type: 'Exit', id: 2 },
                sysno: { type: 'uint64', id: 4 },
                arg1: { type: 'uint64', id: 5 },
            },
        },
    },
});
const types = {
    open: schema.lookupType('Open'),
    start: schema.lookupType('Start'),
    clone: schema.lookupType('CloneInfo'),
    raw: schema.lookupType('Syscall'),
};
const openSyscalls = {
    x86_64: { 2: 'open', 85: 'creat', 257: 'openat' },
    aarch64: { 56: 'openat' },
};
const chdirSyscalls = {
    x86_64: { 80: 'chdir', 81: 'fchdir' },
    aarch64: { 49: 'chdir', 50: 'fchdir' },
};
/** unshare(2), the one raw syscall the session asks for (monitor-session.ts). */
const unshareSyscall = { x86_64: 272, aarch64: 97 };
const CLONE_FS = 0x200;
/** One message of the sink (header and payload), read as what the collector understands. */
function decodeMonitorMessage(message, arch, atEpochMs) {
    if (message.length < MIN_HEADER || message.length > MAX_MONITOR_MESSAGE)
        return { type: 'malformed' };
    const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
    const headerSize = view.getUint16(0, true);
    const messageType = view.getUint16(2, true);
    const dropped = view.getUint32(4, true);
    if (headerSize < MIN_HEADER || headerSize > message.length)
        return { type: 'malformed' };
    const payload = message.subarray(headerSize);
    try {
        switch (messageType) {
            case MESSAGE_CONTAINER_START:
                return { type: 'start', dropped, cwd: startCwd(payload) };
            case MESSAGE_SENTRY_CLONE:
                return cloneOf(decode(types.clone, payload), dropped);
            case MESSAGE_SYSCALL_RAW:
                return unshareOf(decode(types.raw, payload), arch, dropped);
            case MESSAGE_SYSCALL_OPEN:
            case MESSAGE_SYSCALL_CHDIR:
                return pathCallOf(decode(types.open, payload), {
                    arch,
                    atEpochMs,
                    dropped,
                    chdir: messageType === MESSAGE_SYSCALL_CHDIR,
                });
            default:
                return { type: 'other', dropped };
        }
    }
    catch {
        return { type: 'malformed' };
    }
}
function decode(type, payload) {
    return type.toObject(type.decode(payload), { longs: Number });
}
function startCwd(payload) {
    const cwd = decode(types.start, payload).cwd ?? '';
    return cwd.startsWith('/') ? cwd : null;
}
function cloneOf(clone, dropped) {
    const parent = clone.contextData?.threadGroupId;
    const child = clone.createdThreadGroupId;
    if (parent === undefined || child === undefined)
        return { type: 'malformed' };
    return { type: 'clone', dropped, parent, child, flags: Number(clone.flags ?? 0) };
}
function unshareOf(raw, arch, dropped) {
    if (Number(raw.sysno ?? -1) !== unshareSyscall[arch])
        return { type: 'other', dropped };
    const refused = Number(raw.exit?.errorno ?? 0) > 0;
    const flags = Number(raw.arg1 ?? 0);
    return !refused && (flags & CLONE_FS) !== 0
        ? { type: 'unshare-fs', dropped }
        : { type: 'other', dropped };
}
function pathCallOf(call, how) {
    const names = (how.chdir ? chdirSyscalls : openSyscalls)[how.arch];
    const syscall = names[Number(call.sysno ?? -1)];
    if (!syscall)
        return { type: 'malformed' };
    const context = call.contextData ?? {};
    const group = context.threadGroupId ?? 0;
    const errno = Number(call.exit?.errorno ?? 0);
    const flags = how.chdir ? '' : flagNames(call.flags ?? 0);
    // A chdir that worked is where the caller now is; one refused is placed as an open would be.
    const moved = how.chdir && context.cwd?.startsWith('/') ? { group, cwd: context.cwd } : undefined;
    const place = moved && errno === 0 ? { path: moved.cwd, relative: null } : placed(call, context.cwd);
    const event = {
        pid: group,
        process: context.processName ?? '',
        syscall,
        args: '',
        errno: errno > 0 ? errno : null,
        atEpochMs: eventTime(context, how.atEpochMs),
        file: place.path === null ? null : { path: place.path, flags },
    };
    const relative = place.relative === null ? null : { group, pathname: place.relative, flags };
    return { type: 'event', dropped: how.dropped, event, relative, ...(moved ? { moved } : {}) };
}
/**
 * When the call happened: the sentry's own clock where the message carries it (messages can wait in
 * the socket for the rest of the run, see monitor-receiver.ts), else when it reached Airlock. A time
 * after its arrival is not believed.
 */
function eventTime(context, arrivedAtEpochMs) {
    const ms = Number(context.timeNs ?? 0) / 1e6;
    return ms > 0 && ms <= arrivedAtEpochMs ? ms : arrivedAtEpochMs;
}
/**
 * The named path made absolute against the directory fd, or the cwd where the message carries it;
 * a path relative to the working directory otherwise, for the collector to place.
 */
function placed(call, cwd) {
    const pathname = call.pathname ?? '';
    const fd = Number(call.fd ?? AT_FDCWD);
    // fchdir names no path: the directory is its fd's.
    if (pathname === '')
        return { path: fd >= 0 ? absolute(call.fdPath) : null, relative: null };
    if (pathname.startsWith('/'))
        return { path: (0,_strace_events_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePath */ .o1)('/', pathname), relative: null };
    if (fd !== AT_FDCWD) {
        // A directory the sentry could not name ("[err: …]") leaves a relative path unplaceable.
        const base = absolute(call.fdPath);
        return { path: base === null ? null : (0,_strace_events_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePath */ .o1)(base, pathname), relative: null };
    }
    if (cwd?.startsWith('/'))
        return { path: (0,_strace_events_js__WEBPACK_IMPORTED_MODULE_1__/* .resolvePath */ .o1)(cwd, pathname), relative: null };
    return { path: null, relative: pathname };
}
function absolute(path) {
    return path?.startsWith('/') ? path : null;
}
// The bits of open(2)'s flags that decide whether an open writes (the same on x86_64 and arm64).
const O_ACCMODE = 0o3;
const flagBits = [
    [0o100, 'O_CREAT'],
    [0o1000, 'O_TRUNC'],
    [0o2000, 'O_APPEND'],
];
function flagNames(flags) {
    const access = ['O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_ACCMODE'][flags & O_ACCMODE] ?? 'O_RDONLY';
    return [access, ...flagBits.filter(([bit]) => (flags & bit) !== 0).map(([, name]) => name)].join('|');
}


/***/ }),

/***/ 409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ MONITOR_CONFIG),
/* harmony export */   PC: () => (/* binding */ monitorSession),
/* harmony export */   hp: () => (/* binding */ MONITOR_SOCKET)
/* harmony export */ });
/* unused harmony export monitoredSyscalls */
/* harmony import */ var _monitor_events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3940);

/**
 * gVisor's runtime monitoring session for the file opens: the sentry sends one binary message per
 * completed open/openat/creat to a socket on the host, instead of two formatted strace lines.
 * File-heavy work (node_modules, test suites) opens tens of thousands of files; this is where the
 * trace spent most of its time. The other traced calls stay in the strace log (trace-syscalls.ts).
 */
/** The session's config, in the run's log directory: runsc reads it at boot (`--pod-init-config`). */
const MONITOR_CONFIG = 'monitor.json';
/** The socket the host's receiver listens on; runsc connects to it when it creates the sandbox. */
const MONITOR_SOCKET = 'monitor.sock';
/** The monitored syscalls: only their exit (one message per call, with its errno). */
const monitoredSyscalls = {
    x86_64: ['open', 'openat', 'creat'],
    aarch64: ['openat'],
};
// Read at exit: when, and the calling process (thread group and name). Not its `cwd`: reading that
// costs the sentry a path walk per open; the host follows each process's directory instead
// (working-directories.ts) from the rare events below, which do carry it.
const contextFields = ['time', 'group_id', 'process_name'];
/**
 * The session for one sandbox. `container/start` comes first and shows the session is live. A full
 * socket makes the sentry retry (sleeping, up to 1 ms apart) rather than drop: a flooding guest is
 * slowed, as with the strace pipe, not blinded.
 */
function monitorSession(arch, endpoint) {
    return {
        trace_session: {
            name: 'Default',
            points: [
                { name: 'container/start' },
                // A new process: whose, and whether it shares its parent's directory (CLONE_FS).
                { name: 'sentry/clone', context_fields: ['group_id'] },
                { name: 'syscall/chdir/exit', context_fields: [...contextFields, 'cwd'] },
                {
                    name: 'syscall/fchdir/exit',
                    optional_fields: ['fd_path'],
                    context_fields: [...contextFields, 'cwd'],
                },
                // unshare(CLONE_FS) gives one thread its own directory.
                { name: `syscall/sysno/${_monitor_events_js__WEBPACK_IMPORTED_MODULE_0__/* .unshareSyscall */ .QW[arch]}/exit`, context_fields: ['group_id'] },
                ...monitoredSyscalls[arch].map((syscall) => ({
                    name: `syscall/${syscall}/exit`,
                    ...(syscall === 'openat' ? { optional_fields: ['fd_path'] } : {}),
                    context_fields: contextFields,
                })),
            ],
            sinks: [
                {
                    name: 'remote',
                    config: { endpoint, retries: 2 ** 31 - 1, backoff: '20us', backoff_max: '1ms' },
                },
            ],
        },
    };
}


/***/ }),

/***/ 5339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nr: () => (/* binding */ cpuQuota),
/* harmony export */   Op: () => (/* binding */ hostPidsBackstop),
/* harmony export */   pH: () => (/* binding */ buildOciSpec)
/* harmony export */ });
/* unused harmony exports seccompProfile, fixedEnv, proxyEnv */
/* harmony import */ var _guest_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9721);

const HOME_BYTES = 64 * 1024 * 1024;
const SHM_BYTES = 64 * 1024 * 1024;
// Namespace flags of clone(2) and unshare(2); a new user namespace would give the guest
// CAP_SYS_ADMIN over itself, which exempts it from RLIMIT_NPROC, so namespace creation is refused.
const CLONE_NAMESPACE_FLAGS = [
    0x00020000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000,
];
const EPERM = 1;
/**
 * The in-sandbox seccomp profile (gVisor applies it with --oci-seccomp). Only what would weaken
 * containment is refused here: namespace creation and ptrace. Everything else privileged (mount,
 * chroot, module loading…) is refused by gVisor's own permission checks, where its trace sees the
 * attempt; the sentry logs each refusal here (with --debug), so these attempts are reported too.
 *
 * clone3 passes its flags in memory a filter cannot read. SCMP_ACT_TRACE with no tracer answers
 * ENOSYS without running the call (seccomp(2)), so libc falls back to clone, which is filtered;
 * this runsc answers SCMP_ACT_ERRNO with EPERM whatever errnoRet says, which would break threads.
 * ptrace is refused because a tracer with PTRACE_O_TRACESECCOMP would let that clone3 through.
 */
function seccompProfile(arch) {
    return {
        defaultAction: 'SCMP_ACT_ALLOW',
        architectures: [arch === 'x86_64' ? 'SCMP_ARCH_X86_64' : 'SCMP_ARCH_AARCH64'],
        syscalls: [
            { names: ['setns', 'ptrace'], action: 'SCMP_ACT_ERRNO', errnoRet: EPERM },
            // unshare without namespace flags (CLONE_FS, CLONE_FILES) stays allowed.
            ...['clone', 'unshare'].flatMap((name) => CLONE_NAMESPACE_FLAGS.map((flag) => ({
                names: [name],
                action: 'SCMP_ACT_ERRNO',
                errnoRet: EPERM,
                args: [{ index: 0, value: flag, valueTwo: flag, op: 'SCMP_CMP_MASKED_EQ' }],
            }))),
            { names: ['clone3'], action: 'SCMP_ACT_TRACE' },
        ],
    };
}
const fixedEnv = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME: _guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .GUEST_HOME */ .r0,
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    CI: 'true',
    AIRLOCK_RESULTS_DIR: _guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULTS_PATH */ .NK,
};
/**
 * Where installers look for a proxy. They only make well-behaved clients use it: the namespace has
 * no other route, so a client that ignores them reaches nothing.
 */
function proxyEnv(proxyUrl) {
    const env = { NO_PROXY: '', no_proxy: '' };
    for (const name of [
        'HTTP_PROXY',
        'HTTPS_PROXY',
        'http_proxy',
        'https_proxy',
        'npm_config_proxy',
        'npm_config_https_proxy',
        'YARN_HTTP_PROXY',
        'YARN_HTTPS_PROXY',
        'PIP_PROXY',
    ])
        env[name] = proxyUrl;
    return env;
}
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
    const env = {
        ...plan.passEnv,
        ...(plan.network ? proxyEnv(plan.network.proxyUrl) : {}),
        ...fixedEnv,
        ...plan.runnerRoot?.env,
        ...(0,_guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .packageCacheEnv */ .Qk)(plan.cacheViews ?? []),
    };
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
            user: { uid: _guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .GUEST_UID */ .m1, gid: _guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .GUEST_GID */ .ob, additionalGids: [] },
            args: [...plan.args],
            env: Object.entries(env).map(([name, value]) => `${name}=${value}`),
            cwd: _guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKSPACE_PATH */ .Qh,
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
            ...(plan.runnerRoot?.mounts ?? []),
            { destination: '/proc', type: 'proc', source: 'proc' },
            {
                destination: '/sys',
                type: 'sysfs',
                source: 'sysfs',
                options: ['nosuid', 'noexec', 'nodev', 'ro'],
            },
            plan.tmpHostPath
                ? bind('/tmp', plan.tmpHostPath)
                : tmpfs('/tmp', limits.tmpBytes, 'mode=1777'),
            tmpfs('/dev/shm', SHM_BYTES, 'mode=1777'),
            plan.homeHostPath
                ? bind(_guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .GUEST_HOME */ .r0, plan.homeHostPath)
                : tmpfs(_guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .GUEST_HOME */ .r0, HOME_BYTES, 'mode=0700', `uid=${_guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .GUEST_UID */ .m1}`, `gid=${_guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .GUEST_GID */ .ob}`),
            ...(plan.cacheViews ?? []).map((view) => bind((0,_guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .guestCachePath */ .oB)(view.kind), view.viewPath)),
            bind(_guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .WORKSPACE_PATH */ .Qh, plan.workspaceHostPath),
            bind(_guest_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULTS_PATH */ .NK, plan.resultsHostPath),
        ],
        linux: {
            cgroupsPath: plan.cgroupsPath,
            resources: {
                memory: { limit: limits.memoryBytes },
                cpu: cpuQuota(limits.cpus),
                pids: { limit: hostPidsBackstop(limits.pids) },
            },
            namespaces: [
                ...['pid', 'ipc', 'uts', 'mount'].map((type) => ({ type })),
                plan.network ? { type: 'network', path: plan.network.nsPath } : { type: 'network' },
            ],
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


/***/ }),

/***/ 4461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ runSandbox)
});

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
    if (signals.pidsRefusals > 0 || signals.forkRefusals > 0 || signals.tasksAtLimit)
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

// EXTERNAL MODULE: ./.build/lib/sandbox/oci-spec.js
var oci_spec = __webpack_require__(5339);
// EXTERNAL MODULE: ./.build/lib/sandbox/monitor-events.js
var monitor_events = __webpack_require__(3940);
;// CONCATENATED MODULE: ./.build/lib/sandbox/monitor-frames.js

/** Each message the receiver passes on comes behind its 4-byte little-endian length. */
const FRAME_LENGTH = 4;
/**
 * Splits the receiver's output into messages as chunks arrive. A length beyond what the receiver
 * can pass on means the stream is not its: the rest is refused.
 */
class MonitorFrames {
    emit;
    pending = Buffer.alloc(0);
    broken = false;
    constructor(emit) {
        this.emit = emit;
    }
    /** False once the stream broke its framing (everything after is ignored). */
    get intact() {
        return !this.broken;
    }
    push(chunk) {
        if (this.broken)
            return;
        let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
        while (data.length >= FRAME_LENGTH) {
            const length = data.readUInt32LE(0);
            if (length > monitor_events/* MAX_MONITOR_MESSAGE */.iG) {
                this.broken = true;
                this.pending = Buffer.alloc(0);
                return;
            }
            if (data.length < FRAME_LENGTH + length)
                break;
            this.emit(data.subarray(FRAME_LENGTH, FRAME_LENGTH + length));
            data = data.subarray(FRAME_LENGTH + length);
        }
        this.pending = Buffer.from(data);
    }
    /** Whether the stream ended on a frame boundary. */
    end() {
        return !this.broken && this.pending.length === 0;
    }
}

// EXTERNAL MODULE: ./.build/lib/sandbox/monitor-session.js
var monitor_session = __webpack_require__(409);
// EXTERNAL MODULE: ./.build/lib/sandbox/strace-events.js
var strace_events = __webpack_require__(6062);
;// CONCATENATED MODULE: ./.build/lib/sandbox/trace-backlog.js
/**
 * Holds what the trace and the runtime monitor deliver while the sandbox runs, in arrival order,
 * and hands it on once the run has ended. Decoding as it arrives takes host CPU from a sandbox that
 * needs both cores: on a 2-core runner, reading each open's message in Airlock cost the guest about
 * 7 µs of wall time per open, three times Airlock's own CPU for it. At `limitBytes` held, the
 * backlog is handed on at once, so a flood of messages never sits in memory beyond that.
 */
class TraceBacklog {
    limitBytes;
    pending = [];
    bytes = 0;
    constructor(limitBytes) {
        this.limitBytes = limitBytes;
    }
    /** Queues `work` on `bytes` that arrived now; runs the backlog if it reached the limit. */
    add(bytes, work) {
        this.pending.push(work);
        this.bytes += bytes;
        if (this.bytes >= this.limitBytes)
            this.drain();
    }
    /** Runs everything queued, in arrival order. */
    drain() {
        const pending = this.pending;
        this.pending = [];
        this.bytes = 0;
        for (const work of pending)
            work();
    }
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/trace-lines.js
/**
 * Splits the sentry's trace stream into lines as chunks arrive. The stream is guest-shaped, so a
 * line is held only up to `maxLine` characters: an overlong one is passed on cut to `maxLine + 1`
 * (the parser refuses it as too long) and its rest is skipped up to the next newline.
 */
class TraceLineSplitter {
    maxLine;
    emit;
    pending = '';
    skipping = false;
    constructor(maxLine, emit) {
        this.maxLine = maxLine;
        this.emit = emit;
    }
    push(chunk) {
        let start = 0;
        for (;;) {
            const newline = chunk.indexOf('\n', start);
            if (newline === -1) {
                this.hold(chunk.slice(start));
                return;
            }
            this.hold(chunk.slice(start, newline));
            if (!this.skipping)
                this.emit(this.pending);
            this.pending = '';
            this.skipping = false;
            start = newline + 1;
        }
    }
    /** A last line without its newline still counts (a writer killed mid-line). */
    end() {
        if (!this.skipping && this.pending.length > 0)
            this.emit(this.pending);
        this.pending = '';
        this.skipping = false;
    }
    hold(part) {
        if (this.skipping)
            return;
        this.pending += part;
        if (this.pending.length > this.maxLine) {
            this.emit(this.pending.slice(0, this.maxLine + 1));
            this.pending = '';
            this.skipping = true;
        }
    }
}

// EXTERNAL MODULE: ./.build/lib/sandbox/trace-syscalls.js
var trace_syscalls = __webpack_require__(3526);
;// CONCATENATED MODULE: ./.build/lib/sandbox/classify-violation.js


const EAGAIN = 11;
const MAX_ARGV = 8;
const MAX_ARG = 120;
const privileged = new Set(trace_syscalls/* privilegedSyscalls */.CF);
// Calls that name a file or directory. A chdir into a credential directory is read as an open of it.
const fileCalls = new Set([
    'open',
    'openat',
    'creat',
    'mkdir',
    'mkdirat',
    'unlink',
    'unlinkat',
    'chdir',
    'fchdir',
]);
// Programs whose execution in a test run is worth a maintainer's look.
const notablePrograms = [
    [/^(?:sh|bash|dash|zsh|ksh|mksh|ash|busybox)$/, 'shell'],
    [/^(?:curl|wget|nc|ncat|netcat|socat|ssh|scp|sftp|ftp|tftp|telnet|rsync)$/, 'network tool'],
    [/^(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|tcc|as|ld|rustc|go)(?:-\d+)?$/, 'compiler'],
    [/^(?:xmrig|minerd|cpuminer|ethminer|nbminer|t-rex|lolminer|phoenixminer|nanominer)$/i, 'miner'],
    // Their refused unshare/setns is reported too; the tool names what was attempted.
    [/^(?:unshare|nsenter|bwrap|firejail|newuidmap|newgidmap|capsh|chroot)$/, 'namespace tool'],
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
    if (event.seccompRefused)
        return seccompRefusal(event);
    // unshare(CLONE_FS) and the like create no namespace; the sentry renders flags by name.
    if (syscall === 'unshare' && !event.args.includes('CLONE_NEW'))
        return null;
    if (privileged.has(syscall))
        return { kind: 'privilege', syscall, detail: `${syscall} attempted${outcome(event)}` };
    if (syscall === 'socket')
        return rawSocket(event);
    if (syscall === 'connect' || syscall === 'sendto' || syscall === 'sendmsg' || syscall === 'bind')
        return network(event, context);
    if (syscall === 'execve' || syscall === 'execveat')
        return execution(event);
    if (['clone', 'fork', 'vfork'].includes(syscall)) {
        return event.errno === EAGAIN
            ? { kind: 'resource', syscall, detail: 'process creation refused by the process limit' }
            : null;
    }
    if (fileCalls.has(syscall))
        return fileAccess(event, context);
    return null;
}
// What the profile refuses (oci-spec.ts): a clone is refused only for its namespace flags.
const refusedWhat = {
    clone: 'clone with namespace flags',
    unshare: 'unshare with namespace flags',
    setns: 'setns',
    ptrace: 'ptrace',
};
function seccompRefusal(event) {
    // clone3 is answered ENOSYS so that libc falls back to clone: every thread start probes it.
    const what = refusedWhat[event.syscall];
    if (!what)
        return null;
    return {
        kind: 'privilege',
        syscall: event.syscall,
        detail: `${what} attempted (refused by the sandbox's seccomp profile)`,
    };
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
function network(event, context) {
    const address = (0,strace_events/* socketAddressIn */.vM)(event.args);
    if (!address || isLoopback(address.address))
        return null;
    const { proxy } = context;
    if (proxy && address.address === proxy.address && address.port === proxy.port)
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
    const exec = (0,strace_events/* execIn */.Xm)(event.args);
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
        kind: notable[1] === 'namespace tool' ? 'privilege' : 'process',
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
    const target = event.file !== undefined ? event.file : (0,strace_events/* pathIn */.lW)(event.syscall, event.args);
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

// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
;// CONCATENATED MODULE: ./.build/lib/sandbox/set-newest.js
/**
 * Sets `key` as the newest entry of an insertion-ordered map bounded to `limit` entries: the
 * oldest one goes first when it is full. What a guest can grow without end stays bounded this way.
 */
function setNewest(map, key, value, limit) {
    map.delete(key);
    if (map.size >= limit) {
        const oldest = map.keys().next();
        if (!oldest.done)
            map.delete(oldest.value);
    }
    map.set(key, value);
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/working-directories.js

/**
 * Each guest process's working directory, followed through the runtime monitor's rare events (the
 * container's start, clone, chdir/fchdir, unshare) so that an open need not carry it. Asking the
 * sentry for the caller's `cwd` on every open costs it a path walk per message, the larger part of
 * what telemetry added to file-heavy work.
 *
 * Linux's model, kept per thread group (the monitor's `group_id`, already on every open): a process
 * created with CLONE_FS shares its parent's directory (a chdir in either moves both), any other gets
 * a copy. Within a group the threads share one directory unless a thread was created without
 * CLONE_FS or called unshare(CLONE_FS); the group id alone can then no longer say which directory a
 * thread opens from. From then on the ledger is uncertain and offers every directory the run has
 * used, so that a relative open is placed under each and nothing it reached is missed.
 */
const CLONE_FS = 0x200;
const CLONE_THREAD = 0x10000;
// Bounds for a guest that forks or changes directory without end (its process limit comes first).
const MAX_GROUPS = 65_536;
const MAX_DIRECTORIES = 256;
class WorkingDirectories {
    groups = new Map();
    // The directories the run used, most recent last (a map only for its bounded insertion order).
    seen = new Map();
    initial;
    uncertainSince = null;
    constructor(initial) {
        this.initial = initial;
        this.remember(initial);
    }
    /** The container's first process starts in `cwd` (the session's start message). */
    started(cwd) {
        this.initial = cwd;
        this.remember(cwd);
    }
    /** `parent` created a thread or process in group `child` with clone(2)'s `flags`. */
    cloned(parent, child, flags) {
        const from = this.of(parent);
        if ((flags & CLONE_THREAD) !== 0) {
            if ((flags & CLONE_FS) === 0)
                this.becomeUncertain('a thread created without CLONE_FS');
            return;
        }
        this.set(child, (flags & CLONE_FS) !== 0 ? from : { cwd: from.cwd });
    }
    /** A chdir or fchdir in `group` returned; `cwd` is where the caller now is. */
    changed(group, cwd) {
        this.of(group).cwd = cwd;
        this.remember(cwd);
    }
    /** unshare(CLONE_FS) succeeded in `group`: one of its threads now has its own directory. */
    unsharedFs() {
        this.becomeUncertain('unshare(CLONE_FS)');
    }
    /** Where a relative path opened by `group` may be: one directory, or every one the run used. */
    candidates(group) {
        const cwd = this.of(group).cwd;
        if (this.uncertainSince === null)
            return [cwd];
        return [cwd, ...[...this.seen.keys()].filter((seen) => seen !== cwd)];
    }
    /** Why the ledger stopped knowing each group's one directory, or null while it knows. */
    get uncertainty() {
        return this.uncertainSince;
    }
    becomeUncertain(why) {
        this.uncertainSince ??= why;
    }
    of(group) {
        const known = this.groups.get(group);
        if (known)
            return known;
        // The container's first process has no clone message: it starts where the container does.
        const first = { cwd: this.initial };
        this.set(group, first);
        return first;
    }
    set(group, directory) {
        setNewest(this.groups, group, directory, MAX_GROUPS);
    }
    // The most recent directories are kept: the one a relative open was made from is among them.
    remember(cwd) {
        setNewest(this.seen, cwd, null, MAX_DIRECTORIES);
    }
}

;// CONCATENATED MODULE: ./.build/lib/sandbox/violation-collector.js







const MAX_VIOLATIONS = 200;
const MAX_DETAIL = 400;
const MAX_PROCESS = 64;
// Process names by pid, for seccomp refusals (their log line names only the pid).
const MAX_NAMED_PIDS = 4096;
/**
 * Reads the sentry's trace a line at a time (a flooded log never sits in memory whole), counts
 * refused forks and turns security-relevant attempts into deduplicated, bounded violations.
 */
class ViolationCollector {
    byKey = new Map();
    forkRefusals = 0;
    linesRead = 0;
    malformedLines = 0;
    dropped = 0;
    names = new Map();
    monitor = { started: false, messages: 0, malformed: 0, dropped: 0 };
    // Where each guest process is, for the relative paths the monitor's opens name.
    directories = new WorkingDirectories('/');
    context;
    startedAtEpochMs;
    recordViolations;
    arch;
    constructor(options) {
        this.context = options.context;
        this.startedAtEpochMs = options.startedAtEpochMs;
        this.recordViolations = options.recordViolations;
        this.arch = options.arch;
    }
    add(line) {
        this.linesRead += 1;
        const event = (0,strace_events/* parseTraceLine */.Fn)(line, trace_syscalls/* seccompRefusedSyscalls */.P9[this.arch]);
        if (!event) {
            if (line.length > 0)
                this.malformedLines += 1;
            return;
        }
        this.record(event);
    }
    /** One message of the runtime monitor (monitor-events.ts), received at `atEpochMs`. */
    addMonitorMessage(message, atEpochMs) {
        this.monitor.messages += 1;
        const decoded = (0,monitor_events/* decodeMonitorMessage */.WN)(message, this.arch, atEpochMs);
        if (decoded.type === 'malformed') {
            this.monitor.malformed += 1;
            return;
        }
        this.monitor.dropped = Math.max(this.monitor.dropped, decoded.dropped);
        switch (decoded.type) {
            case 'start':
                this.monitor.started = true;
                if (decoded.cwd !== null)
                    this.directories.started(decoded.cwd);
                return;
            case 'clone':
                this.directories.cloned(decoded.parent, decoded.child, decoded.flags);
                return;
            case 'unshare-fs':
                this.directories.unsharedFs();
                return;
            case 'event':
                this.recordPlaced(decoded.event, decoded.relative);
                if (decoded.moved)
                    this.directories.changed(decoded.moved.group, decoded.moved.cwd);
                return;
            case 'other':
                return;
            default:
                (0,errors/* assertNever */.xb)(decoded);
        }
    }
    /** An event whose path is relative to its caller's directory, placed under each it may be in. */
    recordPlaced(event, relative) {
        if (relative === null) {
            this.record(event);
            return;
        }
        for (const cwd of this.directories.candidates(relative.group))
            this.record({
                ...event,
                file: { path: (0,strace_events/* resolvePath */.o1)(cwd, relative.pathname), flags: relative.flags },
            });
    }
    record(event) {
        const process = this.processName(event.pid, event.process).slice(0, MAX_PROCESS);
        const candidate = classifyEvent(event, this.context);
        if (!candidate)
            return;
        if (candidate.kind === 'resource')
            this.forkRefusals += 1;
        if (!this.recordViolations)
            return;
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
    /** The name the trace last gave this pid (an unnamed refusal borrows it), else `pid N`. */
    processName(pid, name) {
        if (name === '')
            return this.names.get(pid) ?? `pid ${pid}`;
        if (this.names.get(pid) !== name)
            setNewest(this.names, pid, name, MAX_NAMED_PIDS);
        return name;
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
            monitor: { ...this.monitor },
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
// Once runsc has exited, its sandbox has let go of the trace; this long for what is still in the pipe.
const TRACE_END_MS = 5000;
// The trace and monitor output held until the run ends (trace-backlog.ts): about 400,000 opens.
const TRACE_BACKLOG_BYTES = 32 * 1024 * 1024;
/** Runs one command in a fresh gVisor sandbox and always leaves the host as it found it. */
async function runSandbox(request, deps) {
    const host = await deps.host.prepare(deps.newId(), {
        workspace: request.workspace,
        limits: request.limits,
        layers: request.layers,
    });
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
    await host.writeBundle((0,oci_spec/* buildOciSpec */.pH)({
        ...request,
        args: request.command,
        workspaceHostPath: host.workspacePath,
        resultsHostPath: host.resultsPath,
        cgroupsPath: host.cgroupsPath,
        network: request.network,
        homeHostPath: host.homePath,
        tmpHostPath: host.tmpPath,
    }));
    const runsc = deps.runscFor(host.logDir, request.telemetry, request.network ? 'sandbox' : 'none');
    const stopper = new Stopper(runsc, host.id, limits.graceMs);
    const streams = new StreamCollector(limits.outputLimitBytes, deps.log, () => stopper.stop('outputLimitHit', 0));
    const startedAtEpochMs = deps.epochMs();
    const collector = new ViolationCollector({
        context: {
            workspaceLinks: host.workspaceLinks,
            ...(request.network ? { proxy: request.network.proxy } : {}),
        },
        startedAtEpochMs,
        recordViolations: request.telemetry,
        arch: request.arch,
    });
    const lines = new TraceLineSplitter(strace_events/* MAX_TRACE_LINE */.ij, (line) => collector.add(line));
    // Each chunk of monitor messages keeps the time it arrived, for when its violations happened.
    let arrivedAtEpochMs = 0;
    const frames = new MonitorFrames((message) => collector.addMonitorMessage(message, arrivedAtEpochMs));
    const backlog = new TraceBacklog(TRACE_BACKLOG_BYTES);
    // With telemetry, opens come from the runtime monitor; it listens before the sandbox starts.
    const monitor = request.telemetry
        ? await host.openMonitor((endpoint) => (0,monitor_session/* monitorSession */.PC)(request.arch, endpoint), (chunk) => {
            const at = deps.epochMs();
            backlog.add(chunk.length, () => {
                arrivedAtEpochMs = at;
                frames.push(chunk);
            });
        })
        : null;
    const tracePipe = host.openTrace((text) => backlog.add(text.length, () => lines.push(text)));
    const tasks = new TaskSampler(() => runsc.taskCount(host.id));
    let status;
    let durationMs;
    let traceEnded;
    try {
        const started = deps.now();
        const running = runsc.run(host.id, host.bundleDir, streams.sinks);
        stopper.attach(running);
        // A sentry that lost a host process to the OOM killer can hang instead of exiting: stop it.
        const unwatch = host.watchOomKill(() => stopper.stop('memoryLimitHit', 0));
        tasks.start();
        status = await waitWithLimits(running.exit, stopper, { limits, signal: deps.signal });
        await tasks.stop();
        unwatch();
        durationMs = Math.max(0, Math.round(deps.now() - started));
        stopper.cancel();
        await running.streamsClosed;
        const [pipeEnded, monitorEnded] = await Promise.all([
            tracePipe.finish(TRACE_END_MS),
            monitor ? monitor.finish(TRACE_END_MS) : true,
        ]);
        backlog.drain();
        traceEnded = pipeEnded && monitorEnded && frames.end();
    }
    finally {
        tracePipe.abandon();
        monitor?.abandon();
    }
    lines.end();
    streams.finish();
    const stats = await host.readStats();
    const trace = summarise(collector, traceEnded, monitor !== null);
    const results = request.resultsDir ? await host.collectResults(request.resultsDir) : [];
    const signals = {
        exitStatus: status === RUNSC_FAILURE ? null : status,
        timedOut: stopper.reasons.timedOut,
        outputLimitHit: stopper.reasons.outputLimitHit,
        interrupted: stopper.reasons.interrupted,
        oomKills: stats.oomKills,
        pidsRefusals: stats.pidsRefusals,
        forkRefusals: trace.forkRefusals,
        tasksAtLimit: tasks.peak >= limits.pids,
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
        ...(request.telemetryStatus ? { telemetry: request.telemetryStatus } : {}),
    };
}
async function waitWithLimits(exit, stopper, options) {
    const { limits, signal } = options;
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
// A fork bomb holds the guest at its task limit for as long as it runs; one sample a second finds it.
const TASK_SAMPLE_MS = 1000;
/** Samples the guest's task count while the sandbox runs and keeps the highest seen. */
class TaskSampler {
    read;
    peak = 0;
    timer;
    pending = null;
    constructor(read) {
        this.read = read;
    }
    start() {
        this.timer = setInterval(() => this.sample(), TASK_SAMPLE_MS);
    }
    /** No further sample starts; resolves once the one under way (a runsc process) has ended. */
    async stop() {
        clearInterval(this.timer);
        await this.pending;
    }
    sample() {
        if (this.pending)
            return;
        this.pending = this.read()
            .then((count) => {
            if (count !== null)
                this.peak = Math.max(this.peak, count);
        })
            .catch(() => undefined)
            .finally(() => (this.pending = null));
    }
}
function sandboxError(signals, streams) {
    if (signals.interrupted)
        return 'interrupted: airlock received a termination signal and stopped the sandbox';
    return `runsc ended without a status for the command (exit ${RUNSC_FAILURE}): ${streams.stderr.text().trim().slice(-2000) || 'no message'}`;
}
function summarise(collector, traceEnded, monitored) {
    const summary = collector.summary();
    const { monitor } = summary;
    const gaps = [
        traceEnded ? null : 'the trace did not end with the sandbox; later events were not recorded',
        monitored && !monitor.started
            ? 'the runtime monitor reported no session start; file opens were not recorded'
            : null,
        monitor.dropped > 0 ? `the runtime monitor dropped ${monitor.dropped} file-open events` : null,
        monitor.malformed > 0
            ? `${monitor.malformed} runtime monitor messages could not be read`
            : null,
    ].filter((detail) => detail !== null);
    if (gaps.length === 0)
        return summary;
    const cuts = gaps.map((detail) => ({
        kind: 'resource',
        syscall: 'trace',
        detail,
        process: 'airlock',
        count: 1,
        firstAtMs: 0,
    }));
    return { ...summary, violations: [...summary.violations, ...cuts] };
}


/***/ }),

/***/ 5780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ featuresSeen),
/* harmony export */   ES: () => (/* binding */ TELEMETRY_FEATURES),
/* harmony export */   Ee: () => (/* binding */ telemetryStatus),
/* harmony export */   n2: () => (/* binding */ PROBE_COMMAND)
/* harmony export */ });
const TELEMETRY_FEATURES = [
    'syscall-trace',
    'file-monitor',
    'seccomp-refusals',
];
/**
 * The probe: a refused directory outside the writable areas shows the syscall trace works (a mkdir
 * exit line the collector understood), reading a credential file shows the runtime monitor reports
 * opens, a refused `unshare -U` shows seccomp refusals reach the log. All run as the guest user in
 * the real sandbox, so the probe exercises exactly the flags a run passes.
 */
const PROBE_COMMAND = [
    '/bin/sh',
    '-c',
    'mkdir /etc/airlock-probe 2>/dev/null; cat /etc/shadow >/dev/null 2>&1; unshare -U true >/dev/null 2>&1; exit 0',
];
/** Which telemetry features the probe's violations prove, by kind and syscall (never by text). */
function featuresSeen(violations) {
    const seen = [];
    if (violations.some((v) => v.kind === 'filesystem' && v.syscall.startsWith('mkdir')))
        seen.push('syscall-trace');
    if (violations.some((v) => v.kind === 'filesystem' && v.syscall.startsWith('open')))
        seen.push('file-monitor');
    if (violations.some((v) => v.kind === 'privilege' && v.syscall === 'unshare'))
        seen.push('seccomp-refusals');
    return seen;
}
const featureNames = {
    'syscall-trace': 'the syscall trace (network, process and file-write violations)',
    'file-monitor': 'the runtime monitor (credential and secret file reads)',
    'seccomp-refusals': 'seccomp refusal logs (namespace and ptrace attempts)',
};
/** What a run on this runsc reports about its telemetry. */
function telemetryStatus(requested, capabilities, runsc) {
    if (!requested)
        return {
            available: false,
            missing: [...TELEMETRY_FEATURES],
            reason: 'telemetry was turned off (--no-telemetry): runtime violations were not collected',
        };
    const missing = TELEMETRY_FEATURES.filter((f) => !capabilities.features.includes(f));
    if (missing.length === 0)
        return { available: true, missing: [], reason: null };
    return {
        available: false,
        missing,
        reason: `runsc ${runsc.version} (${runsc.path}) does not provide ${missing.map((f) => featureNames[f]).join(' or ')}; violations of those kinds could not be seen. Run 'airlock setup' as root to install a runsc that does.`,
    };
}


/***/ }),

/***/ 6062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ parseTraceLine),
/* harmony export */   Xm: () => (/* binding */ execIn),
/* harmony export */   ij: () => (/* binding */ MAX_TRACE_LINE),
/* harmony export */   lW: () => (/* binding */ pathIn),
/* harmony export */   o1: () => (/* binding */ resolvePath),
/* harmony export */   vM: () => (/* binding */ socketAddressIn)
/* harmony export */ });
/** The sentry's longest lines (execve with its argv) stay far below this; longer ones are not its. */
const MAX_TRACE_LINE = 16 * 1024;
// `strace.go:605] [   2:   2] python3 X connect(0x3 socket:[1], …) = 0 (0x0) errno=113 (no route to host) (28.2µs)`
// runsc before 2023 logs the same line without its source prefix (`[   2:   2] python3 X …`).
const exitLine = /^(?:strace\.go:\d+\] )?\[\s*(\d+):\s*\d+\] (.{0,16}?) X (\w+)\((.*)\) = -?\d+ \(0x[0-9a-f]+\)(?: errno=(\d+) \([^)]*\))? \([^()]*\)$/s;
// `task_syscall.go:241] [   1:   1] Syscall 272: denied by seccomp` (logged with --debug only)
const seccompLine = /^(?:task_syscall\.go:\d+\] )?\[\s*(\d+):\s*\d+\] Syscall (\d{1,4}): denied by seccomp$/;
const EPERM = 1;
const ENOSYS = 38;
/**
 * Parses one log line; anything that is not a well-formed sentry exit line, or a seccomp refusal of
 * a syscall in `refusable` (number -> name), is null (data, not a log line).
 */
function parseTraceLine(line, refusable) {
    if (line.length === 0 || line.length > MAX_TRACE_LINE)
        return null;
    // Half the lines are syscall entries; only exits and refusals are read (a cheap test first).
    if (!line.includes(' X ') && !line.includes('denied by seccomp'))
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
    const atEpochMs = Date.parse(time);
    if (Number.isNaN(atEpochMs))
        return null;
    const refusal = seccompLine.exec(msg);
    if (refusal)
        return refusalEvent({
            pid: Number(refusal[1]),
            sysno: Number(refusal[2]),
            atEpochMs,
            refusable,
        });
    const match = exitLine.exec(msg);
    if (!match)
        return null;
    const [, pid, process, syscall, args, errno] = match;
    if (!pid || !syscall || args === undefined)
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
function refusalEvent(refusal) {
    const { pid, sysno, atEpochMs, refusable } = refusal;
    const syscall = Object.hasOwn(refusable, sysno) ? refusable[sysno] : undefined;
    if (!syscall)
        return null;
    // The profile answers clone3 through SCMP_ACT_TRACE (ENOSYS) and everything else with EPERM.
    const errno = syscall === 'clone3' ? ENOSYS : EPERM;
    return { pid, process: '', syscall, args: '', errno, atEpochMs, seccompRefused: true };
}
/** `{Family: AF_INET, Addr: 192.0.2.2, Port: 80}` as rendered by the sentry. */
function socketAddressIn(args) {
    const match = /\{Family: (AF_INET6?), Addr: ([0-9a-fA-F.:]{1,45}), Port: (\d{1,5})\}/.exec(args);
    if (!match?.[1] || !match[2] || !match[3])
        return null;
    return { family: match[1], address: match[2], port: Number(match[3]) };
}
/**
 * The path an open/openat/creat/mkdir/unlink call named, resolved against its directory fd where
 * relative; null where it cannot be placed (a relative path of a call without a directory fd, which
 * the sentry renders as given).
 */
function pathIn(syscall, args) {
    const at = /^(?:AT_FDCWD|0x[0-9a-f]+) (.*?), 0x[0-9a-f]+ (.*?)(?:, ([A-Z0-9_|x]+))?(?:, 0o[0-7]+)?$/s;
    const plain = /^0x[0-9a-f]+ (.*?)(?:, ([A-Z0-9_|x]+))?(?:, 0o[0-7]+)?$/s;
    if (syscall.endsWith('at')) {
        const match = at.exec(args);
        if (!match || match[2] === undefined)
            return null;
        return { path: resolvePath(match[1] ?? '/', match[2]), flags: match[3] ?? '' };
    }
    const match = plain.exec(args);
    if (!match || match[1] === undefined || !match[1].startsWith('/'))
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
/** `path` made absolute against `cwd` where relative, with `.` and `..` taken out. */
function resolvePath(cwd, path) {
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


/***/ }),

/***/ 3526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ privilegedSyscalls),
/* harmony export */   P9: () => (/* binding */ seccompRefusedSyscalls),
/* harmony export */   a0: () => (/* binding */ traceSyscalls)
/* harmony export */ });
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
 * The syscalls the in-sandbox seccomp profile refuses (oci-spec.ts), by number: the sentry logs a
 * refusal as `Syscall <n>: denied by seccomp`, before its trace would see the call, so this is how a
 * refused attempt is named. clone3 is answered ENOSYS (its flags are unreadable, and libc then falls
 * back to clone for threads), so its refusals are libc probing, not attempts.
 */
const seccompRefusedSyscalls = {
    x86_64: { 56: 'clone', 101: 'ptrace', 272: 'unshare', 308: 'setns', 435: 'clone3' },
    aarch64: { 97: 'unshare', 117: 'ptrace', 220: 'clone', 268: 'setns', 435: 'clone3' },
};
/**
 * The syscalls runsc traces for telemetry. Every name must exist in runsc's per-architecture
 * strace table or the sandbox refuses to boot; arm64 has only the *at forms and no fork/vfork.
 * Opens are not here: the runtime monitor reports them (monitor-session.ts), far more cheaply.
 */
const common = [
    'clone',
    'execve',
    'execveat',
    'mkdirat',
    'unlinkat',
    'socket',
    'connect',
    'bind',
    'sendto',
    'sendmsg',
    ...privilegedSyscalls,
];
const x86Only = ['fork', 'vfork', 'mkdir', 'unlink'];
/** With telemetry off, only what outcome classification needs: refused forks. */
const forkOnly = { x86_64: ['clone', 'fork', 'vfork'], aarch64: ['clone'] };
function traceSyscalls(arch, telemetry) {
    if (!telemetry)
        return [...forkOnly[arch]];
    return arch === 'x86_64' ? [...common, ...x86Only] : [...common];
}


/***/ }),

/***/ 5250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pi: () => (/* binding */ isCapableDate),
/* harmony export */   QH: () => (/* binding */ misdetectsRootNetns),
/* harmony export */   Qh: () => (/* binding */ archOf),
/* harmony export */   RK: () => (/* binding */ platformFor),
/* harmony export */   _2: () => (/* binding */ debianArch),
/* harmony export */   dp: () => (/* binding */ versionLabel),
/* harmony export */   fP: () => (/* binding */ runscReleaseDate),
/* harmony export */   o4: () => (/* binding */ pinnedDebianBuild),
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
/**
 * Where the pinned release cannot be downloaded (no route to Google's bucket) and the distribution's
 * runsc predates systrap (Debian 12 ships 0.0~20221219), Airlock takes this Debian build: a static
 * binary, fetched with apt into Airlock's own cache (never installed as a package, so no other
 * package of the machine moves to another release), checked against the sha256 pinned here as well
 * as apt's signed index.
 */
const pinnedDebianBuild = {
    suite: 'trixie',
    version: '0.0~20240729.0-4+b7',
    sha256: {
        x86_64: '3c25a5130dfac2f71237d5baad56ac86a255de87a0400f11b36a555156dc325a',
        aarch64: '8e13e0625a094f962da3edcaf81ab0ed779726b6335e385a8148919f2c217c8e',
    },
};
function debianArch(arch) {
    return arch === 'x86_64' ? 'amd64' : 'arm64';
}
/** The oldest runsc Airlock takes from a distribution without asking: the first with systrap. */
function isCapableDate(releaseDate) {
    return platformFor(releaseDate) === 'systrap';
}


/***/ })

};
