import type { CallFact, FileFacts } from '../shared/code-facts.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit } from '../shared/call-targets.js';

function checkCall(call: CallFact): RuleHit[] {
  if (call.capability !== 'native') return [];
  return [
    hit(call, {
      ruleId: 'native-escape-hatch',
      severity: 'medium',
      message: `${call.callee} reaches native code, outside the language's safety checks`,
    }),
  ];
}

export const nativeCode: RuleFamily = {
  rules: [
    {
      id: 'native-escape-hatch',
      category: 'native',
      title: 'Native escape hatch',
      help: 'ctypes, cffi, process.binding, process.dlopen, ffi-napi, Go cgo, unsafe.Pointer, raw syscalls or go:linkname reach native code directly.',
      cwe: ['CWE-676'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
