# A user namespace would make the guest root over itself and exempt it from RLIMIT_NPROC: try every
# way in (clone3 hides its flags in memory), check threads still start, then fork without end.
import ctypes, os, struct, threading
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
CLONE_NEWUSER, SIGCHLD = 0x10000000, 17
CLONE3, CLONE = 435, 56

def report(name, result):
    if result == 0:
        os._exit(0)  # the child of a call that should never have succeeded
    if result > 0:
        os.waitpid(result, 0)
        print("ALLOWED", name, flush=True)
    else:
        print("refused", name, os.strerror(ctypes.get_errno()), flush=True)

args = struct.pack("11Q", CLONE_NEWUSER, 0, 0, 0, SIGCHLD, 0, 0, 0, 0, 0, 0)
buffer = ctypes.create_string_buffer(args, len(args))
report("clone3(CLONE_NEWUSER)", libc.syscall(CLONE3, buffer, ctypes.c_size_t(len(args))))
report("clone(CLONE_NEWUSER)", libc.syscall(CLONE, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0))
report("unshare(CLONE_NEWUSER)", libc.unshare(CLONE_NEWUSER))
print("unshare(CLONE_FS) returned", libc.unshare(0x200), flush=True)  # no namespace: allowed
worker = threading.Thread(target=lambda: print("thread started", flush=True))
worker.start()
worker.join()
while True:
    try:
        os.fork()
    except OSError:
        pass
