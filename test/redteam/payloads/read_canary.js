// Same from Node, plus a directory walk of where the host file lives.
const fs = require('node:fs');
const path = process.env.CANARY_PATH;
try {
  console.log('READ', fs.readFileSync(path, 'utf8'));
} catch (e) {
  console.log('refused', e.code);
}
try {
  console.log('LISTED', fs.readdirSync(require('node:path').dirname(path)));
} catch (e) {
  console.log('refused', e.code);
}
