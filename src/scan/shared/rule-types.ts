import type { Severity } from '../../domain.js';
import type { FileFacts, Loc } from './code-facts.js';

/** Stable description of one rule: shown in SARIF and docs; ids never change once published. */
export interface RuleMeta {
  readonly id: string;
  readonly category: string;
  readonly title: string;
  readonly help: string;
  readonly cwe: readonly string[];
}

export interface RuleHit {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly loc: Loc;
  readonly evidence: string;
}

/** A family of rules over one file's facts. */
export interface RuleFamily {
  readonly rules: readonly RuleMeta[];
  readonly check: (facts: FileFacts) => RuleHit[];
}
