import type { CallFact, FileFacts, Value } from '../shared/code-facts.js';
import { hasTaint, unknownValue } from '../shared/code-facts.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit, inputs } from '../shared/call-targets.js';

const socketEgress = /^(connect|connect_ex|send|sendall|sendto|write|end|Write|WriteTo)$/;
const socketOpeners =
  /(create_connection|open_connection|Telnet|net\.connect|net\.createConnection|tls\.connect|dgram\.createSocket|^net\.Dial\w*|^crypto\/tls\.Dial)$/;

function isEgress(call: CallFact): boolean {
  if (call.capability === 'net.http' || call.capability === 'net.download') return true;
  if (call.capability !== 'net.socket') return false;
  return socketEgress.test(call.method ?? '') || socketOpeners.test(call.callee);
}

// One argument names where to connect (the first; Go's Dial takes the network first). A variable
// read whole there (DB_ADDR, WEBHOOK_URL) is configuration; built into a longer address it
// carries data, and counts as sent.
function payload(call: CallFact): Value[] {
  const at = /(^|\.)Dial\w*$/.test(call.callee) ? 1 : 0;
  if (call.args[at]?.envName === undefined) return inputs(call);
  return inputs({ ...call, args: call.args.map((arg, i) => (i === at ? unknownValue : arg)) });
}

function checkCall(call: CallFact): RuleHit[] {
  if (call.capability === 'fs.dup' && hasTaint(inputs(call), 'socket')) {
    return [
      hit(call, {
        ruleId: 'net-reverse-shell',
        severity: 'critical',
        message: 'binds standard input/output to a network socket (reverse shell)',
      }),
    ];
  }
  if (!isEgress(call)) return [];
  const data = payload(call);
  if (hasTaint(data, 'secret')) {
    return [
      hit(call, {
        ruleId: 'net-exfiltrate-secret',
        severity: 'critical',
        message: 'sends secrets (environment or credential files) over the network',
      }),
    ];
  }
  if (hasTaint(data, 'file')) {
    return [
      hit(call, {
        ruleId: 'net-send-file-contents',
        severity: 'high',
        message: 'sends the contents of a local file over the network',
      }),
    ];
  }
  if (call.capability === 'net.socket') {
    return [
      hit(call, {
        ruleId: 'net-raw-socket',
        severity: 'medium',
        message: 'opens or writes to a raw network socket',
      }),
    ];
  }
  return [
    hit(call, {
      ruleId: 'net-http-request',
      severity: 'medium',
      message: 'makes a network request',
    }),
  ];
}

export const networkEgress: RuleFamily = {
  rules: [
    {
      id: 'net-exfiltrate-secret',
      category: 'network',
      title: 'Secret sent over the network',
      help: 'Environment variables or credential files flow into a network request. Code under review has no reason to send runner secrets anywhere.',
      cwe: ['CWE-201', 'CWE-200'],
    },
    {
      id: 'net-send-file-contents',
      category: 'network',
      title: 'Local file sent over the network',
      help: 'The contents of a local file flow into a network request or upload.',
      cwe: ['CWE-201'],
    },
    {
      id: 'net-raw-socket',
      category: 'network',
      title: 'Raw socket egress',
      help: 'The code connects or writes to a raw TCP/UDP socket.',
      cwe: ['CWE-669'],
    },
    {
      id: 'net-http-request',
      category: 'network',
      title: 'Network request',
      help: 'The code makes an outbound network request; tests should not need the network.',
      cwe: ['CWE-669'],
    },
    {
      id: 'net-reverse-shell',
      category: 'network',
      title: 'Reverse shell',
      help: 'A shell or command runner is wired to a network socket, giving a remote party control of the machine.',
      cwe: ['CWE-78', 'CWE-506'],
    },
  ],
  check: (facts: FileFacts) => facts.calls.flatMap(checkCall),
};
