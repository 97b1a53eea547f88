// Pull requests, their labels and issue events, and collaborators' permissions for the fake API.

export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface FakePullRequest {
  number: number;
  user: { login: string };
  labels: Array<{ name: string }>;
  body: string;
  base: { sha: string; ref: string; repo: { full_name: string } };
  head: { sha: string; ref: string; repo: { full_name: string } };
}

interface IssueEvent {
  id: number;
  event: string;
  actor: { login: string };
  label?: { name: string };
  created_at: string;
}

type Reply = { status: number; body: unknown };
const notFound: Reply = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
};

// The REST API maps maintain to write and triage to read in `permission`; role_name keeps them.
const legacy = (role: Role) => (role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role);

export function fakePullRequests() {
  const pulls = new Map<number, FakePullRequest>();
  const events = new Map<number, IssueEvent[]>();
  const roles = new Map<string, Role>();
  let nextId = 1;

  const route = (method: string, path: string): Reply | null => {
    if (method !== 'GET') return null;
    let m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path);
    if (m) {
      const pull = pulls.get(Number(m[1]));
      return pull ? { status: 200, body: pull } : notFound;
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/events$/.exec(path);
    if (m) return { status: 200, body: events.get(Number(m[1])) ?? [] };
    m = /^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/.exec(path);
    if (m) {
      const login = decodeURIComponent(m[1] ?? '');
      const role = roles.get(login.toLowerCase());
      // Not a collaborator: GitHub answers 404 for users with no access to a private repository.
      if (!role) return notFound;
      return {
        status: 200,
        body: { permission: legacy(role), role_name: role, user: { login } },
      };
    }
    return null;
  };

  return {
    route,
    pulls,
    setPullRequest(pull: FakePullRequest) {
      pulls.set(pull.number, pull);
    },
    setRole(login: string, role: Role) {
      roles.set(login.toLowerCase(), role);
    },
    /** Adds the label to the PR and records who added it, as the issue events API lists it. */
    addLabel(number: number, name: string, actor: string) {
      const pull = pulls.get(number);
      if (pull && !pull.labels.some((l) => l.name === name)) pull.labels.push({ name });
      const list = events.get(number) ?? [];
      const id = nextId++;
      list.push({
        id,
        event: 'labeled',
        actor: { login: actor },
        label: { name },
        created_at: new Date(Date.UTC(2026, 0, 1) + id * 1000).toISOString(),
      });
      events.set(number, list);
    },
  };
}

export type FakePullRequests = ReturnType<typeof fakePullRequests>;
