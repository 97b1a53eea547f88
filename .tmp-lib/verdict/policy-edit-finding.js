/**
 * A PR that edits the policy file is itself a finding: the policy is read from the base branch,
 * so the edit only takes effect after merge, and reviewers must see it coming.
 */
export function policyEditFindings(changedPaths, policyFile) {
    if (!changedPaths.includes(policyFile))
        return [];
    return [
        {
            ruleId: 'airlock/policy-edited',
            severity: 'high',
            category: 'policy',
            message: `This pull request edits the Airlock policy (${policyFile}); it applies only after merge.`,
            path: policyFile,
            line: 1,
            column: 1,
            endLine: 1,
            cwe: [],
            evidence: '',
        },
    ];
}
