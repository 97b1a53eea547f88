// The install phase's only way out: a forward proxy that resolves names itself, checks every answer
// against the egress policy, and connects to the checked address so DNS cannot change it afterwards.
import { lookup } from 'node:dns/promises';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import {
  isProxySelf,
  malformedTarget,
  rawRefusal,
  refusalBody,
  type RefusalStatus,
} from '../../../sandbox/egress-refusal.js';
import { authorizeTarget, type AuthorizeDeps } from '../../../sandbox/egress-authorize.js';
import { createEgressLedger } from '../../../sandbox/egress-ledger.js';
import {
  forwardHeaders,
  hostHeader,
  parseConnectTarget,
  parseProxyRequestUrl,
  type EgressTarget,
  type HttpTarget,
} from '../../../sandbox/egress-target.js';
import type { EgressEvent, EgressPolicy } from '../../../domain.js';

export interface EgressProxyOptions {
  readonly listen: { readonly host: string; readonly port: number };
  readonly policy: EgressPolicy;
  /** A tunnel or request with no traffic for this long is closed. */
  readonly idleMs?: number;
}

export interface EgressProxyDeps {
  /** Every address a name resolves to; tests inject answers instead of asking DNS. */
  resolve(host: string): Promise<string[]>;
  now(): number;
}

export interface EgressProxy {
  /** `http://host:port`, for HTTP_PROXY/HTTPS_PROXY inside the sandbox. */
  readonly url: string;
  events(): EgressEvent[];
  totals(): { connections: number; bytes: number; unrecorded: number };
  close(): Promise<void>;
}

export const systemEgressDeps: EgressProxyDeps = {
  resolve: async (host) =>
    (await lookup(host, { all: true, verbatim: true })).map((a) => a.address),
  now: () => performance.now(),
};

// Request headers beyond 16 KiB are no installer's; Node answers 431 and closes.
const MAX_HEADER_BYTES = 16 * 1024;
const HEADERS_TIMEOUT_MS = 10_000;
const DEFAULT_IDLE_MS = 60_000;

interface ProxyContext extends AuthorizeDeps {
  readonly idleMs: number;
  track(stream: Duplex): void;
}

interface Granted {
  readonly id: number;
  readonly address: string;
}

export async function startEgressProxy(
  options: EgressProxyOptions,
  deps: EgressProxyDeps = systemEgressDeps,
): Promise<EgressProxy> {
  const started = deps.now();
  const streams = new Set<Duplex>();
  const track = (stream: Duplex): void => {
    streams.add(stream);
    stream.once('close', () => streams.delete(stream));
  };
  const server = createServer({
    maxHeaderSize: MAX_HEADER_BYTES,
    headersTimeout: HEADERS_TIMEOUT_MS,
  });
  server.on('connection', track);
  const port = await listenOn(server, options.listen);
  const ctx: ProxyContext = {
    policy: options.policy,
    ledger: createEgressLedger(options.policy, () => Math.round(deps.now() - started)),
    resolve: (host) => deps.resolve(host),
    idleMs: options.idleMs ?? DEFAULT_IDLE_MS,
    isSelf: selfCheck(options.listen.host, port),
    track,
  };
  server.on('connect', (req: IncomingMessage, client: Duplex, head: Buffer) =>
    handleConnect(ctx, { req, client, head }),
  );
  server.on('request', (req: IncomingMessage, res: ServerResponse) => handleRequest(ctx, req, res));
  const host = options.listen.host.includes(':') ? `[${options.listen.host}]` : options.listen.host;
  return {
    url: `http://${host}:${port}`,
    events: () => ctx.ledger.events(),
    totals: () => ctx.ledger.totals(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const stream of streams) stream.destroy();
      }),
  };
}

function handleConnect(
  ctx: ProxyContext,
  connection: { readonly req: IncomingMessage; readonly client: Duplex; readonly head: Buffer },
): void {
  const { req, client, head } = connection;
  client.on('error', () => client.destroy());
  const target = parseConnectTarget(req.url ?? '');
  if (!target) {
    ctx.ledger.record(String(req.url).slice(0, 255), 0, malformedTarget);
    return refuseTunnel(client, 400, malformedTarget.reason);
  }
  void authorizeTarget(target, ctx).then((granted) => {
    if (!granted.granted) return refuseTunnel(client, 403, granted.reason);
    openTunnel(ctx, { client, head }, { ...target, ...granted });
  });
}

function openTunnel(
  ctx: ProxyContext,
  connection: { readonly client: Duplex; readonly head: Buffer },
  route: EgressTarget & Granted,
): void {
  const { client, head } = connection;
  const upstream = connect({ host: route.address, port: route.port });
  ctx.track(upstream);
  const cut = (error: string): void => {
    ctx.ledger.fail(route.id, error);
    upstream.destroy();
    client.destroy();
  };
  const count = (chunk: Buffer): void => {
    if (!ctx.ledger.addBytes(route.id, chunk.length)) cut('byte cap reached');
  };
  upstream.setTimeout(ctx.idleMs, () => cut('idle timeout'));
  upstream.once('error', (error: NodeJS.ErrnoException) => {
    ctx.ledger.fail(route.id, error.code ?? 'upstream error');
    if (upstream.connecting) refuseTunnel(client, 502, 'upstream connection failed');
    else client.destroy();
  });
  upstream.once('connect', () => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) {
      count(head);
      upstream.write(head);
    }
    client.on('data', count);
    upstream.on('data', count);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  // A side that closed cleanly ends the other after its buffered bytes are written (destroying it
  // would cut the last part of a response still on its way); a side that failed takes the other down.
  client.once('close', (hadError: boolean) => (hadError ? upstream.destroy() : upstream.end()));
  upstream.once('close', (hadError: boolean) => (hadError ? client.destroy() : client.end()));
}

function handleRequest(ctx: ProxyContext, req: IncomingMessage, res: ServerResponse): void {
  const target = parseProxyRequestUrl(req.url ?? '');
  if (!target) {
    ctx.ledger.record(String(req.url).slice(0, 255), 0, malformedTarget);
    return refuseRequest(res, 400, malformedTarget.reason);
  }
  void authorizeTarget(target, ctx).then((granted) => {
    if (!granted.granted) return refuseRequest(res, 403, granted.reason);
    forwardRequest(ctx, { req, res }, { ...target, ...granted });
  });
}

function forwardRequest(
  ctx: ProxyContext,
  exchange: { readonly req: IncomingMessage; readonly res: ServerResponse },
  route: HttpTarget & Granted,
): void {
  const { req, res } = exchange;
  // RFC 9112 §3.2.2: the absolute URI's authority replaces whatever Host the client sent.
  const headers = { ...forwardHeaders(req.headers), host: hostHeader(route) };
  const count = (chunk: Buffer): void => {
    if (ctx.ledger.addBytes(route.id, chunk.length)) return;
    ctx.ledger.fail(route.id, 'byte cap reached');
    upstream.destroy();
    res.destroy();
  };
  const upstream = httpRequest({
    host: route.address,
    port: route.port,
    method: req.method,
    path: route.path,
    headers,
    agent: false,
    setHost: false,
    timeout: ctx.idleMs,
  });
  upstream.on('socket', ctx.track);
  upstream.once('timeout', () =>
    upstream.destroy(Object.assign(new Error('idle'), { code: 'idle timeout' })),
  );
  upstream.once('error', (error: NodeJS.ErrnoException) => {
    ctx.ledger.fail(route.id, error.code ?? 'upstream error');
    if (res.headersSent) res.destroy();
    else refuseRequest(res, 502, 'upstream request failed');
  });
  upstream.once('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, forwardHeaders(answer.headers));
    answer.on('data', count);
    answer.pipe(res);
  });
  req.on('data', count);
  req.pipe(upstream);
}

/** Listens and returns the bound port (the one asked for, or the kernel's pick for port 0). */
async function listenOn(server: Server, listen: EgressProxyOptions['listen']): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const bound = server.address();
  return typeof bound === 'object' && bound ? bound.port : listen.port;
}

function refuseTunnel(client: Duplex, status: RefusalStatus, reason: string): void {
  client.end(rawRefusal(status, reason));
}

function refuseRequest(res: ServerResponse, status: RefusalStatus, reason: string): void {
  res.writeHead(status, { 'content-type': 'text/plain', connection: 'close' });
  res.end(refusalBody(reason));
}

/** The proxy's own sockets; an unspecified listen address means every local address. */
function selfCheck(listenHost: string, port: number): (address: string, port: number) => boolean {
  const locals = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .map((entry) => entry.address);
  return (address, targetPort) =>
    isProxySelf({ address, port: targetPort }, { host: listenHost, port }, locals);
}
