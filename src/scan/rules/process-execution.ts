import type { CallFact, FileFacts } from '../shared/code-facts.js';
import { hasTaint } from '../shared/code-facts.js';
import { commandThreat } from '../shared/command-text.js';
import { UNKNOWN_PART } from '../shared/fold-strings.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { commandText, hit, inputs } from '../shared/call-targets.js';

function checkCall(call: CallFact): RuleHit[] {
  if (call.capability !== 'process.shell' && call.capability !== 'process.spawn') return [];
  const command = commandText(call);
  const threat = command === undefined ? undefined : commandThreat(command);
  if (threat)
    return [
      hit(call, { ruleId: threat.ruleId, severity: threat.severity, message: threat.message }),
    ];
  // In a shell script every line runs a command: only the threats above are worth reporting.
  if (call.callee === 'sh' || call.callee.startsWith('sh.')) return [];
  if (hasTaint(inputs(call), 'network')) return [];
  if (hasTaint(inputs(call), 'secret')) {
    return [
      hit(call, {
        ruleId: 'proc-secret-in-command',
        severity: 'high',
        message: 'passes secrets to a child process command line',
      }),
    ];
  }
  const constant = command !== undefined && !command.includes(UNKNOWN_PART);
  if (call.capability === 'process.shell') {
    return constant
      ? [
          hit(call, {
            ruleId: 'proc-shell-command',
            severity: 'medium',
            message: `runs a shell command: ${command.slice(0, 80)}`,
          }),
        ]
      : [
          hit(call, {
            ruleId: 'proc-shell-command',
            severity: 'high',
            message: 'runs a shell command built at run time (command injection risk)',
          }),
        ];
  }
  return constant
    ? [
        hit(call, {
          ruleId: 'proc-spawn',
          severity: 'low',
          message: `runs a program: ${command.slice(0, 80)}`,
        }),
      ]
    : [
        hit(call, {
          ruleId: 'proc-spawn',
          severity: 'medium',
          message: 'runs a program chosen at run time',
        }),
      ];
}

export const processExecution: RuleFamily = {
  rules: [
    {
      id: 'proc-shell-command',
      category: 'process',
      title: 'Shell command',
      help: 'Runs a command through a shell (os.system, shell=True, child_process.exec). High when the command is assembled at run time.',
      cwe: ['CWE-78'],
    },
    {
      id: 'proc-secret-in-command',
      category: 'process',
      title: 'Secret on a command line',
      help: "Passes a secret (an environment variable or credential file's content) on a child process's command line, shell or not, where other processes and logs can read it.",
      cwe: ['CWE-214'],
    },
    {
      id: 'proc-spawn',
      category: 'process',
      title: 'Child process',
      help: 'Starts a program with an argument vector. Low for a fixed command such as git status; medium when the program is computed.',
      cwe: ['CWE-78'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
