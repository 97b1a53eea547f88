import type { CallFact, FileFacts } from '../shared/code-facts.js';
import { hasTaint } from '../shared/code-facts.js';
import { classifyPath } from '../shared/path-classes.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit, inputs, targetPath, writesTo } from '../shared/call-targets.js';

const runners = new Set(['code.eval', 'process.shell', 'process.spawn', 'deserialise']);
const executable =
  /\.(py|sh|bash|js|mjs|cjs|ts|exe|bin|so|dll|dylib|pl|rb|ps1|bat|cmd|jar)$|(^|\/)(s?bin)\//;

function checkCall(call: CallFact): RuleHit[] {
  const data = inputs(call);
  if (call.capability && runners.has(call.capability) && hasTaint(data, 'network')) {
    if (hasTaint(data, 'socket')) {
      return [
        hit(call, {
          ruleId: 'net-reverse-shell',
          severity: 'critical',
          message: 'runs commands received over a network socket (reverse shell)',
        }),
      ];
    }
    return [
      hit(call, {
        ruleId: 'download-execute',
        severity: 'critical',
        message: 'executes or deserialises data downloaded from the network',
      }),
    ];
  }
  const download =
    call.capability === 'net.download' ||
    (writesTo(call) && call.capability === 'fs.write' && hasTaint(data, 'network'));
  if (!download) return [];
  const path = call.capability === 'net.download' ? call.args[1]?.text : targetPath(call);
  const risky = path !== undefined && (executable.test(path) || classifyPath(path) !== 'project');
  return [
    risky
      ? hit(call, {
          ruleId: 'download-write',
          severity: 'high',
          message: `writes downloaded content to ${path}, an executable or system location`,
        })
      : hit(call, {
          ruleId: 'download-write',
          severity: 'medium',
          message: 'writes content downloaded from the network to disk',
        }),
  ];
}

export const downloads: RuleFamily = {
  rules: [
    {
      id: 'download-write',
      category: 'download',
      title: 'Download written to disk',
      help: 'Content fetched from the network is written to a file; high when the file is executable or outside the project.',
      cwe: ['CWE-494'],
    },
    {
      id: 'download-execute',
      category: 'download',
      title: 'Download executed',
      help: 'Content fetched from the network reaches eval/exec, a shell, or a deserialiser.',
      cwe: ['CWE-494', 'CWE-829'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
