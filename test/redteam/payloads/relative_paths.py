# Reaches credential files by paths relative to the working directory: after a chdir, from a forked
# child that changes its own, after a thread moved the whole process, and from a spawned program.
import os
import subprocess
import threading


def attempt(path):
    try:
        with open(path) as f:
            f.read()
        print("READ", path)
    except OSError as error:
        print("refused", path, error.errno)


# The workspace's link to a host path, by name from where the container starts.
attempt("leak")
os.chdir("/etc")
attempt("shadow")
attempt("../etc/gshadow")
child = os.fork()
if child == 0:
    os.chdir("/proc/1")
    attempt("environ")
    os._exit(0)
os.waitpid(child, 0)
# Back in /etc: the child's chdir moved only the child.
attempt("sudoers")
mover = threading.Thread(target=os.chdir, args=("/run",))
mover.start()
mover.join()
attempt("secrets/token")
# A spawned program starts where its parent is.
os.chdir("/etc")
subprocess.run(["cat", "shadow"], check=False)
os.chdir("/workspace")
subprocess.run(["cat", "../root/.bashrc"], check=False)
try:
    os.chdir("/root")
except OSError as error:
    print("refused chdir /root", error.errno)
print("done")
