import { createHash } from 'node:crypto';
import type { Finding, ScanReport, Severity } from '../domain.js';
import { allRules } from './rule-catalog.js';

const level: Record<Severity, 'note' | 'warning' | 'error'> = {
  low: 'note',
  medium: 'warning',
  high: 'error',
  critical: 'error',
};

// GitHub code scanning ranks alerts by this property (0.0–10.0).
const securitySeverity: Record<Severity, string> = {
  low: '3.0',
  medium: '5.5',
  high: '8.0',
  critical: '9.5',
};

export interface SarifOptions {
  readonly version: string;
  /** Distinguishes this run from other Airlock runs in code scanning, e.g. 'airlock/scan/'. */
  readonly automationId: string;
}

/** A fingerprint that survives the finding moving to another line. */
function fingerprint(finding: Finding): string {
  const material = `${finding.ruleId}\0${finding.path}\0${finding.evidence.trim()}`;
  return createHash('sha256').update(material).digest('hex').slice(0, 32);
}

function result(finding: Finding): object {
  return {
    ruleId: finding.ruleId,
    ruleIndex: allRules.findIndex((rule) => rule.id === finding.ruleId),
    level: level[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: Math.max(finding.endLine, finding.line),
            snippet: { text: finding.evidence },
          },
        },
      },
    ],
    partialFingerprints: { 'airlockFinding/v1': fingerprint(finding) },
    properties: { severity: finding.severity, category: finding.category },
  };
}

/** One rule's SARIF descriptor: help text, and the CWE and severity tags code scanning reads. */
export function sarifRuleDescriptor(
  rule: {
    readonly id: string;
    readonly title: string;
    readonly help: string;
    readonly category: string;
    readonly cwe: readonly string[];
  },
  securitySeverityScore: string,
): object {
  return {
    id: rule.id,
    name: rule.title.replace(/[^A-Za-z0-9]+/g, ''),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.help },
    help: {
      text: rule.help,
      markdown: `**${rule.title}**\n\n${rule.help}\n\n${rule.cwe.join(', ')}`,
    },
    properties: {
      tags: [
        'security',
        rule.category,
        ...rule.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`),
      ],
      'security-severity': securitySeverityScore,
    },
  };
}

/** SARIF 2.1.0 log with one run: rules with help and CWE tags, results with fingerprints. */
export function sarifReport(report: ScanReport, options: SarifOptions): object {
  const worst = new Map<string, Severity>();
  const order: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
  for (const finding of report.findings) {
    const seen = worst.get(finding.ruleId);
    if (!seen || order.indexOf(finding.severity) > order.indexOf(seen))
      worst.set(finding.ruleId, finding.severity);
  }
  const rules = allRules.map((rule) =>
    sarifRuleDescriptor(rule, securitySeverity[worst.get(rule.id) ?? 'medium']),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Airlock',
            informationUri: 'https://github.com/airlock',
            semanticVersion: options.version,
            rules,
          },
        },
        automationDetails: { id: options.automationId },
        results: report.findings.map(result),
        properties: { skipped: report.stats.skipped },
      },
    ],
  };
}
