import type { FileFacts } from '../shared/code-facts.js';
import type { RuleFamily, RuleHit } from '../shared/rule-types.js';
import { hit } from '../shared/call-targets.js';

const miner =
  /stratum\+(tcp|ssl|udp):\/\/|\bxmrig\b|\bminerd\b|\bcpuminer\b|\bcryptonight\b|--donate-level|\bnicehash\b/i;

function check(facts: FileFacts): RuleHit[] {
  const out: RuleHit[] = [];
  for (const call of facts.calls) {
    if (call.capability === 'process.fork' && call.inLoop) {
      out.push(
        hit(call, {
          ruleId: 'abuse-fork-loop',
          severity: 'high',
          message: 'forks processes inside a loop (fork bomb risk)',
        }),
      );
    }
  }
  for (const literal of facts.strings) {
    if (miner.test(literal.text)) {
      out.push({
        ruleId: 'abuse-crypto-miner',
        severity: 'critical',
        message: 'refers to a cryptocurrency miner or mining pool',
        loc: literal.loc,
        evidence: literal.text.slice(0, 200),
      });
    }
  }
  return out;
}

export const resourceAbuse: RuleFamily = {
  rules: [
    {
      id: 'abuse-fork-loop',
      category: 'resource-abuse',
      title: 'Fork loop',
      help: 'Processes are forked inside a loop, which can exhaust the machine.',
      cwe: ['CWE-400'],
    },
    {
      id: 'abuse-crypto-miner',
      category: 'resource-abuse',
      title: 'Cryptocurrency miner',
      help: 'Mining pool URLs (stratum+tcp://) or miner binaries.',
      cwe: ['CWE-400', 'CWE-506'],
    },
  ],
  check,
};
