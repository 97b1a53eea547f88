import type { ActionConfig } from '../config/action-inputs.js';
import type { Finding, SandboxResult, TestResults, Verdict } from '../domain.js';
import { decideVerdict } from './decide-verdict.js';
import type { AcceptanceReader } from './maintainer-acceptance.js';
import { acceptVerdict } from './maintainer-acceptance.js';

/** The verdict on the findings and the tests, then any maintainer's acceptance of this head. */
export async function judgeChange(
  config: Pick<ActionConfig, 'failOn' | 'blockOnViolations' | 'scope' | 'acceptLabel'>,
  found: {
    readonly findings: readonly Finding[];
    readonly sandbox: SandboxResult | null;
    readonly tests: TestResults | null;
    readonly aiInvolved: boolean;
    readonly headSha: string;
  },
  deps: {
    readonly reader: AcceptanceReader | undefined;
    readonly log: { info(message: string): void; warn(message: string): void };
  },
): Promise<{ verdict: Verdict; notes: string[] }> {
  const decided = decideVerdict({
    findings: found.findings,
    failOn: config.failOn,
    blockOnViolations: config.blockOnViolations,
    sandbox: found.sandbox,
    tests: found.tests,
    scope: config.scope,
    aiInvolved: found.aiInvolved,
  });
  return acceptVerdict(decided, { headSha: found.headSha, acceptLabel: config.acceptLabel }, deps);
}
