// Loopback-only helpers for the proxy tests: a target origin, and clients that speak to the proxy.
import { once } from 'node:events';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, createServer as createTcpServer, type Socket } from 'node:net';

export interface Target {
  readonly port: number;
  readonly requests: string[];
  close(): Promise<void>;
}

/** An HTTP origin on 127.0.0.1: `/` answers a greeting, `/bytes/N` answers N bytes. */
export async function startTarget(): Promise<Target> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url} host=${req.headers.host}`);
    const size = /^\/bytes\/(\d+)$/.exec(req.url ?? '')?.[1];
    res.end(size === undefined ? 'hello from the index\n' : Buffer.alloc(Number(size), 120));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    port,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A port that was free a moment ago, for a proxy whose policy must name its own port. */
export async function freePort(): Promise<number> {
  const probe = createTcpServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface Tunnel {
  readonly status: number;
  readonly socket: Socket;
  readonly body: string;
}

/** Sends CONNECT and returns the proxy's status with the socket, ready for tunnelled bytes. */
export async function openConnect(proxyUrl: string, authority: string): Promise<Tunnel> {
  const { hostname, port } = new URL(proxyUrl);
  const socket = connect({ host: hostname, port: Number(port) });
  await once(socket, 'connect');
  socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n\r\n`);
  let buffered = '';
  while (!buffered.includes('\r\n\r\n')) {
    const [chunk] = (await once(socket, 'data')) as [Buffer];
    buffered += chunk.toString('latin1');
  }
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(buffered)?.[1] ?? 0);
  return { status, socket, body: buffered.slice(buffered.indexOf('\r\n\r\n') + 4) };
}

/** Everything the tunnel returns for one HTTP/1.0-style request, read until the far side closes. */
export async function requestThroughTunnel(tunnel: Tunnel, path: string): Promise<string> {
  const chunks: Buffer[] = [];
  tunnel.socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  const closed = once(tunnel.socket, 'close');
  tunnel.socket.write(`GET ${path} HTTP/1.1\r\nHost: index.test\r\nConnection: close\r\n\r\n`);
  await closed;
  return Buffer.concat(chunks).toString('latin1');
}

export interface ProxiedResponse {
  readonly status: number;
  readonly body: string;
}

/** A plain-HTTP request in absolute-URI form, as HTTP_PROXY clients send it. */
export async function getViaProxy(
  proxyUrl: string,
  absoluteUrl: string,
  headers: Record<string, string> = {},
): Promise<ProxiedResponse> {
  const { hostname, port } = new URL(proxyUrl);
  const req = request({
    host: hostname,
    port: Number(port),
    path: absoluteUrl,
    headers,
    agent: false,
  });
  req.end();
  const [res] = (await once(req, 'response')) as [IncomingMessage];
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return { status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('latin1') };
}

/** The error code a plain TCP connect gets, or 'connected'. */
export async function tryConnect(host: string, port: number): Promise<string> {
  const socket = connect({ host, port });
  try {
    await once(socket, 'connect');
    return 'connected';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'error';
  } finally {
    socket.destroy();
  }
}
