import type { CallFact, FileFacts } from '../shared/code-facts.js';
import { hasTaint } from '../shared/code-facts.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit, inputs } from '../shared/call-targets.js';

function checkCall(call: CallFact): RuleHit[] {
  if (call.capability !== 'deserialise') return [];
  if (hasTaint(inputs(call), 'network', 'decoded')) return [];
  return [
    hit(call, {
      ruleId: 'deser-unsafe',
      severity: 'high',
      message: `${call.callee} can run arbitrary code while loading data`,
    }),
  ];
}

export const deserialisation: RuleFamily = {
  rules: [
    {
      id: 'deser-unsafe',
      category: 'deserialisation',
      title: 'Unsafe deserialisation',
      help: 'pickle, marshal, shelve, yaml.load without SafeLoader and node-serialize execute code embedded in the data.',
      cwe: ['CWE-502'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
