import type { CallFact, FileFacts } from '../shared/code-facts.js';
import { classifyPath } from '../shared/path-classes.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit, namedPaths, writesTo } from '../shared/call-targets.js';

function checkCall(call: CallFact): RuleHit[] {
  const copies = call.capability === 'fs.copy';
  if (!writesTo(call) && !copies) return [];
  if (call.capability === 'fs.write' && call.receiver?.handle) return [];
  const paths = copies ? namedPaths(call).slice(1) : namedPaths(call).slice(0, 1);
  for (const path of paths) {
    const kind = classifyPath(path);
    if (kind === 'profile')
      return [
        hit(call, {
          ruleId: 'persist-shell-profile',
          severity: 'high',
          message: `modifies the shell profile ${path}`,
        }),
      ];
    if (kind === 'persistence')
      return [
        hit(call, {
          ruleId: 'persist-autostart',
          severity: 'high',
          message: `installs into ${path}, which runs code later`,
        }),
      ];
  }
  return [];
}

export const persistence: RuleFamily = {
  rules: [
    {
      id: 'persist-shell-profile',
      category: 'persistence',
      title: 'Shell profile modified',
      help: 'Writes to .bashrc, .profile, .zshrc or /etc/profile, so code runs in every later shell.',
      cwe: ['CWE-506'],
    },
    {
      id: 'persist-autostart',
      category: 'persistence',
      title: 'Autostart installed',
      help: 'Writes crontabs, git hooks, systemd units, autostart entries, authorized_keys or .pth files.',
      cwe: ['CWE-506'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
