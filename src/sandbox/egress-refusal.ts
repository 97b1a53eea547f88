// What the install proxy answers when it will not carry a request, and how it recognises itself.
import { canonicalAddress, classifyAddress } from '../config/egress-address.js';
import type { EgressDecision } from './egress-policy.js';
import type { EgressTarget } from './egress-target.js';

export type RefusalStatus = 400 | 403 | 502;

const statusText: Record<RefusalStatus, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  502: 'Bad Gateway',
};

export const malformedTarget: EgressDecision = {
  decision: 'deny',
  rule: 'host',
  reason: 'not a valid proxy target',
};

/** The body names the reason, so an installer's error output tells the user which rule refused. */
export function refusalBody(reason: string): string {
  return `airlock egress proxy: ${reason}\n`;
}

/** A complete HTTP/1.1 response for a refused CONNECT, written straight to the client socket. */
export function rawRefusal(status: RefusalStatus, reason: string): string {
  const body = refusalBody(reason);
  return [
    `HTTP/1.1 ${status} ${statusText[status]}`,
    'Content-Type: text/plain',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** True when the target is the proxy's own listening socket (a loop through itself). */
export function isProxySelf(
  target: { readonly address: string; readonly port: number },
  listen: EgressTarget,
  localAddresses: readonly string[],
): boolean {
  const address = canonicalAddress(target.address);
  if (target.port !== listen.port || address === undefined) return false;
  if (classifyAddress(address) === 'unspecified') return true;
  const listenAddress = canonicalAddress(listen.host);
  if (listenAddress === undefined) return false;
  if (classifyAddress(listenAddress) !== 'unspecified') return address === listenAddress;
  return localAddresses.some((local) => canonicalAddress(local) === address);
}
