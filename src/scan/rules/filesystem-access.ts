import type { CallFact, FileFacts } from '../shared/code-facts.js';
import { normalisePath } from '../shared/posix-paths.js';
import { classifyPath, climbsOut } from '../shared/path-classes.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit, namedPaths, writesTo } from '../shared/call-targets.js';

const touches = new Set(['fs.open', 'fs.read', 'fs.write', 'fs.copy', 'fs.list', 'fs.chmod']);

function checkCall(call: CallFact): RuleHit[] {
  if (!call.capability || !touches.has(call.capability)) return [];
  // A method on an already-opened handle was judged where the handle was opened.
  if (
    call.receiver?.handle &&
    call.capability !== 'fs.open' &&
    call.method !== 'read_text' &&
    call.method !== 'read_bytes' &&
    call.method !== 'iterdir' &&
    call.method !== 'glob'
  )
    return [];
  for (const path of namedPaths(call)) {
    const found = judgePath(call, path);
    if (found) return [found];
  }
  return [];
}

function judgePath(call: CallFact, path: string): RuleHit | undefined {
  const resolved = normalisePath(path);
  const kind = classifyPath(resolved);
  if (climbsOut(path) && kind !== 'project' && kind !== 'temp') {
    return hit(call, {
      ruleId: 'fs-path-traversal',
      severity: 'high',
      message: `climbs out of its directory with '..' to reach ${resolved}`,
    });
  }
  if (kind === 'credential')
    return hit(call, {
      ruleId: 'fs-credential-access',
      severity: 'high',
      message: `accesses credentials at ${resolved}`,
    });
  if (kind === 'profile' || kind === 'persistence') return undefined;
  if (kind !== 'system' && kind !== 'home') return undefined;
  if (call.capability === 'fs.list')
    return hit(call, {
      ruleId: 'fs-system-listing',
      severity: 'medium',
      message: `lists ${resolved}, outside the project`,
    });
  if (writesTo(call) || call.capability === 'fs.chmod') {
    return hit(call, {
      ruleId: 'fs-system-write',
      severity: 'high',
      message: `modifies ${resolved}, outside the project`,
    });
  }
  return hit(call, {
    ruleId: 'fs-system-read',
    severity: 'medium',
    message: `reads ${resolved}, outside the project`,
  });
}

export const filesystemAccess: RuleFamily = {
  rules: [
    {
      id: 'fs-credential-access',
      category: 'filesystem',
      title: 'Credential file access',
      help: 'Reads or copies credential stores: ~/.ssh, ~/.aws, .npmrc, .git/config, /etc/shadow, /proc/*/environ, GITHUB_* files.',
      cwe: ['CWE-522', 'CWE-200'],
    },
    {
      id: 'fs-system-read',
      category: 'filesystem',
      title: 'System file read',
      help: 'Reads or copies a file outside the project (system or home directory).',
      cwe: ['CWE-200'],
    },
    {
      id: 'fs-system-listing',
      category: 'filesystem',
      title: 'System directory listing',
      help: 'Enumerates a directory outside the project.',
      cwe: ['CWE-548'],
    },
    {
      id: 'fs-system-write',
      category: 'filesystem',
      title: 'System file modified',
      help: 'Writes, or changes the permissions of, a file outside the project.',
      cwe: ['CWE-732'],
    },
    {
      id: 'fs-path-traversal',
      category: 'filesystem',
      title: 'Path traversal',
      help: "A path climbs out of its base directory with '..' to reach a system or home file.",
      cwe: ['CWE-22'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
