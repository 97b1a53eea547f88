import type { CallFact, FileFacts } from '../shared/code-facts.js';
import { normalisePath } from '../shared/posix-paths.js';
import { classifyPath, isCriticalRoot } from '../shared/path-classes.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit, targetPath } from '../shared/call-targets.js';

function checkCall(call: CallFact): RuleHit[] {
  if (call.capability !== 'fs.delete') return [];
  const path = targetPath(call);
  if (path === undefined) return [];
  const resolved = normalisePath(path);
  if (isCriticalRoot(resolved)) {
    return [
      hit(call, {
        ruleId: 'destroy-system-files',
        severity: 'critical',
        message: `deletes ${resolved}, a system or home root`,
      }),
    ];
  }
  const kind = classifyPath(resolved);
  // Deleting a workflow or the runner's files is CI tampering, judged by ci-tampering.ts.
  if (kind === 'project' || kind === 'temp' || kind === 'ci') return [];
  return [
    hit(call, {
      ruleId: 'destroy-system-files',
      severity: 'high',
      message: `deletes ${resolved}, outside the project`,
    }),
  ];
}

export const destructiveOperations: RuleFamily = {
  rules: [
    {
      id: 'destroy-system-files',
      category: 'destructive',
      title: 'Deletes system or home files',
      help: 'Deletes files or directories outside the project (system files, home directory), or wipes a disk.',
      cwe: ['CWE-73', 'CWE-284'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
