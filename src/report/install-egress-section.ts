import type { EgressRecord, InstallResult } from '../domain.js';
import { destination } from '../sandbox/egress-report.js';
import { sanitizeTableCell } from './sanitize-markdown.js';

// A reviewer reads the first few destinations; the run's JSON lists up to 200 of each.
export const MAX_DESTINATION_ROWS = 10;

/** Bytes as a reader says them: 512 B, 3.2 KiB, 48.0 MiB. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${Math.round(value)} B` : `${value.toFixed(1)} ${units[unit]}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const attempts = (records: readonly EgressRecord[]) =>
  records.reduce((total, record) => total + record.count, 0);

/** The install command's traffic through the registry proxy: totals, then each destination. */
export function installEgressSection(install: InstallResult): string[] {
  const { egress } = install;
  const refused =
    egress.denied.length === 0
      ? 'nothing refused'
      : `${plural(egress.denied.length, 'destination')} refused (${plural(attempts(egress.denied), 'attempt')})`;
  const lines = [
    '#### Install egress',
    '',
    `${plural(egress.connections, 'connection')} (${formatBytes(egress.bytes)}) through the registry proxy to ${plural(egress.allowed.length, 'destination')}; ${refused}.`,
  ];
  if (egress.allowed.length > 0) {
    lines.push('', '| Allowed destination | Connections | Traffic |', '| --- | --- | --- |');
    for (const record of egress.allowed.slice(0, MAX_DESTINATION_ROWS))
      lines.push(
        `| ${sanitizeTableCell(destination(record), 200)} | ${record.count} | ${formatBytes(record.bytes)} |`,
      );
    lines.push(...moreDestinations(egress.allowed.length, 'allowed'));
  }
  if (egress.denied.length > 0) {
    lines.push(
      '',
      '| Refused destination | Rule | Reason | Attempts |',
      '| --- | --- | --- | --- |',
    );
    for (const record of egress.denied.slice(0, MAX_DESTINATION_ROWS))
      lines.push(
        `| ${sanitizeTableCell(destination(record), 200)} | ${sanitizeTableCell(record.rule ?? 'denied', 40)} | ${sanitizeTableCell(record.reason, 200)} | ${record.count} |`,
      );
    lines.push(...moreDestinations(egress.denied.length, 'refused'));
  }
  if (egress.omitted > 0)
    lines.push(
      '',
      `_${plural(egress.omitted, 'more destination')} went unrecorded beyond the proxy's bound._`,
    );
  return lines;
}

function moreDestinations(total: number, what: string): string[] {
  return total > MAX_DESTINATION_ROWS
    ? [
        '',
        `_…and ${total - MAX_DESTINATION_ROWS} more ${what} destinations, listed in the report JSON._`,
      ]
    : [];
}
