/** Human-readable report: one line per finding, then a summary. */
export function textReport(report) {
    const lines = report.findings.map((finding) => `${finding.path}:${finding.line}:${finding.column}: ${finding.severity} ${finding.ruleId}: ${finding.message}\n    ${finding.evidence}`);
    for (const skipped of report.stats.skipped)
        lines.push(`${skipped.path}: skipped: ${skipped.reason}`);
    const { files, lines: scanned, durationMs } = report.stats;
    lines.push(`${report.findings.length} finding(s) in ${files} file(s), ${scanned} line(s), ${durationMs} ms`);
    return `${lines.join('\n')}\n`;
}
