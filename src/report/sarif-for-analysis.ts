import type { Finding, Violation, ViolationKind } from '../domain.js';
import { sarifReport } from '../scan/sarif-report.js';

interface SarifRun {
  tool: { driver: { rules: object[] } };
  results: object[];
  invocations?: object[];
}

const violationRules: Record<ViolationKind, { title: string; help: string; cwe: string }> = {
  network: {
    title: 'Network attempt in the sandbox',
    help: 'The code under test tried to reach an address outside the sandbox (blocked: the sandbox has no network).',
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

/**
 * SARIF of the findings that count plus the runtime violations, tagged with the code-scanning
 * category. A violation that JUnit timing ties to a test becomes a result on that test's file; the
 * others, having no place in the code, become tool execution notifications of the run.
 */
export function sarifForFindings(
  findings: readonly Finding[],
  category: string,
  violations: readonly Violation[] = [],
): object {
  const log = sarifReport(
    { findings, stats: { files: 0, lines: 0, durationMs: 0, skipped: [] } },
    { version: '0.1.0', automationId: `${category}/` },
  ) as { runs: SarifRun[] };
  const run = log.runs[0];
  if (!run || violations.length === 0) return log;
  const kinds = [...new Set(violations.map((v) => v.kind))];
  const firstIndex = run.tool.driver.rules.length;
  run.tool.driver.rules.push(...kinds.map(ruleFor));
  const located = violations.filter((v) => v.test?.file);
  run.results.push(...located.map((v) => violationResult(v, firstIndex + kinds.indexOf(v.kind))));
  const unlocated = violations.filter((v) => !v.test?.file);
  if (unlocated.length > 0) {
    run.invocations = [
      { executionSuccessful: true, toolExecutionNotifications: unlocated.map(notification) },
    ];
  }
  return log;
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
  return `${violation.process}: ${violation.detail} (${violation.count}×, first at ${violation.firstAtMs} ms${during})`;
}

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
  };
}

function notification(violation: Violation): object {
  return {
    level: violation.kind === 'network' || violation.kind === 'privilege' ? 'error' : 'warning',
    message: { text: message(violation) },
    descriptor: { id: violationRuleId(violation.kind) },
  };
}
