import type { RuleFamily, RuleMeta } from './shared/rule-types.js';
import { destructiveOperations } from './rules/destructive-operations.js';
import { deserialisation } from './rules/deserialisation.js';
import { downloads } from './rules/downloads.js';
import { dynamicCode } from './rules/dynamic-code.js';
import { filesystemAccess } from './rules/filesystem-access.js';
import { goToolchain } from './rules/go-toolchain.js';
import { installHookRules } from './rules/install-hooks.js';
import { nativeCode } from './rules/native-code.js';
import { networkEgress } from './rules/network-egress.js';
import { obfuscation } from './rules/obfuscation.js';
import { persistence } from './rules/persistence.js';
import { processExecution } from './rules/process-execution.js';
import { processKilling } from './rules/process-killing.js';
import { resourceAbuse } from './rules/resource-abuse.js';
import { suppressionComments } from './rules/suppression-comments.js';
import { pytestOutcomeRules } from './rules/pytest-outcome-rewrite.js';
import { testMarkers } from './rules/test-markers.js';
import { testRunnerConfigRules } from './rules/test-runner-config.js';
import { changeRules } from './rules/change-rules.js';
import { ciTampering } from './rules/ci-tampering.js';
import { dnsExfiltration } from './rules/dns-exfiltration.js';

/** Rule families that read a parsed file's facts. */
export const codeFamilies: readonly RuleFamily[] = [
  networkEgress,
  dnsExfiltration,
  ciTampering,
  downloads,
  processExecution,
  dynamicCode,
  obfuscation,
  deserialisation,
  filesystemAccess,
  destructiveOperations,
  persistence,
  resourceAbuse,
  processKilling,
  nativeCode,
  testMarkers,
  suppressionComments,
  goToolchain,
];

/** Every rule, for SARIF's tool.driver.rules and the docs; ids are unique and stable. */
export const allRules: readonly RuleMeta[] = [
  ...codeFamilies.flatMap((family) => family.rules),
  ...installHookRules,
  ...testRunnerConfigRules,
  ...pytestOutcomeRules,
  ...changeRules,
];

const byId = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleMeta(id: string): RuleMeta {
  const meta = byId.get(id);
  if (!meta) throw new Error(`unknown rule id ${id}`);
  return meta;
}
