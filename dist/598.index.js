export const id = 598;
export const ids = [598];
export const modules = {

/***/ 787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ classifyAddress),
/* harmony export */   Z5: () => (/* binding */ canonicalAddress)
/* harmony export */ });
/* unused harmony export parseAddress */
// Classifies IP addresses for the install proxy: only public unicast addresses are destinations.
// Parsing is done here (not node:net) so the stage stays pure and the IPv6 embeddings are explicit.
// First match wins, so the single metadata addresses precede the ranges that hold them.
const v4Ranges = [
    ['169.254.169.254', 32, 'metadata'],
    // Alibaba Cloud's metadata service sits inside the shared (CGNAT) range.
    ['100.100.100.200', 32, 'metadata'],
    // Azure's WireServer: a public-range address that only the platform answers (GitHub runners are Azure VMs).
    ['168.63.129.16', 32, 'metadata'],
    ['0.0.0.0', 8, 'unspecified'],
    ['10.0.0.0', 8, 'private'],
    ['100.64.0.0', 10, 'shared'],
    ['127.0.0.0', 8, 'loopback'],
    ['169.254.0.0', 16, 'link-local'],
    ['172.16.0.0', 12, 'private'],
    ['192.0.0.0', 24, 'reserved'],
    ['192.0.2.0', 24, 'reserved'],
    ['192.88.99.0', 24, 'reserved'],
    ['192.168.0.0', 16, 'private'],
    ['198.18.0.0', 15, 'reserved'],
    ['198.51.100.0', 24, 'reserved'],
    ['203.0.113.0', 24, 'reserved'],
    ['224.0.0.0', 4, 'multicast'],
    ['255.255.255.255', 32, 'broadcast'],
    ['240.0.0.0', 4, 'reserved'],
];
const v6Ranges = [
    ['fd00:ec2::254', 128, 'metadata'],
    ['::', 128, 'unspecified'],
    ['::1', 128, 'loopback'],
    ['64:ff9b:1::', 48, 'private'],
    ['2001::', 32, 'reserved'],
    ['2001:db8::', 32, 'reserved'],
    ['100::', 64, 'reserved'],
    ['fc00::', 7, 'private'],
    ['fe80::', 10, 'link-local'],
    ['fec0::', 10, 'private'],
    ['ff00::', 8, 'multicast'],
];
function parseAddress(text) {
    const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
    const v4 = parseV4(bare);
    if (v4)
        return { family: 4, bytes: v4 };
    const v6 = parseV6(bare);
    return v6 ? { family: 6, bytes: v6 } : undefined;
}
/** The address's kind, or undefined when the text is not an IP address at all. */
function classifyAddress(text) {
    const parsed = parseAddress(text);
    if (!parsed)
        return undefined;
    return parsed.family === 4 ? classifyV4(parsed.bytes) : classifyV6(parsed.bytes);
}
/** Canonical text for comparing addresses: mapped, bracketed and zero-padded forms compare equal. */
function canonicalAddress(text) {
    const parsed = parseAddress(text);
    if (!parsed)
        return undefined;
    const embedded = parsed.family === 6 ? mappedV4(parsed.bytes) : undefined;
    const bytes = embedded ?? parsed.bytes;
    if (bytes.length === 4)
        return bytes.join('.');
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
    return groups.join(':');
}
function classifyV4(bytes) {
    for (const [base, prefix, kind] of v4Ranges) {
        if (inRange(bytes, parseV4(base) ?? [], prefix))
            return kind;
    }
    return 'public';
}
function classifyV6(bytes) {
    const mapped = mappedV4(bytes);
    if (mapped)
        return classifyV4(mapped);
    // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address the network may translate to.
    if (inRange(bytes, parseV6('64:ff9b::') ?? [], 96))
        return classifyV4(bytes.slice(12));
    if (bytes[0] === 0x20 && bytes[1] === 0x02)
        return classifyV4(bytes.slice(2, 6));
    for (const [base, prefix, kind] of v6Ranges) {
        if (inRange(bytes, parseV6(base) ?? [], prefix))
            return kind;
    }
    // Only 2000::/3 is allocated global unicast; anything else (including ::/8 forms) is not a destination.
    return ((bytes[0] ?? 0) & 0xe0) === 0x20 ? 'public' : 'reserved';
}
/** The IPv4 address inside ::ffff:a.b.c.d (mapped) or ::a.b.c.d (deprecated compatible) forms. */
function mappedV4(bytes) {
    if (bytes.slice(0, 10).some((byte) => byte !== 0))
        return undefined;
    const marker = bytes.slice(10, 12);
    const isMapped = marker.every((byte) => byte === 0xff);
    const isCompatible = marker.every((byte) => byte === 0) && bytes.slice(12).some((b) => b !== 0);
    // ::1 and :: are IPv6's own loopback and unspecified, not embedded IPv4.
    if (isCompatible && bytes.slice(12, 15).every((b) => b === 0))
        return undefined;
    return isMapped || isCompatible ? bytes.slice(12) : undefined;
}
function inRange(bytes, base, prefix) {
    if (bytes.length !== base.length)
        return false;
    for (let bit = 0; bit < prefix; bit += 1) {
        const index = bit >> 3;
        const mask = 0x80 >> (bit & 7);
        if (((bytes[index] ?? 0) & mask) !== ((base[index] ?? 0) & mask))
            return false;
    }
    return true;
}
function parseV4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : NaN));
    return bytes.every((byte) => byte >= 0 && byte <= 255) ? bytes : undefined;
}
function parseV6(text) {
    // Zone ids (fe80::1%eth0) name an interface: never a destination, so not parsed as one.
    if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2)
        return undefined;
    const [head = '', tail] = text.split('::');
    const headGroups = head === '' ? [] : head.split(':');
    const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
    const groups = groupsToBytes([
        ...headGroups,
        ...(tail === undefined ? [] : ['::']),
        ...tailGroups,
    ]);
    if (!groups)
        return undefined;
    const gap = groups.indexOf(-1);
    const fill = 16 - (groups.length - (gap >= 0 ? 1 : 0));
    if (gap < 0)
        return fill === 0 ? groups : undefined;
    if (fill < 2)
        return undefined;
    return [...groups.slice(0, gap), ...Array(fill).fill(0), ...groups.slice(gap + 1)];
}
/** Bytes of each group; -1 marks where '::' stands. */
function groupsToBytes(groups) {
    const out = [];
    for (const [index, group] of groups.entries()) {
        if (group === '::') {
            out.push(-1);
        }
        else if (group.includes('.') && index === groups.length - 1) {
            const v4 = parseV4(group);
            if (!v4)
                return undefined;
            out.push(...v4);
        }
        else if (/^[0-9a-fA-F]{1,4}$/.test(group)) {
            const value = parseInt(group, 16);
            out.push(value >> 8, value & 0xff);
        }
        else {
            return undefined;
        }
    }
    return out;
}


/***/ }),

/***/ 582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _j: () => (/* binding */ refusedSuffixes),
/* harmony export */   h6: () => (/* binding */ refusedNames),
/* harmony export */   uU: () => (/* binding */ ecosystems),
/* harmony export */   yv: () => (/* binding */ ecosystemHosts)
/* harmony export */ });
// The registries each ecosystem's installer talks to by default. Git dependencies, private registries
// and mirrors are not here on purpose: the user names them in `allow-hosts`.
const ecosystems = ['npm', 'pypi', 'cargo', 'go', 'rubygems', 'maven'];
const ecosystemHosts = {
    // yarn v1 defaults to its own alias of the npm registry.
    npm: ['registry.npmjs.org', 'registry.yarnpkg.com'],
    // pip reads the index from pypi.org and downloads files from files.pythonhosted.org.
    pypi: ['pypi.org', 'files.pythonhosted.org'],
    // Cargo's sparse index lives on index.crates.io; crate files are served by static.crates.io.
    cargo: ['crates.io', 'index.crates.io', 'static.crates.io'],
    // GOPROXY and GOSUMDB defaults; GONOSUMDB/GOPRIVATE modules need the user's own hosts.
    go: ['proxy.golang.org', 'sum.golang.org'],
    rubygems: ['rubygems.org', 'index.rubygems.org'],
    maven: ['repo.maven.apache.org', 'repo1.maven.org'],
};
/** Hostnames that reach instance metadata or the machine itself whatever they resolve to. */
const refusedNames = [
    'localhost',
    'metadata',
    'metadata.google.internal',
    'metadata.goog',
    'instance-data',
    'instance-data.ec2.internal',
];
/** Name suffixes that only a local or cloud-internal resolver answers. */
const refusedSuffixes = [
    '.localhost',
    '.internal',
    '.local',
    '.home.arpa',
];


/***/ }),

/***/ 948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ webPorts),
/* harmony export */   cS: () => (/* binding */ normalizeHost),
/* harmony export */   vC: () => (/* binding */ egressPolicyInputSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _egress_address_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(787);
/* harmony import */ var _egress_ecosystems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(582);
// What the user may put in allow-hosts and the egress caps, validated at the edge; the install
// phase's proxy (sandbox/egress-policy.ts) enforces the parsed policy.



// Installers only fetch over HTTP(S); any other port is a tunnel to something else.
const webPorts = [80, 443];
const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// At least two labels: single-label names resolve through search domains to internal hosts.
const hostPattern = new RegExp(`^(?:\\*\\.)?${label}(?:\\.${label})+$`);
const portSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(65_535);
const egressPolicyInputSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ecosystems: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_egress_ecosystems_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystems */ .uU)).default([..._egress_ecosystems_js__WEBPACK_IMPORTED_MODULE_0__/* .ecosystems */ .uU]),
    allowHosts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
    maxBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .positive()
        .default(4 * 1024 ** 3),
    maxConnections: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().default(2_000),
    testAllowances: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        addresses: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).default([]),
        ports: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(portSchema).default([]),
    })
        .optional(),
})
    .superRefine((input, ctx) => {
    const allowed = (input.testAllowances?.addresses ?? []).map((a) => (0,_egress_address_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalAddress */ .Z5)(a));
    for (const address of input.testAllowances?.addresses ?? []) {
        if (!(0,_egress_address_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalAddress */ .Z5)(address))
            ctx.addIssue({ code: 'custom', message: `'${address}' is not an IP address` });
        else if ((0,_egress_address_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyAddress */ .DV)(address) === 'metadata')
            ctx.addIssue({ code: 'custom', message: `'${address}' is a cloud metadata address` });
    }
    for (const entry of input.allowHosts) {
        const problem = hostEntryProblem(normalizeHost(entry), allowed);
        if (problem)
            ctx.addIssue({ code: 'custom', message: `'${entry}' ${problem}` });
    }
});
function normalizeHost(host) {
    const trimmed = host.trim().toLowerCase();
    return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}
function hostEntryProblem(entry, allowedAddresses) {
    const canonical = (0,_egress_address_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalAddress */ .Z5)(entry);
    if (canonical !== undefined) {
        return allowedAddresses.includes(canonical)
            ? undefined
            : 'is an IP address; name the host instead';
    }
    if (entry.length > 253 || !hostPattern.test(entry))
        return 'is not a hostname or *.domain pattern';
    return undefined;
}


/***/ }),

/***/ 8533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _r: () => (/* binding */ parsePackageCache),
/* harmony export */   gN: () => (/* binding */ guestCacheLocation),
/* harmony export */   oV: () => (/* binding */ usualPackageCaches)
/* harmony export */ });
/* unused harmony export packageCacheKinds */
// Package caches the host already holds (restored by the workflow), offered to the install phase as
// read-only lower layers: the package manager reads and verifies them, its writes go to a per-run
// upper layer that is thrown away, so nothing written in the sandbox reaches a host cache.
const packageCacheKinds = (/* unused pure expression or super */ null && (['npm', 'pip', 'go']));
/** The usual places of each cache under the runner user's home (setup-node caches ~/.npm). */
function usualPackageCaches(env) {
    const home = env['HOME'];
    if (!home?.startsWith('/'))
        return [];
    return [
        { kind: 'npm', hostPath: env['npm_config_cache'] ?? `${home}/.npm` },
        { kind: 'pip', hostPath: env['PIP_CACHE_DIR'] ?? `${home}/.cache/pip` },
        { kind: 'go', hostPath: env['GOMODCACHE'] ?? `${home}/go/pkg/mod` },
    ];
}
/** Where each package manager looks for its cache below the guest's home, and the variable that says so. */
const guestCaches = {
    npm: { inHome: '.npm', variable: 'npm_config_cache' },
    pip: { inHome: '.cache/pip', variable: 'PIP_CACHE_DIR' },
    go: { inHome: 'go/pkg/mod', variable: 'GOMODCACHE' },
};
/** A cache's place below the guest's home, and the variable that points its package manager there. */
function guestCacheLocation(kind) {
    return guestCaches[kind];
}
/** `npm=/home/runner/.npm` → a cache, or null when the text is not KIND=ABSOLUTE-PATH. */
function parsePackageCache(text) {
    const match = /^(npm|pip|go)=(\/.*)$/.exec(text);
    const kind = match?.[1];
    const hostPath = match?.[2];
    return kind && hostPath ? { kind, hostPath } : null;
}


/***/ }),

/***/ 925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ shardLabel),
/* harmony export */   i7: () => (/* binding */ shardEnv),
/* harmony export */   n0: () => (/* binding */ shardSpecSchema)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, shardSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

// A job matrix holds at most 256 jobs (GitHub Actions' limit per workflow run).
const MAX_SHARDS = 256;
/** `2/4` → { index: 2, total: 4 }; the form `${{ matrix.shard }}/${{ strategy.job-total }}` gives. */
const shardSpecSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^\d{1,3}\/\d{1,3}$/, 'must be INDEX/TOTAL, e.g. 2/4 (shards count from 1)')
    .transform((text) => {
    const [index, total] = text.split('/').map(Number);
    return { index: index ?? 0, total: total ?? 0 };
})
    .refine((shard) => shard.total >= 1 && shard.total <= MAX_SHARDS, {
    message: `the total must be 1 to ${MAX_SHARDS} (a job matrix holds at most ${MAX_SHARDS} jobs)`,
})
    .refine((shard) => shard.index >= 1 && shard.index <= shard.total, {
    message: 'the index must be 1 to the total (shards count from 1)',
});
const shardSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    index: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(MAX_SHARDS),
    total: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1).max(MAX_SHARDS),
});
/** The variables the test command sees, for runners' own split options (vitest --shard, …). */
function shardEnv(shard) {
    if (shard === null)
        return {};
    return { AIRLOCK_SHARD_INDEX: String(shard.index), AIRLOCK_SHARD_TOTAL: String(shard.total) };
}
/** `2/4`: as the input and the report name a shard. */
const shardLabel = (shard) => `${shard.index}/${shard.total}`;


/***/ }),

/***/ 5755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ isToolchainVariable),
/* harmony export */   F5: () => (/* binding */ carriedToolchainEnv),
/* harmony export */   IQ: () => (/* binding */ carriedPath),
/* harmony export */   eP: () => (/* binding */ EXPOSED_TOP_LEVEL),
/* harmony export */   w4: () => (/* binding */ resolveSandboxRoot),
/* harmony export */   wF: () => (/* binding */ runnerRootPlan),
/* harmony export */   wu: () => (/* binding */ runnerPrivateDirs)
/* harmony export */ });
/* unused harmony exports exposableToolCache, isUnder */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * What `runner` exposes, read-only: the system's programs, libraries and configuration, and /opt
 * (where GitHub's hosted runners keep the tool cache). Nothing else of the host: not /home, /root,
 * /tmp, /var, /run, /mnt, /media, /srv, the runner's installation and credentials, docker's socket
 * and data, nor the host's /proc and /sys.
 */
const EXPOSED_TOP_LEVEL = [
    'usr',
    'bin',
    'sbin',
    'lib',
    'lib32',
    'lib64',
    'libx32',
    'etc',
    'opt',
];
/** Host places a tool cache may never be, nor contain. */
const NEVER_EXPOSED = [
    '/home',
    '/root',
    '/tmp',
    '/var/tmp',
    '/run',
    '/mnt',
    '/media',
    '/srv',
    '/proc',
    '/sys',
    '/dev',
    '/var/lib/docker',
    '/var/run',
];
/** Guest places Airlock mounts over: a tool cache there could not be shown. */
const GUEST_MOUNTS = [
    '/tmp',
    '/var/tmp',
    '/home',
    '/workspace',
    '/results',
    '/proc',
    '/sys',
    '/dev',
    '/run',
];
/** Guest directories that must exist in the skeleton as mount points. */
const MOUNT_POINTS = [
    'proc',
    'sys',
    'dev',
    'tmp',
    'home/airlock',
    'workspace',
    'results',
    'var/tmp',
    'run',
];
/**
 * Empty directories the guest finds where a machine has them, closed to it (root-owned, 0700), as
 * in the image: `ls /root` is refused, and reported, rather than finding nothing to open.
 */
const CLOSED_DIRS = ['root'];
/** Plans the `runner` root from the host's top-level entries and its tool cache. Pure. */
function runnerRootPlan(entries, toolCache, hidden = []) {
    const dirs = [...MOUNT_POINTS];
    const links = [];
    const exposed = [];
    for (const name of EXPOSED_TOP_LEVEL) {
        const entry = entries.find((e) => e.name === name);
        if (entry?.kind === 'dir') {
            dirs.push(name);
            exposed.push(`/${name}`);
        }
        else if (entry?.kind === 'symlink' && entry.target && isInnerTarget(entry.target))
            links.push({ path: name, target: entry.target });
    }
    const cache = toolCache ? exposableToolCache(toolCache) : null;
    if (cache && !isUnder(cache, exposed)) {
        dirs.push(...ancestors(cache.slice(1)));
        exposed.push(cache);
    }
    return {
        dirs: [...new Set(dirs)].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b)),
        closedDirs: CLOSED_DIRS,
        links,
        mounts: [
            ...exposed.map((path) => ({
                destination: path,
                type: 'bind',
                source: path,
                options: ['rbind', 'ro', 'nosuid', 'nodev'],
            })),
            // Covered by an empty read-only tmpfs: the runner's own files inside an exposed directory.
            ...hidden
                .filter((path) => isUnder(path, exposed) && !exposed.includes(path))
                .map((path) => ({
                destination: path,
                type: 'tmpfs',
                source: 'tmpfs',
                options: ['ro', 'nosuid', 'nodev', 'noexec', 'size=4096', 'mode=0555'],
            })),
        ],
        exposed,
        visible: [...exposed, ...links.map((link) => `/${link.path}`)],
    };
}
/**
 * Directories of the runner itself that may lie inside an exposed one (a self-hosted runner in
 * /opt/actions-runner): the installation holding its credentials (`.credentials`, `.runner`) and
 * diagnostics, found from the marker files of its top level or from the node that runs the action
 * (`<runner>/externals/node24/bin/node`); and the runner's temp and work directories.
 */
function runnerPrivateDirs(env, execPath, installations) {
    const dirs = [...installations];
    const externals = execPath.split('/externals/')[0];
    if (externals && externals !== execPath)
        dirs.push(externals);
    for (const name of ['RUNNER_TEMP', 'RUNNER_WORKSPACE', 'GITHUB_WORKSPACE', 'RUNNER_TRACKING_ID'])
        if (env[name]?.startsWith('/'))
            dirs.push(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(env[name] ?? ''));
    return [...new Set(dirs)];
}
// A top-level link is recreated only when it stays within the exposed tree (`usr/bin`, `/usr/lib`).
function isInnerTarget(target) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.resolve('/', target);
    return EXPOSED_TOP_LEVEL.some((name) => resolved === `/${name}` || resolved.startsWith(`/${name}/`));
}
/** The tool cache, normalised, when it is a proper directory that holds none of the never-exposed places. */
function exposableToolCache(path) {
    if (!path.startsWith('/'))
        return null;
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path).replace(/\/+$/, '');
    if (normal.split('/').length < 3)
        return null;
    const clashes = NEVER_EXPOSED.some((never) => never === normal || never.startsWith(`${normal}/`));
    return clashes || isUnder(normal, GUEST_MOUNTS) ? null : normal;
}
function ancestors(relative) {
    const parts = relative.split('/');
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
function isUnder(path, roots) {
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path);
    return roots.some((root) => normal === root || normal.startsWith(`${root}/`));
}
const STANDARD_PATH = [
    '/usr/local/sbin',
    '/usr/local/bin',
    '/usr/sbin',
    '/usr/bin',
    '/sbin',
    '/bin',
];
/**
 * The guest's PATH: the caller's entries that lie inside what the guest sees, in the caller's
 * order (setup-* actions put their toolchains first), then the standard directories.
 */
function carriedPath(callerPath, exposed) {
    const carried = (callerPath ?? '')
        .split(':')
        .filter((entry) => entry.startsWith('/') && !entry.includes('..') && isUnder(entry, exposed));
    return [...new Set([...carried, ...STANDARD_PATH])].join(':');
}
/**
 * Variables setup-* actions export for their toolchains. Only these names, and only when every
 * path in the value lies inside what the guest sees: a credential is never carried.
 */
const TOOLCHAIN_VARIABLES = [
    /^pythonLocation$/,
    /^Python[23]?_ROOT_DIR$/,
    /^PKG_CONFIG_PATH$/,
    /^JAVA_HOME(_\d+_(X64|ARM64|x64|arm64))?$/,
    /^GOROOT(_\d+_\d+_(X64|ARM64|x64|arm64))?$/,
    /^DOTNET_ROOT$/,
    /^GRADLE_HOME$/,
    /^MAVEN_HOME$/,
    /^M2_HOME$/,
    /^ANT_HOME$/,
    /^ANDROID_(HOME|SDK_ROOT|NDK_HOME)$/,
    /^LD_LIBRARY_PATH$/,
];
function isToolchainVariable(name) {
    return TOOLCHAIN_VARIABLES.some((pattern) => pattern.test(name));
}
/**
 * `auto`: the runner's own root on GitHub-hosted runners (setup-* actions installed the toolchains
 * the tests expect, and no image needs building there); Airlock's image on any other host.
 */
function resolveSandboxRoot(root, env) {
    if (root !== 'auto')
        return root;
    return env['RUNNER_ENVIRONMENT'] === 'github-hosted' ? 'runner' : 'image';
}
function carriedToolchainEnv(env, exposed) {
    const carried = {};
    for (const [name, value] of Object.entries(env)) {
        if (!value || value.length > 4096 || !isToolchainVariable(name))
            continue;
        const paths = value.split(':').filter((part) => part !== '');
        if (paths.length > 0 &&
            paths.every((p) => p.startsWith('/') && !p.includes('..') && isUnder(p, exposed)))
            carried[name] = value;
    }
    return carried;
}


/***/ })

};
