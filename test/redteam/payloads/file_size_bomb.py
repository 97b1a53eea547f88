# One huge file: RLIMIT_FSIZE stops it before the workspace cap does.
with open("/workspace/huge.bin", "wb") as f:
    for _ in range(100000):
        f.write(b"\0" * (1 << 20))
