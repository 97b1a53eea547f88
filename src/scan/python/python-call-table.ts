import type { Capability } from '../shared/code-facts.js';

// What Python's standard library and common packages do, by qualified name. Front ends resolve
// aliases first, so 'sp.run' after 'import subprocess as sp' arrives here as 'subprocess.run'.

const words = (text: string): string[] => text.split(' ');

const byName: ReadonlyArray<readonly [Capability, readonly string[]]> = [
  [
    'process.shell',
    words(
      'os.system os.popen commands.getoutput commands.getstatusoutput subprocess.getoutput subprocess.getstatusoutput os.popen2 os.popen3 popen2.popen2',
    ),
  ],
  [
    'process.spawn',
    words(
      'subprocess.run subprocess.call subprocess.check_call subprocess.check_output subprocess.Popen os.execv os.execve os.execl os.execle os.execlp os.execlpe os.execvp os.execvpe os.spawnl os.spawnle os.spawnlp os.spawnv os.spawnve os.spawnvp os.posix_spawn os.posix_spawnp pty.spawn asyncio.create_subprocess_exec sh.Command pexpect.spawn pexpect.run',
    ),
  ],
  ['process.shell', words('asyncio.create_subprocess_shell')],
  ['process.fork', words('os.fork os.forkpty multiprocessing.Process')],
  ['process.kill', words('os.kill os.killpg signal.pthread_kill')],
  [
    'net.http',
    words(
      'requests.get requests.post requests.put requests.patch requests.delete requests.head requests.request requests.Session urllib.request.urlopen urllib.request.Request urllib2.urlopen urllib.urlopen http.client.HTTPConnection http.client.HTTPSConnection httpx.get httpx.post httpx.put httpx.request httpx.Client httpx.AsyncClient aiohttp.ClientSession aiohttp.request urllib3.PoolManager urllib3.request ftplib.FTP smtplib.SMTP smtplib.SMTP_SSL xmlrpc.client.ServerProxy webbrowser.open pycurl.Curl',
    ),
  ],
  ['net.download', words('urllib.request.urlretrieve urllib.urlretrieve wget.download')],
  [
    'net.socket',
    words(
      'socket.socket socket.create_connection socket.socketpair asyncio.open_connection telnetlib.Telnet paramiko.SSHClient',
    ),
  ],
  [
    'fs.open',
    words(
      'open io.open codecs.open os.open os.fdopen pathlib.Path pathlib.PurePath pathlib.PosixPath tarfile.open zipfile.ZipFile',
    ),
  ],
  [
    'fs.copy',
    words(
      'shutil.copy shutil.copy2 shutil.copyfile shutil.copytree shutil.move os.rename os.replace os.link os.symlink',
    ),
  ],
  ['fs.delete', words('os.remove os.unlink os.rmdir os.removedirs shutil.rmtree os.truncate')],
  ['fs.list', words('os.listdir os.scandir os.walk os.fwalk glob.glob glob.iglob')],
  ['fs.chmod', words('os.chmod os.chown os.lchown shutil.chown')],
  ['fs.dup', words('os.dup2')],
  [
    'code.eval',
    words(
      'eval exec compile execfile runpy.run_path runpy.run_module code.InteractiveInterpreter builtins.eval builtins.exec builtins.compile',
    ),
  ],
  [
    'deserialise',
    words(
      'pickle.loads pickle.load pickle.Unpickler cPickle.loads cPickle.load _pickle.loads marshal.loads marshal.load shelve.open dill.loads dill.load jsonpickle.decode pandas.read_pickle joblib.load torch.load numpy.load yaml.unsafe_load yaml.full_load yaml.load_all',
    ),
  ],
  [
    'native',
    words(
      'ctypes.CDLL ctypes.cdll.LoadLibrary ctypes.PyDLL ctypes.WinDLL ctypes.windll ctypes.cdll ctypes.CFUNCTYPE ctypes.memmove ctypes.pythonapi cffi.FFI ctypes.util.find_library',
    ),
  ],
];

const table = new Map<string, Capability>();
for (const [capability, names] of byName) for (const name of names) table.set(name, capability);

// Methods whose meaning depends on what the receiver is (an open file, a socket, a process).
const handleMethods: Record<string, Record<string, Capability>> = {
  file: {
    write: 'fs.write',
    writelines: 'fs.write',
    write_text: 'fs.write',
    write_bytes: 'fs.write',
    read: 'fs.read',
    read_text: 'fs.read',
    read_bytes: 'fs.read',
    readlines: 'fs.read',
    readline: 'fs.read',
    unlink: 'fs.delete',
    rmdir: 'fs.delete',
    iterdir: 'fs.list',
    glob: 'fs.list',
    rglob: 'fs.list',
    chmod: 'fs.chmod',
    open: 'fs.open',
    rename: 'fs.copy',
    replace: 'fs.copy',
    symlink_to: 'fs.copy',
    extractall: 'fs.write',
  },
  socket: {
    connect: 'net.socket',
    connect_ex: 'net.socket',
    send: 'net.socket',
    sendall: 'net.socket',
    sendto: 'net.socket',
    exec_command: 'process.shell',
  },
  http: {
    request: 'net.http',
    get: 'net.http',
    post: 'net.http',
    put: 'net.http',
    putrequest: 'net.http',
    send: 'net.http',
    sendmail: 'net.http',
    storbinary: 'net.http',
  },
  process: {
    kill: 'process.kill',
    terminate: 'process.kill',
    send_signal: 'process.kill',
    suspend: 'process.kill',
  },
};

export function pythonCapability(
  callee: string,
  handleKind?: string,
  method?: string,
): Capability | null {
  const direct = table.get(callee);
  if (direct) return direct;
  if (handleKind && method) return handleMethods[handleKind]?.[method] ?? null;
  return null;
}

/** Which handle a call returns, so later method calls on it can be classified. */
export function pythonHandleKind(
  capability: Capability | null,
): 'file' | 'socket' | 'http' | undefined {
  if (capability === 'fs.open') return 'file';
  if (capability === 'net.socket') return 'socket';
  if (capability === 'net.http') return 'http';
  return undefined;
}

export const pythonSecretSources = new Set(
  words(
    'os.getenv os.environ.get os.environ.copy os.environ.items os.environ.values os.getenvb os.environ.__getitem__ dotenv.dotenv_values keyring.get_password getpass.getpass netrc.netrc',
  ),
);
export const pythonEncoders = new Set(
  words(
    'base64.b64encode base64.b32encode base64.b85encode base64.a85encode base64.urlsafe_b64encode base64.encodebytes binascii.hexlify binascii.b2a_base64 codecs.encode zlib.compress marshal.dumps',
  ),
);
export const pythonDecoders = new Set(
  words(
    'base64.b64decode base64.b32decode base64.b85decode base64.a85decode base64.urlsafe_b64decode base64.decodebytes binascii.unhexlify binascii.a2b_base64 bytes.fromhex codecs.decode zlib.decompress gzip.decompress bz2.decompress lzma.decompress',
  ),
);
