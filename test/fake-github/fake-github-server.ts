import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { FakePullRequests } from './fake-pull-requests.js';
import { fakePullRequests } from './fake-pull-requests.js';

// Real limits the fake enforces, each as GitHub answers when they are exceeded.
export const LIMITS = {
  annotationsPerRequest: 50,
  commentBody: 65_536,
  checkText: 65_535,
  checkTitle: 255,
} as const;

export interface TokenIdentity {
  /** Login the API reports as the author of what this token writes. */
  readonly login: string;
  /** GITHUB_TOKEN-like tokens cannot call GET /user (403). */
  readonly app: boolean;
  /** Read-only tokens (fork PRs) get 403 on every write. */
  readonly write: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly token: string | null;
  readonly body: unknown;
  readonly status: number;
}

interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
}
interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: unknown[];
}

export interface FakeGitHub {
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly checkRuns: CheckRun[];
  readonly comments: Map<number, Comment[]>;
  readonly sarifs: Array<{ commit_sha: string; ref: string; category?: string; sarif: unknown }>;
  /** Labels on each issue or PR, as GET .../issues/{n}/labels lists them. */
  readonly labels: Map<number, string[]>;
  /** Adds a comment as some user, e.g. a marker planted by the PR author. */
  addComment(issue: number, login: string, body: string): Comment;
  /** Pull requests, label events and collaborators' roles (for the maintainer's override). */
  readonly pulls: FakePullRequests;
  close(): Promise<void>;
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> };
const error = (status: number, message: string, errors?: unknown[]): Reply => ({
  status,
  body: {
    message,
    ...(errors ? { errors } : {}),
    documentation_url: 'https://docs.github.com/rest',
  },
});

/** A fake GitHub REST API on loopback: records requests, enforces the real limits, 422 on violations. */
export async function startFakeGitHub(options: {
  tokens: Record<string, TokenIdentity>;
}): Promise<FakeGitHub> {
  let nextId = 1000;
  const requests: RecordedRequest[] = [];
  const checkRuns: CheckRun[] = [];
  const comments = new Map<number, Comment[]>();
  const sarifs: FakeGitHub['sarifs'] = [];
  const labels = new Map<number, string[]>();
  const pulls = fakePullRequests();
  const addComment = (issue: number, login: string, body: string): Comment => {
    const comment = {
      id: nextId++,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      // Later comments are newer, one second apart, as the API's created_at says.
      created_at: new Date(Date.UTC(2026, 0, 1) + nextId * 1000).toISOString(),
    };
    comments.set(issue, [...(comments.get(issue) ?? []), comment]);
    return comment;
  };

  const route = (
    method: string,
    url: URL,
    identity: TokenIdentity,
    body: Record<string, unknown>,
  ): Reply => {
    const path = url.pathname;
    if (method === 'GET' && path === '/user')
      return identity.app
        ? error(403, 'Resource not accessible by integration')
        : { status: 200, body: { login: identity.login, type: 'User' } };
    if (method !== 'GET' && !identity.write)
      return error(403, 'Resource not accessible by integration');
    const pullReply = pulls.route(method, path);
    if (pullReply) return pullReply;
    let m = /^\/repos\/[^/]+\/[^/]+\/check-runs$/.exec(path);
    if (m && method === 'POST') return createCheckRun(body);
    m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path);
    if (m && method === 'PATCH') return updateCheckRun(Number(m[1]), body);
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path);
    if (m && method === 'GET') return listComments(Number(m[1]), url);
    if (m && method === 'POST')
      return (
        commentBody(body) ?? {
          status: 201,
          body: addComment(Number(m[1]), identity.login, String(body.body)),
        }
      );
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/.exec(path);
    if (m && method === 'GET') return listLabels(Number(m[1]), url);
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    if (m && method === 'PATCH') return updateComment(Number(m[1]), body);
    if (/^\/repos\/[^/]+\/[^/]+\/code-scanning\/sarifs$/.test(path) && method === 'POST')
      return uploadSarif(body);
    return error(404, 'Not Found');
  };

  const outputError = (output: unknown): Reply | null => {
    if (output === undefined) return null;
    const o = output as {
      title?: string;
      summary?: string;
      text?: string;
      annotations?: unknown[];
    };
    if ((o.annotations?.length ?? 0) > LIMITS.annotationsPerRequest)
      return error(422, 'Invalid request.\n\nOnly 50 annotations are allowed per request.');
    if ((o.summary?.length ?? 0) > LIMITS.checkText || (o.text?.length ?? 0) > LIMITS.checkText)
      return error(
        422,
        'Invalid request.\n\noutput.summary or output.text is too long (maximum is 65535 characters).',
      );
    if (o.annotations && (o.title === undefined || o.summary === undefined))
      return error(422, 'Invalid request.\n\n"title" and "summary" are required with annotations.');
    for (const a of (o.annotations ?? []) as Array<Record<string, unknown>>) {
      if (
        typeof a.path !== 'string' ||
        typeof a.start_line !== 'number' ||
        typeof a.end_line !== 'number' ||
        !['notice', 'warning', 'failure'].includes(String(a.annotation_level)) ||
        typeof a.message !== 'string'
      )
        return error(422, 'Invalid request.\n\nInvalid annotation.');
      if (typeof a.title === 'string' && a.title.length > LIMITS.checkTitle)
        return error(422, 'Invalid request.\n\nannotation title is too long.');
    }
    return null;
  };
  const createCheckRun = (body: Record<string, unknown>): Reply => {
    if (typeof body.name !== 'string' || !/^[0-9a-f]{40}$/.test(String(body.head_sha)))
      return error(422, 'Invalid request.\n\n"name" and a valid "head_sha" are required.');
    const invalid = outputError(body.output);
    if (invalid) return invalid;
    const output = (body.output ?? {}) as CheckRun['output'] & { annotations?: unknown[] };
    const run: CheckRun = {
      id: nextId++,
      name: body.name,
      head_sha: String(body.head_sha),
      status: String(body.status ?? 'queued'),
      conclusion: (body.conclusion as string) ?? null,
      output,
      annotations: [...(output.annotations ?? [])],
    };
    checkRuns.push(run);
    return { status: 201, body: run };
  };
  const updateCheckRun = (id: number, body: Record<string, unknown>): Reply => {
    const run = checkRuns.find((r) => r.id === id);
    if (!run) return error(404, 'Not Found');
    const invalid = outputError(body.output);
    if (invalid) return invalid;
    if (body.status === 'completed' && typeof body.conclusion !== 'string')
      return error(422, 'Invalid request.\n\n"conclusion" is required when status is completed.');
    const output = (body.output ?? {}) as CheckRun['output'] & { annotations?: unknown[] };
    Object.assign(run, {
      status: body.status ?? run.status,
      conclusion: body.conclusion ?? run.conclusion,
      output: { ...run.output, ...output, annotations: undefined },
    });
    run.annotations.push(...(output.annotations ?? []));
    return { status: 200, body: run };
  };
  const listComments = (issue: number, url: URL): Reply => {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = comments.get(issue) ?? [];
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link =
      page < last
        ? {
            link: `<${url.origin}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${url.origin}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`,
          }
        : undefined;
    return { status: 200, body: all.slice((page - 1) * perPage, page * perPage), headers: link };
  };
  const listLabels = (issue: number, url: URL): Reply => {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const names = (labels.get(issue) ?? []).slice((page - 1) * perPage, page * perPage);
    return {
      status: 200,
      body: names.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })),
    };
  };
  const commentBody = (body: Record<string, unknown>): Reply | null => {
    if (typeof body.body !== 'string')
      return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
    if (body.body.length > LIMITS.commentBody)
      return error(422, 'Validation Failed', [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'Body is too long (maximum is 65536 characters)',
        },
      ]);
    return null;
  };
  const updateComment = (id: number, body: Record<string, unknown>): Reply => {
    const comment = [...comments.values()].flat().find((c) => c.id === id);
    if (!comment) return error(404, 'Not Found');
    const invalid = commentBody(body);
    if (invalid) return invalid;
    comment.body = String(body.body);
    return { status: 200, body: comment };
  };
  const uploadSarif = (body: Record<string, unknown>): Reply => {
    if (!/^[0-9a-f]{40}$/.test(String(body.commit_sha)) || !/^refs\//.test(String(body.ref)))
      return error(422, 'Invalid request.\n\ncommit_sha and ref are required.');
    try {
      const sarif = JSON.parse(
        gunzipSync(Buffer.from(String(body.sarif), 'base64')).toString('utf8'),
      ) as unknown;
      sarifs.push({
        commit_sha: String(body.commit_sha),
        ref: String(body.ref),
        category: body.category as string | undefined,
        sarif,
      });
      return {
        status: 202,
        body: { id: `sarif-${nextId++}`, url: 'https://api.github.com/sarif' },
      };
    } catch {
      return error(400, 'Invalid request.\n\nsarif must be gzip-compressed, base64-encoded SARIF.');
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null;
      const identity = token === null ? undefined : options.tokens[token];
      let body: Record<string, unknown> = {};
      let reply: Reply;
      try {
        body = chunks.length
          ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
          : {};
        reply = identity
          ? route(req.method ?? 'GET', url, identity, body)
          : error(401, 'Bad credentials');
      } catch {
        reply = error(400, 'Problems parsing JSON');
      }
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname + url.search,
        token,
        body,
        status: reply.status,
      });
      res.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        ...(reply.headers ?? {}),
      });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    checkRuns,
    comments,
    sarifs,
    labels,
    addComment,
    pulls,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((err) => (err ? reject(err) : resolve())),
      ),
  };
}
