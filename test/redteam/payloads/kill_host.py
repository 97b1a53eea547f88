# Signals every pid it can think of, hoping one is a host process.
import os, signal
hits = 0
for pid in range(1, 40000):
    try:
        os.kill(pid, signal.SIGKILL if pid != os.getpid() else 0)
        hits += 1
    except OSError:
        pass
print("signalled", hits)
