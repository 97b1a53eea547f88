// Listeners on this machine's own addresses (loopback and its interface address, never anywhere
// else): every payload aims at them, and each must see nothing at all.
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import { networkInterfaces } from 'node:os';

export interface Listeners {
  readonly targets: string[];
  readonly tcpPort: number;
  readonly udpPort: number;
  readonly seen: string[];
  close(): Promise<void>;
}

/** Loopback plus this machine's own non-internal IPv4 addresses. */
export function ownAddresses(): string[] {
  const own = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
  return ['127.0.0.1', ...own];
}

export async function startListeners(): Promise<Listeners> {
  const targets = ownAddresses();
  const seen: string[] = [];
  const tcp: Server[] = [];
  const udp: Socket[] = [];
  let tcpPort = 0;
  let udpPort = 0;
  for (const address of targets) {
    const server = createServer((socket) => {
      seen.push(`tcp ${address} from ${socket.remoteAddress}`);
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(tcpPort, address, resolve));
    tcpPort = (server.address() as { port: number }).port;
    tcp.push(server);
    const socket = createSocket('udp4');
    socket.on('message', (_msg, info) => seen.push(`udp ${address} from ${info.address}`));
    await new Promise<void>((resolve) => socket.bind(udpPort, address, resolve));
    udpPort = socket.address().port;
    udp.push(socket);
  }
  return {
    targets,
    tcpPort,
    udpPort,
    seen,
    close: async () => {
      await Promise.all(tcp.map((server) => new Promise((resolve) => server.close(resolve))));
      for (const socket of udp) socket.close();
    },
  };
}
