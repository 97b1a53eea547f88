import type { CallFact, FileFacts } from '../shared/code-facts.js';
import { hasTaint } from '../shared/code-facts.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit, inputs, writesTo } from '../shared/call-targets.js';

const runners = new Set(['code.eval', 'process.shell', 'process.spawn', 'deserialise', 'native']);

function checkCall(call: CallFact): RuleHit[] {
  const out: RuleHit[] = [];
  const data = inputs(call);
  if (
    call.capability &&
    runners.has(call.capability) &&
    hasTaint(data, 'decoded') &&
    !hasTaint(data, 'network')
  ) {
    out.push(
      hit(call, {
        ruleId: 'obf-decoded-exec',
        severity: 'critical',
        message: 'decodes a hidden payload (base64/hex/zlib/rot13) and executes it',
      }),
    );
  }
  if (call.computedCallee && call.capability) {
    out.push(
      hit(call, {
        ruleId: 'obf-computed-call',
        severity: 'high',
        message: `calls ${call.callee} through a name assembled at run time`,
      }),
    );
  }
  if (writesTo(call) && call.capability === 'fs.write' && hasTaint(data, 'encoded')) {
    out.push(
      hit(call, {
        ruleId: 'obf-encoded-write',
        severity: 'medium',
        message: 'writes base64/hex-encoded data to a file (payload staging)',
      }),
    );
  }
  return out;
}

export const obfuscation: RuleFamily = {
  rules: [
    {
      id: 'obf-decoded-exec',
      category: 'obfuscation',
      title: 'Decoded payload executed',
      help: 'Data decoded from base64, hex, zlib, rot13 or marshal reaches eval/exec or a process.',
      cwe: ['CWE-506', 'CWE-95'],
    },
    {
      id: 'obf-computed-call',
      category: 'obfuscation',
      title: 'Dangerous function called by computed name',
      help: 'A process, eval or file API is reached through getattr, globals()[…], __import__ or require() with an assembled string.',
      cwe: ['CWE-506'],
    },
    {
      id: 'obf-encoded-write',
      category: 'obfuscation',
      title: 'Encoded payload written',
      help: 'Base64 or hex-encoded data is written to a file, a common way to stage a payload.',
      cwe: ['CWE-506'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
