import { sarifReport } from '../scan/sarif-report.js';
/** SARIF of the findings that count, tagged with the code-scanning category. */
export function sarifForFindings(findings, category) {
    return sarifReport({ findings, stats: { files: 0, lines: 0, durationMs: 0, skipped: [] } }, { version: '0.1.0', automationId: `${category}/` });
}
