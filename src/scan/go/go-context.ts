import type { FactCollector, Scope } from '../shared/fact-collector.js';

/** State of the walk over one Go file. */
export interface GoContext {
  scope: Scope;
  readonly facts: FactCollector;
  /** Import name (alias or last path element) → import path: "exec" → "os/exec". */
  readonly imports: Map<string, string>;
  inLoop: boolean;
  depth: number;
}
