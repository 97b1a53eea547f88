// Dumps the whole environment and every process's environ.
const fs = require('node:fs');
console.log(JSON.stringify(process.env));
for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
  try {
    console.log(fs.readFileSync(`/proc/${pid}/environ`, 'utf8'));
  } catch {}
}
