// Runs a tiny Node client inside a network namespace and reports what each attempt got.
import { execa } from 'execa';

export type Probe =
  | { readonly kind: 'tcp'; readonly host: string; readonly port: number }
  | { readonly kind: 'proxied-get'; readonly proxy: string; readonly url: string };

// The client: TCP connects report 'connected' or the error code; proxied GETs report status and body.
const client = `
const net = require('node:net');
const http = require('node:http');
const probes = JSON.parse(process.argv[1]);
const tcp = (p) => new Promise((resolve) => {
  const s = net.connect({ host: p.host, port: p.port });
  s.setTimeout(3000, () => { s.destroy(); resolve('timeout'); });
  s.once('connect', () => { s.destroy(); resolve('connected'); });
  s.once('error', (e) => resolve(e.code));
});
const get = (p) => new Promise((resolve) => {
  const proxy = new URL(p.proxy);
  const req = http.get({ host: proxy.hostname, port: proxy.port, path: p.url, agent: false, timeout: 3000 });
  req.once('timeout', () => { req.destroy(); resolve('timeout'); });
  req.once('error', (e) => resolve(e.code));
  req.once('response', (res) => {
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => resolve(res.statusCode + ' ' + body.trim()));
  });
});
(async () => {
  const out = [];
  for (const p of probes) out.push(p.kind === 'tcp' ? await tcp(p) : await get(p));
  process.stdout.write(JSON.stringify(out));
})();
`;

export async function probeFromNetns(netns: string, probes: readonly Probe[]): Promise<string[]> {
  const result = await execa(
    'ip',
    ['netns', 'exec', netns, process.execPath, '-e', client, JSON.stringify(probes)],
    {
      reject: false,
      timeout: 60_000,
    },
  );
  if (result.exitCode !== 0) throw new Error(`probe failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}
