# Fills the workspace with many files until the write cap refuses.
import os
i = 0
try:
    while True:
        with open(f"/workspace/fill-{i}.bin", "wb") as f:
            f.write(b"\0" * (1 << 20))
        i += 1
except OSError as e:
    print("refused after", i, "MiB:", e.strerror)
    raise SystemExit(1)
