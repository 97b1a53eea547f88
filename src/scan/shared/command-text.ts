import type { Severity } from '../../domain.js';

/** What a shell command line would do, judged from its text. */
export interface CommandThreat {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
}

// Ordered most severe first: the first match names the threat.
const threats: ReadonlyArray<readonly [RegExp, CommandThreat]> = [
  [
    /\b(curl|wget|fetch)\b[^|;&]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b|\b(ba|z)?sh\s+-c\s+["']?\$\((curl|wget)/,
    {
      ruleId: 'download-execute',
      severity: 'critical',
      message: 'pipes a download straight into a shell',
    },
  ],
  [
    /\brm\s+(-[a-zA-Z]*[rf][a-zA-Z]*\s+)+(--no-preserve-root\s+)?(\/|~|\$HOME)(\*|\s|$|\/\*|\/(etc|usr|bin|home|root|var|boot|lib)\b)/,
    {
      ruleId: 'destroy-system-files',
      severity: 'critical',
      message: 'recursively deletes the root, system or home directory',
    },
  ],
  [
    /\bmkfs(\.\w+)?\b|\bdd\b[^|;&]*\bof=\/dev\/(sd|nvme|xvd|vd|hd)|\bshred\b[^|;&]*\/dev\/|>\s*\/dev\/sd[a-z]/,
    {
      ruleId: 'destroy-system-files',
      severity: 'critical',
      message: 'overwrites a disk or filesystem',
    },
  ],
  [
    /:\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:/,
    { ruleId: 'abuse-fork-loop', severity: 'critical', message: 'fork bomb' },
  ],
  [
    /stratum\+(tcp|ssl):\/\/|\bxmrig\b|\bminerd\b|\bcpuminer\b|--donate-level/i,
    {
      ruleId: 'abuse-crypto-miner',
      severity: 'critical',
      message: 'starts a cryptocurrency miner',
    },
  ],
  [
    /\b(nc|ncat|netcat)\b[^|;&]*\s-[a-z]*e\s|\/dev\/tcp\/|\bsocat\b[^|;&]*exec:/i,
    { ruleId: 'net-reverse-shell', severity: 'critical', message: 'opens a reverse shell' },
  ],
  [
    /\bcrontab\s+(?!-l\b)\S|>>?\s*\/etc\/cron|\bgit\s+config\b[^|;&]*core\.hooksPath|>>?\s*~?[^\s]*\/\.(bashrc|profile|zshrc|bash_profile)\b|authorized_keys/,
    {
      ruleId: 'persist-autostart',
      severity: 'high',
      message: 'installs itself to run again later (cron, git hooks, shell profile, ssh keys)',
    },
  ],
  [
    /\b(cat|less|more|head|tail|cp|scp|base64|xxd)\b[^|;&]*(\/etc\/shadow|\.ssh\/|\.aws\/|\.npmrc|\.git-credentials|\/proc\/[^\s/]+\/environ)/,
    { ruleId: 'fs-credential-access', severity: 'high', message: 'reads credential files' },
  ],
  [
    /\b(curl|wget)\b[^|;&]*(-d|--data|--data-binary|-F|--upload-file|-T|--post-file)\s*[@'"]?(\$|@\/|@~|\/etc\/|~\/)/,
    {
      ruleId: 'net-send-file-contents',
      severity: 'high',
      message: 'uploads local data with curl or wget',
    },
  ],
  [
    /(^|[;&|({]\s*|\bsudo\s+)(pkill|killall|kill\s+-(9|KILL|TERM))\b/,
    { ruleId: 'kill-process', severity: 'medium', message: 'kills other processes' },
  ],
  [
    /\brm\s+-[a-zA-Z]*r[a-zA-Z]*\s+(\/|~)\S*/,
    {
      ruleId: 'destroy-system-files',
      severity: 'high',
      message: 'recursively deletes files outside the project',
    },
  ],
  [
    /\bchmod\s+(-R\s+)?[0-7]?777\s+\/|\bchmod\s+[ug]?\+s\b|\bsetenforce\s+0|\bufw\s+disable|\biptables\s+-F/,
    {
      ruleId: 'fs-system-write',
      severity: 'high',
      message: 'weakens system permissions or the firewall',
    },
  ],
];

export function commandThreat(command: string): CommandThreat | undefined {
  for (const [pattern, threat] of threats) if (pattern.test(command)) return threat;
  return undefined;
}
