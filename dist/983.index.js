export const id = 983;
export const ids = [983];
export const modules = {

/***/ 983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanCommand: () => (/* binding */ scanCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./.build/lib/adapters/scanner/scan-grammars.js + 1 modules
var scan_grammars = __webpack_require__(295);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
;// CONCATENATED MODULE: ./.build/lib/adapters/scanner/scan-paths.js
// Reads the files named on the command line for a whole-file scan. Symlinks are never followed:
// a link in a change could otherwise make the scanner read (and echo) files outside the repo.



async function readCapped(path, size, maxBytes) {
    if (size > maxBytes)
        return { path, skipped: `larger than ${maxBytes} bytes` };
    const handle = await (0,promises_.open)(path, 'r');
    try {
        return new Uint8Array(await handle.readFile());
    }
    finally {
        await handle.close();
    }
}
async function* walk(path, options) {
    const display = (0,external_node_path_.relative)(options.cwd, path) || path;
    const stat = await (0,promises_.lstat)(path).catch((error) => {
        if (error.code === 'ENOENT')
            throw new errors/* ConfigError */.xL('PATH', `'${display}' does not exist`);
        throw error;
    });
    if (stat.isSymbolicLink()) {
        yield { path: display, skipped: 'symbolic link (not followed)' };
    }
    else if (stat.isDirectory()) {
        const names = (await (0,promises_.readdir)(path)).sort();
        for (const name of names) {
            // The repository database is not source; everything else is scanned, .github/ included.
            if (name === '.git')
                continue;
            yield* walk((0,external_node_path_.join)(path, name), options);
        }
    }
    else if (stat.isFile()) {
        const read = await readCapped(path, stat.size, options.maxBytes);
        yield read instanceof Uint8Array ? { path: display, bytes: read } : { ...read, path: display };
    }
    else {
        yield { path: display, skipped: 'not a regular file' };
    }
}
async function* readScanPaths(paths, options) {
    for (const path of paths)
        yield* walk(path.startsWith('/') ? path : (0,external_node_path_.join)(options.cwd, path), options);
}

// EXTERNAL MODULE: ./.build/lib/adapters/git/git-objects.js + 2 modules
var git_objects = __webpack_require__(3106);
;// CONCATENATED MODULE: ./.build/lib/adapters/scanner/scan-output.js


/**
 * Writes a scan report where --output asked for it (relative to the working directory), creating
 * its directory: CI steps write to paths like reports/airlock.sarif before reports/ exists.
 */
async function writeReportFile(cwd, path, text) {
    const target = (0,external_node_path_.resolve)(cwd, path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, text, 'utf8');
}

// EXTERNAL MODULE: ./.build/lib/scan/scan-file.js + 24 modules
var scan_file = __webpack_require__(4538);
// EXTERNAL MODULE: ./.build/lib/scan/scan-changes.js
var scan_changes = __webpack_require__(6225);
// EXTERNAL MODULE: ./.build/lib/scan/change-findings.js
var change_findings = __webpack_require__(9231);
;// CONCATENATED MODULE: ./.build/lib/scan/scan-whole-files.js


/** Path mode: every line of every file counts as added. */
async function scanWholeFiles(entries, deps) {
    const started = deps.clock();
    const findings = [];
    const skipped = [];
    let files = 0;
    let lines = 0;
    for await (const entry of entries) {
        findings.push(...(0,change_findings/* configFileFindings */.Pm)(entry.path));
        if (!entry.bytes) {
            skipped.push({ path: entry.path, reason: entry.skipped ?? 'unreadable' });
            continue;
        }
        const scan = (0,scan_file/* scanBytes */.vw)(entry.path, entry.bytes, deps);
        if (scan.skipped)
            skipped.push({ path: entry.path, reason: scan.skipped });
        files++;
        lines += scan.lines;
        findings.push(...scan.findings);
    }
    return {
        findings,
        stats: { files, lines, durationMs: Math.round(deps.clock() - started), skipped },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./.build/lib/adapters/scanner/parallel-scan.js





// Below this many bytes one thread is faster than starting workers and compiling grammars in each.
const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;
const MAX_WORKERS = 4;
/** dist/scan-worker.js beside the CLI bundle; absent when running from source (tests), so no workers. */
function scanWorkerPath() {
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), 'scan-worker.js');
    return (0,external_node_fs_.existsSync)(path) ? path : null;
}
/**
 * Scans whole files on worker threads, each taking a contiguous share, and merges the reports in
 * input order, so the output is the same as a single-threaded scan. Null when it is not worth it.
 */
async function scanInParallel(entries, options) {
    const { startedAt, now } = options;
    const worker = scanWorkerPath();
    const bytes = entries.reduce((sum, entry) => sum + (entry.bytes?.length ?? 0), 0);
    const threads = Math.min(MAX_WORKERS, options.maxWorkers, (0,external_node_os_.availableParallelism)());
    if (!worker || threads < 2 || bytes < PARALLEL_FROM_BYTES)
        return null;
    const shares = split(entries, bytes / threads);
    const reports = await Promise.all(shares.map((share) => scanShare(worker, share)));
    return {
        findings: reports.flatMap((report) => report.findings),
        stats: {
            files: reports.reduce((sum, report) => sum + report.stats.files, 0),
            lines: reports.reduce((sum, report) => sum + report.stats.lines, 0),
            durationMs: Math.round(now() - startedAt),
            skipped: reports.flatMap((report) => report.stats.skipped),
        },
    };
}
/** Contiguous shares of about `target` bytes each. */
function split(entries, target) {
    const shares = [[]];
    let size = 0;
    for (const entry of entries) {
        const current = shares.at(-1) ?? [];
        if (size >= target && current.length > 0) {
            shares.push([]);
            size = 0;
        }
        shares.at(-1)?.push(entry);
        size += entry.bytes?.length ?? 0;
    }
    return shares;
}
function scanShare(path, share) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(path);
        worker.once('message', (message) => {
            void worker.terminate();
            if ('error' in message)
                reject(new Error(`scan worker failed: ${message.error}`));
            else
                resolve(message);
        });
        worker.once('error', reject);
        worker.postMessage(share);
    });
}

// EXTERNAL MODULE: ./.build/lib/scan/sarif-report.js
var sarif_report = __webpack_require__(918);
;// CONCATENATED MODULE: ./.build/lib/scan/severity.js
const severities = ['low', 'medium', 'high', 'critical'];
function severityRank(severity) {
    return severities.indexOf(severity);
}
function atLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}

;// CONCATENATED MODULE: ./.build/lib/scan/text-report.js
/** Human-readable report: one line per finding, then a summary. */
function textReport(report) {
    const lines = report.findings.map((finding) => `${finding.path}:${finding.line}:${finding.column}: ${finding.severity} ${finding.ruleId}: ${finding.message}\n    ${finding.evidence}`);
    for (const skipped of report.stats.skipped)
        lines.push(`${skipped.path}: skipped: ${skipped.reason}`);
    const { files, lines: scanned, durationMs } = report.stats;
    lines.push(`${report.findings.length} finding(s) in ${files} file(s), ${scanned} line(s), ${durationMs} ms`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./.build/lib/cli/scan-command.js














const usage = `Usage: airlock scan [--diff BASE..HEAD] [--format text|json|sarif] [--output FILE]
                   [--fail-on low|medium|high|critical|never] [PATH...]

With PATHs, scans those files and directories whole. With --diff, reads the post-change files
from git objects and reports findings on added or changed lines plus findings about the diff.
Exit status: 0 nothing reaches --fail-on (default high), 1 something does, 2 usage error.`;
const optionsSchema = schemas/* object */.Ikc({
    diff: schemas/* string */.YjP()
        .regex(/^[^\s.][^\s]*\.\.[^\s.][^\s]*$/, 'must look like BASE..HEAD')
        .optional(),
    format: schemas/* enum */.k5n(['text', 'json', 'sarif']).default('text'),
    output: schemas/* string */.YjP().min(1).optional(),
    failOn: schemas/* enum */.k5n(['low', 'medium', 'high', 'critical', 'never']).default('high'),
    paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)),
});
function parseOptions(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            options: {
                diff: { type: 'string' },
                format: { type: 'string' },
                output: { type: 'string', short: 'o' },
                'fail-on': { type: 'string' },
                quiet: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (error) {
        throw new errors/* ConfigError */.xL('airlock scan', `${error instanceof Error ? error.message : String(error)}\n${usage}`);
    }
    if (parsed.values.help)
        return 'help';
    const result = optionsSchema.safeParse({
        ...parsed.values,
        failOn: parsed.values['fail-on'],
        paths: parsed.positionals,
    });
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new errors/* ConfigError */.xL(`--${String(issue?.path[0] ?? 'scan')}`.replace('--failOn', '--fail-on'), issue?.message ?? 'invalid');
    }
    if (!result.data.diff && result.data.paths.length === 0)
        throw new errors/* ConfigError */.xL('airlock scan', `give PATHs or --diff\n${usage}`);
    if (result.data.diff && result.data.paths.length > 0)
        throw new errors/* ConfigError */.xL('--diff', 'scans the diff; do not also give PATHs');
    return result.data;
}
function render(report, format) {
    if (format === 'json')
        return `${JSON.stringify(report, null, 2)}\n`;
    if (format === 'sarif')
        return `${JSON.stringify((0,sarif_report/* sarifReport */._)(report, { version: '0.1.0', automationId: 'airlock/scan/' }), null, 2)}\n`;
    return textReport(report);
}
async function scanReport(options, cwd, maxWorkers) {
    const clock = () => performance.now();
    const limits = { cwd, maxBytes: scan_file/* MAX_FILE_BYTES */.gZ };
    if (options.diff) {
        const changes = await (0,git_objects/* readGitDiff */.y)(options.diff, limits);
        // A diff names its files up front: compile only the grammars it needs (~10 ms each).
        return (0,scan_changes/* scanChanges */.Vc)(changes, {
            parser: await (0,scan_grammars/* loadSyntaxParser */.v)((0,scan_changes/* changeLanguages */.Qj)(changes)),
            clock,
        });
    }
    const started = clock();
    const entries = [];
    for await (const entry of readScanPaths(options.paths, limits))
        entries.push(entry);
    const parallel = await scanInParallel(entries, { startedAt: started, now: clock, maxWorkers });
    if (parallel)
        return parallel;
    const parser = await (0,scan_grammars/* loadSyntaxParser */.v)();
    const report = await scanWholeFiles(entries, { parser, clock });
    return { ...report, stats: { ...report.stats, durationMs: Math.round(clock() - started) } };
}
async function scanCommand(io) {
    const options = parseOptions(io.argv);
    if (options === 'help') {
        io.stdout(`${usage}\n`);
        return 0;
    }
    // AIRLOCK_SCAN_WORKERS caps the worker threads of a path scan (1: scan on the main thread only).
    const workers = Number(io.env['AIRLOCK_SCAN_WORKERS'] ?? 4);
    const report = await scanReport(options, io.cwd, Number.isInteger(workers) && workers > 0 ? workers : 4);
    const output = render(report, options.format);
    if (options.output) {
        await writeReportFile(io.cwd, options.output, output);
        io.log.info(`wrote ${report.findings.length} finding(s) to ${options.output}`);
    }
    else
        io.stdout(output);
    const threshold = options.failOn;
    if (threshold === 'never')
        return 0;
    return report.findings.some((finding) => atLeast(finding.severity, threshold)) ? 1 : 0;
}


/***/ })

};
