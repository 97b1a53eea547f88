export const severities = ['low', 'medium', 'high', 'critical'];
export function severityRank(severity) {
    return severities.indexOf(severity);
}
export function atLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
