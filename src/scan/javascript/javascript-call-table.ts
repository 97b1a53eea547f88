import type { Capability } from '../shared/code-facts.js';

const words = (text: string): string[] => text.split(' ');

// Node's built-ins and common packages, by resolved name ('node:' prefixes are dropped first).
const byName: ReadonlyArray<readonly [Capability, readonly string[]]> = [
  [
    'process.shell',
    words(
      'child_process.exec child_process.execSync shelljs.exec execa.execaCommand execa.execaCommandSync execa.$',
    ),
  ],
  [
    'process.spawn',
    words(
      'child_process.spawn child_process.spawnSync child_process.execFile child_process.execFileSync execa execa.execa execa.execaSync cross-spawn Bun.spawn Deno.run',
    ),
  ],
  ['process.fork', words('child_process.fork cluster.fork')],
  ['process.kill', words('process.kill')],
  [
    'net.http',
    words(
      'fetch http.request http.get https.request https.get axios axios.get axios.post axios.put axios.patch axios.delete axios.request got got.get got.post node-fetch undici.request undici.fetch request superagent.get superagent.post XMLHttpRequest WebSocket ws navigator.sendBeacon',
    ),
  ],
  [
    'net.socket',
    words('net.connect net.createConnection net.Socket tls.connect dgram.createSocket'),
  ],
  [
    'fs.read',
    words(
      'fs.readFileSync fs.readFile fs.promises.readFile fs/promises.readFile fs.createReadStream fs.openSync fs.open',
    ),
  ],
  [
    'fs.write',
    words(
      'fs.writeFileSync fs.writeFile fs.appendFileSync fs.appendFile fs.promises.writeFile fs.promises.appendFile fs/promises.writeFile fs/promises.appendFile fs.createWriteStream',
    ),
  ],
  [
    'fs.delete',
    words(
      'fs.rmSync fs.rm fs.unlinkSync fs.unlink fs.rmdirSync fs.rmdir fs.promises.rm fs.promises.unlink fs/promises.rm fs/promises.unlink rimraf rimraf.sync del fs-extra.remove fs-extra.removeSync',
    ),
  ],
  [
    'fs.list',
    words(
      'fs.readdirSync fs.readdir fs.promises.readdir fs/promises.readdir fs.opendirSync glob glob.sync fast-glob',
    ),
  ],
  [
    'fs.copy',
    words(
      'fs.copyFileSync fs.copyFile fs.cpSync fs.cp fs.renameSync fs.rename fs.symlinkSync fs.symlink fs/promises.copyFile',
    ),
  ],
  ['fs.chmod', words('fs.chmodSync fs.chmod fs.chownSync fs.chown')],
  [
    'code.eval',
    words(
      'eval Function vm.runInThisContext vm.runInNewContext vm.runInContext vm.Script vm.compileFunction vm.SourceTextModule',
    ),
  ],
  [
    'deserialise',
    words(
      'node-serialize.unserialize serialize-to-js.deserialize v8.deserialize funcster.deepDeserialize',
    ),
  ],
  [
    'native',
    words(
      'process.binding process._linkedBinding process.dlopen ffi-napi.Library ffi.Library ref-napi koffi.load',
    ),
  ],
];

const table = new Map<string, Capability>();
for (const [capability, names] of byName) for (const name of names) table.set(name, capability);

export function javascriptCapability(callee: string): Capability | null {
  return table.get(callee) ?? null;
}

/** Resolved names whose value is a secret. */
export const javascriptSecretRefs = /^(process\.env|Deno\.env|Bun\.env)(\.|$)/;
