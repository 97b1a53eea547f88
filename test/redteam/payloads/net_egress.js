// TCP, UDP and fetch from Node to every target address given.
const net = require('node:net');
const dgram = require('node:dgram');
const targets = process.env.TARGETS.split(',');
const tcp = (host) =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(process.env.TCP_PORT), timeout: 2000 });
    socket.on('connect', () => {
      console.log('CONNECTED', host);
      socket.end('exfiltrated');
      resolve();
    });
    socket.on('error', (e) => {
      console.log('refused', host, e.code);
      resolve();
    });
    socket.on('timeout', () => {
      console.log('timeout', host);
      socket.destroy();
      resolve();
    });
  });
const udp = (host) =>
  new Promise((resolve) => {
    const socket = dgram.createSocket('udp4');
    socket.send('exfiltrated', Number(process.env.UDP_PORT), host, (e) => {
      console.log(e ? `refused ${host} ${e.code}` : `sent? ${host}`);
      socket.close();
      resolve();
    });
  });
const web = async (host) => {
  try {
    await fetch(`http://${host}:${process.env.TCP_PORT}/exfil?d=secret`, {
      signal: AbortSignal.timeout(2000),
    });
    console.log('FETCHED', host);
  } catch (e) {
    console.log('fetch failed', host, e.cause?.code ?? e.name);
  }
};
(async () => {
  for (const host of targets) {
    await tcp(host);
    await udp(host);
    await web(host);
  }
})();
