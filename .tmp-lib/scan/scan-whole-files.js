import { scanBytes } from './scan-file.js';
/** Path mode: every line of every file counts as added. */
export async function scanWholeFiles(entries, deps) {
    const started = deps.clock();
    const findings = [];
    const skipped = [];
    let files = 0;
    let lines = 0;
    for await (const entry of entries) {
        if (!entry.bytes) {
            skipped.push({ path: entry.path, reason: entry.skipped ?? 'unreadable' });
            continue;
        }
        const scan = scanBytes(entry.path, entry.bytes, deps);
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
