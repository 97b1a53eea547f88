import type { Identity } from './provenance-commit-log.js';

interface AgentIdentity {
  readonly agent: string;
  /** GitHub logins, lower-case; also derived from <id>+<login>@users.noreply.github.com. */
  readonly logins: readonly string[];
  readonly emails: readonly string[];
  /** Name suffixes that only the agent writes, such as aider's " (aider)". */
  readonly nameSuffixes: readonly string[];
}

// Logins and addresses measured on agent PRs (see docs/action.md, "Provenance"). Names alone are
// not used: a human may well be called Devin or Claude.
const knownAgents: readonly AgentIdentity[] = [
  agent('copilot', { logins: ['copilot', 'copilot-swe-agent[bot]', 'copilot-swe-agent'] }),
  agent('devin', { logins: ['devin-ai-integration[bot]', 'devin-ai-integration'] }),
  agent('codex', {
    logins: ['chatgpt-codex-connector[bot]', 'chatgpt-codex-connector', 'codex[bot]'],
  }),
  agent('claude', {
    logins: ['claude[bot]', 'claude-code[bot]'],
    emails: ['noreply@anthropic.com', 'no-reply@anthropic.com'],
  }),
  agent('cursor', { logins: ['cursoragent', 'cursor[bot]'], emails: ['cursoragent@cursor.com'] }),
  agent('jules', { logins: ['google-labs-jules[bot]', 'google-labs-jules'] }),
  agent('amazon-q', { logins: ['amazon-q-developer[bot]', 'amazon-q-developer'] }),
  agent('openhands', {
    logins: ['openhands-agent', 'openhands-ai[bot]', 'openhands[bot]'],
    emails: ['openhands@all-hands.dev'],
  }),
  agent('aider', { logins: [], emails: ['noreply@aider.chat'], nameSuffixes: [' (aider)'] }),
  agent('sweep', { logins: ['sweep-ai[bot]'] }),
  agent('gemini', { logins: ['gemini-cli[bot]', 'google-gemini-cli[bot]'] }),
];

function agent(
  name: string,
  ids: { logins: string[]; emails?: string[]; nameSuffixes?: string[] },
): AgentIdentity {
  const { logins, emails = [], nameSuffixes = [] } = ids;
  return { agent: name, logins, emails, nameSuffixes };
}

/** "123+Copilot@users.noreply.github.com" → "copilot". */
export function loginFromNoreplyEmail(email: string): string | null {
  const match = /^(?:\d+\+)?([^@\s]+)@users\.noreply\.github\.com$/i.exec(email.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

/** The known agent this identity belongs to, or null. */
export function knownAgentOf(identity: Identity): string | null {
  const email = identity.email.trim().toLowerCase();
  const logins = [identity.login?.toLowerCase(), loginFromNoreplyEmail(email)].filter(Boolean);
  const name = identity.name.toLowerCase();
  const found = knownAgents.find(
    (known) =>
      logins.some((login) => known.logins.includes(login ?? '')) ||
      known.emails.includes(email) ||
      known.nameSuffixes.some((suffix) => name.endsWith(suffix)),
  );
  return found?.agent ?? null;
}

/** Compiles user patterns ("my-bot[bot]", "*@agents.example.com"): "*" is the only wildcard. */
export function identityMatcher(
  patterns: readonly string[],
): (identity: Identity) => string | null {
  const compiled = patterns.map(
    (pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 'i'),
  );
  return (identity) => {
    const candidates = [
      identity.login ?? '',
      identity.name,
      identity.email,
      `${identity.name} <${identity.email}>`,
    ];
    const index = compiled.findIndex((regex) =>
      candidates.some((candidate) => candidate !== '' && regex.test(candidate)),
    );
    return index === -1 ? null : (patterns[index] ?? null);
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Markers agents write into commit messages or PR bodies. Each is specific to one agent.
const markers: ReadonlyArray<{ agent: string; pattern: RegExp; label: string }> = [
  {
    agent: 'claude',
    pattern: /Generated with \[?Claude Code\]?/i,
    label: 'Generated with Claude Code',
  },
  { agent: 'claude', pattern: /\bclaude\.ai\/code\b/i, label: 'claude.ai/code link' },
  { agent: 'codex', pattern: /\bchatgpt\.com\/codex\b/i, label: 'chatgpt.com/codex link' },
  { agent: 'devin', pattern: /\bapp\.devin\.ai\/sessions\//i, label: 'Devin session link' },
  { agent: 'jules', pattern: /\bjules\.google\.com\/task\//i, label: 'Jules task link' },
  { agent: 'cursor', pattern: /\bcursor\.com\/agents\b/i, label: 'Cursor agent link' },
  { agent: 'aider', pattern: /^aider: /m, label: 'aider commit prefix' },
  {
    agent: 'openhands',
    pattern: /\bOpenHands-?AI? (?:agent|resolver)\b/i,
    label: 'OpenHands marker',
  },
];

// Labels an agent's own integration puts on its PRs: the Codex connector adds "codex" (within
// seconds of opening, so the opened event may lack it; the API has it).
const agentLabels: ReadonlyMap<string, string> = new Map([['codex', 'codex']]);

/** The agent whose integration applies this label, or null. */
export function agentOfLabel(label: string): string | null {
  return agentLabels.get(label.toLowerCase()) ?? null;
}

/** Generated-by markers found in a commit message or PR body. */
export function markersIn(text: string): Array<{ agent: string; label: string }> {
  return markers
    .filter((marker) => marker.pattern.test(text))
    .map(({ agent, label }) => ({ agent, label }));
}
