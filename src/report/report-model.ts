import type { FailOn } from '../config/action-inputs.js';
import type {
  ChangeScope,
  Finding,
  ProvenanceSummary,
  SandboxResult,
  TestResults,
  Verdict,
} from '../domain.js';

/** Everything a report shows. Strings from the PR are raw here; renderers sanitise them. */
export interface ReportModel {
  readonly verdict: Verdict;
  /** Findings that count (gated lines). */
  readonly findings: readonly Finding[];
  readonly scope: ChangeScope;
  readonly failOn: FailOn;
  readonly tests: TestResults | null;
  readonly sandbox: SandboxResult | null;
  readonly provenance: ProvenanceSummary;
  readonly headSha: string;
  /** Trusted notes from the action itself, e.g. why the comment could not be posted. */
  readonly notes: readonly string[];
}
