// What a client asks the install proxy for, parsed from CONNECT authorities and absolute-URI requests.

export interface EgressTarget {
  readonly host: string;
  readonly port: number;
}

export interface HttpTarget extends EgressTarget {
  /** Path and query, as the origin server expects them. */
  readonly path: string;
}

/** `host:port` or `[v6]:port`; the port is mandatory in CONNECT (RFC 9110 §9.3.6). */
export function parseConnectTarget(authority: string): EgressTarget | undefined {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]\s/@]+):(\d{1,5})$/.exec(authority);
  if (!match) return undefined;
  const [, rawHost = '', rawPort = ''] = match;
  const port = Number(rawPort);
  if (port < 1 || port > 65_535) return undefined;
  return { host: rawHost.replace(/^\[|\]$/g, ''), port };
}

/** Plain HTTP through a proxy uses an absolute URI (RFC 9112 §3.2.2); https: must use CONNECT. */
export function parseProxyRequestUrl(url: string): HttpTarget | undefined {
  if (!/^http:\/\//i.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // Credentials in the URL would be forwarded to the origin as if the user meant them for it.
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return undefined;
  const port = parsed.port === '' ? 80 : Number(parsed.port);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port,
    path: `${parsed.pathname}${parsed.search}`,
  };
}

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'proxy-authenticate',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

type HeaderValue = string | string[] | undefined;

/** End-to-end headers only: hop-by-hop ones, and any the Connection header names, stay with the proxy. */
export function forwardHeaders(
  headers: Readonly<Record<string, HeaderValue>>,
): Record<string, string | string[]> {
  const named = String(headers.connection ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '');
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || hopByHop.has(lower) || named.includes(lower)) continue;
    out[lower] = value;
  }
  return out;
}

/** The Host header for a target: the port only when it is not HTTP's default. */
export function hostHeader(target: EgressTarget): string {
  const host = target.host.includes(':') ? `[${target.host}]` : target.host;
  return target.port === 80 ? host : `${host}:${target.port}`;
}
