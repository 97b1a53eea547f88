import type { CallFact, FileFacts } from '../shared/code-facts.js';
import { hasTaint } from '../shared/code-facts.js';
import { UNKNOWN_PART } from '../shared/fold-strings.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit, inputs } from '../shared/call-targets.js';

// A constant program text that reaches for the OS is as dangerous as a computed one.
const reachesOs =
  /__import__|\bimport\b|\bos\.|subprocess|\bsystem\s*\(|\bexec\s*\(|\beval\s*\(|require\s*\(|child_process|process\.|open\s*\(/;
const importers = new Set([
  '__import__',
  'importlib.import_module',
  'importlib.__import__',
  'require',
  'import',
]);

function checkCall(call: CallFact): RuleHit[] {
  if (importers.has(call.callee)) {
    const name = call.args[0]?.text;
    if (name === undefined || name.includes(UNKNOWN_PART)) {
      return [
        hit(call, {
          ruleId: 'code-dynamic-import',
          severity: 'medium',
          message: 'imports a module whose name is computed at run time',
        }),
      ];
    }
    return [];
  }
  if (call.capability !== 'code.eval') return [];
  if (hasTaint(inputs(call), 'network', 'decoded')) return [];
  const source = call.args[0]?.text ?? call.args[call.args.length - 1]?.text;
  if (source === undefined || source.includes(UNKNOWN_PART)) {
    return [
      hit(call, {
        ruleId: 'code-eval',
        severity: 'high',
        message: `${call.callee || 'dynamic code'} runs code that is only known at run time`,
      }),
    ];
  }
  if (reachesOs.test(source))
    return [
      hit(call, {
        ruleId: 'code-eval',
        severity: 'high',
        message: `${call.callee} runs code that reaches the OS: ${source.slice(0, 80)}`,
      }),
    ];
  return [
    hit(call, {
      ruleId: 'code-eval',
      severity: 'low',
      message: `${call.callee} of a constant expression`,
    }),
  ];
}

export const dynamicCode: RuleFamily = {
  rules: [
    {
      id: 'code-eval',
      category: 'dynamic-code',
      title: 'Dynamic code execution',
      help: 'eval/exec/compile, new Function or vm run code from a string. High unless the string is a harmless constant.',
      cwe: ['CWE-95'],
    },
    {
      id: 'code-dynamic-import',
      category: 'dynamic-code',
      title: 'Computed import',
      help: 'A module is imported by a name computed at run time, hiding which code is loaded.',
      cwe: ['CWE-470'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
