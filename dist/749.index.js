export const id = 749;
export const ids = [749];
export const modules = {

/***/ 1626:
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

/***/ 7500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I3: () => (/* binding */ checkName),
  Fl: () => (/* binding */ decideDestination),
  vC: () => (/* binding */ egressPolicyInputSchema),
  cS: () => (/* binding */ normalizeHost),
  nd: () => (/* binding */ parseEgressPolicy)
});

// UNUSED EXPORTS: hostMatches, webPorts

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
// EXTERNAL MODULE: ./.build/lib/sandbox/egress-address.js
var egress_address = __webpack_require__(1626);
;// CONCATENATED MODULE: ./.build/lib/sandbox/egress-ecosystems.js
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

;// CONCATENATED MODULE: ./.build/lib/sandbox/egress-policy.js
// Which destinations the install phase may reach: allowlisted names on web ports, and only when
// every address the name resolves to is public unicast.




// Installers only fetch over HTTP(S); any other port is a tunnel to something else.
const webPorts = [80, 443];
const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// At least two labels: single-label names resolve through search domains to internal hosts.
const hostPattern = new RegExp(`^(?:\\*\\.)?${label}(?:\\.${label})+$`);
const portSchema = schemas/* number */.aig().int().min(1).max(65_535);
const egressPolicyInputSchema = schemas/* strictObject */.rej({
    ecosystems: schemas/* array */.YOg(schemas/* enum */.k5n(ecosystems)).default([...ecosystems]),
    allowHosts: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    maxBytes: schemas/* number */.aig()
        .int()
        .positive()
        .default(4 * 1024 ** 3),
    maxConnections: schemas/* number */.aig().int().positive().default(2_000),
    testAllowances: schemas/* strictObject */.rej({
        addresses: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
        ports: schemas/* array */.YOg(portSchema).default([]),
    })
        .optional(),
})
    .superRefine((input, ctx) => {
    const allowed = (input.testAllowances?.addresses ?? []).map((a) => (0,egress_address/* canonicalAddress */.Z5)(a));
    for (const address of input.testAllowances?.addresses ?? []) {
        if (!(0,egress_address/* canonicalAddress */.Z5)(address))
            ctx.addIssue({ code: 'custom', message: `'${address}' is not an IP address` });
        else if ((0,egress_address/* classifyAddress */.DV)(address) === 'metadata')
            ctx.addIssue({ code: 'custom', message: `'${address}' is a cloud metadata address` });
    }
    for (const entry of input.allowHosts) {
        const problem = hostEntryProblem(normalizeHost(entry), allowed);
        if (problem)
            ctx.addIssue({ code: 'custom', message: `'${entry}' ${problem}` });
    }
});
/** Parses the user's allow-hosts and caps into a policy; throws ConfigError naming allow-hosts. */
function parseEgressPolicy(input) {
    const parsed = egressPolicyInputSchema.safeParse(input);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => issue.message).join('; ');
        throw new errors/* ConfigError */.xL('allow-hosts', `${problems}. Use hostnames such as pkg.example.com or *.example.com.`);
    }
    const { testAllowances, ...rest } = parsed.data;
    const defaults = rest.ecosystems.flatMap((name) => ecosystemHosts[name]);
    return {
        hosts: [...new Set([...defaults, ...rest.allowHosts.map(normalizeHost)])],
        ports: [...new Set([...webPorts, ...(testAllowances?.ports ?? [])])],
        allowedAddresses: (testAllowances?.addresses ?? []).map((a) => (0,egress_address/* canonicalAddress */.Z5)(a) ?? a),
        maxBytes: rest.maxBytes,
        maxConnections: rest.maxConnections,
    };
}
/** The checks that need no DNS: refusing here means a non-allowlisted name is never even looked up. */
function checkName(host, port, policy) {
    const name = normalizeHost(host);
    if (!policy.ports.includes(port))
        return deny('port', `port ${port} is not an allowed port`);
    const canonical = (0,egress_address/* canonicalAddress */.Z5)(name);
    if (canonical !== undefined) {
        if (policy.allowedAddresses.includes(canonical))
            return undefined;
        return deny('raw-ip', `${host} is an IP address; only allowlisted hostnames are reachable`);
    }
    if (refusedNames.includes(name) || refusedSuffixes.some((suffix) => name.endsWith(suffix))) {
        return deny('refused-name', `${host} names a local or cloud-internal service`);
    }
    if (!policy.hosts.some((pattern) => hostMatches(pattern, name))) {
        return deny('host', `${host} is not on the allowlist`);
    }
    return undefined;
}
/** Allows only when the name passes and every resolved address is public (or test-allowed). */
function decideDestination(host, port, resolvedAddresses, policy) {
    const nameDenial = checkName(host, port, policy);
    if (nameDenial)
        return nameDenial;
    if (resolvedAddresses.length === 0)
        return deny('unresolved', `${host} resolved to no address`);
    for (const address of resolvedAddresses) {
        const canonical = (0,egress_address/* canonicalAddress */.Z5)(address);
        if (canonical !== undefined && policy.allowedAddresses.includes(canonical))
            continue;
        const kind = (0,egress_address/* classifyAddress */.DV)(address);
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
function normalizeHost(host) {
    const trimmed = host.trim().toLowerCase();
    return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}
function hostEntryProblem(entry, allowedAddresses) {
    const canonical = (0,egress_address/* canonicalAddress */.Z5)(entry);
    if (canonical !== undefined) {
        return allowedAddresses.includes(canonical)
            ? undefined
            : 'is an IP address; name the host instead';
    }
    if (entry.length > 253 || !hostPattern.test(entry))
        return 'is not a hostname or *.domain pattern';
    return undefined;
}
function deny(rule, reason) {
    return { decision: 'deny', rule, reason };
}


/***/ }),

/***/ 5339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nr: () => (/* binding */ cpuQuota),
/* harmony export */   Op: () => (/* binding */ hostPidsBackstop),
/* harmony export */   Qh: () => (/* binding */ WORKSPACE_PATH),
/* harmony export */   m1: () => (/* binding */ GUEST_UID),
/* harmony export */   ob: () => (/* binding */ GUEST_GID),
/* harmony export */   pH: () => (/* binding */ buildOciSpec),
/* harmony export */   r0: () => (/* binding */ GUEST_HOME)
/* harmony export */ });
/* unused harmony exports RESULTS_PATH, seccompProfile, fixedEnv, proxyEnv */
/* harmony import */ var _package_caches_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3284);

/** The guest identity: non-root, the uid GitHub's runner user has, so host files line up. */
const GUEST_UID = 1001;
const GUEST_GID = 1001;
const GUEST_HOME = '/home/airlock';
const WORKSPACE_PATH = '/workspace';
const RESULTS_PATH = '/results';
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
    HOME: GUEST_HOME,
    LANG: 'C.UTF-8',
    TZ: 'UTC',
    CI: 'true',
    AIRLOCK_RESULTS_DIR: RESULTS_PATH,
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
        ...(0,_package_caches_js__WEBPACK_IMPORTED_MODULE_0__/* .packageCacheEnv */ .Qk)(plan.cacheViews ?? []),
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
                ? bind(GUEST_HOME, plan.homeHostPath)
                : tmpfs(GUEST_HOME, HOME_BYTES, 'mode=0700', `uid=${GUEST_UID}`, `gid=${GUEST_GID}`),
            ...(plan.cacheViews ?? []).map((view) => bind((0,_package_caches_js__WEBPACK_IMPORTED_MODULE_0__/* .guestCachePath */ .oB)(view.kind), view.viewPath)),
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

/***/ 3284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qk: () => (/* binding */ packageCacheEnv),
/* harmony export */   _r: () => (/* binding */ parsePackageCache),
/* harmony export */   oB: () => (/* binding */ guestCachePath),
/* harmony export */   oV: () => (/* binding */ usualPackageCaches)
/* harmony export */ });
/* unused harmony export packageCacheKinds */
/* harmony import */ var _oci_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5339);
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
// A function, not a table of paths: oci-spec.ts imports this module, so GUEST_HOME is read at call time.
function guestCachePath(kind) {
    return `${_oci_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .GUEST_HOME */ .r0}/${guestCaches[kind].inHome}`;
}
/**
 * The variables that point each package manager at its offered cache: the runner root's toolchain
 * variables may name a host path (GOMODCACHE), which the guest cannot see.
 */
function packageCacheEnv(caches) {
    return Object.fromEntries(caches.map(({ kind }) => [guestCaches[kind].variable, guestCachePath(kind)]));
}
/** `npm=/home/runner/.npm` → a cache, or null when the text is not KIND=ABSOLUTE-PATH. */
function parsePackageCache(text) {
    const match = /^(npm|pip|go)=(\/.*)$/.exec(text);
    const kind = match?.[1];
    const hostPath = match?.[2];
    return kind && hostPath ? { kind, hostPath } : null;
}


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
