export const id = 38;
export const ids = [38,242];
export const modules = {

/***/ 38:
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
// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-host/provisioning/recipe-dir.js
var recipe_dir = __webpack_require__(986);
;// CONCATENATED MODULE: ./.build/lib/adapters/git/demo-repo.js





/** Builds examples/ai-demo-repo's git repository in a fresh temporary directory. */
async function buildDemoRepo(env) {
    const script = (0,external_node_path_.join)((0,recipe_dir/* findRecipeDir */.F)(env), '..', 'examples', 'ai-demo-repo', 'build-demo-repo.sh');
    const parent = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'airlock-demo-'));
    const dir = (0,external_node_path_.join)(parent, 'repo');
    await (0,execa/* execa */.Ho)('sh', [script, dir], { stdin: 'ignore' });
    return { dir, dispose: () => (0,promises_.rm)(parent, { recursive: true, force: true }) };
}

// EXTERNAL MODULE: ./.build/lib/cli/check-command.js + 38 modules
var check_command = __webpack_require__(474);
// EXTERNAL MODULE: ./.build/lib/cli/setup-command.js
var setup_command = __webpack_require__(2242);
// EXTERNAL MODULE: ./.build/lib/adapters/sandbox-host/provisioning/runsc-install.js + 2 modules
var runsc_install = __webpack_require__(476);
;// CONCATENATED MODULE: ./.build/lib/cli/demo-command.js




const DEMO_TEST_COMMAND = 'python3 -m pytest -q';
/**
 * Provisions on first use, builds the bundled repository whose AI-authored commit adds an
 * exfiltrating conftest.py and weakens a test, and checks it. The blocked verdict is the point:
 * exit 0 when the demo blocked it as intended, 1 when it did not, 2 when it could not run.
 */
async function demoCommand(io) {
    const source = io.env['AIRLOCK_GVISOR_SOURCE'] ?? 'auto';
    await (0,setup_command.provision)(io, { source: (0,runsc_install/* isGvisorSource */.I5)(source) ? source : 'auto', extraPackages: [] });
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
/* harmony import */ var _adapters_sandbox_host_provisioning_host_packages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4568);
/* harmony import */ var _adapters_sandbox_host_ready_sandbox_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2280);
/* harmony import */ var _sandbox_runsc_capabilities_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5780);
/* harmony import */ var _adapters_sandbox_host_provisioning_rootfs_build_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2215);
/* harmony import */ var _adapters_sandbox_host_provisioning_runsc_install_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(476);
/* harmony import */ var _adapters_sandbox_host_provisioning_recipe_dir_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(986);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5119);









const setupUsage = `Usage: airlock setup [--gvisor-source auto|release|distribution|debian-build] [--root image|runner] [--package NAME]... [--json]

Installs what Airlock uses on this host and says what it installed: the host tools (mmdebstrap,
iproute2, nftables, e2fsprogs, python3-minimal) and gVisor — the pinned upstream release (verified against the sha512 in
Airlock's source); where that cannot be downloaded, the distribution's runsc if it has systrap, else
the pinned Debian build (fetched into Airlock's cache, sha256-checked; no package of the machine
changes). Builds the sandbox root filesystem (cached by recipe hash), then probes the runsc once for
its platform and telemetry.

  distribution   the distribution's runsc package, whatever its age
  debian-build   the pinned Debian build
  --root runner  the runs will use the host's own root (--root runner): no image is built`;
/** Shared by `setup` and `demo`: idempotent, fast when everything is already cached. */
async function provision(io, options) {
    const { source, extraPackages, root = 'image' } = options;
    const paths = (0,_config_host_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .hostPathsFrom */ .n)(io.env);
    const installed = await (0,_adapters_sandbox_host_provisioning_host_packages_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureHostTools */ .c9)(io.log);
    if (installed.length > 0)
        io.log.info(`installed host packages: ${installed.join(', ')}`);
    const runsc = await (0,_adapters_sandbox_host_provisioning_runsc_install_js__WEBPACK_IMPORTED_MODULE_6__/* .installRunsc */ .d5)({ cacheDir: paths.cacheDir, explicitPath: paths.runscPath, log: io.log }, source);
    io.log.info(`runsc ${runsc.version} at ${runsc.path}; platform ${runsc.platform}`);
    const rootfsPath = root === 'image'
        ? await (0,_adapters_sandbox_host_provisioning_rootfs_build_js__WEBPACK_IMPORTED_MODULE_5__/* .ensureRootfs */ .It)({ recipeDir: (0,_adapters_sandbox_host_provisioning_recipe_dir_js__WEBPACK_IMPORTED_MODULE_7__/* .findRecipeDir */ .F)(io.env), cacheDir: paths.cacheDir, extraPackages }, io.log)
        : null;
    io.log.info(rootfsPath ? `sandbox root filesystem: ${rootfsPath}` : "guest root: this host's (runner)");
    const capabilities = await probeCapabilities(io, { paths, extraPackages, root });
    return { runsc, rootfsPath, installed, capabilities };
}
async function probeCapabilities(io, options) {
    const { paths, extraPackages, root } = options;
    if (process.getuid?.() !== 0)
        return null;
    const ready = await (0,_adapters_sandbox_host_ready_sandbox_js__WEBPACK_IMPORTED_MODULE_3__/* .readySandbox */ .VV)({ paths, env: io.env, log: io.log, extraPackages, root });
    const { capabilities } = ready;
    const status = (0,_sandbox_runsc_capabilities_js__WEBPACK_IMPORTED_MODULE_4__/* .telemetryStatus */ .Ee)(true, capabilities, ready.runsc);
    io.log.info(`runsc probe: platform ${capabilities.platform}; telemetry ${status.available ? `complete (${capabilities.features.join(', ')})` : 'incomplete'}`);
    if (status.reason)
        io.log.warn(status.reason);
    return capabilities;
}
async function setupCommand(io) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...io.argv],
        options: {
            'gvisor-source': { type: 'string' },
            root: { type: 'string' },
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
    if (!(0,_adapters_sandbox_host_provisioning_runsc_install_js__WEBPACK_IMPORTED_MODULE_6__/* .isGvisorSource */ .I5)(source))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigError */ .xL('--gvisor-source', 'must be auto, release, distribution or debian-build');
    const root = values.root ?? 'image';
    if (root !== 'image' && root !== 'runner')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigError */ .xL('--root', 'must be image or runner');
    const provisioned = await provision(io, { source, extraPackages: values.package ?? [], root });
    if (values.json) {
        const { runsc, rootfsPath, installed, capabilities } = provisioned;
        io.stdout(`${JSON.stringify({ runsc, rootfs: rootfsPath, installed, capabilities })}\n`);
    }
    return 0;
}


/***/ })

};
