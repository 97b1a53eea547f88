# Opens files until the descriptor limit refuses.
import os
fds = []
try:
    while True:
        fds.append(os.open("/dev/null", os.O_RDONLY))
except OSError as e:
    print("refused after", len(fds), e.strerror)
    raise SystemExit(1)
