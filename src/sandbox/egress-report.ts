// The install phase's egress as the result reports it: destinations folded with counts, and the
// refused ones as `network` violations.
import type { EgressEvent, EgressRecord, InstallResult, Violation } from '../domain.js';

// Destinations listed per decision; the rest are counted in `omitted`.
export const MAX_EGRESS_RECORDS = 200;
const MAX_FIELD = 300;

export function summariseEgress(
  events: readonly EgressEvent[],
  totals: { readonly connections: number; readonly bytes: number; readonly unrecorded: number },
): InstallResult['egress'] {
  const allowed = fold(events.filter((event) => event.decision === 'allow'));
  const denied = fold(events.filter((event) => event.decision === 'deny'));
  const omitted =
    Math.max(0, allowed.length - MAX_EGRESS_RECORDS) +
    Math.max(0, denied.length - MAX_EGRESS_RECORDS) +
    totals.unrecorded;
  return {
    connections: totals.connections,
    bytes: totals.bytes,
    allowed: allowed.slice(0, MAX_EGRESS_RECORDS),
    denied: denied.slice(0, MAX_EGRESS_RECORDS),
    omitted,
  };
}

/** Each refused destination once, as the violation a maintainer sees beside the trace's. */
export function egressViolations(denied: readonly EgressRecord[]): Violation[] {
  return denied.map((record) => ({
    kind: 'network',
    syscall: 'proxy',
    detail: `install proxy refused ${destination(record)} (${record.rule ?? 'denied'}): ${record.reason}`,
    process: 'install-command',
    count: record.count,
    firstAtMs: record.firstAtMs,
    phase: 'install',
  }));
}

/** Folds repeats of one destination and decision; first-seen order. */
function fold(events: readonly EgressEvent[]): EgressRecord[] {
  const byKey = new Map<string, EgressRecord>();
  for (const event of events) {
    const host = clip(event.host);
    const key = `${host}\0${event.port}\0${event.rule ?? ''}\0${event.address ?? ''}`;
    const seen = byKey.get(key);
    if (seen) {
      byKey.set(key, { ...seen, count: seen.count + 1, bytes: seen.bytes + event.bytes });
      continue;
    }
    byKey.set(key, {
      host,
      port: event.port,
      address: event.address ?? null,
      rule: event.rule ?? null,
      reason: clip(event.error ? `${event.reason}; ${event.error}` : event.reason),
      count: 1,
      bytes: event.bytes,
      firstAtMs: Math.max(0, Math.round(event.atMs)),
    });
  }
  return [...byKey.values()];
}

/**
 * `host:port` as the proxy saw it, with an IPv6 address in brackets so the port stays unambiguous.
 * Raw guest-influenced text: sanitise it before it is shown.
 */
export function destination(record: Pick<EgressRecord, 'host' | 'port'>): string {
  return record.host.includes(':')
    ? `[${record.host}]:${record.port}`
    : `${record.host}:${record.port}`;
}

function clip(text: string): string {
  return text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}…` : text;
}
