export const id = 242;
export const ids = [242];
export const modules = {

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
