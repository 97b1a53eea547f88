// The whole suite leaves the host as it found it: checked once at the end of every `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { leftovers } from './sandbox-harness.js';

let before = new Set<string>();

const tempEntries = () => readdirSync(tmpdir()).filter((name) => name.startsWith('airlock-'));

export function setup(): void {
  before = new Set(tempEntries());
}

/**
 * Fails the run when anything a test made is still there: temp entries, test users and sudoers
 * files, network namespaces, cgroups, mounts, sandbox processes. (Another `npm test` running on
 * the same machine at the same time would show up here too.)
 */
export function teardown(): void {
  const left = [
    ...tempEntries()
      .filter((name) => !before.has(name))
      .map((name) => `temp ${tmpdir()}/${name}`),
    ...leftovers(),
    ...leftovers('/run/airlock-e2e'),
    ...testUsers(),
  ];
  if (left.length > 0)
    throw new Error(`the test suite left ${left.length} things behind:\n${left.join('\n')}`);
}

function testUsers(): string[] {
  const users = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':')[0] ?? '')
    .filter((name) => name.startsWith('airlock-'))
    .map((name) => `user ${name}`);
  const sudoers = (existsSync('/etc/sudoers.d') ? readdirSync('/etc/sudoers.d') : [])
    .filter((name) => name.startsWith('airlock'))
    .map((name) => `sudoers /etc/sudoers.d/${name}`);
  return [...users, ...sudoers, ...processesOf('airlock-e2e-runner')];
}

function processesOf(user: string): string[] {
  const out = execFileSync('ps', ['-eo', 'user:32=,pid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line.trim().startsWith(`${user} `))
    .map((line) => `process ${line.trim()}`);
}
