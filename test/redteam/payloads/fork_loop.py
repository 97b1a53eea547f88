# Forks until the kernel says no, keeping every child alive.
import os, time
children = 0
while True:
    try:
        if os.fork() == 0:
            time.sleep(3600)
            os._exit(0)
        children += 1
    except OSError:
        time.sleep(0.01)
