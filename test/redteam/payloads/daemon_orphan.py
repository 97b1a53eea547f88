# Double fork + setsid: a daemon that tries to outlive the run and then write to the results dir.
import os, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        time.sleep(4)
        with open("/results/orphan-was-here", "w") as f:
            f.write("still alive")
        time.sleep(3600)
    os._exit(0)
print("parent exits now", flush=True)
