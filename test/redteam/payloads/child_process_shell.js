// Shells out to look around the machine: who am I, what can I see, where can I go.
const { execSync } = require('node:child_process');
for (const cmd of [
  'id',
  'cat /proc/1/cmdline',
  'ls /home /root',
  'cat /etc/hostname',
  'ip addr 2>&1 || cat /proc/net/dev',
]) {
  try {
    console.log(`$ ${cmd}\n${execSync(cmd, { encoding: 'utf8' })}`);
  } catch (e) {
    console.log(`$ ${cmd} -> failed`);
  }
}
