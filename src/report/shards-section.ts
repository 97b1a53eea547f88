import type { ShardRun } from './report-model.js';

const mib = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
const seconds = (ms: number | null) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);

/** Per-shard figures of a sharded suite: each shard ran in its own sandbox, on its own runner. */
export function shardsSection(shards: readonly ShardRun[] | undefined): string[] {
  if (!shards || shards.length === 0) return [];
  const rows = shards.map((s) => {
    const tests = s.tests
      ? `${s.tests.passed} passed, ${s.tests.failed + s.tests.errored} failed`
      : 'not run';
    const memory = s.peakMemoryBytes === null ? 'n/a' : mib(s.peakMemoryBytes);
    return `| ${s.index}/${s.total} | ${s.conclusion} | ${tests} | ${s.outcome ?? 'not run'} | ${seconds(s.durationMs)} | ${seconds(s.cpuMs)} | ${memory} | ${s.violations} |`;
  });
  return [
    `### Shards (${shards.length})`,
    '',
    '| Shard | Verdict | Tests | Outcome | Time | CPU | Peak memory | Violations |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ];
}
