import { describeTelemetryGap } from './describe-verdict.js';
import type {
  Finding,
  SandboxResult,
  TelemetryStatus,
  Violation,
  ViolationKind,
} from '../domain.js';
import { sarifReport, sarifRuleDescriptor } from '../scan/sarif-report.js';

interface SarifRun {
  tool: { driver: { rules: object[] } };
  results: object[];
  invocations?: object[];
}

const violationRules: Record<ViolationKind, { title: string; help: string; cwe: string }> = {
  network: {
    title: 'Network attempt in the sandbox',
    help: 'The code under test tried to reach an address outside the sandbox (blocked: the test command has no network), or the install command tried to reach a destination other than the package registries (refused by the install proxy).',
    cwe: 'CWE-200',
  },
  filesystem: {
    title: 'Sensitive file access in the sandbox',
    help: "The code under test opened credential or key files, other processes' /proc entries, a workspace link pointing outside the workspace, or wrote outside the writable areas.",
    cwe: 'CWE-552',
  },
  process: {
    title: 'Notable program run in the sandbox',
    help: 'The code under test ran a network tool, compiler or miner, or a shell that fetches, decodes or pipes into a shell.',
    cwe: 'CWE-78',
  },
  privilege: {
    title: 'Privileged operation attempted in the sandbox',
    help: 'The code under test tried ptrace, mount, chroot, set*id, module loading, raw sockets or similar.',
    cwe: 'CWE-250',
  },
  resource: {
    title: 'Resource limit reached in the sandbox',
    help: 'The code under test hit a sandbox limit (for example process creation refused by the process limit).',
    cwe: 'CWE-400',
  },
};

export const violationRuleId = (kind: ViolationKind) => `airlock/runtime-${kind}`;

// Findings the verdict stage adds about the change as a whole; the scanner's catalog lacks them.
const verdictRules: readonly {
  id: string;
  category: string;
  title: string;
  help: string;
  cwe: readonly string[];
  securitySeverity: string;
}[] = [
  {
    id: 'airlock/policy-edited',
    category: 'policy',
    title: 'Airlock policy edited',
    help: 'The change edits the Airlock policy file. The policy is read from the base branch, so the edit takes effect only after merge.',
    cwe: [],
    securitySeverity: '8.0',
  },
  {
    id: 'airlock/dependency-manifest-changed',
    category: 'supply-chain',
    title: 'Dependency manifest changed',
    help: "The change edits a dependency manifest, lockfile or installer configuration. install-command installs from it inside the sandbox with egress limited to package registries; install-from: base installs from the base branch's versions instead.",
    cwe: ['CWE-829'],
    securitySeverity: '5.5',
  },
];

/**
 * SARIF of the findings that count plus the runtime violations, tagged with the code-scanning
 * category. A violation that JUnit timing ties to a test becomes a result on that test's file; the
 * others, having no place in the code, become tool execution notifications of the run.
 */
export function sarifForFindings(
  findings: readonly Finding[],
  category: string,
  sandbox: Pick<SandboxResult, 'violations' | 'telemetry'> | null = null,
): object {
  const violations = sandbox?.violations ?? [];
  const log = sarifReport(
    { findings, stats: { files: 0, lines: 0, durationMs: 0, skipped: [] } },
    { version: '0.1.0', automationId: `${category}/` },
  ) as { runs: SarifRun[] };
  const run = log.runs[0];
  if (!run) return log;
  addVerdictRules(run);
  const gap =
    sandbox?.telemetry && !sandbox.telemetry.available ? [telemetryNote(sandbox.telemetry)] : [];
  if (violations.length === 0) {
    if (gap.length > 0)
      run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: gap }];
    return log;
  }
  const kinds = [...new Set(violations.map((v) => v.kind))];
  const firstIndex = run.tool.driver.rules.length;
  run.tool.driver.rules.push(...kinds.map(ruleFor));
  const located = violations.filter((v) => v.test?.file);
  run.results.push(...located.map((v) => violationResult(v, firstIndex + kinds.indexOf(v.kind))));
  const unlocated = violations.filter((v) => !v.test?.file);
  if (unlocated.length > 0 || gap.length > 0) {
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [...gap, ...unlocated.map(notification)],
      },
    ];
  }
  return log;
}

function addVerdictRules(run: SarifRun): void {
  const firstIndex = run.tool.driver.rules.length;
  run.tool.driver.rules.push(
    ...verdictRules.map((rule) => sarifRuleDescriptor(rule, rule.securitySeverity)),
  );
  for (const result of run.results as { ruleId: string; ruleIndex: number }[]) {
    const index = verdictRules.findIndex((rule) => rule.id === result.ruleId);
    if (index >= 0) result.ruleIndex = firstIndex + index;
  }
}

function ruleFor(kind: ViolationKind): object {
  const rule = violationRules[kind];
  const blocking = kind === 'network' || kind === 'privilege';
  return {
    id: violationRuleId(kind),
    name: rule.title.replace(/[^A-Za-z0-9]+/g, ''),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.help },
    help: { text: rule.help, markdown: `**${rule.title}**\n\n${rule.help}\n\n${rule.cwe}` },
    properties: {
      tags: ['security', 'runtime', `external/cwe/${rule.cwe.toLowerCase()}`],
      'security-severity': blocking ? '8.0' : '5.5',
    },
  };
}

function message(violation: Violation): string {
  const during = violation.test ? ` during ${violation.test.name}` : '';
  const phase = violation.phase === 'install' ? '[install-command] ' : '';
  const shard = violation.shard === undefined ? '' : `[shard ${violation.shard}] `;
  return `${shard}${phase}${violation.process}: ${violation.detail} (${violation.count}×, first at ${violation.firstAtMs} ms${during})`;
}

// Which command the violation came from, when the run had an install phase.
const phaseProperties = (violation: Violation) =>
  violation.phase ? { properties: { phase: violation.phase } } : {};

function violationResult(violation: Violation, ruleIndex: number): object {
  return {
    ruleId: violationRuleId(violation.kind),
    ruleIndex,
    level: violation.kind === 'network' || violation.kind === 'privilege' ? 'error' : 'warning',
    message: { text: message(violation) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(violation.test?.file ?? ''), uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, violation.test?.line ?? 1) },
        },
      },
    ],
    partialFingerprints: {
      'airlockViolation/v1': `${violation.kind}:${violation.syscall}:${violation.detail}`.slice(
        0,
        200,
      ),
    },
    ...phaseProperties(violation),
  };
}

/** Runtime telemetry could not see everything: said in SARIF so "no results" is not read as clean. */
function telemetryNote(telemetry: TelemetryStatus): object {
  return {
    level: 'warning',
    message: {
      text: `Runtime telemetry ${describeTelemetryGap(telemetry)}`,
    },
    descriptor: { id: 'airlock/telemetry-incomplete' },
  };
}

function notification(violation: Violation): object {
  return {
    level: violation.kind === 'network' || violation.kind === 'privilege' ? 'error' : 'warning',
    message: { text: message(violation) },
    descriptor: { id: violationRuleId(violation.kind) },
    ...phaseProperties(violation),
  };
}
