// The run's record of egress: every decision, the bytes each allowed connection carried, and the caps.
import type { EgressDecision } from './egress-policy.js';
import type { DenyRule, EgressEvent, EgressPolicy } from '../domain.js';

export interface EgressLedger {
  /** Records the decision, turning an allow into a denial once a cap is reached; returns the entry id. */
  record(host: string, port: number, decision: EgressDecision): { id: number; event: EgressEvent };
  /** Counts bytes on an allowed connection; false once the run's byte cap is exceeded. */
  addBytes(id: number, count: number): boolean;
  fail(id: number, error: string): void;
  events(): EgressEvent[];
  /** Connections allowed, bytes carried, and decisions past MAX_LEDGER_EVENTS that were not kept. */
  totals(): { connections: number; bytes: number; unrecorded: number };
}

// A guest looping on refused requests must not grow the proxy's memory without bound.
export const MAX_LEDGER_EVENTS = 20_000;

export function createEgressLedger(policy: EgressPolicy, now: () => number): EgressLedger {
  const events: EgressEvent[] = [];
  const totals = { connections: 0, bytes: 0, unrecorded: 0 };
  return {
    record(host, port, decision) {
      const event = eventFor({
        host,
        port,
        decision: applyCaps(decision, policy, totals),
        atMs: now(),
      });
      if (event.decision === 'allow') totals.connections += 1;
      if (events.length >= MAX_LEDGER_EVENTS) {
        totals.unrecorded += 1;
        return { id: -1, event };
      }
      events.push(event);
      return { id: events.length - 1, event };
    },
    addBytes(id, count) {
      const event = events[id];
      if (event) events[id] = { ...event, bytes: event.bytes + count };
      totals.bytes += count;
      return totals.bytes <= policy.maxBytes;
    },
    fail(id, error) {
      const event = events[id];
      if (event && event.error === undefined) events[id] = { ...event, error };
    },
    events: () => [...events],
    totals: () => ({ ...totals }),
  };
}

function applyCaps(
  decision: EgressDecision,
  policy: EgressPolicy,
  totals: { connections: number; bytes: number },
): EgressDecision {
  if (decision.decision === 'deny') return decision;
  if (totals.bytes >= policy.maxBytes) {
    return capDenial('byte-cap', `the run's ${policy.maxBytes}-byte cap is used up`);
  }
  if (totals.connections >= policy.maxConnections) {
    return capDenial(
      'connection-cap',
      `the run's cap of ${policy.maxConnections} connections is used up`,
    );
  }
  return decision;
}

function eventFor(input: {
  readonly host: string;
  readonly port: number;
  readonly decision: EgressDecision;
  readonly atMs: number;
}): EgressEvent {
  const { host, port, decision, atMs } = input;
  if (decision.decision === 'allow') {
    const { address, reason } = decision;
    return { host, port, address, decision: 'allow', reason, bytes: 0, atMs };
  }
  return {
    host,
    port,
    decision: 'deny',
    rule: decision.rule,
    reason: decision.reason,
    bytes: 0,
    atMs,
  };
}

function capDenial(rule: DenyRule, reason: string): EgressDecision {
  return { decision: 'deny', rule, reason };
}
