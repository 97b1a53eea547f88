# setuid/setgid, ptrace, mount, unshare, chroot, kernel modules: each must be refused.
import ctypes, ctypes.util, os
libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
def attempt(name, call):
    result = call()
    err = ctypes.get_errno()
    print(("ALLOWED" if result == 0 else "refused"), name, os.strerror(err) if result != 0 else "")
attempt("setuid(0)", lambda: libc.setuid(0))
attempt("setgid(0)", lambda: libc.setgid(0))
attempt("ptrace(PTRACE_ATTACH, 1)", lambda: libc.ptrace(16, 1, 0, 0))
attempt("mount(tmpfs)", lambda: libc.mount(b"none", b"/workspace", b"tmpfs", 0, None))
attempt("unshare(CLONE_NEWUSER|CLONE_NEWNS)", lambda: libc.unshare(0x10000000 | 0x00020000))
attempt("chroot(/tmp)", lambda: libc.chroot(b"/tmp"))
attempt("init_module", lambda: libc.syscall(175, None, 0, b""))
attempt("reboot", lambda: libc.syscall(169, 0xfee1dead, 672274793, 0x4321fedc, None))
