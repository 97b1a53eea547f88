export const id = 822;
export const ids = [822];
export const modules = {

/***/ 5822:
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
// EXTERNAL MODULE: ./.build/lib/adapters/scan-grammars.js + 1 modules
var scan_grammars = __webpack_require__(9735);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./.build/lib/errors.js
var errors = __webpack_require__(5119);
;// CONCATENATED MODULE: ./.build/lib/adapters/scan-paths.js
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

// EXTERNAL MODULE: ./.build/lib/adapters/git-objects.js + 2 modules
var git_objects = __webpack_require__(9211);
;// CONCATENATED MODULE: ./.build/lib/adapters/scan-output.js


/**
 * Writes a scan report where --output asked for it (relative to the working directory), creating
 * its directory: CI steps write to paths like reports/airlock.sarif before reports/ exists.
 */
async function writeReportFile(cwd, path, text) {
    const target = (0,external_node_path_.resolve)(cwd, path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    await (0,promises_.writeFile)(target, text, 'utf8');
}

// EXTERNAL MODULE: ./.build/lib/scan/scan-file.js + 18 modules
var scan_file = __webpack_require__(5153);
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
async function scanReport(options, cwd) {
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
    const parser = await (0,scan_grammars/* loadSyntaxParser */.v)();
    return scanWholeFiles(readScanPaths(options.paths, limits), { parser, clock });
}
async function scanCommand(io) {
    const options = parseOptions(io.argv);
    if (options === 'help') {
        io.stdout(`${usage}\n`);
        return 0;
    }
    const report = await scanReport(options, io.cwd);
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
