import type { Capability } from '../shared/code-facts.js';

// What Go's standard library does, by import path and name: 'os/exec.Command' whatever the
// package was imported as. Methods are judged by the handle their receiver holds.

const words = (text: string): string[] => text.split(' ');

const byName: ReadonlyArray<readonly [Capability, readonly string[]]> = [
  [
    'process.spawn',
    words(
      'os/exec.Command os/exec.CommandContext syscall.Exec syscall.ForkExec syscall.StartProcess os.StartProcess golang.org/x/sys/unix.Exec',
    ),
  ],
  ['process.kill', words('syscall.Kill golang.org/x/sys/unix.Kill')],
  [
    'net.http',
    words('net/http.Get net/http.Post net/http.PostForm net/http.Head net/http.DefaultClient.Do'),
  ],
  [
    'net.socket',
    words(
      'net.Dial net.DialTimeout net.DialTCP net.DialUDP net.DialIP net.DialUnix crypto/tls.Dial',
    ),
  ],
  ['fs.open', words('os.Open os.OpenFile os.Create')],
  ['fs.read', words('os.ReadFile io/ioutil.ReadFile')],
  ['fs.write', words('os.WriteFile io/ioutil.WriteFile')],
  ['fs.delete', words('os.Remove os.RemoveAll os.Truncate')],
  [
    'fs.list',
    words(
      'os.ReadDir io/ioutil.ReadDir path/filepath.Walk path/filepath.WalkDir path/filepath.Glob',
    ),
  ],
  ['fs.chmod', words('os.Chmod os.Chown os.Lchown')],
  ['fs.copy', words('os.Rename os.Link os.Symlink')],
  [
    'native',
    words(
      'syscall.Syscall syscall.Syscall6 syscall.RawSyscall syscall.RawSyscall6 syscall.Mmap syscall.PtraceAttach golang.org/x/sys/unix.Syscall golang.org/x/sys/unix.RawSyscall unsafe.Pointer plugin.Open',
    ),
  ],
];

const table = new Map<string, Capability>(
  byName.flatMap(([capability, names]) => names.map((name) => [name, capability] as const)),
);

export const goSecretSources = new Set(
  words('os.Getenv os.LookupEnv os.Environ syscall.Getenv syscall.Environ'),
);
export const goEnvironmentGetters = new Set(words('os.Getenv os.LookupEnv syscall.Getenv'));
export const goDecoders = /^encoding\/(base64\.\w+Encoding\.DecodeString|hex\.DecodeString)$/;

/** Methods by the kind of handle they are called on. */
const methods: Readonly<
  Record<'file' | 'socket' | 'http' | 'process', ReadonlyMap<string, Capability>>
> = {
  file: new Map([
    ['Write', 'fs.write'],
    ['WriteString', 'fs.write'],
    ['WriteAt', 'fs.write'],
  ]),
  socket: new Map([
    ['Write', 'net.socket'],
    ['WriteTo', 'net.socket'],
  ]),
  http: new Map([
    ['Do', 'net.http'],
    ['Get', 'net.http'],
    ['Post', 'net.http'],
    ['PostForm', 'net.http'],
    ['Head', 'net.http'],
  ]),
  process: new Map([['Kill', 'process.kill']]),
};

export function goCapability(
  callee: string,
  method: string | undefined,
  handle: 'file' | 'socket' | 'http' | 'process' | undefined,
): Capability | null {
  const named = table.get(callee);
  if (named) return named;
  return handle && method ? (methods[handle].get(method) ?? null) : null;
}
