import type { CallFact, FileFacts } from '../shared/code-facts.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit } from '../shared/call-targets.js';

function checkCall(call: CallFact): RuleHit[] {
  if (call.capability !== 'process.kill') return [];
  const pid = call.args[0]?.text;
  if (pid === '-1' || pid === '1')
    return [
      hit(call, {
        ruleId: 'kill-process',
        severity: 'critical',
        message: 'kills every process or init',
      }),
    ];
  return [
    hit(call, {
      ruleId: 'kill-process',
      severity: 'medium',
      message: 'kills or signals another process',
    }),
  ];
}

export const processKilling: RuleFamily = {
  rules: [
    {
      id: 'kill-process',
      category: 'process-kill',
      title: 'Kills processes',
      help: 'Sends kill/terminate signals to other processes (os.kill, psutil, process.kill, pkill).',
      cwe: ['CWE-284'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
